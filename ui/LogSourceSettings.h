// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QString>

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

}  // namespace sluice::ui
