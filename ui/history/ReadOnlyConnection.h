// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sluice::ui {

// A QSQLITE connection that only reads the engine's database, named after its owner so several readers can
// live side by side. Create, use and destroy it on one thread: Qt Sql connections do not cross threads.
class ReadOnlyConnection final {
public:
    ReadOnlyConnection(QString databasePath, const void* owner);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    // Opens on first use; `error` is a sentence naming the file when that fails.
    bool open(QString& error);
    QSqlDatabase database() const;
    const QString& path() const { return m_path; }

private:
    QString m_path;
    QString m_name;
    bool m_open = false;
};

}  // namespace sluice::ui
