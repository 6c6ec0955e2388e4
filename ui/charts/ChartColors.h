// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"

#include <QColor>
#include <QPalette>

#include <array>

namespace sluice::ui {

// The colours charts draw with, taken from the widget palette so they read in light and dark themes alike.
// Allowed traffic and the standard tier use the palette's accent; denials and the flagged tier are red, the
// trusted tier green, each in a lighter shade on dark backgrounds.
struct ChartColors {
    QColor background;  // of the chart card
    QColor border;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor allowed;
    QColor denied;
    std::array<QColor, engine::kReputationTierCount> tiers;

    static ChartColors from(const QPalette& palette);
    static bool isDark(const QPalette& palette);
    static QColor translucent(QColor color, double alpha);
    // `color` at `alpha` over `under`, as one opaque colour: large fills draw faster without blending.
    static QColor mixed(const QColor& color, const QColor& under, double alpha);
};

// A reputation tier's colour wherever it shows (charts, tiles, table icons): the one of ChartColors::tiers.
QColor tierColor(engine::ReputationTier tier, const QPalette& palette);
QColor tierColor(engine::ReputationTier tier);  // in the application's palette

}  // namespace sluice::ui
