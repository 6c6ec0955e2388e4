// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "whatif/WhatIfReport.h"
#include "whatif/WhatIfRun.h"

#include <QCoreApplication>
#include <QString>

namespace sluice::ui {

// The words of the What-if page for what the engine's comparison found.
class WhatIfText final {
    Q_DECLARE_TR_FUNCTIONS(WhatIfText)

public:
    static QString verdict(const engine::whatif::Comparison& comparison);
    // What a run says in words: the verdict of a scenario, or for a replayed log (no ground truth) the denials of
    // A and B and the keys treated differently.
    static QString verdict(const engine::whatif::WhatIfResult& result);
    static QString percent(double value);
};

}  // namespace sluice::ui
