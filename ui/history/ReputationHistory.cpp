// SPDX-License-Identifier: Apache-2.0
#include "history/ReputationHistory.h"

#include "history/HistoryWorker.h"

#include <QMetaObject>

namespace sluice::ui {

ReputationHistory::ReputationHistory(const QString& databasePath, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<KeyHistory>();
    m_thread.setObjectName(QStringLiteral("reputation-history"));
    if (databasePath.isEmpty()) {
        return;  // nothing is persisted: every answer is an empty history
    }
    m_worker = new HistoryWorker(databasePath);  // owned by its thread: deleted there on finished
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &HistoryWorker::done, this, &ReputationHistory::ready, Qt::QueuedConnection);
    m_thread.start();
}

ReputationHistory::~ReputationHistory()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 ReputationHistory::request(const QString& key)
{
    const quint64 id = m_nextId++;
    if (m_worker == nullptr) {
        QMetaObject::invokeMethod(
            this,
            [this, id, key] {
                emit ready(id, KeyHistory{key, {}, {}});
            },
            Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, key] { worker->read(id, key, kMaxEvents); }, Qt::QueuedConnection);
    return id;
}

}  // namespace sluice::ui
