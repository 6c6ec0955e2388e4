// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/LoadSignals.h"
#include "core/Time.h"
#include "throttle/LoadSourceConfig.h"
#include "throttle/PrometheusText.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace sluice::engine {

// Turns scraped Prometheus pages into load signals as the configuration says (LoadSourceConfig.h). Counters
// (rate, idle_counter) need two pages: the first reading after start, or after a counter went back (a restart
// of the exporter), has no value yet. Not thread-safe: one per scraping thread.
class PrometheusLoadReader final {
public:
    explicit PrometheusLoadReader(const PrometheusLoadConfig& config) : m_config(config) {}

    // The signals from `page`, scraped at `at` (any steady clock). Nullopt when the page cannot give every
    // configured signal, with `error` saying why (a metric not on the page, a page with no samples) or empty
    // while a counter waits for its second page.
    std::optional<LoadSignals> read(std::string_view page, TimeNs at, std::string& error);

private:
    struct Sums {
        double part = 0;   // series matching the metric and labels
        double whole = 0;  // series of `total` (or of the metric, for idle_counter)
        bool partSeen = false;
        bool wholeSeen = false;
    };
    struct Previous {
        bool valid = false;
        Sums sums;
    };

    const PrometheusLoadConfig m_config;
    PrometheusText m_text;
    std::array<Previous, kLoadSignalCount> m_previous{};
    TimeNs m_previousAt = 0;
};

}  // namespace sluice::engine
