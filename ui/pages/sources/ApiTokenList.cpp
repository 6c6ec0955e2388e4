// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/ApiTokenList.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sluice::ui {

namespace {
// The first of `names` the table has, or -1.
int columnOf(const QSqlRecord& record, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        if (const int at = record.indexOf(QLatin1String(name)); at >= 0) {
            return at;
        }
    }
    return -1;
}

QDateTime timeOf(const QVariant& value)
{
    bool isNumber = false;
    const qint64 n = value.toLongLong(&isNumber);
    if (!isNumber) {
        return QDateTime::fromString(value.toString(), Qt::ISODate);
    }
    // Seconds, milliseconds or nanoseconds since the epoch, whichever the store chose.
    if (n > 100'000'000'000'000LL) {
        return QDateTime::fromMSecsSinceEpoch(n / 1'000'000);
    }
    return n > 100'000'000'000LL ? QDateTime::fromMSecsSinceEpoch(n) : QDateTime::fromSecsSinceEpoch(n);
}

ApiTokenAnswer readTokens(ReadOnlyConnection& connection)
{
    ApiTokenAnswer answer;
    if (!connection.open(answer.error)) {
        return answer;
    }
    const QSqlDatabase db = connection.database();
    if (!db.tables().contains(QStringLiteral("api_tokens"))) {
        return answer;  // no token was ever made
    }
    // Only the columns shown are read: the hash and its salt stay in the database.
    const QSqlRecord columns = db.record(QStringLiteral("api_tokens"));
    const int name = columnOf(columns, {"name"});
    const int scopes = columnOf(columns, {"scopes", "scope"});
    const int created = columnOf(columns, {"created_at", "created"});
    const int revoked = columnOf(columns, {"revoked_at", "revoked"});
    if (name < 0) {
        answer.error = QCoreApplication::translate("sluice::ui::SourcesPage", "The token table has no names.");
        return answer;
    }
    QStringList wanted{columns.fieldName(name)};
    for (const int c : {scopes, created}) {
        wanted << (c >= 0 ? columns.fieldName(c) : QStringLiteral("NULL"));
    }
    QString sql = QStringLiteral("SELECT %1 FROM api_tokens").arg(wanted.join(QStringLiteral(", ")));
    if (revoked >= 0) {
        sql += QStringLiteral(" WHERE %1 IS NULL OR %1 = 0").arg(columns.fieldName(revoked));
    }
    sql += QStringLiteral(" ORDER BY 1");
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        answer.error = query.lastError().text();
        return answer;
    }
    while (query.next()) {
        answer.tokens << ApiTokenRow{query.value(0).toString(), query.value(1).toString(),
                                     query.value(2).isNull() ? QDateTime() : timeOf(query.value(2))};
    }
    return answer;
}
}  // namespace

ApiTokenList::ApiTokenList(const QString& databasePath, QObject* parent)
    : QObject(parent), m_reader(databasePath, QStringLiteral("sluice-tokens"), this)
{
}

void ApiTokenList::refresh()
{
    if (!m_reader.hasDatabase()) {
        emit ready({});
        return;
    }
    m_reader.read<ApiTokenAnswer>(readTokens, [this](const ApiTokenAnswer& answer) { emit ready(answer); });
}

}  // namespace sluice::ui
