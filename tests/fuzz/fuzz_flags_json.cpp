// SPDX-License-Identifier: Apache-2.0
// The feature flags reader (`sluice flags import`, the Flags page's import, stored definitions): any bytes give
// flags or a message naming where, never a crash; what it accepts is written and read back unchanged, and each
// feature and segment alone reads back the same as well.
#include "FuzzTarget.h"

#include "flags/FlagsJson.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine::flags;
    const std::string text(reinterpret_cast<const char*>(data), size);
    const FlagsRead read = readClientFeatures(text);
    if (!read.flags) {
        sluice::fuzz::require(!read.error.empty(), "a refused file comes with a message");
        return 0;
    }
    const std::string written = writeClientFeatures(*read.flags);
    const FlagsRead again = readClientFeatures(written);
    sluice::fuzz::require(again.flags.has_value(), "accepted flags read back after writing");
    sluice::fuzz::require(writeClientFeatures(*again.flags) == written, "a round trip changes nothing");
    sluice::fuzz::require(again.warnings.size() == read.warnings.size(), "a round trip keeps every warning");
    for (const FeatureFlag& f : read.flags->features) {
        const std::string one = writeFeature(f);
        const FlagRead back = readFeature(one);
        sluice::fuzz::require(back.flag && writeFeature(*back.flag) == one, "a feature reads back alone");
    }
    for (const Segment& s : read.flags->segments) {
        std::string error;
        const auto back = readSegment(writeSegment(s), error);
        sluice::fuzz::require(back && writeSegment(*back) == writeSegment(s), "a segment reads back alone");
    }
    return 0;
}
