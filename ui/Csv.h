// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sluice::ui {

// Every CSV file the console writes follows the engine's one rule (engine/core/CsvCell): a field a
// spreadsheet would take for a formula gets an apostrophe in front, then RFC 4180 quoting; records end with
// CRLF. Text is UTF-8.
QString csvField(const QString& text);
QByteArray csvRecord(const QStringList& fields);

}  // namespace sluice::ui
