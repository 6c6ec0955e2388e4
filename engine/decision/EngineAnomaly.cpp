// SPDX-License-Identifier: Apache-2.0
// What anomaly alerts ask of the rest of the engine. The anomaly part reaches no other part: it leaves requests,
// and after the parts ran the engine raises the throttle and lowers key reputations through the paths the admin
// commands take, and undoes that when an admin asks.
#include "decision/Engine.h"

#include "config/ConfigJson.h"
#include "core/AnomalyNames.h"
#include "core/EngineText.h"

#include <algorithm>

namespace sluice::engine {

namespace {
constexpr float kMaxScore = 100;
}  // namespace

bool Engine::anomalyGateOn() const { return m_flags.featureOn(Feature::AnomalyDetection); }

void Engine::closeAnomalySamples(TimeNs now)
{
    if (now < m_anomaly.nextToClose()) {
        return;
    }
    m_now = std::max(m_now, now);
    PartContext context = partContext();
    m_anomaly.runDue(now, context);  // with several engines this closes samples and judges nothing
    scheduleNextDue();
}

void Engine::judgeSamples(std::span<const anomaly::ClosedSample> samples, TimeNs now)
{
    m_now = std::max(m_now, now);
    m_anomaly.judge(samples, &m_config.policies, now);
    carryOutAnomalyRequests(now);
    scheduleNextDue();
}

Engine& Engine::ownerOf(std::string_view key) { return m_keyOwner ? m_keyOwner(key) : *this; }

const Engine& Engine::ownerOf(std::string_view key) const { return m_keyOwner ? m_keyOwner(key) : *this; }

void Engine::observeAnomalies(std::span<const anomaly::Finding> findings, TimeNs now)
{
    tick(now);
    m_anomaly.observe(findings, now);
    carryOutAnomalyRequests(now);
    scheduleNextDue();
}

void Engine::carryOutAnomalyRequests(TimeNs now)
{
    m_anomaly.takeRequests(m_anomalyRequests);
    for (const auto& request : m_anomalyRequests) {
        if (request.kind == anomaly::AnomalyMonitor::Request::Kind::Respond) {
            respondToAlert(request.alertId, now);
        } else {
            undoAlertResponse(request.alertId, request.actor, now);
        }
    }
    m_anomalyRequests.clear();
}

float Engine::scoreOf(std::string_view key, TimeNs now) const
{
    key = key.substr(0, KeyTable::kMaxKeyBytes);
    const std::uint64_t hash = KeyTable::hash(key);
    if (const std::uint32_t index = m_keys.find(key, hash); index != KeyTable::kNone) {
        return m_keys.record(index).score;
    }
    return m_reputation.dormantScore(hash, now).value_or(m_config.reputation.initialScore);
}

float Engine::shiftScore(std::string_view key, float delta, TimeNs now, float& after)
{
    key = key.substr(0, KeyTable::kMaxKeyBytes);
    const std::uint64_t hash = KeyTable::hash(key);
    const std::uint32_t index = findOrInsert(key, hash, now);
    KeyRecord& r = m_keys.record(index);
    const float before = r.score;
    after = std::clamp(before + delta, 0.0F, kMaxScore);
    if (after != before) {
        m_reputation.setScore(m_keys, m_events, index, r, after, now);
        m_reputation.noteShift(key, before, after, now);
    }
    return before;
}

void Engine::respondToAlert(std::uint64_t alertId, TimeNs now)
{
    const AnomalyAlert* found = m_anomaly.alerts().find(alertId);
    if (found == nullptr || !anomalyGateOn()) {
        return;
    }
    const AnomalyAlert alert = *found;  // the book changes below
    const AnomalyConfig& config = m_config.anomaly;
    const std::string id = std::to_string(alert.id);
    const std::string reason = say(Text::AlertResponseReason, {id, nameOf(alert.kind), alert.metric});
    AlertResponse response;
    response.reputationPenalty = config.responsePenalty;

    // The throttle: raised to the configured level until the response ends, when it is below that now. A level
    // the controller already holds is left to the controller: pinning it with an override would keep every user
    // under it for the whole response after the load that called for it has gone.
    const AutoThrottle& throttle = m_throttle.throttle();
    const std::optional<ThrottleOverride> overrideBefore = throttle.override();
    const TimeNs until = now + config.responseThrottleFor;
    const ThrottleLevel level = config.responseThrottle;
    const bool strongerInForce = overrideBefore && overrideBefore->level >= level &&
                                 (overrideBefore->expiresAt == 0 || overrideBefore->expiresAt >= until);
    // A person's override stands: replacing it would lose it when the response ends or is undone.
    const bool personInCharge = overrideBefore && overrideBefore->actor != anomaly::kResponseActor;
    // Less traffic than expected (an upstream outage, a broken client) is no abuse: lowering everyone's limits or
    // the scores of the busiest keys would only hurt legitimate users. Such alerts are notified, nothing more.
    const bool abuse = alert.kind != AnomalyKind::Drop && alert.value >= alert.expected;
    std::vector<std::pair<std::string, std::string>> settings;
    if (abuse && level != ThrottleLevel::None && throttle.level() < level && !strongerInForce && !personInCharge) {
        const Command raise = cmd::SetThrottleOverride{level, reason, until, std::string(anomaly::kResponseActor)};
        if (validateThrottle(raise, now).ok) {
            applyThrottle(raise, now);
            settings = ConfigJson::settingsFor(raise);
            response.throttleRaised = true;
            response.throttleLevel = level;
            response.throttleUntil = until;
        }
    }

    // The keys behind it, those in the anomaly_detection rollout.
    std::vector<anomaly::KeyScore> keysBefore;
    std::vector<anomaly::KeyScore> keysAfter;
    if (abuse && config.responsePenalty > 0) {
        // One incident often opens several alerts at once (requests, active keys, new keys, the route): a key pays
        // once per response period, not once per alert.
        std::erase_if(m_penalizedUntil, [now](const auto& entry) { return entry.second <= now; });
        for (const auto& [key, requests] : alert.affectedKeys) {
            if ((m_flags.resolve(key).features & KeyRecord::kAnomalyOn) == 0 || m_penalizedUntil.contains(key)) {
                continue;
            }
            m_penalizedUntil.emplace(key, until);
            float after = 0;
            const float before = ownerOf(key).shiftScore(key, -config.responsePenalty, now, after);
            if (after < before) {
                response.keysLowered.push_back(key);
                response.pointsTaken.push_back(before - after);
                keysBefore.push_back({key, before});
                keysAfter.push_back({key, after});
            }
        }
    }

    // The notification.
    Event notice;
    notice.kind = EventKind::AnomalyAlert;
    notice.at = now;
    notice.alertId = alert.id;
    notice.key = alert.affectedKeys.empty() ? std::string() : alert.affectedKeys.front().first;
    notice.detail = say(Text::AlertNotice, {id, nameOf(alert.kind), alert.metric, numberText(alert.confidence, 2)});
    // Rollout plans waiting on this kind of alert stop where they are; the same notice tells ops.
    const std::string haltedBy = "alert " + id + " (" + std::string(nameOf(alert.kind)) + " on " + alert.metric + ")";
    const std::vector<std::string> halted = m_flags.haltPlans(alert.kind, haltedBy, now);
    if (!halted.empty()) {
        std::string names;
        for (const std::string& name : halted) {
            names += (names.empty() ? "" : ", ") + name;
        }
        notice.detail += " Rollout halted: " + names + ".";
    }
    m_events.push_back(std::move(notice));
    response.notified = true;

    store::AuditEntry audit;
    audit.actor = std::string(anomaly::kResponseActor);
    audit.action = std::string(anomaly::kRespondAuditAction);
    audit.target = id;
    audit.before = anomaly::responseAuditState(overrideBefore, keysBefore);
    audit.after = anomaly::responseAuditState(throttle.override(), keysAfter);
    audit.reason = reason;
    audit.engineAt = now;  // `at`, the wall clock, is the runtime's to say
    m_anomaly.recordResponse(alert.id, std::move(response), {std::move(audit)}, std::move(settings));
}

Engine::AlertUndoPlan Engine::planUndo(std::uint64_t alertId, TimeNs now) const
{
    AlertUndoPlan plan;
    const AnomalyAlert* alert = m_anomaly.alerts().find(alertId);
    if (alert == nullptr || alert->response.undone) {
        return plan;
    }
    const AlertResponse& r = alert->response;
    const auto& current = m_throttle.throttle().override();
    plan.clearsOverride = r.throttleRaised && current && current->actor == anomaly::kResponseActor &&
                          current->level == r.throttleLevel && current->expiresAt == r.throttleUntil;
    for (std::size_t i = 0; i < r.keysLowered.size(); ++i) {
        const std::string& key = r.keysLowered[i];
        const float points = i < r.pointsTaken.size() ? r.pointsTaken[i] : r.reputationPenalty;
        const float score = ownerOf(key).scoreOf(key, now);
        plan.before.push_back({key, score});
        plan.after.push_back({key, std::min(kMaxScore, score + points)});
        plan.points.emplace_back(key, points);
    }
    return plan;
}

void Engine::undoAlertResponse(std::uint64_t alertId, const std::string& actor, TimeNs now)
{
    const AnomalyAlert* alert = m_anomaly.alerts().find(alertId);
    if (alert == nullptr || alert->response.undone) {
        return;
    }
    const AlertUndoPlan plan = planUndo(alertId, now);
    AlertResponse response = alert->response;
    if (plan.clearsOverride) {
        applyThrottle(cmd::ClearThrottleOverride{actor}, now);
    }
    for (const auto& [key, points] : plan.points) {
        float after = 0;
        ownerOf(key).shiftScore(key, points, now, after);
    }
    response.undone = true;
    response.undoneBy = actor;
    response.undoneAt = now;
    // The admin command wrote its audit row, and the settings row of a cleared override, before it applied.
    m_anomaly.recordResponse(alertId, std::move(response));
}

}  // namespace sluice::engine
