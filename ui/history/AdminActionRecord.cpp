// SPDX-License-Identifier: Apache-2.0
#include "history/AdminActionRecord.h"

#include <QSqlQuery>
#include <QVariant>

namespace sluice::ui {

QString AdminActionRecord::columns()
{
    return QStringLiteral("id, at, engine_at, actor, action, target, before, after, reason");
}

QString AdminActionRecord::shownAtSql() { return QStringLiteral("coalesce(engine_at, at)"); }

AdminActionRecord AdminActionRecord::fromQuery(const QSqlQuery& query)
{
    const auto text = [&query](int column) {
        return query.isNull(column) ? QString() : query.value(column).toString();
    };
    AdminActionRecord r;
    r.id = query.value(0).toLongLong();
    r.atMs = query.value(1).toLongLong();
    if (!query.isNull(2)) {
        r.engineAtMs = query.value(2).toLongLong();
    }
    r.actor = text(3);
    r.action = text(4);
    r.target = text(5);
    r.before = text(6);
    r.after = text(7);
    r.reason = text(8);
    return r;
}

}  // namespace sluice::ui
