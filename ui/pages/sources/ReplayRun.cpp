// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/ReplayRun.h"

#include "runtime/EngineRuntime.h"
#include "sources/LogReplayReport.h"
#include "sources/LogReplaySource.h"

#include <QElapsedTimer>
#include <QThread>

namespace sluice::ui {

ReplayRun::ReplayRun(QObject* parent) : QObject(parent) {}

ReplayRun::~ReplayRun()
{
    cancel();
    if (m_thread != nullptr) {
        m_thread->wait();
        delete m_thread;
    }
}

void ReplayRun::start(const LogSourceSettings& settings, double speed)
{
    if (m_thread != nullptr) {
        return;
    }
    auto report = std::make_shared<std::pair<QString, QString>>();
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = false;
    }
    m_thread = QThread::create([this, settings, speed, report] {
        QString error;
        auto ingest = ingestOptionsOf(settings, error);
        if (!ingest) {
            report->second = error;
            return;
        }
        // An engine of its own, on the log's time: the same file gives the same decisions and the same report
        // as `sluice replay`.
        engine::RuntimeOptions options;
        options.followRequestTime = true;
        const std::string path = settings.path.toStdString();
        engine::ManualClock clock(engine::LogReplaySource::firstLineTime(path, ingest->format));
        std::mutex lastMutex;
        engine::SnapshotPtr last;
        std::string problem;
        auto runtime = engine::EngineRuntime::start(
            options, clock,
            [&](engine::SnapshotPtr s) {
                std::lock_guard lock(lastMutex);
                last = std::move(s);
            },
            problem);
        if (!runtime) {
            report->second = QString::fromStdString(problem);
            return;
        }
        engine::LogReplaySummary summary;
        summary.log = path;
        summary.format = settings.format.toStdString();
        summary.key = settings.key.toStdString();
        QElapsedTimer wall;
        wall.start();
        engine::LogReplayOptions sourceOptions;
        sourceOptions.path = path;
        sourceOptions.speed = speed;
        sourceOptions.ingest = std::move(*ingest);
        sourceOptions.keepRejected = engine::kRejectedLinesInReport;
        auto source = engine::LogReplaySource::open(*runtime, std::move(sourceOptions), problem, &clock);
        if (!source) {
            report->second = QString::fromStdString(problem);
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            m_source = source.get();
            if (m_cancelled) {
                source->cancel();
            }
        }
        source->start();
        source->waitFinished();
        {
            std::lock_guard lock(m_mutex);
            summary.complete = !m_cancelled;
        }
        runtime->sync();  // every line handed over is decided, and the last snapshot says so
        const std::string readError = source->state().lastError;
        if (readError.empty()) {
            engine::takeReplayCounts(summary, *runtime, *source, clock.now());
        }
        {
            std::lock_guard lock(m_mutex);
            m_source = nullptr;
        }
        source.reset();
        runtime->shutdown();
        if (!readError.empty()) {
            report->second = QString::fromStdString(readError);
            return;
        }
        summary.run.wallSeconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
        {
            std::lock_guard lock(lastMutex);
            if (last) {
                summary.run.finalSnapshot = *last;
            }
        }
        report->first = QString::fromStdString(engine::logReplayReportJson(summary));
    });
    connect(m_thread, &QThread::finished, this, [this, report] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(report->first, report->second);
    });
    m_thread->start();
}

void ReplayRun::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_source != nullptr) {
        m_source->cancel();
    }
}

engine::SourceState ReplayRun::progress() const
{
    std::lock_guard lock(m_mutex);
    return m_source != nullptr ? m_source->state() : engine::SourceState{};
}

}  // namespace sluice::ui
