// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/ReplayRun.h"

#include "runtime/EngineRuntime.h"
#include "sources/LogFileSource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <thread>

namespace sluice::ui {

namespace {
// How often the worker looks whether the source is through the file.
constexpr auto kDonePoll = std::chrono::milliseconds(50);

QJsonObject reportOf(const engine::Snapshot& last, const engine::SourceState& source,
                     const std::vector<engine::RejectedInput>& rejected, bool cancelled)
{
    QJsonArray firstRejected;
    for (const engine::RejectedInput& r : rejected) {
        firstRejected.append(QJsonObject{{QStringLiteral("line"), static_cast<qint64>(r.number)},
                                         {QStringLiteral("reason"), QString::fromStdString(r.reason)},
                                         {QStringLiteral("head"), QString::fromStdString(r.head)}});
    }
    return QJsonObject{
        {QStringLiteral("log"), QString::fromStdString(source.name)},
        {QStringLiteral("complete"), !cancelled},
        {QStringLiteral("lines"), QJsonObject{{QStringLiteral("read"), static_cast<qint64>(source.read)},
                                              {QStringLiteral("parsed"), static_cast<qint64>(source.requests)},
                                              {QStringLiteral("rejected"), static_cast<qint64>(source.rejected)}}},
        {QStringLiteral("decisions"), QJsonObject{{QStringLiteral("requests"), static_cast<qint64>(last.requests)},
                                                  {QStringLiteral("allowed"), static_cast<qint64>(last.allowed)},
                                                  {QStringLiteral("denied"), static_cast<qint64>(last.denied)}}},
        {QStringLiteral("keys"), QJsonObject{{QStringLiteral("active"), static_cast<qint64>(last.activeKeys)},
                                             {QStringLiteral("dormant"), static_cast<qint64>(last.dormantKeys)}}},
        {QStringLiteral("first_rejected"), firstRejected},
    };
}
}  // namespace

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
        // An engine of its own, on the log's time: the same file gives the same decisions.
        engine::RuntimeOptions options;
        options.followRequestTime = true;
        engine::SystemClock clock;
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
        engine::LogFileSource::Options sourceOptions;
        sourceOptions.id = "replay";
        sourceOptions.path = settings.path.toStdString();
        sourceOptions.follow = false;
        sourceOptions.speed = speed;
        sourceOptions.ingest = std::move(*ingest);
        auto source = std::make_unique<engine::LogFileSource>(*runtime, std::move(sourceOptions));
        bool cancelled = false;
        {
            std::lock_guard lock(m_mutex);
            m_source = source.get();
            if (m_cancelled) {
                source->cancel();
            }
        }
        while (!source->finished()) {
            std::this_thread::sleep_for(kDonePoll);
        }
        const engine::SourceState state = source->state();
        const std::vector<engine::RejectedInput> rejected = source->rejectedInputs();
        {
            std::lock_guard lock(m_mutex);
            m_source = nullptr;
            cancelled = m_cancelled;
        }
        source.reset();
        runtime->sync();  // every line handed over is decided, and the last snapshot says so
        runtime->shutdown();
        if (!state.lastError.empty()) {
            report->second = QString::fromStdString(state.lastError);
            return;
        }
        std::lock_guard lock(lastMutex);
        const engine::Snapshot empty;
        report->first = QString::fromUtf8(
            QJsonDocument(reportOf(last ? *last : empty, state, rejected, cancelled)).toJson(QJsonDocument::Indented));
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
