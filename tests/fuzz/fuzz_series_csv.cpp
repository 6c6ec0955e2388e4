// SPDX-License-Identifier: Apache-2.0
// The series reader (`sluice detect --series`): any bytes give rows or one located problem, never a crash; the
// rows it gives can be run through the detector, and their time stamp texts lie inside the input.
#include "FuzzTarget.h"

#include "anomaly/AnomalyDetector.h"
#include "anomaly/SeriesCsv.h"

#include <cmath>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine::anomaly;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const SeriesParse parsed = SeriesCsv::parse(text, 10'000);
    if (!parsed.ok()) {
        sluice::fuzz::require(parsed.line >= 1 && parsed.rows.empty(), "a problem names its line and keeps no rows");
        return 0;
    }
    sluice::fuzz::require(!parsed.rows.empty(), "a series without a problem has rows");
    AnomalyDetector detector;
    for (const SeriesRow& row : parsed.rows) {
        sluice::fuzz::require(std::isfinite(row.value), "values are finite");
        sluice::fuzz::require(std::size_t{row.timeAt} + row.timeSize <= text.size(), "the time stamp lies in the text");
        const AnomalyVerdict v = detector.observe(row.time, row.value);
        sluice::fuzz::require(v.score >= 0 && v.score <= 1, "the score stays in 0..1");
    }
    return 0;
}
