// SPDX-License-Identifier: Apache-2.0
// Stand-in until the evaluator lands.
#include "flags/FlagModel.h"

namespace sluice::engine::flags {

const FeatureFlag* FlagSet::find(std::string_view name) const
{
    for (const FeatureFlag& f : features) {
        if (f.name == name) {
            return &f;
        }
    }
    return nullptr;
}

std::string_view parameter(const Strategy& strategy, std::string_view name)
{
    for (const auto& [key, value] : strategy.parameters) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

}  // namespace sluice::engine::flags
