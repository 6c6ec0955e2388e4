// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace sluice::ui {

// Opens (or reuses) the QSQLITE connection `connection` on the database file, read-only: the engine's store
// writer is its only writer. Call it on the thread that will use the connection. Fills `error` on failure.
bool openReadOnlyDatabase(const QString& path, const QString& connection, QString& error);

// Closes and forgets the connection; on the thread that used it.
void closeReadOnlyDatabase(const QString& connection);

}  // namespace sluice::ui
