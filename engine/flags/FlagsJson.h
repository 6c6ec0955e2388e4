// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "flags/FlagModel.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::flags {

struct FlagsRead {
    std::optional<FlagSet> flags;       // nullopt: the text was refused, `error` says where and why
    std::string error;                  // "features[2].strategies[0].constraints[1].operator: expected a string"
    std::vector<std::string> warnings;  // unknown strategies and operators, by path; they evaluate to off
};

// Unleash's client-features JSON (`{"version": 2, "features": [...], "segments": [...]}`), with Sluice's
// additions under "sluice" in a feature. Limits: 10 MiB of text, 10,000 features, names of 1..255 bytes of
// valid UTF-8. Never throws.
FlagsRead readClientFeatures(std::string_view json);
std::string writeClientFeatures(const FlagSet& flags);  // reads back equal (round trip)

// One feature (an element of "features"), as the database and the editor keep it; errors name paths under
// "feature".
struct FlagRead {
    std::optional<FeatureFlag> flag;
    std::string error;
    std::vector<std::string> warnings;
};
FlagRead readFeature(std::string_view json);
std::string writeFeature(const FeatureFlag& flag);

// One segment, likewise.
std::optional<Segment> readSegment(std::string_view json, std::string& error);
std::string writeSegment(const Segment& segment);

}  // namespace sluice::engine::flags
