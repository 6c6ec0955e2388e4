// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sluice::engine::flags {

// The model of Unleash's client API (`/api/client/features`), so teams bring their flags along unchanged, plus
// Sluice's own additions (kill switch, schedule, rollout plan, effect), which Unleash clients ignore.

enum class Operator : std::uint8_t {
    In,
    NotIn,
    StrContains,
    StrStartsWith,
    StrEndsWith,
    NumEq,
    NumGt,
    NumGte,
    NumLt,
    NumLte,
    DateAfter,
    DateBefore,
    SemverEq,
    SemverGt,
    SemverLt,
    Unknown,  // read from a file but not understood: named in a warning, never holds
};

struct Constraint {
    std::string contextName;  // userId, sessionId, remoteAddress, environment, appName, currentTime, or a property
    Operator op = Operator::In;
    std::string operatorName;         // as written, so an Unknown one is exported unchanged
    std::vector<std::string> values;  // IN, NOT_IN, STR_*
    std::string value;                // NUM_*, DATE_*, SEMVER_*
    bool inverted = false;
    bool caseInsensitive = false;
};

struct Segment {
    int id = 0;
    std::string name;
    std::vector<Constraint> constraints;
};

struct Payload {
    std::string type;  // "string", "json", "csv", "number"
    std::string value;
};

struct VariantOverride {
    std::string contextName;
    std::vector<std::string> values;
};

struct Variant {
    std::string name;
    int weight = 0;                       // out of the variants' total (Unleash uses 1000)
    std::string weightType = "variable";  // "fix" or "variable"
    std::string stickiness = "default";
    std::optional<Payload> payload;
    std::vector<VariantOverride> overrides;
};

struct Strategy {
    std::string name;  // default, userWithId, flexibleRollout, gradualRollout*, remoteAddress, applicationHostname
    std::vector<std::pair<std::string, std::string>> parameters;  // in file order; values are strings as in Unleash
    std::vector<Constraint> constraints;
    std::vector<int> segments;      // ids into FlagSet::segments; a missing id never holds
    std::vector<Variant> variants;  // strategy-level variants: win over the flag's when this strategy matched
    bool disabled = false;
    bool known = true;  // false: a strategy this evaluator does not know; named in a warning, never enabled
};

struct Dependency {
    std::string feature;
    bool enabled = true;                // the parent must be enabled (true) or disabled (false)
    std::vector<std::string> variants;  // when not empty, the parent's variant must be one of these
};

// Sluice's additions, under a "sluice" object in each feature of the JSON.
struct ScheduleEntry {
    TimeNs at = 0;  // engine time (Unix ns)
    bool enable = true;
};

struct RolloutPlan {
    int stepPercent = 10;           // added at each step
    TimeNs stepEvery = kNsPerHour;  // between steps
    int targetPercent = 100;        // where the plan ends
    TimeNs nextStepAt = 0;          // engine time of the next step; 0 = not started
    bool paused = false;
    std::vector<std::string> haltOn;  // anomaly kinds (core/AnomalyNames) whose opening alert halts the plan
    bool halted = false;
    TimeNs haltedAt = 0;
    std::string haltedBy;  // what halted it, for people: "alert 12 (spike on requests)"
};

enum class EffectKind : std::uint8_t {
    None,         // a flag for the admins' own use: evaluated by `sluice flags eval`, counted, not applied
    Feature,      // gates one of Sluice's own features (the flag's name is the feature's)
    RoutePolicy,  // the route policy `target` applies only to keys inside; others get the default policy
    VipTier,      // keys inside without a VIP assignment of their own get the VIP tier `target`
};

struct Effect {
    EffectKind kind = EffectKind::None;
    std::string target;  // route name or VIP tier name
};

struct FeatureFlag {
    std::string name;
    std::string description;
    std::string type = "release";
    std::string project = "default";
    bool enabled = false;
    bool stale = false;
    bool impressionData = false;
    std::vector<Strategy> strategies;
    std::vector<Variant> variants;  // flag-level variants
    std::vector<Dependency> dependencies;
    // Sluice:
    bool killed = false;                  // the kill switch: off for everyone whatever else says, until lifted
    std::vector<ScheduleEntry> schedule;  // sorted by `at`; entries in the past are dropped once applied
    std::optional<RolloutPlan> plan;
    Effect effect;
};

struct FlagSet {
    int version = 2;
    std::vector<FeatureFlag> features;
    std::vector<Segment> segments;

    const FeatureFlag* find(std::string_view name) const;
    FeatureFlag* find(std::string_view name);
    const Segment* segment(int id) const;
};

// The rollout percentage the console's slider shows and moves: the `rollout` of the flag's first
// flexibleRollout strategy, else the `percentage` of its first gradualRollout* strategy; nullopt when it has
// neither. setRollout changes that parameter (clamped to 0..100) and returns false when there is none.
std::optional<int> rolloutOf(const FeatureFlag& flag);
bool setRollout(FeatureFlag& flag, int percent);

// A value of a strategy's parameters, or "" when absent.
std::string_view parameter(const Strategy& strategy, std::string_view name);

// The three features of Sluice's own that flags gate, each a flexibleRollout over the key at 100 % by default.
// Their groupId is the flag's name, so a key's bucket is the same as before flags were Unleash-shaped.
inline constexpr const char* kReputationSystem = "reputation_system";
inline constexpr const char* kAdaptiveLimiting = "adaptive_limiting";
inline constexpr const char* kAnomalyDetection = "anomaly_detection";
inline constexpr std::array<const char*, 3> kBuiltInFlags{kReputationSystem, kAdaptiveLimiting, kAnomalyDetection};
FeatureFlag builtInFlag(std::string_view name, bool enabled, int percent);

}  // namespace sluice::engine::flags
