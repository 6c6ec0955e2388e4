// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/ReadOnlyConnection.h"
#include "history/ThrottlePeriod.h"

#include <QObject>
#include <QString>

namespace sluice::ui {

// Reads throttle periods and their statistics through its own read-only QSQLITE connection, on a worker
// thread: the connection is opened, used and closed there, never on the UI thread.
class ThrottleHistoryWorker final : public QObject {
    Q_OBJECT

public:
    explicit ThrottleHistoryWorker(QString databasePath);
    ~ThrottleHistoryWorker() override;

    void read(quint64 id, qint64 fromMs, qint64 toMs, int limit);

signals:
    void done(quint64 id, const sluice::ui::ThrottleHistoryData& data);

private:
    void readPeriods(ThrottleHistoryData& data, int limit);
    void readStatistics(ThrottleHistoryData& data);

    ReadOnlyConnection m_connection;
};

}  // namespace sluice::ui
