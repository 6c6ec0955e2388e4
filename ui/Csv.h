// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sluice::ui {

// RFC 4180: a field with a comma, a double quote, CR or LF is quoted and its quotes doubled; records end
// with CRLF. Text is UTF-8.
QString csvField(const QString& text);
QByteArray csvRecord(const QStringList& fields);

}  // namespace sluice::ui
