// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineTextTranslator.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QWidget;

namespace sluice::ui {

// Asks for a CSV file to read or (`save`) to write, window-modal without a nested event loop; `chosen` gets the
// path once the user picked one.
void chooseCsvFile(QWidget* parent, const QString& title, const QString& suggested, bool save,
                   std::function<void(const QString&)> chosen);

// The first problems of a refused CSV file, one per line, in the console's language (the rest are left out so
// that a badly broken file does not fill the window).
template <typename Error>
QString firstCsvProblems(const std::vector<Error>& errors)
{
    constexpr qsizetype kShown = 5;
    QStringList lines;
    for (const Error& e : errors) {
        lines << localizedEngineText(e.message());
        if (lines.size() == kShown) {
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace sluice::ui
