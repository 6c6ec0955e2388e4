// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportDocument.h"

#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace sluice::ui {

// A report as an A4 PDF through Qt's own PDF writer: charts as vectors, tables that break across pages with
// their header row repeated, the title and period on every page and "Page n of N" at the foot.
class ReportPdf final {
public:
    struct Result {
        int pages = 0;
        bool cancelled = false;
    };
    // Writes to `device` (open for writing). `progress` gets [0, 1]; `cancel` stops it between blocks.
    static Result write(const ReportDocument& document, QIODevice& device, const std::function<void(double)>& progress,
                        const std::atomic<bool>* cancel);
};

}  // namespace sluice::ui
