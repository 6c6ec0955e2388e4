// SPDX-License-Identifier: Apache-2.0
#include "report/DailyReport.h"

#include "CurrentUser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace sluice::ui {

namespace {
// The page's wording stays in the page's translation context (written out in full, so lupdate finds it): the
// page showed these before the schedule moved here.
engine::TimeNs nsOf(const QDateTime& t) { return engine::fromUnixMs(t.toMSecsSinceEpoch()); }

constexpr qint64 kMaxTimerMs = 24LL * 3600 * 1000;  // re-armed at least daily: clock changes are picked up
}  // namespace

DailyReport::DailyReport(std::function<QString()> database, Announce announce, QObject* parent)
    : QObject(parent), m_database(std::move(database)), m_announce(std::move(announce)), m_job(new ReportJob(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // The timer wakes at the due time, or earlier when that was more than a day ahead.
        if (m_nextDue.isValid() && QDateTime::currentDateTime() >= m_nextDue) {
            run(m_nextDue);
        } else {
            arm();
        }
    });
    connect(m_job, &ReportJob::finished, this, &DailyReport::onFinished);
}

void DailyReport::setSchedule(const ReportSchedule& schedule)
{
    m_schedule = schedule;
    if (!m_started) {
        m_started = true;
        if (catchUp()) {
            return;
        }
    }
    arm();
}

bool DailyReport::catchUp()
{
    const std::optional<QDateTime> missed = m_schedule.lastDue(QDateTime::currentDateTime());
    if (!missed || !m_database || m_database().isEmpty()) {
        return false;
    }
    QDateTime start;
    QDateTime end;
    ReportSchedule::periodFor(*missed, start, end);
    if (m_schedule.written(start)) {
        return false;
    }
    run(*missed);
    return true;
}

void DailyReport::writeNow() { run(QDateTime::currentDateTime()); }

QString DailyReport::status() const
{
    if (m_job->running()) {
        return QCoreApplication::translate("sluice::ui::ReportsPage", "Writing the daily report…");
    }
    if (m_schedule.enabled && m_schedule.folder.isEmpty()) {
        return QCoreApplication::translate("sluice::ui::ReportsPage", "Choose a folder for the daily report.");
    }
    if (!m_nextDue.isValid()) {
        return m_last;
    }
    const QString next = QCoreApplication::translate("sluice::ui::ReportsPage", "Next report: %1")
                             .arg(QLocale().toString(m_nextDue, QLocale::ShortFormat));
    return m_last.isEmpty() ? next : m_last + QLatin1Char('\n') + next;
}

void DailyReport::arm()
{
    const QDateTime now = QDateTime::currentDateTime();
    const std::optional<QDateTime> due = m_schedule.nextDue(now);
    m_nextDue = due.value_or(QDateTime());
    if (due && due->isValid()) {
        m_timer.start(static_cast<int>(std::clamp<qint64>(now.msecsTo(*due), 0, kMaxTimerMs)));
    } else {
        m_timer.stop();
    }
    emit statusChanged();
}

void DailyReport::run(const QDateTime& due)
{
    const QString database = m_database ? m_database() : QString();
    if (m_schedule.folder.isEmpty() || database.isEmpty()) {
        arm();
        return;
    }
    if (m_job->running()) {
        m_pending = due;  // written when the one under way is done
        return;
    }
    QDateTime start;
    QDateTime end;
    ReportSchedule::periodFor(due, start, end);
    m_writing = start.date();
    m_job->start({database, nsOf(start), nsOf(end), m_schedule.fileFor(start)});
    emit statusChanged();
}

void DailyReport::onFinished(const ReportJob::Result& result)
{
    const bool ok = !result.cancelled && result.error.isEmpty();
    const QString message = outcome(result);
    m_last =
        ok ? QCoreApplication::translate("sluice::ui::ReportsPage", "Last daily report: %1").arg(message) : message;
    if (ok && m_announce) {
        m_announce(announcement(m_writing, result, m_schedule.sendTo, currentUserName()));
    }
    arm();
    emit written(ok, message);
    if (m_pending.isValid()) {
        const QDateTime next = std::exchange(m_pending, QDateTime());
        run(next);
    }
}

engine::cmd::AnnounceReport DailyReport::announcement(const QDate& day, const ReportJob::Result& written,
                                                      engine::ChannelSet channels, const QString& actor)
{
    engine::cmd::AnnounceReport a;
    a.period = day.toString(Qt::ISODate).toStdString();
    for (const QString& file : written.written.files) {
        a.files.push_back(QFileInfo(file).absoluteFilePath().toStdString());
    }
    if (written.report) {
        a.requests = written.report->allowed + written.report->denied;
        a.denied = written.report->denied;
        a.alerts = written.report->alerts.size();
    }
    a.channels = channels;
    a.actor = actor.toStdString();
    return a;
}

QString DailyReport::outcome(const ReportJob::Result& result)
{
    if (result.cancelled) {
        return QCoreApplication::translate("sluice::ui::ReportsPage", "Export cancelled; no file was written.");
    }
    if (!result.error.isEmpty()) {
        return result.error;
    }
    const QStringList& files = result.written.files;
    if (result.written.pages > 0) {
        return QCoreApplication::translate("sluice::ui::ReportsPage", "Wrote %1 (%n page(s)).", nullptr,
                                           result.written.pages)
            .arg(QDir::toNativeSeparators(files.value(0)));
    }
    if (files.size() == 1) {
        return QCoreApplication::translate("sluice::ui::ReportsPage", "Wrote %1.")
            .arg(QDir::toNativeSeparators(files.front()));
    }
    return QCoreApplication::translate("sluice::ui::ReportsPage", "Wrote %n file(s) into %1.", nullptr,
                                       static_cast<int>(files.size()))
        .arg(QDir::toNativeSeparators(QFileInfo(files.value(0)).path()));
}

}  // namespace sluice::ui
