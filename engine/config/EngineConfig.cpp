// SPDX-License-Identifier: Apache-2.0
#include "config/EngineConfig.h"

#include "config/AnomalyConfigJson.h"
#include "config/NotifyConfigJson.h"
#include "core/EngineText.h"

#include <algorithm>
#include <string>

namespace sluice::engine {

namespace {
std::optional<std::string> validatePolicy(const Policy& p, std::size_t index)
{
    if (index > 0 && p.route.empty()) {
        return say(Text::PolicyNeedsRoute, {std::to_string(index)});
    }
    const bool isDefault = index == 0;
    if (p.limit == 0) {
        return isDefault ? say(Text::DefaultPolicyLimit) : say(Text::RoutePolicyLimit, {p.route});
    }
    if (p.period <= 0) {
        return isDefault ? say(Text::DefaultPolicyPeriod) : say(Text::RoutePolicyPeriod, {p.route});
    }
    if (p.burst == 0) {
        return isDefault ? say(Text::DefaultPolicyBurst) : say(Text::RoutePolicyBurst, {p.route});
    }
    return std::nullopt;
}
}  // namespace

flags::FlagSet builtInFlags()
{
    flags::FlagSet set;
    for (int f = 0; f < kFeatureCount; ++f) {
        set.features.push_back(flags::builtInFlag(nameOf(static_cast<Feature>(f)), true, 100));
    }
    return set;
}

FeatureGate featureGate(const EngineConfig& config, Feature feature)
{
    FeatureGate g;
    if (const flags::FeatureFlag* f = config.flags.find(nameOf(feature))) {
        g.enabled = f->enabled;
        g.percentage = static_cast<std::uint8_t>(std::clamp(flags::rolloutOf(*f).value_or(100), 0, 100));
    }
    return g;
}

void setFeatureGate(EngineConfig& config, Feature feature, const FeatureGate& gate)
{
    flags::FeatureFlag* f = config.flags.find(nameOf(feature));
    if (f == nullptr) {
        config.flags.features.push_back(flags::builtInFlag(nameOf(feature), gate.enabled, gate.percentage));
        return;
    }
    f->enabled = gate.enabled;
    flags::setRollout(*f, gate.percentage);
}

std::optional<std::string> validate(const EngineConfig& config)
{
    if (config.policies.empty()) {
        return say(Text::NoDefaultPolicy);
    }
    for (std::size_t i = 0; i < config.policies.size(); ++i) {
        if (auto error = validatePolicy(config.policies[i], i)) {
            return error;
        }
    }
    const ReputationConfig& r = config.reputation;
    for (int t = 0; t < kReputationTierCount; ++t) {
        if (!(r.tierMultipliers[t] >= 0.5 && r.tierMultipliers[t] <= 2.0)) {
            return say(Text::ReputationMultiplier, {nameOf(static_cast<ReputationTier>(t))});
        }
    }
    if (!(r.flaggedBelow >= 0 && r.flaggedBelow <= r.trustedAbove && r.trustedAbove <= 100)) {
        return say(Text::ReputationThresholds);
    }
    if (!(r.initialScore >= 0 && r.initialScore <= 100 && r.neutralScore >= 0 && r.neutralScore <= 100)) {
        return say(Text::ReputationScores);
    }
    if (!(r.decayFactor > 0 && r.decayFactor <= 1)) {
        return say(Text::ReputationDecayFactor);
    }
    if (r.decayInterval < kNsPerSec || r.violationWindow < kNsPerSec) {
        return say(Text::ReputationIntervals);
    }
    if (r.cleanRequestsPerPoint == 0) {
        return say(Text::ReputationCleanRequests);
    }
    if (!(r.pointsPerSeverity >= 0 && r.severity2Ratio > 1 && r.severity3Ratio >= r.severity2Ratio)) {
        return say(Text::ReputationSeverities);
    }
    for (const flags::FeatureFlag& f : config.flags.features) {
        if (const auto rollout = flags::rolloutOf(f); rollout && (*rollout < 0 || *rollout > 100)) {
            return say(Text::RolloutPercentage);
        }
    }
    if (auto error = validate(config.throttle)) {
        return error;
    }
    if (config.idleEviction < kNsPerMin || config.maintenanceInterval < kNsPerSec) {
        return say(Text::IdleEviction);
    }
    if (config.vipExpiringLead < kNsPerMin || config.vipExpiringLead > kMaxVipExpiringLead) {
        return say(Text::VipExpiringLead);
    }
    if (auto error = validate(config.anomaly)) {
        return error;
    }
    if (auto error = validate(config.notify)) {
        return error;
    }
    return std::nullopt;
}

}  // namespace sluice::engine
