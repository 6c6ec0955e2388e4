// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice::engine {

// One sample line of a Prometheus text page: name{label="value",...} value [timestamp]. Views are valid only
// during the callback.
struct PrometheusSample {
    std::string_view name;
    std::span<const std::pair<std::string_view, std::string_view>> labels;
    double value = 0;
};

// Reads the Prometheus text exposition format (version 0.0.4, as node exporters and client libraries serve it;
// an OpenMetrics "# EOF" is a comment). Comments, HELP and TYPE lines are skipped; a line that is not a valid
// sample is counted and skipped, so one bad line never costs the rest of the page. Scratch memory is reused
// from page to page.
class PrometheusText final {
public:
    static constexpr std::size_t kMaxLabels = 64;

    struct Counts {
        std::uint64_t samples = 0;
        std::uint64_t rejected = 0;
        std::uint64_t firstRejectedLine = 0;  // 1-based; 0 = none
        std::string_view firstReason;
    };

    Counts parse(std::string_view page, const std::function<void(const PrometheusSample&)>& onSample);

private:
    std::string_view parseLine(std::string_view line, PrometheusSample& out);

    std::vector<std::pair<std::string_view, std::string_view>> m_labels;
    std::deque<std::string> m_unescaped;  // label values with escapes; stable addresses while a line is read
    std::size_t m_unescapedUsed = 0;
};

}  // namespace sluice::engine
