// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/audit/AuditRecord.h"

#include <QAbstractTableModel>

#include <vector>

namespace sluice::ui {

class AuditLog;

// The audit rows matching a filter, newest first, loaded a page at a time as the view scrolls (fetchMore).
// Read-only: nothing in the console edits or deletes an audit row.
class AuditTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, TargetColumn, BeforeColumn, AfterColumn, ReasonColumn };
    static constexpr int kColumnCount = 7;
    static constexpr int kPageRows = 200;

    explicit AuditTableModel(AuditLog* log, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    // Reads the newest rows again, as many as are shown now: after an admin command, or on showing the page.
    void reload();
    qint64 totalMatching() const { return m_total; }
    bool isLoading() const { return m_request != 0; }
    const AuditRecord& record(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    // The time column's tooltip: both clocks, long.
    static QString timeTip(const AuditRecord& record);
    // "VIP assigned (vip.assign)": the words with the id they stand for.
    static QString withId(const QString& words, const QString& id);

signals:
    // A page arrived and is applied; a first page also carries the choices the log offers for the filters.
    void answered(const sluice::ui::AuditRows& page);

private:
    void onPage(quint64 id, const AuditRows& page);

    AuditLog* m_log;
    AuditFilter m_filter;
    std::vector<AuditRecord> m_rows;
    qint64 m_total = 0;
    bool m_more = false;
    quint64 m_request = 0;  // the answer we wait for; others are stale
};

}  // namespace sluice::ui
