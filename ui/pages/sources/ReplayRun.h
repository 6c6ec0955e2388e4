// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LogSourceSettings.h"
#include "traffic/SourceState.h"

#include <QObject>
#include <QString>

#include <memory>
#include <mutex>

class QThread;

namespace sluice::engine {
class LogReplaySource;
}

namespace sluice::ui {

// A log replayed apart from the live engine: an engine of its own without a database, on a worker thread, fed
// by the log read once (at its own timing times `speed`, or as fast as possible) on the log's own time, so
// nothing of it mixes into the console's state. `finished` brings the report (JSON, as `sluice replay` writes
// it) once every line is decided, or after a cancel.
class ReplayRun final : public QObject {
    Q_OBJECT

public:
    explicit ReplayRun(QObject* parent = nullptr);
    ~ReplayRun() override;  // cancels a replay in progress and waits for it

    // `speed`: log seconds per wall second; SourceState::kUnpaced = as fast as possible.
    void start(const LogSourceSettings& settings, double speed);
    void cancel();
    bool running() const { return m_thread != nullptr; }
    // The replay's source as it is now (lines read, progress); empty before the start.
    engine::SourceState progress() const;

signals:
    // `report` is the replay's JSON report, or empty with `error` saying why there is none.
    void finished(const QString& report, const QString& error);

private:
    QThread* m_thread = nullptr;
    mutable std::mutex m_mutex;
    engine::LogReplaySource* m_source = nullptr;  // lives on the worker thread, under m_mutex
    bool m_cancelled = false;
};

}  // namespace sluice::ui
