// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportFiles.h"

#include "whatif/WhatIfRun.h"

#include <QCoreApplication>

namespace sluice::ui {

// A what-if answer as a report, in the console's language: the question, the verdict, A and B side by side with
// the change, and both runs' denials over time. With the JSON of `sluice whatif`, it is written as PDF, HTML, CSV
// or JSON by ReportFiles, as the page's "Save report…" and `sluice whatif --report` do.
class WhatIfDocument final {
    Q_DECLARE_TR_FUNCTIONS(WhatIfDocument)

public:
    static ReportOutput build(const engine::whatif::WhatIfResult& result);
};

}  // namespace sluice::ui
