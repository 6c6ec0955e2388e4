// SPDX-License-Identifier: Apache-2.0
#include "history/ReadOnlyDatabase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

namespace sluice::ui {

bool openReadOnlyDatabase(const QString& path, const QString& connection, QString& error)
{
    if (QSqlDatabase::contains(connection) && QSqlDatabase::database(connection, false).isOpen()) {
        return true;
    }
    if (!QFileInfo::exists(path)) {
        error = QCoreApplication::translate("History", "The history database %1 does not exist yet.").arg(path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(connection)
                          ? QSqlDatabase::database(connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    // The busy timeout covers the store writer's checkpoints.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open()) {
        error = QCoreApplication::translate("History", "Could not open the history database %1 read-only: %2")
                    .arg(path, db.lastError().text());
        return false;
    }
    return true;
}

void closeReadOnlyDatabase(const QString& connection)
{
    if (QSqlDatabase::contains(connection)) {
        QSqlDatabase::database(connection, false).close();
        QSqlDatabase::removeDatabase(connection);
    }
}

}  // namespace sluice::ui
