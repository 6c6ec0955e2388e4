// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "report/ReportJob.h"
#include "report/ReportSchedule.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace sluice::ui {

// The daily report on its schedule: at the chosen time the previous day's report is written into the folder (on
// ReportJob's thread), and then announced to the ops team as an engine command, so the notifications take it to
// the inbox and to the channels the schedule names (email attaches the files). The console's Reports page and
// `sluice serve` each run one; both need a Qt event loop on the thread that owns it.
class DailyReport final : public QObject {
    Q_OBJECT

public:
    using Announce = std::function<void(engine::cmd::AnnounceReport)>;
    // `database`: the engine's database file when a report is due (empty: none yet, the next day tries again).
    DailyReport(std::function<QString()> database, Announce announce, QObject* parent = nullptr);

    // Takes a new schedule (nothing is saved here) and arms the timer for its next report. The first schedule
    // taken (at start) also catches up: a report that was due while nothing ran and is not in the folder is
    // written at once. A later change of the settings writes nothing by itself.
    void setSchedule(const ReportSchedule& schedule);
    const ReportSchedule& schedule() const { return m_schedule; }
    // Writes the report of the day before now, as the schedule would ("Write now").
    void writeNow();
    bool writing() const { return m_job->running(); }
    // For a person: the next report's time, the last one's outcome, or what the schedule lacks.
    QString status() const;

    // What a written report is announced as: the day, the files, its key figures and the schedule's channels.
    static engine::cmd::AnnounceReport announcement(const QDate& day, const ReportJob::Result& written,
                                                    engine::ChannelSet channels, const QString& actor);
    // "Wrote x.pdf (3 pages).", "Wrote 9 files into …", or why nothing was written; shared with the page's exports.
    static QString outcome(const ReportJob::Result& result);

signals:
    void statusChanged();
    void written(bool ok, const QString& message);

private:
    void arm();
    bool catchUp();  // true when a missed report is being written
    void run(const QDateTime& due);
    void onFinished(const ReportJob::Result& result);

    std::function<QString()> m_database;
    Announce m_announce;
    ReportSchedule m_schedule;
    ReportJob* m_job;
    QTimer m_timer;
    QDateTime m_nextDue;     // invalid while the schedule is off
    QDate m_writing;         // the day being written
    bool m_started = false;  // the first schedule has been taken (and looked at for a missed report)
    QDateTime m_pending;     // a report asked for while another was being written: written next
    QString m_last;          // what the last report came to
};

}  // namespace sluice::ui
