// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QFont>

namespace sluice::ui::reportstyle {

// A report's look, the same on paper, in HTML and on the Reports page: dark ink on white whatever the
// console's palette, and one sans-serif family that Debian always has.
inline const QColor kInk{0x20, 0x24, 0x2a};
inline const QColor kMuted{0x5f, 0x66, 0x70};
inline const QColor kGrid{0xdd, 0xe1, 0xe6};
inline const QColor kRule{0xc8, 0xcd, 0xd3};
inline const QColor kHeaderFill{0xee, 0xf1, 0xf4};

inline QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: text pulled out of the PDF (search, copy, pdftotext) keeps plain "fi" and "ffi".
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

}  // namespace sluice::ui::reportstyle
