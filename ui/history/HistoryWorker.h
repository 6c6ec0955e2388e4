// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/ReputationEvent.h"

#include <QObject>
#include <QString>

namespace sluice::ui {

// Reads reputation history through its own read-only QSQLITE connection. It lives on a worker thread: the
// connection is opened, used and closed there, never on the UI thread.
class HistoryWorker final : public QObject {
    Q_OBJECT

public:
    explicit HistoryWorker(QString databasePath);
    ~HistoryWorker() override;  // runs on the worker thread (deleteLater on QThread::finished)

    // The newest `limit` events of `key`; answers with done(id, ...).
    void read(quint64 id, const QString& key, int limit);

signals:
    void done(quint64 id, const sluice::ui::KeyHistory& history);

private:
    QString m_path;
    QString m_connection;
};

}  // namespace sluice::ui
