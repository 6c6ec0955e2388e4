// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace sluice::engine {

// How often each flag was evaluated for a decision, in one exposure bucket.
inline constexpr TimeNs kExposureBucket = kNsPerMin;
inline constexpr int kExposureBuckets = 60;  // the last hour, for the page's sparklines

struct VariantExposure {
    std::string variant;
    std::uint64_t count = 0;
};

struct ExposureBucket {
    TimeNs start = 0;
    std::uint64_t yes = 0;  // evaluations that were on
    std::uint64_t no = 0;
    std::vector<VariantExposure> variants;  // flags with variants only
};

enum class PlanState : std::uint8_t { None, Running, Paused, Halted, Done };

// One flag as the Flags page lists it. The definitions themselves come by query (FlagSetQuery).
struct FlagRowView {
    std::string name;
    std::string description;
    bool enabled = false;
    bool killed = false;
    bool builtIn = false;          // one of Sluice's own features: cannot be deleted
    int rollout = -1;              // the slider (flags::rolloutOf), -1 = the flag has no rollout strategy
    std::uint64_t keysInside = 0;  // active keys the flag is on for
    std::uint64_t keysActive = 0;
    std::vector<std::string> variants;
    std::string effect;         // "", "feature", "route_policy:NAME", "vip_tier:NAME"
    TimeNs nextScheduleAt = 0;  // 0 = nothing scheduled
    bool nextScheduleEnables = false;
    PlanState plan = PlanState::None;
    int planTarget = 0;
    int planStep = 0;
    TimeNs planNextStepAt = 0;
    std::string planHaltedBy;
    std::vector<ExposureBucket> exposure;  // oldest first, up to kExposureBuckets, whole minutes
};

struct FlagsView {
    std::uint64_t revision = 0;         // rises with every change of a definition (the page re-asks for FlagSetQuery)
    std::vector<FlagRowView> flags;     // by name
    std::vector<std::string> warnings;  // from the last import: unknown strategies and operators
};

}  // namespace sluice::engine
