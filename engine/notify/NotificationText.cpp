// SPDX-License-Identifier: Apache-2.0
#include "notify/NotificationText.h"

#include "core/EngineText.h"
#include "core/TextCheck.h"

namespace sluice::engine::notify {

namespace {
constexpr std::size_t kKeyShown = 80;  // of a key in a title

std::string score(float value) { return numberText(value, 1); }
std::string tier(ReputationTier t) { return std::string(nameOf(t)); }

// Keys come from traffic: whatever they hold is shown, never run, by a terminal or a mail program.
std::string keyText(const Event& e) { return TextCheck::escapeForTerminal(e.key, kKeyShown); }

std::string minutes(TimeNs span)
{
    const TimeNs m = span / kNsPerMin;
    if (m >= 60 && m % 60 == 0) {
        return std::to_string(m / 60) + (m == 60 ? " hour" : " hours");
    }
    return m >= 1 ? std::to_string(m) + (m == 1 ? " minute" : " minutes") : std::to_string(span / kNsPerSec) + " s";
}

Wording tierChange(const Event& e)
{
    const std::string key = keyText(e);
    const bool lower = static_cast<int>(e.tierAfter) < static_cast<int>(e.tierBefore);
    std::string body = "The reputation score of key " + key + " went from " + score(e.scoreBefore) + " to " +
                       score(e.scoreAfter) + (e.byDecay ? " as it decayed towards neutral" : "") + ", so its tier is " +
                       tier(e.tierAfter) + " instead of " + tier(e.tierBefore) + ". Its rate limits follow the tier.";
    return {"Key " + key + " moved from " + tier(e.tierBefore) + " to " + tier(e.tierAfter) + " (score " +
                score(e.scoreAfter) + ")",
            std::move(body), lower ? 1 : 0};
}
}  // namespace

Wording wordingFor(NotificationType type, const Event& e, const NotifyConfig& config)
{
    const std::string key = keyText(e);
    switch (type) {
    case NotificationType::TierChange:
        return tierChange(e);
    case NotificationType::Flagged:
        return {"Key " + key + " is now flagged (score " + score(e.scoreAfter) + ")",
                "The reputation score of key " + key + " fell to " + score(e.scoreAfter) +
                    ", into the flagged tier: its rate limits are lowered until the score recovers with clean traffic.",
                1};
    case NotificationType::Trusted:
        return {"Key " + key + " is now trusted (score " + score(e.scoreAfter) + ")",
                "The reputation score of key " + key + " rose to " + score(e.scoreAfter) +
                    ", into the trusted tier: its rate limits are raised while it stays there.",
                0};
    case NotificationType::Violation:
        return {"Key " + key + " went over its rate limit (severity " + std::to_string(e.severity) + ")",
                "Key " + key + " sent more requests than its limit allows. Severity " + std::to_string(e.severity) +
                    " of 3; its reputation score went from " + score(e.scoreBefore) + " to " + score(e.scoreAfter) +
                    ". Further violation notices for this key wait " + minutes(config.violationWindow) + ".",
                e.severity >= 3 ? 2 : 1};
    case NotificationType::ReputationLow:
        return {"Key " + key + " has a low reputation (score " + score(e.scoreAfter) + ")",
                "The reputation score of key " + key + " fell under " + score(config.reputationLowBelow) + " to " +
                    score(e.scoreAfter) + ". Repeated violations lower it further; clean traffic raises it again.",
                1};
    case NotificationType::VipAssigned:
        return {"Key " + key + " is now VIP (" + e.detail + ")",
                "Key " + key + " was given the VIP tier " + e.detail + ", which raises its rate limits.", 0};
    case NotificationType::VipExpiring:
        return {"The VIP tier of key " + key + " expires soon (" + e.detail + ")",
                "The VIP assignment of key " + key + " (tier " + e.detail +
                    ") ends soon; after that the key has its usual limits again unless it is renewed.",
                1};
    case NotificationType::VipExpired:
        return {"The VIP tier of key " + key + " has expired (" + e.detail + ")",
                "The VIP assignment of key " + key + " (tier " + e.detail +
                    ") has ended; the key has its usual rate limits again.",
                1};
    case NotificationType::AnomalyAlert:
        return {"Anomaly alert " + std::to_string(e.alertId) + (e.key.empty() ? "" : " (key " + key + ")"), e.detail,
                2};
    case NotificationType::ThrottleChange: {
        const bool raised = static_cast<int>(e.throttle.level) > static_cast<int>(e.throttle.previous);
        const std::string level(nameOf(e.throttle.level));
        std::string body = std::string(raised ? "Raised" : "Lowered") + " from " +
                           std::string(nameOf(e.throttle.previous)) + " to " + level +
                           (e.throttle.automatic ? " by the auto-throttle" : " by " + e.throttle.actor) +
                           (e.detail.empty() ? "." : ": " + e.detail);
        const int severity = !raised ? 0 : e.throttle.level >= ThrottleLevel::High ? 2 : 1;
        return {std::string("Throttle ") + (raised ? "raised" : "lowered") + " to " + level, std::move(body), severity};
    }
    case NotificationType::Digest:
    case NotificationType::Test:
        break;
    }
    return {std::string(nameOf(type)), e.detail, 0};
}

}  // namespace sluice::engine::notify
