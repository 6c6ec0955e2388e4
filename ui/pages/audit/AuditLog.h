// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/audit/AuditRecord.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace sluice::ui {

class AuditWorker;

// The UI's handle on the audit log. Reading pages and exporting CSV each run on a worker thread of their own,
// so a long export never holds up the table; answers come back as queued signals carrying the request id.
class AuditLog final : public QObject {
    Q_OBJECT

public:
    explicit AuditLog(const QString& databasePath, QObject* parent = nullptr);
    ~AuditLog() override;  // cancels an export, then stops both threads

    quint64 read(const AuditFilter& filter, qint64 beforeId, int limit);
    quint64 exportCsv(const AuditFilter& filter, const QString& path);
    void cancelExport();

signals:
    void pageReady(quint64 id, const sluice::ui::AuditRows& page);
    void exportProgress(quint64 id, qint64 written, qint64 total);
    void exportDone(quint64 id, bool ok, qint64 written, const QString& message);

private:
    AuditWorker* startWorker(QThread& thread, const QString& databasePath, const QString& name);

    QThread m_readThread;
    QThread m_exportThread;
    AuditWorker* m_reader = nullptr;  // each deleted on its own thread when that thread finishes
    AuditWorker* m_exporter = nullptr;
    quint64 m_nextId = 1;
};

}  // namespace sluice::ui
