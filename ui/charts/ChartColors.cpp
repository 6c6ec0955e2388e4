// SPDX-License-Identifier: Apache-2.0
#include "charts/ChartColors.h"

#include <QGuiApplication>

namespace sluice::ui {

bool ChartColors::isDark(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }

QColor ChartColors::translucent(QColor color, double alpha)
{
    color.setAlphaF(static_cast<float>(alpha));
    return color;
}

QColor ChartColors::mixed(const QColor& color, const QColor& under, double alpha)
{
    const auto mix = [alpha](float a, float b) { return static_cast<float>(alpha * a + (1 - alpha) * b); };
    return QColor::fromRgbF(mix(color.redF(), under.redF()), mix(color.greenF(), under.greenF()),
                            mix(color.blueF(), under.blueF()));
}

ChartColors ChartColors::from(const QPalette& palette)
{
    const bool dark = isDark(palette);
    ChartColors c;
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::WindowText);
    c.mutedText = palette.color(QPalette::PlaceholderText);
    // Mid is far from the background in both themes; softened so grid lines stay behind the data, and mixed
    // into one opaque colour because blended lines cost several times as much to draw.
    c.border = palette.color(QPalette::Mid);
    c.grid = mixed(palette.color(QPalette::Mid), c.background, dark ? 0.55 : 0.45);
    QColor accent = palette.color(QPalette::Highlight);
    if (dark && accent.lightness() < 110) {
        accent = accent.lighter(140);
    }
    c.allowed = accent;
    c.denied = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x3a, 0x36);
    const auto flagged = static_cast<int>(engine::ReputationTier::Flagged);
    const auto standard = static_cast<int>(engine::ReputationTier::Standard);
    const auto trusted = static_cast<int>(engine::ReputationTier::Trusted);
    c.tiers[flagged] = c.denied;
    c.tiers[standard] = accent;
    c.tiers[trusted] = dark ? QColor(0x5f, 0xd3, 0x8d) : QColor(0x2e, 0x8b, 0x57);
    return c;
}

QColor tierColor(engine::ReputationTier tier, const QPalette& palette)
{
    return ChartColors::from(palette).tiers[static_cast<std::size_t>(tier)];
}

QColor tierColor(engine::ReputationTier tier) { return tierColor(tier, QGuiApplication::palette()); }

}  // namespace sluice::ui
