// SPDX-License-Identifier: Apache-2.0
#include "flags/FlagEvaluator.h"

#include "flags/Murmur3.h"
#include "flags/Strategies.h"
#include "flags/Variants.h"

#include <algorithm>
#include <string>

namespace sluice::engine::flags {

namespace {

// Most "<groupId>:<value>" inputs fit here, so the hot path hashes without allocating.
constexpr std::size_t kStackHashBytes = 512;

// What the strategies said: on or off, and the strategy that let the context in.
struct StrategyResult {
    bool enabled = false;
    const Strategy* strategy = nullptr;
};

StrategyResult strategiesFor(const FeatureFlag& flag, const FlagSet& flags, const FlagContext& context)
{
    bool anyActive = false;
    for (const Strategy& s : flag.strategies) {
        if (s.disabled) {
            continue;
        }
        anyActive = true;
        if (strategyMatches(s, flag.name, flags, context)) {
            return {true, &s};
        }
    }
    // No strategy at all: the flag's own switch decides. Only disabled ones: none can let anyone in.
    return {flag.strategies.empty() && !anyActive, nullptr};
}

VariantResult variantFor(const FeatureFlag& flag, const Strategy* matched, const FlagContext& context)
{
    VariantResult result;
    result.featureEnabled = true;
    const Variant* picked = nullptr;
    if (matched != nullptr && !matched->variants.empty()) {
        picked =
            pickVariant(matched->variants, groupIdOf(*matched, flag.name), parameter(*matched, "stickiness"), context);
    } else if (!flag.variants.empty()) {
        picked = pickVariant(flag.variants, flag.name, flag.variants.front().stickiness, context);
    }
    if (picked != nullptr) {
        result.name = picked->name;
        result.enabled = true;
        result.payload = picked->payload ? &*picked->payload : nullptr;
    }
    return result;
}

}  // namespace

// Dependencies are one level deep, as in Unleash: a parent with dependencies of its own never satisfies one.
class DependencyCheck final {
public:
    DependencyCheck(const FlagEvaluator& evaluator, const FlagSet& flags) : m_evaluator(evaluator), m_flags(flags) {}

    bool satisfied(const FeatureFlag& child, const FlagContext& context) const
    {
        for (const Dependency& d : child.dependencies) {
            const FeatureFlag* parent = m_flags.find(d.feature);
            if (parent == nullptr || !parent->dependencies.empty() || !parentAgrees(d, *parent, context)) {
                return false;
            }
        }
        return true;
    }

private:
    bool parentAgrees(const Dependency& d, const FeatureFlag& parent, const FlagContext& context) const
    {
        if (!d.enabled) {
            return !m_evaluator.isEnabled(parent, context);
        }
        if (d.variants.empty()) {
            return m_evaluator.isEnabled(parent, context);
        }
        const Evaluation e = m_evaluator.evaluate(parent.name, context);
        return e.enabled && std::find(d.variants.begin(), d.variants.end(), e.variant.name) != d.variants.end();
    }

    const FlagEvaluator& m_evaluator;
    const FlagSet& m_flags;
};

bool FlagEvaluator::isEnabled(const FeatureFlag& flag, const FlagContext& context) const
{
    if (flag.killed || !flag.enabled || !DependencyCheck(*this, m_flags).satisfied(flag, context)) {
        return false;
    }
    return strategiesFor(flag, m_flags, context).enabled;
}

Evaluation FlagEvaluator::evaluate(std::string_view toggle, const FlagContext& context) const
{
    Evaluation result;
    const FeatureFlag* flag = m_flags.find(toggle);
    if (flag == nullptr) {
        return result;
    }
    result.found = true;
    if (flag->killed || !flag->enabled || !DependencyCheck(*this, m_flags).satisfied(*flag, context)) {
        return result;
    }
    const StrategyResult strategies = strategiesFor(*flag, m_flags, context);
    if (!strategies.enabled) {
        return result;
    }
    result.enabled = true;
    result.variant = variantFor(*flag, strategies.strategy, context);
    return result;
}

std::uint32_t normalizedHash(std::string_view groupId, std::string_view value, std::uint32_t modulus,
                             std::uint32_t seed)
{
    const std::size_t size = groupId.size() + 1 + value.size();
    std::uint32_t hash = 0;
    if (size <= kStackHashBytes) {
        char buffer[kStackHashBytes];
        std::copy(groupId.begin(), groupId.end(), buffer);
        buffer[groupId.size()] = ':';
        std::copy(value.begin(), value.end(), buffer + groupId.size() + 1);
        hash = murmur3x86_32(std::string_view(buffer, size), seed);
    } else {
        std::string joined;
        joined.reserve(size);
        joined.append(groupId).append(1, ':').append(value);
        hash = murmur3x86_32(joined, seed);
    }
    return modulus == 0 ? 0 : hash % modulus + 1;
}

}  // namespace sluice::engine::flags
