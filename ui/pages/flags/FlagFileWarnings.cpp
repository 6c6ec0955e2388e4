// SPDX-License-Identifier: Apache-2.0
#include "pages/flags/FlagFileWarnings.h"

#include <QCoreApplication>

namespace sluice::ui {

namespace {
struct FlagFileWarnings {
    Q_DECLARE_TR_FUNCTIONS(FlagFileWarnings)
};
constexpr std::size_t kShown = 8;
}  // namespace

QStringList flagFileWarningLines(const std::vector<std::string>& warnings)
{
    QStringList lines;
    for (std::size_t i = 0; i < warnings.size() && i < kShown; ++i) {
        lines << QString::fromStdString(warnings[i]);
    }
    if (warnings.size() > kShown) {
        lines << FlagFileWarnings::tr("… and %n more", nullptr, static_cast<int>(warnings.size() - kShown));
    }
    return lines;
}

}  // namespace sluice::ui
