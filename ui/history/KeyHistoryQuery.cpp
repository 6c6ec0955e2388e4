// SPDX-License-Identifier: Apache-2.0
#include "history/KeyHistoryQuery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sluice::ui {

KeyHistory readKeyHistory(ReadOnlyConnection& connection, const QString& key, int limit)
{
    KeyHistory history;
    history.key = key;
    if (!connection.open(history.error)) {
        return history;
    }
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, kind, severity, score_before, score_after, tier_before, tier_after "
                                 "FROM reputation_events WHERE key = ? ORDER BY at DESC, id DESC LIMIT ?"));
    query.addBindValue(key);
    query.addBindValue(limit);
    if (!query.exec()) {
        history.error = QCoreApplication::translate("KeyHistoryQuery", "Could not read the history of %1: %2")
                            .arg(key, query.lastError().text());
        return history;
    }
    while (query.next()) {
        ReputationEvent e;
        e.id = query.value(0).toLongLong();
        e.atMs = query.value(1).toLongLong();
        e.kind = query.value(2).toString();
        e.severity = query.value(3).toInt();
        e.scoreBefore = query.value(4).toDouble();
        e.scoreAfter = query.value(5).toDouble();
        e.tierBefore = query.value(6).toString();
        e.tierAfter = query.value(7).toString();
        history.events.push_back(std::move(e));
    }
    return history;
}

}  // namespace sluice::ui
