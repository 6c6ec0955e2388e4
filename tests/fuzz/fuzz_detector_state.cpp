// SPDX-License-Identifier: Apache-2.0
// The anomaly detector's saved state, read back from the database: any bytes are either refused, leaving the
// detector exactly as it was, or taken whole, after which the detector saves the very same bytes and goes on
// judging samples with scores in 0..1.
#include "FuzzTarget.h"

#include "anomaly/AnomalyDetector.h"

#include <cmath>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine;
    using sluice::fuzz::require;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    anomaly::AnomalyDetector detector;
    const TimeNs start = 1'400'000'000 * kNsPerSec;
    for (int i = 0; i < 40; ++i) {
        detector.observe(start + i * 5 * kNsPerMin, 10.0 + i % 3);
    }
    const std::string before = detector.saveState();
    if (!detector.restoreState(bytes)) {
        require(detector.saveState() == before, "refused bytes leave the detector as it was");
        return 0;
    }
    require(detector.saveState() == bytes, "a restored detector saves the bytes it was given");
    const double values[] = {0.0, 10.0, -1e9, 1e12, 11.5, 10.0};
    TimeNs time = start + 40 * 5 * kNsPerMin;
    for (const double value : values) {
        const anomaly::AnomalyVerdict v = detector.observe(time, value);
        require(v.score >= 0 && v.score <= 1, "the score stays in 0..1");
        require(!std::isnan(v.expected) && v.spread > 0, "the baseline is a number and its spread positive");
        time += 5 * kNsPerMin;
    }
    return 0;
}
