// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportFiles.h"

#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace sluice::ui {

// The daily report: every day at `at` (local time) the console writes the previous day's report into `folder`,
// as sluice-report-<date>.<format>. Kept in the console's settings.
struct ReportSchedule {
    bool enabled = false;
    QTime at{6, 0};
    QString folder;
    ReportFormat format = ReportFormat::Pdf;

    // The next moment a report is due after `now`; nullopt when the schedule is off or has no folder.
    std::optional<QDateTime> nextDue(const QDateTime& now) const;
    // The day a report written at `due` covers: the whole local day before it, [start, end).
    static void periodFor(const QDateTime& due, QDateTime& start, QDateTime& end);
    // The file the report of the day that starts at `start` goes to.
    QString fileFor(const QDateTime& start) const;

    static ReportSchedule load();
    void save() const;

    static QString suffixOf(ReportFormat format);
};

}  // namespace sluice::ui
