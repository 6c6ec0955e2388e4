// SPDX-License-Identifier: Apache-2.0
#include "history/HistoryWorker.h"

#include "history/ReadOnlyDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sluice::ui {

HistoryWorker::HistoryWorker(QString databasePath)
    : m_path(std::move(databasePath)),
      m_connection(QStringLiteral("sluice-history-%1").arg(reinterpret_cast<quintptr>(this)))
{
}

HistoryWorker::~HistoryWorker() { closeReadOnlyDatabase(m_connection); }

void HistoryWorker::read(quint64 id, const QString& key, int limit)
{
    KeyHistory history;
    history.key = key;
    if (openReadOnlyDatabase(m_path, m_connection, history.error)) {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT id, at, kind, severity, score_before, score_after, tier_before, tier_after "
                           "FROM reputation_events WHERE key = ? ORDER BY at DESC, id DESC LIMIT ?"));
        query.addBindValue(key);
        query.addBindValue(limit);
        if (query.exec()) {
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
        } else {
            history.error = tr("Could not read the history of %1: %2").arg(key, query.lastError().text());
        }
    }
    emit done(id, history);
}

}  // namespace sluice::ui
