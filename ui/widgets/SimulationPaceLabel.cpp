// SPDX-License-Identifier: Apache-2.0
#include "widgets/SimulationPaceLabel.h"

#include "charts/ChartColors.h"

#include <QLocale>

namespace sluice::ui {

namespace {
constexpr qint64 kWindowMs = 3000;        // the reached speed is measured over this much wall time
constexpr qint64 kShortestSpanMs = 1500;  // and reported once this much is known
constexpr double kSlowFraction = 0.8;     // slower than this share of the chosen speed is "cannot keep up"

QString speedText(double speed) { return QLocale().toString(speed, 'f', speed < 10 ? 1 : 0); }
}  // namespace

SimulationPaceLabel::SimulationPaceLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("simulationPace"));
    setStyleSheet(QStringLiteral("QLabel { color: %1; margin-left: 6px; }")
                      .arg(ChartColors::isDark(palette()) ? QStringLiteral("#ffb74d") : QStringLiteral("#b05000")));
    m_wall.start();
    hide();
}

void SimulationPaceLabel::update(const engine::SourceState& simulation)
{
    const bool paced = simulation.running && !simulation.paused && simulation.speed != engine::SourceState::kUnpaced;
    if (!paced || simulation.speed != m_speed) {
        m_samples.clear();
        m_speed = simulation.speed;
    }
    if (!paced) {
        hide();
        return;
    }
    const qint64 now = m_wall.elapsed();
    m_samples.push_back({now, simulation.virtualNow});
    while (m_samples.size() > 2 && now - m_samples[1].wallMs >= kWindowMs) {
        m_samples.pop_front();
    }
    const std::optional<double> measured = reachedSpeed();
    // Behind by more than a second of wall time at the chosen speed, and not catching up.
    const bool behind = static_cast<double>(simulation.lagNs) > simulation.speed * engine::kNsPerSec;
    if (!measured || !behind || *measured >= kSlowFraction * simulation.speed) {
        hide();
        return;
    }
    const double reached = *measured;
    setText(tr("Running at ×%1: the machine cannot keep up").arg(speedText(reached)));
    setToolTip(tr("The simulation runs at ×%1 of the chosen ×%2; its clock is %3 s behind. Choose a lower speed "
                  "to run in step.")
                   .arg(speedText(reached), speedText(simulation.speed),
                        QLocale().toString(static_cast<double>(simulation.lagNs) / engine::kNsPerSec, 'f', 0)));
    setAccessibleName(text());
    show();
}

std::optional<double> SimulationPaceLabel::reachedSpeed() const
{
    if (m_samples.size() < 2) {
        return std::nullopt;
    }
    const Sample& first = m_samples.front();
    const Sample& last = m_samples.back();
    const qint64 spanMs = last.wallMs - first.wallMs;
    if (spanMs < kShortestSpanMs) {
        return std::nullopt;
    }
    return static_cast<double>(last.virtualNow - first.virtualNow) / engine::kNsPerMs / static_cast<double>(spanMs);
}

}  // namespace sluice::ui
