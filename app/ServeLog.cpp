// SPDX-License-Identifier: Apache-2.0
#include "ServeLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace sluice::app {

namespace {

QString levelName(int priority)
{
    switch (priority) {
    case 3:
        return QStringLiteral("error");
    case 4:
        return QStringLiteral("warning");
    default:
        return QStringLiteral("info");
    }
}

}  // namespace

void ServeLog::write(int priority, const QString& message)
{
    QByteArray line;
    if (m_format == Format::Json) {
        const QJsonObject object{
            {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("level"), levelName(priority)},
            {QStringLiteral("message"), message},
        };
        line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    } else {
        // One event, one line: a line break inside a message would start a new journal entry.
        QString flat = message;
        flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
        line = QStringLiteral("<%1>%2").arg(priority).arg(flat).toUtf8();
    }
    line += '\n';
    const std::lock_guard lock(m_mutex);
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
    std::fflush(stderr);
}

}  // namespace sluice::app
