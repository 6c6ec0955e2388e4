// SPDX-License-Identifier: Apache-2.0
#include "Csv.h"

#include "core/CsvCell.h"

#include <string>
#include <string_view>

namespace sluice::ui {

namespace {
std::string encoded(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return engine::CsvCell::encode(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}
}  // namespace

QString csvField(const QString& text) { return QString::fromStdString(encoded(text)); }

QByteArray csvRecord(const QStringList& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line.append(',');
        }
        const std::string field = encoded(fields[i]);
        line.append(field.data(), static_cast<qsizetype>(field.size()));
    }
    line.append("\r\n");
    return line;
}

}  // namespace sluice::ui
