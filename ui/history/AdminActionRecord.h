// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

class QSqlQuery;

namespace sluice::ui {

// One row of audit_log: an admin action. `before` and `after` are compact JSON, null QStrings where SQL holds
// NULL.
struct AdminActionRecord {
    qint64 id = 0;
    qint64 atMs = 0;                   // Unix milliseconds, wall clock
    std::optional<qint64> engineAtMs;  // Unix milliseconds, engine time; not recorded before schema 4
    QString actor;
    QString action;  // an id of engine::AuditActions
    QString target;
    QString before;
    QString after;
    QString reason;

    // When the console shows the action: in engine time, the clock of every other page. A row from before
    // engine time was recorded shows at its wall-clock time, the best that is known of it.
    qint64 shownAtMs() const { return engineAtMs.value_or(atMs); }

    // The columns fromQuery() reads, in order, for "SELECT <columns> FROM audit_log ...".
    static QString columns();
    // The SQL expression of shownAtMs(), for filters and ordering.
    static QString shownAtSql();
    static AdminActionRecord fromQuery(const QSqlQuery& query);
};

}  // namespace sluice::ui
