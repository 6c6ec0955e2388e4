// SPDX-License-Identifier: Apache-2.0
// None of this runs per request except a violation's first denial and a clean point: the decision path
// only compares the request time with the next due instant.
#include "reputation/ReputationTracker.h"

#include <algorithm>
#include <cstdint>

namespace sluice::engine {

namespace {
std::uint32_t windowSecOf(const ReputationConfig& config)
{
    return static_cast<std::uint32_t>(std::max<TimeNs>(1, config.violationWindow / kNsPerSec));
}
}  // namespace

ReputationTracker::ReputationTracker(const ReputationConfig& config) : m_rules(config), m_windowSec(windowSecOf(config))
{
}

void ReputationTracker::setConfig(const ReputationConfig& config, TimeNs now, KeyTable& keys, EventBatch& events)
{
    assessClosed(now, keys, events);  // by the rules and window length they closed under
    m_rules = ReputationRules(config);
    m_windowSec = windowSecOf(config);
    keys.forEachLive([&](std::uint32_t index, KeyRecord& r) { setScore(keys, events, index, r, r.score, now); });
}

void ReputationTracker::assessWindow(KeyTable& keys, EventBatch& events, std::uint32_t index, KeyRecord& r, TimeNs at)
{
    r.flags &= static_cast<std::uint8_t>(~KeyRecord::kViolationPending);
    const int severity = m_rules.severity(r.windowAttempted, r.windowAllowed);
    r.cleanAllowed = 0;  // only traffic after the last violation counts as clean
    if (m_shared) {
        queueChange(keys.keyOf(index), static_cast<float>(-m_rules.config().pointsPerSeverity * severity),
                    ScoreChange::Cause::Violation, severity, r.windowStartSec, at, r.score);
        return;
    }
    violationEvent(keys, events, index, r, severity, m_rules.afterViolation(r.score, severity), at, true);
}

void ReputationTracker::violationEvent(KeyTable& keys, EventBatch& events, std::uint32_t index, KeyRecord& r,
                                       int severity, float after, TimeNs at, bool news)
{
    const float before = r.score;
    setFleetScore(keys, events, index, r, after, at, news);
    events.push_back(violation(keys.keyOf(index), severity, before, r.score, at));
    markDirty(index, r);
}

Event ReputationTracker::violation(std::string_view key, int severity, float before, float after, TimeNs at) const
{
    Event e;
    e.kind = EventKind::Violation;
    e.at = at;
    e.key = std::string(key);
    e.severity = severity;
    e.scoreBefore = before;
    e.scoreAfter = after;
    e.tierBefore = m_rules.tierOf(before);
    e.tierAfter = m_rules.tierOf(after);
    return e;
}

void ReputationTracker::setScore(KeyTable& keys, EventBatch& events, std::uint32_t index, KeyRecord& r, float score,
                                 TimeNs at)
{
    const int oldBin = ReputationRules::histogramBin(r.score);
    const int newBin = ReputationRules::histogramBin(score);
    if (oldBin != newBin) {
        --m_histogram[oldBin];
        ++m_histogram[newBin];
    }
    const auto oldTier = static_cast<ReputationTier>(r.tier);
    const ReputationTier newTier = m_rules.tierOf(score);
    const float before = r.score;
    r.score = score;
    markDirty(index, r);
    if (oldTier != newTier) {
        --m_tierCounts[static_cast<int>(oldTier)];
        ++m_tierCounts[static_cast<int>(newTier)];
        r.tier = static_cast<std::uint8_t>(newTier);
        Event e;
        e.kind = EventKind::TierChanged;
        e.at = at;
        e.key = std::string(keys.keyOf(index));
        e.scoreBefore = before;
        e.scoreAfter = score;
        e.tierBefore = oldTier;
        e.tierAfter = newTier;
        events.push_back(std::move(e));
    }
}

void ReputationTracker::markDirty(std::uint32_t index, KeyRecord& r)
{
    r.flags |= KeyRecord::kDirty;
    if ((r.flags & KeyRecord::kQueuedDirty) == 0) {
        r.flags |= KeyRecord::kQueuedDirty;
        m_dirty.push_back(index);
    }
}

void ReputationTracker::admit(KeyRecord& r, std::uint64_t hash, TimeNs now)
{
    r.score = config().initialScore;
    if (DormantKey* dormant = m_dormant.find(hash)) {
        // Decay up to the last boundary applied; runDue() applies any later ones to every active key, this
        // one included.
        r.score = m_rules.decayed(dormant->score, m_rules.decaySteps(dormant->since, std::min(now, m_decayEpoch)));
        r.cleanAllowed = dormant->cleanAllowed;
        m_dormant.erase(hash);
    }
    r.tier = static_cast<std::uint8_t>(m_rules.tierOf(r.score));
    ++m_histogram[ReputationRules::histogramBin(r.score)];
    ++m_tierCounts[r.tier];
}

void ReputationTracker::forget(std::string_view key, KeyRecord& r, TimeNs now)
{
    --m_histogram[ReputationRules::histogramBin(r.score)];
    --m_tierCounts[r.tier];
    if ((r.flags & KeyRecord::kDirty) != 0) {
        m_evictedDirty.push_back(
            store::KeyReputation{std::string(key), r.score, static_cast<ReputationTier>(r.tier), r.cleanAllowed, now});
    }
    if (r.score != config().neutralScore) {
        keepDormant(KeyTable::hash(key), r.score, r.cleanAllowed, m_decayEpoch);  // decayed up to there
    }
}

void ReputationTracker::keepDormant(std::uint64_t hash, float score, std::uint32_t cleanAllowed, TimeNs since)
{
    m_dormant[hash] = DormantKey{score, cleanAllowed, since};
}

std::optional<float> ReputationTracker::dormantScore(std::uint64_t hash, TimeNs now) const
{
    if (const DormantKey* d = m_dormant.find(hash)) {
        return m_rules.decayed(d->score, m_rules.decaySteps(d->since, now));
    }
    return std::nullopt;
}

void ReputationTracker::takeDirtyKeys(KeyTable& keys, std::vector<store::KeyReputation>& out, TimeNs now)
{
    out.clear();
    out.swap(m_evictedDirty);
    for (const std::uint32_t index : m_dirty) {
        KeyRecord& r = keys.record(index);
        if ((r.flags & KeyRecord::kLive) == 0 || (r.flags & KeyRecord::kQueuedDirty) == 0) {
            continue;
        }
        if ((r.flags & KeyRecord::kDirty) != 0) {
            out.push_back(store::KeyReputation{std::string(keys.keyOf(index)), r.score,
                                               static_cast<ReputationTier>(r.tier), r.cleanAllowed, now});
        }
        r.flags &= static_cast<std::uint8_t>(~(KeyRecord::kDirty | KeyRecord::kQueuedDirty));
    }
    m_dirty.clear();
}

void ReputationTracker::startClock(TimeNs now)
{
    m_decayEpoch = now - now % config().decayInterval;  // the first boundary is the next one
}

std::size_t ReputationTracker::memoryBytes() const
{
    return m_dormant.memoryBytes() + m_pending.capacity() * sizeof(PendingWindow) +
           m_dirty.capacity() * sizeof(std::uint32_t);
}

TimeNs ReputationTracker::nextDue() const
{
    TimeNs next = m_decayEpoch + config().decayInterval;
    if (m_backlogUntil != 0) {
        next = std::min(next, m_backlogUntil);  // closed windows wait for it
    } else if (m_pendingHead < m_pending.size()) {
        next = std::min(next, fromUnixSec(m_pending[m_pendingHead].windowStartSec + m_windowSec));
    }
    return next;
}

void ReputationTracker::runDue(TimeNs now, PartContext& context)
{
    if (m_backlogUntil <= now) {
        m_backlogUntil = 0;
        const bool done = m_bounded ? assessDue(now, context.keys, context.events, kAssessPerPass, kVisitPerPass)
                                    : assessDue(now, context.keys, context.events, SIZE_MAX, SIZE_MAX);
        if (!done) {
            m_backlogUntil = now + kBacklogPause;  // the rest after the decisions waiting now
        }
    }
    // Decay keeps its boundaries whatever waits: the fleet's scores come back decayed up to their time, and a key
    // evicted now leaves with every step up to now.
    while (m_decayEpoch + config().decayInterval <= now) {
        m_decayEpoch += config().decayInterval;
        applyDecay(m_decayEpoch, context.keys, context.events);
    }
}

void ReputationTracker::assessClosed(TimeNs now, KeyTable& keys, EventBatch& events)
{
    assessDue(now, keys, events, SIZE_MAX, SIZE_MAX);
    m_backlogUntil = 0;
}

bool ReputationTracker::assessDue(TimeNs now, KeyTable& keys, EventBatch& events, std::size_t assessLimit,
                                  std::size_t visitLimit)
{
    std::size_t assessed = 0;
    std::size_t visited = 0;
    bool done = true;
    while (m_pendingHead < m_pending.size()) {
        const PendingWindow p = m_pending[m_pendingHead];
        const TimeNs end = fromUnixSec(p.windowStartSec + m_windowSec);
        if (end > now) {
            break;
        }
        if (assessed == assessLimit || visited == visitLimit) {
            done = false;
            break;
        }
        ++m_pendingHead;
        ++visited;
        KeyRecord& r = keys.record(p.record);
        if ((r.flags & KeyRecord::kLive) != 0 && (r.flags & KeyRecord::kViolationPending) != 0 &&
            r.windowStartSec == p.windowStartSec) {
            assessWindow(keys, events, p.record, r, end);
            ++assessed;
        }
    }
    if (m_pendingHead > 4096 && m_pendingHead * 2 > m_pending.size()) {
        m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(m_pendingHead));
        m_pendingHead = 0;
    }
    return done;
}

void ReputationTracker::applyDecay(TimeNs boundary, KeyTable& keys, EventBatch& events)
{
    const float neutral = config().neutralScore;
    keys.forEachLive([&](std::uint32_t index, KeyRecord& r) {
        if (r.score == neutral) {
            return;
        }
        // A persisted row (score, updated_at) decays the same way when loaded, so this needs no write.
        const bool wasDirty = (r.flags & KeyRecord::kDirty) != 0;
        const std::size_t raised = events.size();
        setScore(keys, events, index, r, m_rules.decayed(r.score, 1), boundary);
        if (events.size() > raised) {
            events.back().byDecay = true;
            // Every engine of a fleet decays its copy at the same boundary: none of them tells of it alone.
            events.back().byFleet = m_shared;
        }
        if (!wasDirty) {
            r.flags &= static_cast<std::uint8_t>(~KeyRecord::kDirty);
        }
    });
    m_dormant.retainIf([&](std::uint64_t, DormantKey& d) {
        return m_rules.decayed(d.score, m_rules.decaySteps(d.since, boundary)) != neutral;
    });
}

void ReputationTracker::fillSnapshot(Snapshot& out) const
{
    out.dormantKeys = m_dormant.size();
    out.tierCounts = m_tierCounts;
    out.flaggedBelow = config().flaggedBelow;
    out.trustedAbove = config().trustedAbove;
    for (int i = 0; i < kHistogramBins; ++i) {
        out.histogram[i] = m_histogram[i];
    }
}

}  // namespace sluice::engine
