// SPDX-License-Identifier: Apache-2.0
#include "history/ThrottleHistory.h"

#include "history/ThrottleHistoryWorker.h"

#include <QMetaObject>

namespace sluice::ui {

ThrottleHistory::ThrottleHistory(const QString& databasePath, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<ThrottleHistoryData>();
    m_thread.setObjectName(QStringLiteral("throttle-history"));
    if (databasePath.isEmpty()) {
        return;  // nothing is persisted: every answer is empty
    }
    m_worker = new ThrottleHistoryWorker(databasePath);  // owned by its thread: deleted there on finished
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ThrottleHistoryWorker::done, this, &ThrottleHistory::ready, Qt::QueuedConnection);
    m_thread.start();
}

ThrottleHistory::~ThrottleHistory()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 ThrottleHistory::request(qint64 fromMs, qint64 toMs)
{
    const quint64 id = m_nextId++;
    if (m_worker == nullptr) {
        ThrottleHistoryData empty;
        empty.fromMs = fromMs;
        empty.toMs = toMs;
        QMetaObject::invokeMethod(
            this, [this, id, empty] { emit ready(id, empty); }, Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, fromMs, toMs] { worker->read(id, fromMs, toMs, kMaxPeriods); },
        Qt::QueuedConnection);
    return id;
}

}  // namespace sluice::ui
