// SPDX-License-Identifier: Apache-2.0
// The Prometheus text reader behind the prometheus load source: any page a scraped endpoint serves gives samples,
// counted rejections or a reading error, never a crash; percentages stay within 0..100.
#include "FuzzTarget.h"

#include "throttle/PrometheusLoadReader.h"
#include "throttle/PrometheusText.h"

#include <cmath>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine;
    const std::string_view page(reinterpret_cast<const char*>(data), size);
    PrometheusText text;
    std::uint64_t seen = 0;
    const PrometheusText::Counts counts = text.parse(page, [&](const PrometheusSample& s) {
        ++seen;
        sluice::fuzz::require(!s.name.empty(), "a sample has a name");
        sluice::fuzz::require(s.labels.size() <= PrometheusText::kMaxLabels, "labels are bounded");
        for (const auto& [name, value] : s.labels) {
            sluice::fuzz::require(!name.empty(), "a label has a name");
            sluice::fuzz::require(value.data() != nullptr || value.empty(), "a label value is readable");
        }
    });
    sluice::fuzz::require(seen == counts.samples, "every sample counted is handed over");
    sluice::fuzz::require((counts.rejected == 0) == (counts.firstRejectedLine == 0), "a rejection names its line");

    // The node exporter defaults and a gauge, over the page twice: counters need two pages.
    PrometheusLoadConfig config;
    config.perSignal[2] = {PrometheusSignal::Reading::Gauge, "http_requests_in_flight", {{"job", "api"}}, {}, 1};
    PrometheusLoadReader reader(config);
    std::string error;
    for (TimeNs at : {TimeNs(1'000'000'000), TimeNs(2'000'000'000)}) {
        if (const auto signals = reader.read(page, at, error)) {
            sluice::fuzz::require(signals->cpuPercent >= 0 && signals->cpuPercent <= 100, "CPU is a percentage");
            sluice::fuzz::require(signals->memoryPercent >= 0 && signals->memoryPercent <= 100,
                                  "memory is a percentage");
            sluice::fuzz::require(error.empty(), "a reading has no error");
        }
    }
    return 0;
}
