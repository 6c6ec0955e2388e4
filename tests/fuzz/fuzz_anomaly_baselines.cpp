// SPDX-License-Identifier: Apache-2.0
// What anomaly detection learned, read back from the database (anomaly_baselines): any bytes under any metric
// name are either taken or ignored, never a crash. What the detectors then save reads back to the very same
// rows, and the samples after it give findings with a confidence in 0..1 and numbers, not NaN.
// Input: the first byte picks the row's metric name, the rest are its bytes.
#include "FuzzTarget.h"

#include "anomaly/AnomalyDetectors.h"
#include "keys/KeyTable.h"
#include "limiter/Policy.h"

#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace sluice::engine;

constexpr std::array<std::string_view, 8> kMetrics{"requests",     "denials",   "active_keys", "new_keys",
                                                   "route:/login", "countries", "route:",      "key:a"};

// A few minutes of traffic on two routes and two countries, one key heavier than the rest.
void traffic(anomaly::AnomalyDetectors& detectors, KeyTable& keys, const std::vector<Policy>& policies,
             std::vector<anomaly::Finding>& out)
{
    EventBatch events;
    std::uint64_t requests = 0;
    const TimeNs start = 1'700'000'000 * kNsPerSec;
    for (int minute = 0; minute < 4; ++minute) {
        for (int i = 0; i < 60; ++i) {
            const TimeNs at = start + minute * kNsPerMin + i * kNsPerSec;
            PartContext context{keys, events, at, requests, 0, false, &policies};
            if (detectors.nextSample() == kNever || at >= detectors.nextSample()) {
                detectors.sample(at, context, out);
            }
            detectors.noteTraffic(at, at);
            const std::string key = i % 3 == 0 ? std::string("heavy") : "user-" + std::to_string(i);
            const std::uint64_t hash = KeyTable::hash(key);
            std::uint32_t index = keys.find(key, hash);
            if (index == KeyTable::kNone) {
                index = keys.insert(key, hash);
                keys.record(index).lastSeenSec = toUnixSec(at);
                detectors.tally().newKey(index, hash);
            }
            KeyRecord& r = keys.record(index);
            const bool first = r.lastSeenSec < detectors.tally().sampleStartSec();
            r.lastSeenSec = toUnixSec(at);
            ++r.allowed;
            detectors.tally().count(index, hash, static_cast<std::uint32_t>(i % 2), i % 4 == 0 ? "DE" : "US", true,
                                    first, r.allowed + r.denied);
            ++requests;
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using sluice::fuzz::require;
    if (size == 0) {
        return 0;
    }
    const std::string metric(kMetrics[data[0] % kMetrics.size()]);
    const std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    std::vector<Policy> policies(2);
    policies[1].route = "/login";

    anomaly::AnomalyDetectors detectors;
    detectors.restoreBaselines({{metric, bytes}});
    const auto saved = detectors.saveBaselines();
    anomaly::AnomalyDetectors again;
    again.restoreBaselines(saved);
    require(again.saveBaselines() == saved, "saved baselines read back to the same rows");

    KeyTable keys;
    std::vector<anomaly::Finding> findings;
    traffic(detectors, keys, policies, findings);
    for (const anomaly::Finding& f : findings) {
        require(f.confidence >= 0 && f.confidence <= 1, "a finding's confidence is in 0..1");
        require(std::isfinite(f.value) && std::isfinite(f.expected) && std::isfinite(f.spread),
                "a finding's value, expectation and spread are numbers");
    }
    AnomalyView view;
    detectors.fillView(view);
    require(std::isfinite(view.learnedDays) && view.learnedDays >= 0, "the learned days are a number");
    return 0;
}
