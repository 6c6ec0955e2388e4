// SPDX-License-Identifier: Apache-2.0
#include "history/AdminActionHistory.h"

#include "EngineClient.h"
#include "history/AdminActionMarker.h"
#include "history/AdminActionRecord.h"

#include <QList>
#include <QMetaObject>
#include <QSqlQuery>

#include <algorithm>

namespace sluice::ui {

namespace {
// Newest first, so a crowded window keeps its latest actions; the caller turns them around.
QList<AdminActionRecord> readActions(ReadOnlyConnection& connection, qint64 fromMs, qint64 toMs)
{
    QList<AdminActionRecord> records;
    QString error;
    if (!connection.open(error)) {
        return records;  // no database yet: nothing to mark
    }
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    const QString at = AdminActionRecord::shownAtSql();
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE %2 BETWEEN ? AND ? AND %3 ORDER BY %2 DESC, id DESC "
                                 "LIMIT %4")
                      .arg(AdminActionRecord::columns(), at, marksChartsSql())
                      .arg(AdminActionHistory::kMaxMarkers));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (query.exec()) {
        while (query.next()) {
            records.append(AdminActionRecord::fromQuery(query));
        }
    }
    return records;
}
}  // namespace

AdminActionHistory::AdminActionHistory(EngineClient* engine, QObject* parent)
    : QObject(parent), m_reader(engine->databasePath(), QStringLiteral("admin-actions"))
{
    connect(engine, &EngineClient::commandFinished, this, [this](quint64 /*id*/, bool ok, const QString&) {
        if (ok) {
            emit actionsWritten();
        }
    });
}

quint64 AdminActionHistory::request(qint64 fromMs, qint64 toMs)
{
    const quint64 id = m_nextId++;
    if (!m_reader.hasDatabase()) {
        // Nothing is persisted, so nothing was audited: the answer is empty, still given asynchronously.
        QMetaObject::invokeMethod(
            this, [this, id] { emit markersReady(id, {}); }, Qt::QueuedConnection);
        return id;
    }
    m_reader.read<QList<AdminActionRecord>>(
        [fromMs, toMs](ReadOnlyConnection& c) { return readActions(c, fromMs, toMs); },
        [this, id](const QList<AdminActionRecord>& newestFirst) {
            // Words are chosen here, on the UI thread, in the language the console speaks now.
            ChartMarkers markers;
            markers.reserve(newestFirst.size());
            std::for_each(newestFirst.rbegin(), newestFirst.rend(),
                          [&markers](const AdminActionRecord& r) { markers.append(adminActionMarker(r)); });
            emit markersReady(id, markers);
        });
    return id;
}

}  // namespace sluice::ui
