// SPDX-License-Identifier: Apache-2.0
#include "pages/throttle/ThrottleColors.h"

#include "charts/ChartColors.h"

#include <array>

namespace sluice::ui {

QColor throttleLevelColor(engine::ThrottleLevel level, const QPalette& palette)
{
    // Critical turns purple rather than a darker red: next to high, pale bands of two reds look alike.
    static constexpr std::array<QRgb, engine::kThrottleLevelCount> kLight{0x2e8b57, 0xa88400, 0xd26a00, 0xd03a1e,
                                                                          0x8e24aa};
    static constexpr std::array<QRgb, engine::kThrottleLevelCount> kDark{0x5fd38d, 0xf0d04a, 0xffa54a, 0xff6b5c,
                                                                         0xd58cf0};
    const auto index = static_cast<std::size_t>(level);
    return QColor::fromRgb(ChartColors::isDark(palette) ? kDark[index] : kLight[index]);
}

QColor throttleBandColor(engine::ThrottleLevel level, const QPalette& palette)
{
    // Strong enough to tell five levels apart in a legend swatch, light enough for the load lines on top.
    constexpr double kStrength = 0.55;
    return ChartColors::mixed(throttleLevelColor(level, palette), ChartColors::from(palette).background, kStrength);
}

}  // namespace sluice::ui
