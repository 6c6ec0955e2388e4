// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportDocument.h"

#include <QByteArray>

namespace sluice::ui {

// A report as one self-contained HTML file: styles inline, every chart an inline SVG drawn by the same painter
// as the PDF's, nothing fetched. The markup is well-formed XML as well (XHTML), so any XML parser reads it.
class ReportHtml final {
public:
    static QByteArray write(const ReportDocument& document);
    // One chart as an SVG element (no XML declaration), `width` × `height` points.
    static QByteArray svg(const ReportChart& chart, const QLocale& locale, int width, int height);
};

}  // namespace sluice::ui
