// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/EngineConfig.h"
#include "core/Time.h"
#include "logs/LineIngest.h"

#include <QSize>
#include <QString>

#include <optional>

namespace sluice::app {

// Exit codes of every subcommand, as the manual documents them.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitBadInput = 2;

// "90s", "10m", "1h", "2d" or a plain number of seconds.
std::optional<engine::TimeNs> parseDuration(const QString& text);
// "max" (as fast as possible, returned as 0) or a factor from 1 to 10000.
std::optional<double> parseSpeed(const QString& text);
// "1280x800"
std::optional<QSize> parseSize(const QString& text);

// A moment on the command line: "now", a date (its midnight) or a date and time in ISO 8601, local time unless it
// names a zone ("Z", "+01:00"). nullopt when it is none of these.
std::optional<engine::TimeNs> parseMoment(const QString& text, engine::TimeNs now);

// An access log's reading from the command line: --format, --key and --routes ("/api=api,/login=login"). The
// error names the option and what is wrong.
std::optional<QString> readIngestOptions(const QString& format, const QString& key, const QString& routes,
                                         engine::logs::IngestOptions& out);

// A report's file name says its format: .json, .pdf, .html/.htm or .csv. Otherwise the message names the option
// (--report, --out) and the file.
std::optional<QString> badReportName(const QString& option, const QString& path);

// For a command that draws (fonts, a PDF) but never opens a window: Qt's offscreen platform, unless the user chose
// one. Call before the QGuiApplication exists.
void drawWithoutAWindow();

// The message for a --speed value parseSpeed() refused.
QString badSpeedMessage(const QString& value);

// Reads an engine configuration file (JSON) over `config`; the error names the file, the field and the
// problem.
std::optional<QString> readEngineConfig(const QString& path, engine::EngineConfig& config);

// Control characters (ESC, CR, DEL, C1) as visible \xNN escapes; line breaks and tabs stay.
QString escapedForTerminal(const QString& text);

// Writes "sluice: <message>" to standard error, control characters escaped; returns `code` for `return fail(...)`.
int fail(int code, const QString& message);

}  // namespace sluice::app
