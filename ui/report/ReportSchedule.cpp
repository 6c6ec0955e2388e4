// SPDX-License-Identifier: Apache-2.0
#include "report/ReportSchedule.h"

#include "pages/notifications/NotificationText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace sluice::ui {

namespace {
const QString kGroup = QStringLiteral("reports/schedule");

// `time` on `day`, counted from the day's start: a time in the hour a clock change skips is the one after it
// (QDateTime(day, time) would be invalid there, and a timer armed for it would fire at once, over and over).
QDateTime onDay(const QDate& day, const QTime& time) { return day.startOfDay().addMSecs(time.msecsSinceStartOfDay()); }
}  // namespace

std::optional<QDateTime> ReportSchedule::nextDue(const QDateTime& now) const
{
    if (!enabled || folder.isEmpty() || !at.isValid()) {
        return std::nullopt;
    }
    QDateTime due = onDay(now.date(), at);
    if (due <= now) {
        due = onDay(now.date().addDays(1), at);
    }
    return due;
}

std::optional<QDateTime> ReportSchedule::lastDue(const QDateTime& now) const
{
    const std::optional<QDateTime> next = nextDue(now);
    if (!next) {
        return std::nullopt;
    }
    return onDay(next->date().addDays(-1), at);
}

bool ReportSchedule::written(const QDateTime& start) const
{
    const QFileInfo file(fileFor(start));
    if (format != ReportFormat::Csv) {
        return file.exists();
    }
    return !QDir(folder).entryList({file.completeBaseName() + QStringLiteral("-*.csv")}, QDir::Files).isEmpty();
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

QString ReportSchedule::channelsText(engine::ChannelSet channels)
{
    QStringList names;
    for (const engine::Channel c : {engine::Channel::Email, engine::Channel::Sms, engine::Channel::Webhook}) {
        if (engine::hasChannel(channels, c)) {
            const std::string_view name = engine::nameOf(c);
            names << QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
        }
    }
    return names.join(QLatin1Char(','));
}

std::optional<engine::ChannelSet> ReportSchedule::channelsFrom(const QString& text, QString& error)
{
    engine::ChannelSet out = 0;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto channel = channelOf(part.trimmed());
        if (!channel || *channel == engine::Channel::InApp) {
            error = QCoreApplication::translate("sluice::ui::ReportSchedule",
                                                "'%1' is no channel a report goes to: email, sms or webhook")
                        .arg(part.trimmed());
            return std::nullopt;
        }
        out |= engine::channelBit(*channel);
    }
    return out;
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
    QString ignored;
    s.sendTo = channelsFrom(settings.value(QStringLiteral("sendTo")).toString(), ignored).value_or(0);
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
    settings.setValue(QStringLiteral("sendTo"), channelsText(sendTo));
}

}  // namespace sluice::ui
