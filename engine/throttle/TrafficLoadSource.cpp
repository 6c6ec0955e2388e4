// SPDX-License-Identifier: Apache-2.0
#include "throttle/TrafficLoadSource.h"

#include <algorithm>

namespace sluice::engine {

TrafficLoadSource::TrafficLoadSource(std::shared_ptr<ObservedTraffic> observed, const TrafficLoadConfig& config,
                                     const ThrottleThresholds& concurrencyThresholds)
    : m_observed(std::move(observed)), m_config(config), m_concurrency(concurrencyThresholds)
{
}

double TrafficLoadSource::mapThresholds(double value, const std::array<double, 4>& from, const ThrottleThresholds& to)
{
    if (!(value > 0)) {
        return 0;
    }
    double fromLow = 0;
    double toLow = 0;
    for (std::size_t i = 0; i < from.size(); ++i) {
        if (value <= from[i]) {
            return toLow + (value - fromLow) / (from[i] - fromLow) * (to[i] - toLow);
        }
        fromLow = from[i];
        toLow = to[i];
    }
    return value / from.back() * to.back();
}

LoadSignals TrafficLoadSource::sample(const TrafficRates& traffic)
{
    const ResponseTally tally = m_observed->take();
    const double seconds = std::max(traffic.seconds, 1e-3);
    m_last = ObservedTrafficFigures{};
    m_last.requestsPerSec = static_cast<double>(tally.responses) / seconds;
    if (tally.timed > 0) {
        m_last.meanLatencyMs = static_cast<double>(tally.microseconds) / 1000.0 / static_cast<double>(tally.timed);
        m_last.p95LatencyMs = tally.percentileMs(0.95);
    }
    if (tally.responses > 0) {
        m_last.errorPercent = 100.0 * static_cast<double>(tally.errors) / static_cast<double>(tally.responses);
    }
    m_last.inFlight = static_cast<double>(tally.microseconds) / 1e6 / seconds;
    double concurrency = m_last.inFlight;
    if (tally.responses >= m_config.minRequests) {
        concurrency = std::max(concurrency, mapThresholds(m_last.errorPercent, m_config.errorPercent, m_concurrency));
    }
    if (tally.timed >= m_config.minRequests) {
        concurrency = std::max(concurrency, mapThresholds(m_last.p95LatencyMs, m_config.latencyP95Ms, m_concurrency));
    }
    return LoadSignals{0, 0, concurrency};
}

void TrafficLoadSource::describe(LoadSourceView& out) const
{
    out.kind = LoadSourceKind::Traffic;
    out.measures = {false, false, true};
    out.traffic = m_last;
}

}  // namespace sluice::engine
