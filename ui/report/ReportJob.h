// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportFiles.h"

#include "report/PeriodReport.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace sluice::ui {

// One period report read from the database and, when asked, written to a file, on a thread of its own (never the
// UI's). The page reads progress() on a timer; `finished` comes on the UI thread.
class ReportJob final : public QObject {
    Q_OBJECT

public:
    struct Request {
        QString database;
        engine::TimeNs from = 0;
        engine::TimeNs to = 0;
        QString out;  // empty: read and lay out only (the page's preview)
    };
    struct Result {
        std::shared_ptr<const engine::report::PeriodReport> report;  // null after an error or a cancel
        std::shared_ptr<const ReportDocument> document;
        ReportWritten written;
        QString error;  // why nothing was read or written
        bool cancelled = false;
    };

    explicit ReportJob(QObject* parent = nullptr);
    ~ReportJob() override;  // cancels a run in progress and waits for it

    void start(Request request);
    void cancel();
    bool running() const { return m_thread.joinable(); }
    double progress() const { return m_state ? m_state->progress.load() : 0.0; }

    // The whole job on the calling thread: what `sluice report` and the thread above both run.
    static Result run(const Request& request, const std::function<void(double)>& progress,
                      const std::atomic<bool>* cancel);

signals:
    void finished(const sluice::ui::ReportJob::Result& result);

private:
    struct State {
        std::atomic<double> progress{0.0};
        std::atomic<bool> cancel{false};
    };
    void join();

    std::shared_ptr<State> m_state;
    std::thread m_thread;
    quint64 m_run = 0;  // UI thread only
};

}  // namespace sluice::ui
