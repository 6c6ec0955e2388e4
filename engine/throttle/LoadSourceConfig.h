// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/LoadSourceView.h"
#include "core/Time.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace sluice::engine {

// How one signal is read from a Prometheus text page. Series match when their name is `metric` and every
// label in `labels` has the given value; the values of all matching series are added up.
struct PrometheusSignal {
    enum class Reading : std::uint8_t {
        Off,          // not read: the signal stays 0
        Gauge,        // the sum × scale (a service's own in-flight gauge, a CPU % gauge)
        Rate,         // its increase per second between two scrapes × scale (process_cpu_seconds_total × 100)
        IdleCounter,  // 100 × (1 − increase of the matching series ÷ increase of every `total` series): CPU busy %
        FreeOfTotal,  // 100 × (1 − sum ÷ sum of `total`): memory used % from available and total bytes
        OfTotal,      // 100 × sum ÷ sum of `total`
    };
    Reading reading = Reading::Off;
    std::string metric;
    std::vector<std::pair<std::string, std::string>> labels;
    std::string total;  // IdleCounter (default: `metric` itself, every label), FreeOfTotal, OfTotal
    double scale = 1;
};

inline constexpr std::array<std::string_view, 6> kPrometheusReadingNames{"off",          "gauge",         "rate",
                                                                         "idle_counter", "free_of_total", "of_total"};

// Defaults read a node exporter: CPU busy % from node_cpu_seconds_total{mode="idle"} over two scrapes, memory
// used % from MemAvailable and MemTotal; a node exporter knows nothing of requests in flight.
struct PrometheusLoadConfig {
    std::string url;  // http:// or https://
    TimeNs interval = 5 * kNsPerSec;
    TimeNs timeout = 2 * kNsPerSec;
    std::array<PrometheusSignal, kLoadSignalCount> perSignal{{
        {PrometheusSignal::Reading::IdleCounter, "node_cpu_seconds_total", {{"mode", "idle"}}, {}, 1},
        {PrometheusSignal::Reading::FreeOfTotal, "node_memory_MemAvailable_bytes", {}, "node_memory_MemTotal_bytes", 1},
        {},
    }};
};

// The traffic's own signals: requests in flight at the service (rate × mean response time, Little's law) is
// the concurrency signal; the p95 response time and the 5xx share raise it through their own thresholds (see
// TrafficLoadSource).
struct TrafficLoadConfig {
    std::array<double, 4> latencyP95Ms{250, 500, 1000, 2000};
    std::array<double, 4> errorPercent{2, 5, 10, 25};
    std::uint32_t minRequests = 20;  // fewer responses in a sample say nothing about latency and errors
};

struct LoadSourceConfig {
    LoadSourceKind kind = LoadSourceKind::None;
    PrometheusLoadConfig prometheus;
    TrafficLoadConfig traffic;
};

}  // namespace sluice::engine
