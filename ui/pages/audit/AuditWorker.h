// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/ReadOnlyConnection.h"
#include "pages/audit/AuditRecord.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace sluice::ui {

// Reads the audit log through its own read-only connection on a worker thread: pages of rows for the table,
// or every matching row into a CSV file. Never on the UI thread.
class AuditWorker final : public QObject {
    Q_OBJECT

public:
    static constexpr int kProgressEveryRows = 500;

    explicit AuditWorker(QString databasePath);
    ~AuditWorker() override;

    // Up to `limit` rows older than `beforeId` (0: from the newest); answers with pageReady.
    void read(quint64 id, const sluice::ui::AuditFilter& filter, qint64 beforeId, int limit);
    // Writes every matching row, newest first, to `path` (replaced only once complete); reports progress.
    void exportCsv(quint64 id, const sluice::ui::AuditFilter& filter, const QString& path);
    // Any thread: the export running now stops at its next row and leaves no file behind.
    void cancel() { m_cancel = true; }

signals:
    void pageReady(quint64 id, const sluice::ui::AuditRows& page);
    void exportProgress(quint64 id, qint64 written, qint64 total);
    void exportDone(quint64 id, bool ok, qint64 written, const QString& message);

private:
    QStringList distinct(const char* column);

    ReadOnlyConnection m_connection;
    std::atomic<bool> m_cancel{false};
};

}  // namespace sluice::ui
