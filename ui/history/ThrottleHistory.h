// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/DatabaseReader.h"
#include "history/ThrottlePeriod.h"

#include <QObject>
#include <QString>

namespace sluice::ui {

// The UI's handle on throttle history: questions are read on a thread of their own and the answers come
// back as queued signals carrying the id request() returned.
class ThrottleHistory final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxPeriods = 500;

    explicit ThrottleHistory(const QString& databasePath, QObject* parent = nullptr);

    // The periods overlapping [fromMs, toMs]; the statistics over those closed before toMs.
    quint64 request(qint64 fromMs, qint64 toMs);
    // False when nothing is persisted: every answer is empty.
    bool hasDatabase() const { return m_reader.hasDatabase(); }

signals:
    void ready(quint64 id, const sluice::ui::ThrottleHistoryData& data);

private:
    DatabaseReader m_reader;
    quint64 m_nextId = 1;
};

}  // namespace sluice::ui
