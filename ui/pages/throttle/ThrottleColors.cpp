// SPDX-License-Identifier: Apache-2.0
#include "pages/throttle/ThrottleColors.h"

#include "charts/ChartColors.h"

#include <array>

namespace sluice::ui {

QColor throttleLevelColor(engine::ThrottleLevel level, const QPalette& palette)
{
    static constexpr std::array<QRgb, engine::kThrottleLevelCount> kLight{0x2e8b57, 0xa88400, 0xd26a00, 0xc8371d,
                                                                          0x9b1020};
    static constexpr std::array<QRgb, engine::kThrottleLevelCount> kDark{0x5fd38d, 0xf0d04a, 0xffa54a, 0xff7a5c,
                                                                         0xff5a6e};
    const auto index = static_cast<std::size_t>(level);
    return QColor::fromRgb(ChartColors::isDark(palette) ? kDark[index] : kLight[index]);
}

}  // namespace sluice::ui
