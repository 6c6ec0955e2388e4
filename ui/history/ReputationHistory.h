// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/ReputationEvent.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace sluice::ui {

class HistoryWorker;

// The UI's handle on reputation history: questions go to a HistoryWorker on a thread of its own and the
// answers come back as queued signals carrying the id request() returned.
class ReputationHistory final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxEvents = 1000;

    explicit ReputationHistory(const QString& databasePath, QObject* parent = nullptr);
    ~ReputationHistory() override;  // stops the worker thread once its current read is done

    quint64 request(const QString& key);

signals:
    void ready(quint64 id, const sluice::ui::KeyHistory& history);

private:
    QThread m_thread;
    HistoryWorker* m_worker = nullptr;  // deleted on its own thread when m_thread finishes
    quint64 m_nextId = 1;
};

}  // namespace sluice::ui
