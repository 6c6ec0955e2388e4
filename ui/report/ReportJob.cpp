// SPDX-License-Identifier: Apache-2.0
#include "report/ReportJob.h"

#include "report/PeriodDocument.h"

#include <QDateTime>
#include <QMetaObject>

namespace sluice::ui {

namespace {
// Reading is quick next to laying out and writing a PDF: it gets the first part of the bar.
constexpr double kReadShare = 0.3;
}  // namespace

ReportJob::ReportJob(QObject* parent) : QObject(parent) {}

ReportJob::~ReportJob()
{
    cancel();
    join();
}

void ReportJob::join()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void ReportJob::cancel()
{
    if (m_state) {
        m_state->cancel = true;
    }
}

ReportJob::Result ReportJob::run(const Request& request, const std::function<void(double)>& progress,
                                 const std::atomic<bool>* cancel)
{
    Result result;
    auto report = std::make_shared<engine::report::PeriodReport>();
    engine::report::ReportProgress reading;
    reading.cancel = cancel;
    reading.progress = [&](double share) {
        if (progress) {
            progress(share * kReadShare);
        }
    };
    if (auto error = engine::report::readPeriodReport(request.database.toStdString(), request.from, request.to, *report,
                                                      reading)) {
        result.cancelled = cancel != nullptr && cancel->load();
        if (!result.cancelled) {
            result.error = QString::fromStdString(*error);
        }
        return result;
    }
    const QDateTime generated = QDateTime::currentDateTime();
    auto document = std::make_shared<ReportDocument>(PeriodDocument::build(*report, generated));
    if (!request.out.isEmpty()) {
        ReportOutput output{*document, QByteArray::fromStdString(engine::report::writePeriodJson(
                                           *report, engine::fromUnixMs(generated.toMSecsSinceEpoch())))};
        result.written = ReportFiles::write(
            output, request.out,
            [&](double share) {
                if (progress) {
                    progress(kReadShare + share * (1.0 - kReadShare));
                }
            },
            cancel);
        result.cancelled = result.written.cancelled;
        result.error = result.written.error;
    }
    if (progress) {
        progress(1.0);
    }
    result.report = std::move(report);
    result.document = std::move(document);
    return result;
}

void ReportJob::start(Request request)
{
    cancel();
    join();
    m_state = std::make_shared<State>();
    const quint64 run = ++m_run;
    m_thread = std::thread([this, run, state = m_state, request = std::move(request)] {
        auto result = std::make_shared<const Result>(ReportJob::run(
            request, [&](double share) { state->progress = share; }, &state->cancel));
        // The job outlives this thread (its destructor joins it); Qt drops the queued call if the job goes first.
        QMetaObject::invokeMethod(
            this,
            [this, run, result] {
                if (run != m_run) {
                    return;  // a run started since replaced this one
                }
                join();
                emit finished(*result);
            },
            Qt::QueuedConnection);
    });
}

}  // namespace sluice::ui
