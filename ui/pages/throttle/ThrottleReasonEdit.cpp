// SPDX-License-Identifier: Apache-2.0
#include "pages/throttle/ThrottleReasonEdit.h"

#include <algorithm>

namespace sluice::ui {

namespace {
// QLineEdit sizes itself for this many 'x', whatever its placeholder says.
constexpr int kDefaultWidthInX = 17;
constexpr int kCursorRoom = 4;
}  // namespace

ThrottleReasonEdit::ThrottleReasonEdit(const QString& hint, QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(hint);
    setToolTip(hint);
    setMaxLength(kMaxLength);
}

QSize ThrottleReasonEdit::sizeHint() const
{
    QSize hint = QLineEdit::sizeHint();
    const QFontMetrics metrics = fontMetrics();
    const int missing = metrics.horizontalAdvance(placeholderText()) + kCursorRoom -
                        kDefaultWidthInX * metrics.horizontalAdvance(QLatin1Char('x'));
    hint.rwidth() += std::max(0, missing);
    return hint;
}

}  // namespace sluice::ui
