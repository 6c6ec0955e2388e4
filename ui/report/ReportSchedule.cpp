// SPDX-License-Identifier: Apache-2.0
#include "report/ReportSchedule.h"

#include <QDir>
#include <QSettings>

namespace sluice::ui {

namespace {
const QString kGroup = QStringLiteral("reports/schedule");
}  // namespace

std::optional<QDateTime> ReportSchedule::nextDue(const QDateTime& now) const
{
    if (!enabled || folder.isEmpty() || !at.isValid()) {
        return std::nullopt;
    }
    QDateTime due(now.date(), at);
    if (due <= now) {
        due = QDateTime(now.date().addDays(1), at);
    }
    return due;
}

void ReportSchedule::periodFor(const QDateTime& due, QDateTime& start, QDateTime& end)
{
    end = due.date().startOfDay();
    start = due.date().addDays(-1).startOfDay();
}

QString ReportSchedule::suffixOf(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Json:
        return QStringLiteral("json");
    }
    return QStringLiteral("pdf");
}

QString ReportSchedule::fileFor(const QDateTime& start) const
{
    return QDir(folder).filePath(
        QStringLiteral("sluice-report-%1.%2").arg(start.date().toString(Qt::ISODate), suffixOf(format)));
}

ReportSchedule ReportSchedule::load()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    ReportSchedule s;
    s.enabled = settings.value(QStringLiteral("enabled"), false).toBool();
    s.at = QTime::fromString(settings.value(QStringLiteral("at"), QStringLiteral("06:00")).toString(),
                             QStringLiteral("HH:mm"));
    if (!s.at.isValid()) {
        s.at = QTime(6, 0);
    }
    s.folder = settings.value(QStringLiteral("folder")).toString();
    s.format = ReportFiles::formatOf(QStringLiteral("x.") + settings.value(QStringLiteral("format")).toString())
                   .value_or(ReportFormat::Pdf);
    return s;
}

void ReportSchedule::save() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("enabled"), enabled);
    settings.setValue(QStringLiteral("at"), at.toString(QStringLiteral("HH:mm")));
    settings.setValue(QStringLiteral("folder"), folder);
    settings.setValue(QStringLiteral("format"), suffixOf(format));
}

}  // namespace sluice::ui
