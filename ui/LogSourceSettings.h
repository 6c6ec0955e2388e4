// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logs/LineIngest.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace sluice::ui {

// An access log as the console configures it, in the words `sluice replay` takes on its command line, so
// the same text means the same thing in both places and is stored as it was typed.
struct LogSourceSettings {
    QString path;
    QString format = QStringLiteral("combined");  // combined | common | json | an nginx log_format pattern
    QString key = QStringLiteral("ip");           // ip | xff-first | xff-last | user | header:NAME | path:REGEX
    QList<QPair<QString, QString>> routes;        // path prefix → route; the longest prefix wins
    bool follow = true;                           // follow it as it grows; false = read it once (a replay)

    bool operator==(const LogSourceSettings&) const = default;
};

// How the engine reads the log's lines, from the settings' words (format, key, routes); nullopt with `error`
// saying which of them does not parse.
std::optional<engine::logs::IngestOptions> ingestOptionsOf(const LogSourceSettings& settings, QString& error);

// Routes as people type them, "/api=api, /login=login": nullopt with `error` naming the item that is not
// PREFIX=ROUTE or whose route cannot be a name. routesText() writes them back that way.
std::optional<QList<QPair<QString, QString>>> routesFromText(const QString& text, QString& error);
QString routesText(const QList<QPair<QString, QString>>& routes);

}  // namespace sluice::ui
