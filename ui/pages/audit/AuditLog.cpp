// SPDX-License-Identifier: Apache-2.0
#include "pages/audit/AuditLog.h"

#include "pages/audit/AuditWorker.h"

#include <QMetaObject>

namespace sluice::ui {

AuditLog::AuditLog(const QString& databasePath, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<AuditRows>();
    if (databasePath.isEmpty()) {
        return;  // nothing is persisted: every page is empty and exports say why
    }
    m_reader = startWorker(m_readThread, databasePath, QStringLiteral("audit-read"));
    m_exporter = startWorker(m_exportThread, databasePath, QStringLiteral("audit-export"));
    connect(m_reader, &AuditWorker::pageReady, this, &AuditLog::pageReady, Qt::QueuedConnection);
    connect(m_exporter, &AuditWorker::exportProgress, this, &AuditLog::exportProgress, Qt::QueuedConnection);
    connect(m_exporter, &AuditWorker::exportDone, this, &AuditLog::exportDone, Qt::QueuedConnection);
}

AuditLog::~AuditLog()
{
    cancelExport();
    for (QThread* thread : {&m_readThread, &m_exportThread}) {
        thread->quit();
        thread->wait();
    }
}

AuditWorker* AuditLog::startWorker(QThread& thread, const QString& databasePath, const QString& name)
{
    auto* worker = new AuditWorker(databasePath);
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.setObjectName(name);
    thread.start();
    return worker;
}

quint64 AuditLog::read(const AuditFilter& filter, qint64 beforeId, int limit)
{
    const quint64 id = m_nextId++;
    if (m_reader == nullptr) {
        QMetaObject::invokeMethod(
            this, [this, id] { emit pageReady(id, AuditRows{}); }, Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(
        m_reader, [worker = m_reader, id, filter, beforeId, limit] { worker->read(id, filter, beforeId, limit); },
        Qt::QueuedConnection);
    return id;
}

quint64 AuditLog::exportCsv(const AuditFilter& filter, const QString& path)
{
    const quint64 id = m_nextId++;
    if (m_exporter == nullptr) {
        QMetaObject::invokeMethod(
            this, [this, id] { emit exportDone(id, false, 0, tr("Nothing is persisted, so there is no audit log.")); },
            Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(
        m_exporter, [worker = m_exporter, id, filter, path] { worker->exportCsv(id, filter, path); },
        Qt::QueuedConnection);
    return id;
}

void AuditLog::cancelExport()
{
    if (m_exporter != nullptr) {
        m_exporter->cancel();
    }
}

}  // namespace sluice::ui
