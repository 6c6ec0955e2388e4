// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"

#include <QColor>

namespace sluice::ui {

// One colour per reputation tier, of middle lightness so it reads on light and dark palettes alike.
QColor tierColor(engine::ReputationTier tier);

}  // namespace sluice::ui
