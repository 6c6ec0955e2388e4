// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/ThrottlePeriod.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace sluice::ui {

class ThrottleHistoryWorker;

// The UI's handle on throttle history: questions go to a ThrottleHistoryWorker on a thread of its own and
// the answers come back as queued signals carrying the id request() returned.
class ThrottleHistory final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxPeriods = 500;

    explicit ThrottleHistory(const QString& databasePath, QObject* parent = nullptr);
    ~ThrottleHistory() override;  // stops the worker thread once its current read is done

    quint64 request(qint64 fromMs, qint64 toMs);

signals:
    void ready(quint64 id, const sluice::ui::ThrottleHistoryData& data);

private:
    QThread m_thread;
    ThrottleHistoryWorker* m_worker = nullptr;  // deleted on its own thread when m_thread finishes
    quint64 m_nextId = 1;
};

}  // namespace sluice::ui
