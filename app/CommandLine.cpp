// SPDX-License-Identifier: Apache-2.0
#include "CommandLine.h"

#include "LogSourceSettings.h"
#include "config/ConfigJson.h"
#include "core/InputFile.h"
#include "report/ReportFiles.h"

#include <QCoreApplication>
#include <QDateTime>

#include <QRegularExpression>
#include <QSize>

#include <cstdio>

namespace sluice::app {

std::optional<engine::TimeNs> parseDuration(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)(s|m|h|d)?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const qlonglong amount = match.captured(1).toLongLong(&ok);
    if (!ok || amount <= 0 || amount > 366LL * 24 * 3600) {
        return std::nullopt;
    }
    const QString unit = match.captured(2);
    engine::TimeNs scale = engine::kNsPerSec;
    if (unit == QLatin1String("m")) {
        scale = engine::kNsPerMin;
    } else if (unit == QLatin1String("h")) {
        scale = engine::kNsPerHour;
    } else if (unit == QLatin1String("d")) {
        scale = engine::kNsPerDay;
    }
    const engine::TimeNs total = amount * scale;
    if (total > 366 * engine::kNsPerDay) {
        return std::nullopt;
    }
    return total;
}

std::optional<engine::TimeNs> parseMoment(const QString& text, engine::TimeNs now)
{
    const QString trimmed = text.trimmed();
    if (trimmed == QLatin1String("now")) {
        return now;
    }
    QDateTime moment = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!moment.isValid()) {
        const QDate day = QDate::fromString(trimmed, Qt::ISODate);
        if (!day.isValid()) {
            return std::nullopt;
        }
        moment = day.startOfDay();
    }
    return engine::fromUnixMs(moment.toMSecsSinceEpoch());
}

std::optional<QString> badReportName(const QString& option, const QString& path)
{
    if (ui::ReportFiles::formatOf(path)) {
        return std::nullopt;
    }
    return QCoreApplication::translate("report", "%1: '%2' does not end in .json, .pdf, .html or .csv")
        .arg(option, path);
}

void drawWithoutAWindow()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

std::optional<QString> readIngestOptions(const QString& format, const QString& key, const QString& routes,
                                         engine::logs::IngestOptions& out)
{
    std::string error;
    const auto parsedFormat = engine::logs::logFormatFromText(format.toStdString(), error);
    if (!parsedFormat) {
        return QCoreApplication::translate("replay", "--format: %1").arg(QString::fromStdString(error));
    }
    out.format = *parsedFormat;
    const auto parsedKey = engine::logs::keySpecFromText(key.toStdString(), error);
    if (!parsedKey) {
        return QCoreApplication::translate("replay", "--key: %1").arg(QString::fromStdString(error));
    }
    out.key = *parsedKey;
    QString problem;
    const auto parsedRoutes = ui::routesFromText(routes, problem);
    if (!parsedRoutes) {
        return QStringLiteral("--routes: %1").arg(problem);
    }
    for (const auto& [prefix, route] : *parsedRoutes) {
        out.routes.add(prefix.toStdString(), route.toStdString());
    }
    return std::nullopt;
}

std::optional<double> parseSpeed(const QString& text)
{
    if (text == QLatin1String("max")) {
        return 0.0;
    }
    bool ok = false;
    const double factor = text.toDouble(&ok);
    // Written so that NaN fails too: every comparison with NaN is false.
    if (!ok || !(factor >= 1.0 && factor <= 10000.0)) {
        return std::nullopt;
    }
    return factor;
}

std::optional<QSize> parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 640 || size.height() < 480 || size.width() > 7680 || size.height() > 4320) {
        return std::nullopt;
    }
    return size;
}

QString badSpeedMessage(const QString& value)
{
    return QCoreApplication::translate("CommandLine", "--speed: '%1' is not max or a factor from 1 to 10000")
        .arg(value);
}

std::optional<QString> readEngineConfig(const QString& path, engine::EngineConfig& config)
{
    std::string text;
    if (auto problem = engine::readInputFile(path.toStdString(), engine::kMaxConfigBytes, text, "configuration file")) {
        return QString::fromStdString(*problem);
    }
    if (auto problem = engine::ConfigJson::decode(text, config)) {
        return QStringLiteral("%1: %2").arg(path, QString::fromStdString(*problem));
    }
    return std::nullopt;
}

QString escapedForTerminal(const QString& text)
{
    // Messages quote file contents (a CSV key, a scenario name). An escape sequence or a carriage return in
    // them must show as text rather than move the cursor, recolour or retitle the user's terminal.
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F);
        if (control) {
            out += QStringLiteral("\\x%1").arg(static_cast<unsigned>(u), 2, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "sluice: %s\n", qPrintable(escapedForTerminal(message)));
    return code;
}

}  // namespace sluice::app
