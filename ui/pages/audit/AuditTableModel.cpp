// SPDX-License-Identifier: Apache-2.0
#include "pages/audit/AuditTableModel.h"

#include "history/AdminActionText.h"
#include "pages/audit/AuditLog.h"
#include "pages/audit/AuditStateText.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace sluice::ui {

AuditTableModel::AuditTableModel(AuditLog* log, QObject* parent) : QAbstractTableModel(parent), m_log(log)
{
    connect(m_log, &AuditLog::pageReady, this, &AuditTableModel::onPage);
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : kColumnCount; }

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const AuditRecord& r = record(index.row());
    if (role == Qt::ToolTipRole && (index.column() == BeforeColumn || index.column() == AfterColumn)) {
        const QString& json = index.column() == BeforeColumn ? r.before : r.after;
        return json.isNull() ? tr("Did not exist") : json;  // the exact state, as stored and exported
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return timeTip(r);
        case ActionColumn:
            return withId(adminActionWords(r.action), r.action);
        case TargetColumn:
            return withId(adminTargetWords(r.action, r.target), r.target);
        default:
            break;  // the cell's own text, whole where the column cuts it short
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.shownAtMs()), QLocale::ShortFormat);
        case ActorColumn:
            return r.actor;
        case ActionColumn:
            return adminActionWords(r.action);
        case TargetColumn:
            return adminTargetWords(r.action, r.target);
        case BeforeColumn:
            return auditStateText(r.before);
        case AfterColumn:
            return auditStateText(r.after);
        case ReasonColumn:
            return r.reason;
        default:
            return {};
        }
    }
    return {};
}

QString AuditTableModel::timeTip(const AuditRecord& r)
{
    const QLocale locale;
    const QString wall = locale.toString(QDateTime::fromMSecsSinceEpoch(r.atMs), QLocale::LongFormat);
    if (!r.engineAtMs) {
        return tr("Wall clock: %1\nThe engine time was not recorded for rows this old.").arg(wall);
    }
    return tr("Engine time: %1\nWall clock: %2")
        .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(*r.engineAtMs), QLocale::LongFormat), wall);
}

QString AuditTableModel::withId(const QString& words, const QString& id)
{
    return words == id ? id : tr("%1 (%2)").arg(words, id);
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == TimeColumn) {
        return tr("Engine time, the clock of every page; each row's tooltip adds the wall-clock time");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && m_request == 0;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        m_request = m_log->read(m_filter, m_rows.back().id, kPageRows);
    }
}

void AuditTableModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    m_request = m_log->read(m_filter, 0, kPageRows);
}

void AuditTableModel::reload() { m_request = m_log->read(m_filter, 0, std::max(kPageRows, rowCount())); }

void AuditTableModel::onPage(quint64 id, const AuditRows& page)
{
    if (id != m_request) {
        return;
    }
    m_request = 0;
    if (page.first) {
        beginResetModel();
        m_rows.assign(page.rows.begin(), page.rows.end());
        m_total = page.totalMatching;
        m_more = page.more;
        endResetModel();
    } else if (!page.rows.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
        m_rows.insert(m_rows.end(), page.rows.begin(), page.rows.end());
        m_more = page.more;
        endInsertRows();
    } else {
        m_more = false;
    }
    emit answered(page);
}

}  // namespace sluice::ui
