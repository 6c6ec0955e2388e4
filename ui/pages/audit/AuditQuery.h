// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/audit/AuditRecord.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace sluice::ui {

// SQL over audit_log for one filter, shared by the page reader and the CSV export so both see the same rows.
class AuditQuery final {
public:
    explicit AuditQuery(const AuditFilter& filter);

    // "SELECT <columns> FROM audit_log WHERE ... [AND id < beforeId] ORDER BY id DESC [LIMIT n]". The id is
    // the order of recording, which a wall clock set back cannot disturb.
    QString rowsSql(qint64 beforeId, int limit) const;
    QString countSql() const;
    void bind(QSqlQuery& query, qint64 beforeId = 0) const;
    static AuditRecord read(const QSqlQuery& query);

private:
    QString m_where;
    QVariantList m_values;
};

}  // namespace sluice::ui
