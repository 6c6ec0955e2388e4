// SPDX-License-Identifier: Apache-2.0
#include "history/HistoryWorker.h"

#include <QFileInfo>
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

HistoryWorker::~HistoryWorker()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool HistoryWorker::open(QString& error)
{
    if (m_open) {
        return true;
    }
    if (!QFileInfo::exists(m_path)) {
        error = tr("The history database %1 does not exist yet.").arg(m_path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // Read-only: the engine's store writer is the only writer. The busy timeout covers its checkpoints.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open()) {
        error = tr("Could not open the history database %1 read-only: %2").arg(m_path, db.lastError().text());
        return false;
    }
    m_open = true;
    return true;
}

void HistoryWorker::read(quint64 id, const QString& key, int limit)
{
    KeyHistory history;
    history.key = key;
    if (open(history.error)) {
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
