// SPDX-License-Identifier: Apache-2.0
#include "pages/throttle/ThrottleHistoryModel.h"

#include "Format.h"
#include "pages/throttle/ThrottleColors.h"

#include "core/Tiers.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>

namespace sluice::ui {

namespace {
engine::ThrottleLevel levelOf(const QString& name)
{
    engine::ThrottleLevel level = engine::ThrottleLevel::None;
    engine::parseThrottleLevel(name.toStdString(), level);
    return level;
}
}  // namespace

void ThrottleHistoryModel::setPeriods(std::vector<ThrottlePeriod> periods)
{
    // Rows are few (at most one read's limit) and change together: one reset is cheaper than a diff.
    beginResetModel();
    m_periods = std::move(periods);
    endResetModel();
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
        return p.endedAtMs == 0 ? tr("ongoing") : formatDuration(p.endedAtMs - p.atMs);
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
