// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "flags/FlagModel.h"

#include <nlohmann/json.hpp>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::flags {

// EffectKind's names in the "sluice" object, by value.
inline constexpr std::array<std::string_view, 4> kEffectKindNames{"none", "feature", "routePolicy", "vipTier"};

// Turns a client-features document into the model. The text has already passed JsonRead::parse (syntax, depth
// and number range, with their own messages); this walks it again as an ordered document, so strategy
// parameters keep the order of the file. Unknown keys are ignored, as Unleash clients do; a value of the
// wrong shape throws JsonRead::Error naming its path; unknown strategies and operators become warnings.
class FlagsJsonReader final {
public:
    using json = nlohmann::ordered_json;

    static constexpr std::size_t kMaxFeatures = 10'000;
    static constexpr std::size_t kMaxNameBytes = 255;

    FlagSet document(const json& j);
    FeatureFlag feature(const json& j, const std::string& path);
    Segment segment(const json& j, const std::string& path);

    std::vector<std::string> takeWarnings() { return std::move(m_warnings); }

private:
    Strategy strategy(const json& j, const std::string& path);
    Constraint constraint(const json& j, const std::string& path);
    Variant variant(const json& j, const std::string& path);
    Dependency dependency(const json& j, const std::string& path);
    void additions(const json& j, const std::string& path, FeatureFlag& flag);
    RolloutPlan plan(const json& j, const std::string& path);
    void checkReferences(const FlagSet& flags);

    std::vector<std::string> m_warnings;
};

}  // namespace sluice::engine::flags
