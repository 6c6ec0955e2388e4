// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/NotifyTypes.h"
#include "report/ReportFiles.h"

#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace sluice::ui {

// The daily report: every day at `at` (local time) the console writes the previous day's report into `folder`,
// as sluice-report-<date>.<format>, and tells the ops team in the inbox and on the channels of `sendTo`. Kept in
// the console's settings.
struct ReportSchedule {
    bool enabled = false;
    QTime at{6, 0};
    QString folder;
    ReportFormat format = ReportFormat::Pdf;
    engine::ChannelSet sendTo = 0;  // external channels (email attaches the files); the inbox always hears

    // The next moment a report is due after `now`; nullopt when the schedule is off or has no folder.
    std::optional<QDateTime> nextDue(const QDateTime& now) const;
    // The latest moment a report was due at or before `now`; nullopt when the schedule is off or has no folder.
    std::optional<QDateTime> lastDue(const QDateTime& now) const;
    // Whether the folder holds the report of the day that starts at `start` (CSV: any of its tables).
    bool written(const QDateTime& start) const;
    // The day a report written at `due` covers: the whole local day before it, [start, end).
    static void periodFor(const QDateTime& due, QDateTime& start, QDateTime& end);
    // The file the report of the day that starts at `start` goes to.
    QString fileFor(const QDateTime& start) const;

    static ReportSchedule load();
    void save() const;

    static QString suffixOf(ReportFormat format);
    // "email,webhook" and back; unknown names are an error naming them.
    static QString channelsText(engine::ChannelSet channels);
    static std::optional<engine::ChannelSet> channelsFrom(const QString& text, QString& error);
};

}  // namespace sluice::ui
