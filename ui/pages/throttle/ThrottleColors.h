// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"

#include <QColor>
#include <QPalette>

namespace sluice::ui {

// One colour per throttle level, from calm green through red to purple, in a lighter shade on dark backgrounds so
// the large level text and the timeline bands stay readable in both themes.
QColor throttleLevelColor(engine::ThrottleLevel level, const QPalette& palette);

// The same hue as a fill behind the timeline's lines, opaque: the timeline's bands, its legend and the
// statistics' swatches all use it, so a level has one colour on the page.
QColor throttleBandColor(engine::ThrottleLevel level, const QPalette& palette);

}  // namespace sluice::ui
