// SPDX-License-Identifier: Apache-2.0
#include "pages/throttle/ThrottleHistoryModel.h"

#include "Format.h"
#include "pages/throttle/ThrottleColors.h"

#include "core/Tiers.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace sluice::ui {

namespace {
engine::ThrottleLevel levelOf(const QString& name)
{
    engine::ThrottleLevel level = engine::ThrottleLevel::None;
    engine::parseThrottleLevel(name.toStdString(), level);
    return level;
}
}  // namespace

namespace {
bool samePeriod(const ThrottlePeriod& a, const ThrottlePeriod& b)
{
    return a.atMs == b.atMs && a.level == b.level && a.automatic == b.automatic;
}

bool sameText(const ThrottlePeriod& a, const ThrottlePeriod& b)
{
    return a.endedAtMs == b.endedAtMs && a.actor == b.actor && a.reason == b.reason && a.cpuPercent == b.cpuPercent &&
           a.memoryPercent == b.memoryPercent && a.concurrency == b.concurrency && a.multiplier == b.multiplier;
}
}  // namespace

void ThrottleHistoryModel::setPeriods(std::vector<ThrottlePeriod> periods, qint64 nowMs)
{
    // Each snapshot brings the same rows with the open one a little longer: those change in place, so the
    // selection and the scroll position stay. Anything else (a new period, another range) is a reset.
    const bool sameRows =
        periods.size() == m_periods.size() && std::equal(periods.begin(), periods.end(), m_periods.begin(), samePeriod);
    if (!sameRows) {
        beginResetModel();
        m_periods = std::move(periods);
        m_nowMs = nowMs;
        endResetModel();
        return;
    }
    const bool ticked = nowMs != m_nowMs;
    m_nowMs = nowMs;
    for (std::size_t row = 0; row < periods.size(); ++row) {
        const bool open = periods[row].endedAtMs == 0;
        if (!sameText(periods[row], m_periods[row]) || (open && ticked)) {
            m_periods[row] = std::move(periods[row]);
            const int r = static_cast<int>(row);
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
    }
}

int ThrottleHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_periods.size());
}

int ThrottleHistoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ThrottleHistoryModel::text(const ThrottlePeriod& p, int column) const
{
    switch (column) {
    case StartColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.atMs), QLocale::ShortFormat);
    case LevelColumn:
        return tr("%1 (×%2)").arg(throttleName(levelOf(p.level)), QLocale().toString(p.multiplier, 'g', 2));
    case DurationColumn:
        return p.endedAtMs == 0 ? tr("%1, ongoing").arg(formatDuration(m_nowMs - p.atMs))
                                : formatDuration(p.endedAtMs - p.atMs);
    case ControlColumn:
        if (!p.automatic) {
            return tr("Override by %1").arg(p.actor);
        }
        return p.actor.isEmpty() ? tr("Automatic") : tr("Automatic (cleared by %1)").arg(p.actor);
    case ReasonColumn:
        return p.reason;
    case CpuColumn:
        return tr("%1 %").arg(QLocale().toString(p.cpuPercent, 'f', 0));
    case MemoryColumn:
        return tr("%1 %").arg(QLocale().toString(p.memoryPercent, 'f', 0));
    case ConcurrencyColumn:
        return formatCount(static_cast<quint64>(p.concurrency));
    default:
        return {};
    }
}

QVariant ThrottleHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const ThrottlePeriod& p = m_periods[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && index.column() < CpuColumn)) {
        return text(p, index.column());
    }
    if (role == Qt::TextAlignmentRole && index.column() >= CpuColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() >= CpuColumn) {
        return tr("When the period began");
    }
    if (role == Qt::ForegroundRole && index.column() == LevelColumn) {
        return throttleLevelColor(levelOf(p.level), QApplication::palette());
    }
    return {};
}

QVariant ThrottleHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StartColumn:
        return tr("Began");
    case LevelColumn:
        return tr("Level");
    case DurationColumn:
        return tr("Lasted");
    case ControlColumn:
        return tr("Control");
    case ReasonColumn:
        return tr("Reason");
    case CpuColumn:
        return tr("CPU");
    case MemoryColumn:
        return tr("Memory");
    case ConcurrencyColumn:
        return tr("In flight");
    default:
        return {};
    }
}

}  // namespace sluice::ui
