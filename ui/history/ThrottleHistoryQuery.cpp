// SPDX-License-Identifier: Apache-2.0
#include "history/ThrottleHistoryQuery.h"

#include "EngineTextTranslator.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace sluice::ui {

namespace {
const QStringList kLevels{QStringLiteral("none"), QStringLiteral("low"), QStringLiteral("medium"),
                          QStringLiteral("high"), QStringLiteral("critical")};

void readPeriods(QSqlDatabase database, ThrottleHistoryData& data, int limit)
{
    QSqlQuery query(std::move(database));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, at, ended_at, level, previous_level, reason, multiplier, cpu_percent, memory_percent, "
        "concurrency, automatic, actor FROM throttle_events WHERE at <= ? AND (ended_at IS NULL OR ended_at > ?) "
        "ORDER BY at DESC, id DESC LIMIT ?"));
    query.addBindValue(data.toMs);
    query.addBindValue(data.fromMs);
    query.addBindValue(limit);
    if (!query.exec()) {
        data.error = QCoreApplication::translate("ThrottleHistoryQuery", "Could not read the throttle history: %1")
                         .arg(query.lastError().text());
        return;
    }
    while (query.next()) {
        ThrottlePeriod p;
        p.id = query.value(0).toLongLong();
        p.atMs = query.value(1).toLongLong();
        p.endedAtMs = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
        p.level = query.value(3).toString();
        p.previousLevel = query.value(4).toString();
        p.reason = query.value(5).toString();
        p.multiplier = query.value(6).isNull() ? 1.0 : query.value(6).toDouble();
        p.cpuPercent = query.value(7).toDouble();
        p.memoryPercent = query.value(8).toDouble();
        p.concurrency = query.value(9).toDouble();
        p.automatic = query.value(10).toInt() != 0;
        p.actor = query.value(11).toString();
        if (p.automatic) {
            p.reason = localizedEngineText(p.reason);  // an override's reason is the admin's own words
        }
        data.periods.push_back(std::move(p));
    }
}

void readStatistics(QSqlDatabase database, ThrottleHistoryData& data)
{
    // Closed periods only, each clipped to the window: the open one, and any the store has not written
    // yet, the reader counts from what the engine says now.
    QSqlQuery query(std::move(database));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT level, TOTAL(MAX(0, MIN(ended_at, ?) - MAX(at, ?))), "
                                 "TOTAL(at >= ? AND level <> COALESCE(previous_level, level)) FROM throttle_events "
                                 "WHERE at < ? AND ended_at IS NOT NULL AND ended_at > ? GROUP BY level"));
    for (const qint64 value : {data.toMs, data.fromMs, data.fromMs, data.toMs, data.fromMs}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        data.error = QCoreApplication::translate("ThrottleHistoryQuery", "Could not read the throttle statistics: %1")
                         .arg(query.lastError().text());
        return;
    }
    while (query.next()) {
        const auto level = kLevels.indexOf(query.value(0).toString());
        if (level >= 0) {
            data.secondsInLevel[static_cast<std::size_t>(level)] += query.value(1).toDouble() / 1000.0;
            data.transitions += query.value(2).toInt();
        }
    }
}

}  // namespace

ThrottleHistoryData readThrottleHistory(ReadOnlyConnection& connection, qint64 fromMs, qint64 toMs, int limit)
{
    ThrottleHistoryData data;
    data.fromMs = fromMs;
    data.toMs = toMs;
    if (connection.open(data.error)) {
        readPeriods(connection.database(), data, limit);
        if (data.error.isEmpty()) {
            readStatistics(connection.database(), data);
        }
    }
    return data;
}

}  // namespace sluice::ui
