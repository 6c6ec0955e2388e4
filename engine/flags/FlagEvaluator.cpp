// SPDX-License-Identifier: Apache-2.0
// Stand-in until the evaluator lands: the default strategy, IN/NOT_IN constraints and variant overrides.
#include "flags/FlagEvaluator.h"

#include "flags/Constraints.h"

namespace sluice::engine::flags {

Evaluation FlagEvaluator::evaluate(std::string_view toggle, const FlagContext& context) const
{
    Evaluation out;
    const FeatureFlag* flag = m_flags.find(toggle);
    if (flag == nullptr) {
        return out;
    }
    out.found = true;
    out.enabled = flag->enabled && !flag->killed && isEnabled(*flag, context);
    out.variant.featureEnabled = out.enabled;
    if (!out.enabled) {
        return out;
    }
    for (const Variant& v : flag->variants) {
        for (const VariantOverride& o : v.overrides) {
            for (const std::string& value : o.values) {
                if (context.field(o.contextName) == std::optional<std::string_view>(value)) {
                    out.variant.name = v.name;
                    out.variant.enabled = true;
                    out.variant.payload = v.payload ? &*v.payload : nullptr;
                }
            }
        }
    }
    return out;
}

bool FlagEvaluator::isEnabled(const FeatureFlag& flag, const FlagContext& context) const
{
    for (const Strategy& s : flag.strategies) {
        if (s.known && !s.disabled && s.name == "default" && allHold(s.constraints, context)) {
            return true;
        }
    }
    return flag.strategies.empty();
}

}  // namespace sluice::engine::flags
