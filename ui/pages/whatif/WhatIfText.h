// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "whatif/WhatIfReport.h"

#include <QCoreApplication>
#include <QString>

namespace sluice::ui {

// The words of the What-if page for what the engine's comparison found.
class WhatIfText final {
    Q_DECLARE_TR_FUNCTIONS(WhatIfText)

public:
    static QString verdict(const engine::whatif::Comparison& comparison);
    static QString percent(double value);
};

}  // namespace sluice::ui
