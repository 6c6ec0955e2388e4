// SPDX-License-Identifier: Apache-2.0
#include "notify/NotificationText.h"

#include "core/EngineText.h"
#include "core/TextCheck.h"

#include <algorithm>

namespace sluice::engine::notify {

namespace {
constexpr std::size_t kKeyShown = 80;  // of a key in a title

std::string score(float value) { return numberText(value, 1); }
std::string tier(ReputationTier t) { return std::string(nameOf(t)); }

// Keys come from traffic: whatever they hold is shown, never run, by a terminal or a mail program.
std::string keyText(const Event& e) { return TextCheck::escapeForTerminal(e.key, kKeyShown); }

std::string minutes(TimeNs span) { return std::to_string(std::max<TimeNs>(1, span / kNsPerMin)); }

Wording tierChange(const Event& e)
{
    const std::string key = keyText(e);
    const bool lower = static_cast<int>(e.tierAfter) < static_cast<int>(e.tierBefore);
    std::string body = say(e.byDecay ? Text::NoticeTierDecayBody : Text::NoticeTierChangeBody,
                           {key, score(e.scoreBefore), score(e.scoreAfter), tier(e.tierAfter), tier(e.tierBefore)});
    return {say(Text::NoticeTierChangeTitle, {key, tier(e.tierBefore), tier(e.tierAfter), score(e.scoreAfter)}),
            std::move(body), lower ? 1 : 0};
}

Wording throttleChange(const Event& e)
{
    const bool raised = static_cast<int>(e.throttle.level) > static_cast<int>(e.throttle.previous);
    const std::string level(nameOf(e.throttle.level));
    const std::string previous(nameOf(e.throttle.previous));
    std::string body = e.throttle.automatic
                           ? say(raised ? Text::NoticeThrottleRaisedAuto : Text::NoticeThrottleLoweredAuto,
                                 {previous, level, e.detail})
                           : say(raised ? Text::NoticeThrottleRaisedBy : Text::NoticeThrottleLoweredBy,
                                 {previous, level, e.throttle.actor, e.detail});
    const int severity = !raised ? 0 : e.throttle.level >= ThrottleLevel::High ? 2 : 1;
    return {say(raised ? Text::NoticeThrottleRaisedTitle : Text::NoticeThrottleLoweredTitle, {level}), std::move(body),
            severity};
}
}  // namespace

// Every wording is an entry of the engine's text catalogue, so the console shows a stored notification in its own
// language (ui/EngineTextTranslator) while mail, webhooks and the database keep the English.
Wording wordingFor(NotificationType type, const Event& e, const NotifyConfig& config)
{
    const std::string key = keyText(e);
    switch (type) {
    case NotificationType::TierChange:
        return tierChange(e);
    case NotificationType::Flagged:
        return {say(Text::NoticeFlaggedTitle, {key, score(e.scoreAfter)}),
                say(Text::NoticeFlaggedBody, {key, score(e.scoreAfter)}), 1};
    case NotificationType::Trusted:
        return {say(Text::NoticeTrustedTitle, {key, score(e.scoreAfter)}),
                say(Text::NoticeTrustedBody, {key, score(e.scoreAfter)}), 0};
    case NotificationType::Violation:
        return {say(Text::NoticeViolationTitle, {key, std::to_string(e.severity)}),
                say(Text::NoticeViolationBody, {key, std::to_string(e.severity), score(e.scoreBefore),
                                                score(e.scoreAfter), minutes(config.violationWindow)}),
                e.severity >= 3 ? 2 : 1};
    case NotificationType::ReputationLow:
        return {say(Text::NoticeLowTitle, {key, score(e.scoreAfter)}),
                say(Text::NoticeLowBody, {key, score(config.reputationLowBelow), score(e.scoreAfter)}), 1};
    case NotificationType::VipAssigned:
        return {say(Text::NoticeVipAssignedTitle, {key, e.detail}), say(Text::NoticeVipAssignedBody, {key, e.detail}),
                0};
    case NotificationType::VipExpiring:
        return {say(Text::NoticeVipExpiringTitle, {key, e.detail}), say(Text::NoticeVipExpiringBody, {key, e.detail}),
                1};
    case NotificationType::VipExpired:
        return {say(Text::NoticeVipExpiredTitle, {key, e.detail}), say(Text::NoticeVipExpiredBody, {key, e.detail}), 1};
    case NotificationType::AnomalyAlert:
        return {e.key.empty() ? say(Text::NoticeAnomalyTitle, {std::to_string(e.alertId)})
                              : say(Text::NoticeAnomalyKeyTitle, {std::to_string(e.alertId), key}),
                e.detail, 2};
    case NotificationType::ThrottleChange:
        return throttleChange(e);
    case NotificationType::Digest:
    case NotificationType::Test:
    case NotificationType::Report:
        break;
    }
    return {std::string(nameOf(type)), e.detail, 0};
}

}  // namespace sluice::engine::notify
