// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/EngineConfig.h"
#include "core/Time.h"

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
