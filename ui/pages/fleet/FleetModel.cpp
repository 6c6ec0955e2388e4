// SPDX-License-Identifier: Apache-2.0
#include "pages/fleet/FleetModel.h"

#include "Format.h"

#include "core/Tiers.h"

#include <QBrush>

#include <algorithm>

namespace sluice::ui {

FleetModel::FleetModel(QObject* parent) : QAbstractTableModel(parent) {}

void FleetModel::setEngines(std::vector<engine::FleetEntry> engines)
{
    // The same engines in the same order: only the figures change, and the selection stays.
    const bool sameRows = engines.size() == m_engines.size() &&
                          std::equal(engines.begin(), engines.end(), m_engines.begin(),
                                     [](const auto& a, const auto& b) { return a.summary.id == b.summary.id; });
    if (!sameRows) {
        beginResetModel();
        m_engines = std::move(engines);
        endResetModel();
        return;
    }
    m_engines = std::move(engines);
    if (!m_engines.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int FleetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_engines.size());
}

int FleetModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString FleetModel::redisText(const engine::EngineSummary& s)
{
    if (!s.shared) {
        return tr("Not shared");
    }
    const QString nodes =
        s.degraded ? tr("Degraded: %1 of %n node(s) answer", nullptr, static_cast<int>(s.nodes)).arg(s.nodesUp)
                   : tr("Whole (%n node(s))", nullptr, static_cast<int>(s.nodes));
    if (s.scoreChangesAlone == 0) {
        return nodes;
    }
    // Scores this engine changed alone have drifted from the fleet's until the next change or read of each key.
    return tr("%1; %n score change(s) alone", nullptr,
              static_cast<int>(std::min<std::uint64_t>(s.scoreChangesAlone, 1'000'000'000)))
        .arg(nodes);
}

bool FleetModel::scoresApart(const engine::FleetEntry& e) const
{
    if (e.silent || !e.summary.shared || e.summary.scoresShared) {
        return false;
    }
    return std::any_of(m_engines.begin(), m_engines.end(), [](const engine::FleetEntry& other) {
        return !other.silent && other.summary.shared && other.summary.scoresShared;
    });
}

QString FleetModel::stateText(const engine::FleetEntry& e)
{
    if (e.silent) {
        return tr("Silent");
    }
    return e.summary.degraded ? tr("Degraded") : tr("Deciding");
}

QVariant FleetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const engine::FleetEntry& e = m_engines[static_cast<std::size_t>(index.row())];
    const engine::EngineSummary& s = e.summary;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Engine:
            return QString::fromStdString(s.id);
        case Host:
            return QString::fromStdString(s.host);
        case Version:
            return QString::fromStdString(s.version);
        case Uptime:
            return formatDuration(s.at > s.startedAt ? (s.at - s.startedAt) / 1'000'000 : 0);
        case Decisions:
            return formatRate(s.decisionsPerSec);
        case Lag:
            return tr("%1 ms").arg(formatNumber(s.lagMs));
        case Throttle: {
            engine::ThrottleLevel level{};
            return engine::parseThrottleLevel(s.throttle, level) ? throttleName(level)
                                                                 : QString::fromStdString(s.throttle);
        }
        case Redis:
            return scoresApart(e) ? tr("%1; scores its own").arg(redisText(s)) : redisText(s);
        case State:
            return stateText(e);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Decisions || index.column() == Lag)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole &&
        ((index.column() == State && (e.silent || s.degraded)) || (index.column() == Redis && scoresApart(e)))) {
        return QBrush(QColor(0xB0, 0x3A, 0x2E));  // trouble: brick red, legible on light and dark palettes
    }
    if (role == Qt::ToolTipRole && index.column() == Redis && scoresApart(e)) {
        return tr("Limits are shared through Redis, but this engine keeps keys' reputation scores alone while other "
                  "engines of the fleet share theirs: a key's reputation, and so its limit, differs between them. "
                  "Start it with --redis-reputation shared.");
    }
    if (role == Qt::ToolTipRole && index.column() == Redis && s.shared) {
        return s.scoresShared ? tr("Limits and keys' reputation scores are shared through Redis. Score changes made "
                                   "alone: %1.")
                                    .arg(formatCount(s.scoreChangesAlone))
                              : tr("Limits are shared through Redis; reputation scores are this engine's own.");
    }
    if (role == Qt::ToolTipRole && index.column() == State && e.silent) {
        return tr("Not heard of for more than three seconds: stopped, cut off from Redis, or hung.");
    }
    return {};
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Engine:
        return tr("Engine");
    case Host:
        return tr("Host");
    case Version:
        return tr("Version");
    case Uptime:
        return tr("Uptime");
    case Decisions:
        return tr("Decisions/s");
    case Lag:
        return tr("Lag");
    case Throttle:
        return tr("Throttle");
    case Redis:
        return tr("Redis");
    case State:
        return tr("State");
    default:
        return {};
    }
}

}  // namespace sluice::ui
