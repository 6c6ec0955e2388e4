// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineTestSupport.h"

#include "anomaly/Finding.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Hand-made findings, as the detectors would report them, for the tests of alerts and their responses.
namespace sluice::engine::testing {

inline anomaly::Finding finding(AnomalyKind kind, std::string metric, double confidence, TimeNs at,
                                std::vector<std::pair<std::string, std::uint64_t>> keys = {}, double value = 100)
{
    anomaly::Finding f;
    f.kind = kind;
    f.metric = std::move(metric);
    f.confidence = confidence;
    f.at = at;
    f.value = value;
    f.expected = 20;
    f.spread = 5;
    f.affectedKeys = std::move(keys);
    return f;
}

inline void observe(Engine& e, const anomaly::Finding& f) { e.observeAnomalies(std::span(&f, 1), f.at); }

// A metric's series in a snapshot's anomaly view; nullptr when it has none.
inline const MetricSeries* seriesOf(const AnomalyView& view, std::string_view metric)
{
    for (const MetricSeries& s : view.series) {
        if (s.metric == metric) {
            return &s;
        }
    }
    return nullptr;
}

// Of an engine, or of a runtime's engines (EngineShards).
template <class Engines>
const AnomalyAlert& alertOf(const Engines& e, std::uint64_t id)
{
    static const AnomalyAlert kMissing;
    const AnomalyAlert* alert = e.anomaly().alerts().find(id);
    return alert != nullptr ? *alert : kMissing;
}

}  // namespace sluice::engine::testing
