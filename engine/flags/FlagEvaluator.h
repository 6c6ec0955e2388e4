// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "flags/FlagContext.h"
#include "flags/FlagModel.h"

#include <cstdint>
#include <string_view>

namespace sluice::engine::flags {

struct VariantResult {
    std::string_view name = "disabled";
    bool enabled = false;
    bool featureEnabled = false;
    const Payload* payload = nullptr;  // points into the FlagSet
};

struct Evaluation {
    bool enabled = false;
    VariantResult variant;
    bool found = false;  // the toggle exists
};

// Evaluates toggles as an Unleash client does: a killed flag is off; a disabled flag is off; dependencies
// must hold; then the first strategy (in order, `disabled` ones skipped) whose constraints and segments hold
// and whose own check passes enables it; a flag without strategies is on when enabled. Variants: overrides
// first, then the weighted pick on MurmurHash3 (seed 86028157) of "<groupId>:<stickiness value>", from the
// matching strategy's variants when it has any, else the flag's. Rollout buckets: MurmurHash3 (seed 0) of
// "<groupId>:<stickiness value>" % 100 + 1. Never allocates on a flexibleRollout/default evaluation with no
// properties; reads the FlagSet, which must outlive the results.
class FlagEvaluator final {
public:
    explicit FlagEvaluator(const FlagSet& flags) : m_flags(flags) {}

    Evaluation evaluate(std::string_view toggle, const FlagContext& context) const;
    bool isEnabled(std::string_view toggle, const FlagContext& context) const
    {
        return evaluate(toggle, context).enabled;
    }
    // The same for a flag that need not be in the set (a candidate being previewed); its dependencies are
    // looked up in the set. The result points into `flag`, which must outlive it.
    Evaluation evaluate(const FeatureFlag& flag, const FlagContext& context) const;
    // Whether one flag is on, without variants (what the engine resolves per key).
    bool isEnabled(const FeatureFlag& flag, const FlagContext& context) const;

private:
    const FlagSet& m_flags;
};

// The hashes, exposed for tests and for the engine's per-key precomputation.
std::uint32_t normalizedHash(std::string_view groupId, std::string_view value, std::uint32_t modulus,
                             std::uint32_t seed = 0);  // murmur3("<groupId>:<value>", seed) % modulus + 1
inline constexpr std::uint32_t kVariantSeed = 86028157;

}  // namespace sluice::engine::flags
