// SPDX-License-Identifier: Apache-2.0
#include "core/EngineConfig.h"

#include <string>

namespace sluice::engine {

namespace {
std::optional<std::string> validatePolicy(const Policy& p, std::size_t index)
{
    const std::string where = index == 0 ? std::string("default policy") : "policy for route '" + p.route + "'";
    if (index > 0 && p.route.empty()) {
        return "policy " + std::to_string(index) + ": a non-default policy needs a route";
    }
    if (p.limit == 0) {
        return where + ": limit must be at least 1";
    }
    if (p.period <= 0) {
        return where + ": period must be positive";
    }
    if (p.burst == 0) {
        return where + ": burst must be at least 1";
    }
    return std::nullopt;
}
}  // namespace

std::optional<std::string> validate(const EngineConfig& config)
{
    if (config.policies.empty()) {
        return std::string("at least the default policy is needed");
    }
    for (std::size_t i = 0; i < config.policies.size(); ++i) {
        if (auto error = validatePolicy(config.policies[i], i)) {
            return error;
        }
    }
    const ReputationConfig& r = config.reputation;
    for (int t = 0; t < kReputationTierCount; ++t) {
        if (!(r.tierMultipliers[t] >= 0.5 && r.tierMultipliers[t] <= 2.0)) {
            return "reputation multiplier for tier '" + std::string(nameOf(static_cast<ReputationTier>(t))) +
                   "' must be between 0.5 and 2.0";
        }
    }
    if (!(r.flaggedBelow >= 0 && r.flaggedBelow <= r.trustedAbove && r.trustedAbove <= 100)) {
        return std::string("reputation thresholds must satisfy 0 <= flagged < trusted <= 100");
    }
    if (!(r.initialScore >= 0 && r.initialScore <= 100 && r.neutralScore >= 0 && r.neutralScore <= 100)) {
        return std::string("initial and neutral reputation scores must be within 0..100");
    }
    if (!(r.decayFactor > 0 && r.decayFactor <= 1)) {
        return std::string("reputation decay factor must be in (0, 1]");
    }
    if (r.decayInterval < kNsPerSec || r.violationWindow < kNsPerSec) {
        return std::string("reputation decay interval and violation window must be at least one second");
    }
    if (r.cleanRequestsPerPoint == 0) {
        return std::string("clean requests per reputation point must be at least 1");
    }
    if (!(r.pointsPerSeverity >= 0 && r.severity2Ratio > 1 && r.severity3Ratio >= r.severity2Ratio)) {
        return std::string("violation severity ratios must satisfy 1 < severity2 <= severity3");
    }
    for (const FeatureGate& g : config.gates) {
        if (g.percentage > 100) {
            return std::string("a rollout percentage must be within 0..100");
        }
    }
    if (auto error = validate(config.throttle)) {
        return error;
    }
    if (config.idleEviction < kNsPerMin || config.maintenanceInterval < kNsPerSec) {
        return std::string("idle eviction must be at least a minute and maintenance at least a second");
    }
    if (config.vipExpiringLead < kNsPerMin || config.vipExpiringLead > kMaxVipExpiringLead) {
        return std::string("the VIP expiry warning lead time must be between one minute and 90 days");
    }
    return std::nullopt;
}

}  // namespace sluice::engine
