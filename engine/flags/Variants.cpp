// SPDX-License-Identifier: Apache-2.0
#include "flags/Variants.h"

#include "flags/FlagEvaluator.h"
#include "flags/Strategies.h"

#include <algorithm>

namespace sluice::engine::flags {

namespace {

const Variant* overridden(std::span<const Variant> variants, const FlagContext& context)
{
    for (const Variant& v : variants) {
        for (const VariantOverride& o : v.overrides) {
            const auto value = context.field(o.contextName);
            if (value && std::find(o.values.begin(), o.values.end(), *value) != o.values.end()) {
                return &v;
            }
        }
    }
    return nullptr;
}

std::optional<std::string_view> stickinessValue(std::string_view stickiness, const FlagContext& context)
{
    if (stickiness.empty() || stickiness == "default") {
        for (const std::string_view name : {"userId", "sessionId", "remoteAddress"}) {
            if (const auto value = context.field(name)) {
                return value;
            }
        }
        return std::nullopt;
    }
    if (stickiness == "random") {
        return std::nullopt;
    }
    return context.field(stickiness);
}

}  // namespace

const Variant* pickVariant(std::span<const Variant> variants, std::string_view groupId, std::string_view stickiness,
                           const FlagContext& context)
{
    std::int64_t total = 0;
    for (const Variant& v : variants) {
        total += std::max(v.weight, 0);
    }
    if (total <= 0) {
        return nullptr;
    }
    if (const Variant* v = overridden(variants, context)) {
        return v;
    }
    const auto value = stickinessValue(stickiness, context);
    const std::int64_t target =
        value ? normalizedHash(groupId, *value, static_cast<std::uint32_t>(total), kVariantSeed)
              // No value to stick to: a random point, drawn as Unleash does from a fresh number each time.
              : (static_cast<std::int64_t>(randomPercent(context) - 1) * total) / 100 + 1;
    std::int64_t counter = 0;
    for (const Variant& v : variants) {
        if (v.weight <= 0) {
            continue;
        }
        counter += v.weight;
        if (counter >= target) {
            return &v;
        }
    }
    return nullptr;
}

}  // namespace sluice::engine::flags
