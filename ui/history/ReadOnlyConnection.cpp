// SPDX-License-Identifier: Apache-2.0
#include "history/ReadOnlyConnection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>

namespace sluice::ui {

ReadOnlyConnection::ReadOnlyConnection(QString databasePath, const void* owner)
    : m_path(std::move(databasePath)),
      m_name(QStringLiteral("sluice-readonly-%1").arg(reinterpret_cast<quintptr>(owner)))
{
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    if (QSqlDatabase::contains(m_name)) {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool ReadOnlyConnection::open(QString& error)
{
    if (m_open) {
        return true;
    }
    if (!QFileInfo::exists(m_path)) {
        error = QCoreApplication::translate("ReadOnlyConnection", "The history database %1 does not exist yet.")
                    .arg(m_path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_name) ? QSqlDatabase::database(m_name, false)
                                                     : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_path);
    // Read-only: the engine's store writer is the only writer. The busy timeout covers its checkpoints.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open()) {
        error =
            QCoreApplication::translate("ReadOnlyConnection", "Could not open the history database %1 read-only: %2")
                .arg(m_path, db.lastError().text());
        return false;
    }
    m_open = true;
    return true;
}

QSqlDatabase ReadOnlyConnection::database() const { return QSqlDatabase::database(m_name, false); }

}  // namespace sluice::ui
