// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/DatabaseReader.h"
#include "history/ReputationEvent.h"

#include <QObject>
#include <QString>

namespace sluice::ui {

// The UI's handle on reputation history: questions are read on a thread of their own and the answers come
// back as queued signals carrying the id request() returned.
class ReputationHistory final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxEvents = 1000;

    explicit ReputationHistory(const QString& databasePath, QObject* parent = nullptr);

    quint64 request(const QString& key);

signals:
    void ready(quint64 id, const sluice::ui::KeyHistory& history);

private:
    DatabaseReader m_reader;
    quint64 m_nextId = 1;
};

}  // namespace sluice::ui
