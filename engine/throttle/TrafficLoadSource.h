// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "throttle/LoadSource.h"
#include "throttle/LoadSourceConfig.h"
#include "throttle/ObservedTraffic.h"
#include "throttle/ThrottleConfig.h"

#include <memory>

namespace sluice::engine {

// The load of the protected service as its traffic shows it: response times and statuses from the access log,
// gathered in ObservedTraffic. It drives the concurrency signal, so the throttle's history, thresholds and
// page stay as they are:
//  - requests in flight at the service, by Little's law: the response times of a sample added up, divided by
//    its length (the mean number of requests the service was working on);
//  - the p95 response time and the 5xx share, each mapped onto the concurrency scale through its own four
//    thresholds (latency_p95_ms, error_percent): reaching the medium latency threshold reads as the medium
//    concurrency threshold, and between two thresholds it reads in proportion. So each reaches exactly the
//    level its thresholds name, and hysteresis and cooldown work as for any signal.
// The signal is the highest of the three. CPU and memory are not known from traffic and stay 0. A sample with
// fewer than min_requests responses says nothing of latency and errors (one slow request is no trend).
class TrafficLoadSource final : public LoadSource {
public:
    TrafficLoadSource(std::shared_ptr<ObservedTraffic> observed, const TrafficLoadConfig& config,
                      const ThrottleThresholds& concurrencyThresholds);

    LoadSignals sample(const TrafficRates& traffic) override;
    void describe(LoadSourceView& out) const override;

    // `value` on the scale of `from` read on the scale of `to`: piecewise linear through 0 and the thresholds,
    // in proportion above the last.
    static double mapThresholds(double value, const std::array<double, 4>& from, const ThrottleThresholds& to);

private:
    std::shared_ptr<ObservedTraffic> m_observed;
    TrafficLoadConfig m_config;
    ThrottleThresholds m_concurrency;
    ObservedTrafficFigures m_last;
};

}  // namespace sluice::engine
