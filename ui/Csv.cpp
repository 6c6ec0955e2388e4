// SPDX-License-Identifier: Apache-2.0
#include "Csv.h"

namespace sluice::ui {

QString csvField(const QString& text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quote) {
        return text;
    }
    QString doubled = text;
    doubled.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QStringLiteral("\"%1\"").arg(doubled);
}

QByteArray csvRecord(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields) {
        quoted << csvField(field);
    }
    QByteArray line = quoted.join(QLatin1Char(',')).toUtf8();
    line.append("\r\n");
    return line;
}

}  // namespace sluice::ui
