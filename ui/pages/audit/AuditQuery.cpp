// SPDX-License-Identifier: Apache-2.0
#include "pages/audit/AuditQuery.h"

#include <QStringList>
#include <QVariant>

namespace sluice::ui {

namespace {
// LIKE treats % and _ as wildcards; a search for "user_1" means those characters literally.
QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QStringLiteral("%%1%").arg(escaped);
}
}  // namespace

AuditQuery::AuditQuery(const AuditFilter& filter)
{
    QStringList terms;
    if (!filter.action.isEmpty()) {
        terms << QStringLiteral("action = ?");
        m_values << filter.action;
    }
    if (!filter.actor.isEmpty()) {
        terms << QStringLiteral("actor = ?");
        m_values << filter.actor;
    }
    if (!filter.text.isEmpty()) {
        terms << QStringLiteral("(target LIKE ? ESCAPE '\\' OR reason LIKE ? ESCAPE '\\')");
        m_values << likePattern(filter.text) << likePattern(filter.text);
    }
    if (filter.sinceMs > 0) {
        terms << QStringLiteral("%1 >= ?").arg(AdminActionRecord::shownAtSql());
        m_values << filter.sinceMs;
    }
    if (filter.untilMs > 0) {
        terms << QStringLiteral("%1 < ?").arg(AdminActionRecord::shownAtSql());
        m_values << filter.untilMs;
    }
    m_where = terms.isEmpty() ? QStringLiteral("1") : terms.join(QLatin1String(" AND "));
}

QString AuditQuery::rowsSql(qint64 beforeId, int limit) const
{
    QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE %2").arg(AdminActionRecord::columns(), m_where);
    if (beforeId > 0) {
        sql.append(QLatin1String(" AND id < ?"));
    }
    sql.append(QLatin1String(" ORDER BY id DESC"));
    if (limit > 0) {
        sql.append(QStringLiteral(" LIMIT %1").arg(limit));
    }
    return sql;
}

QString AuditQuery::countSql() const { return QStringLiteral("SELECT count(*) FROM audit_log WHERE %1").arg(m_where); }

void AuditQuery::bind(QSqlQuery& query, qint64 beforeId) const
{
    for (const QVariant& value : m_values) {
        query.addBindValue(value);
    }
    if (beforeId > 0) {
        query.addBindValue(beforeId);
    }
}

AuditRecord AuditQuery::read(const QSqlQuery& query) { return AdminActionRecord::fromQuery(query); }

}  // namespace sluice::ui
