// SPDX-License-Identifier: Apache-2.0
// Scores a fleet shares (reputation/SharedReputation.h). None of this runs per request but a violation's assessment
// and a clean point, which queue a change instead of making it; the rest runs between batches.
#include "reputation/ReputationTracker.h"

#include <algorithm>
#include <cmath>

namespace sluice::engine {

void ReputationTracker::queueChange(std::string_view key, float points, ScoreChange::Cause cause, int severity,
                                    std::uint32_t windowStartSec, TimeNs at, float local)
{
    m_changes.push_back(ScoreChange{std::string(key), points, cause, severity, windowStartSec, at, local});
}

void ReputationTracker::queueRead(std::string_view key)
{
    if (m_reads.size() - m_readsHead < kMaxQueuedReads) {
        m_reads.emplace_back(key);
    }
}

void ReputationTracker::sweepReads(const KeyTable& keys, double share)
{
    const std::uint32_t end = keys.highWater();
    if (!m_shared || end == 0) {
        return;
    }
    auto count = static_cast<std::uint64_t>(std::ceil(static_cast<double>(end) * std::clamp(share, 0.0, 1.0)));
    for (; count > 0 && m_reads.size() - m_readsHead < kMaxQueuedReads; --count) {
        if (m_sweep >= end) {
            m_sweep = 0;
        }
        const std::uint32_t index = m_sweep++;
        if ((keys.record(index).flags & KeyRecord::kLive) != 0) {
            m_reads.emplace_back(keys.keyOf(index));
        }
    }
}

void ReputationTracker::takeShare(const KeyTable& keys, std::vector<ScoreChange>& changes,
                                  std::vector<ScoreRead>& reads, TimeNs now)
{
    changes.clear();
    changes.swap(m_changes);
    reads.clear();
    const std::size_t end = std::min(m_reads.size(), m_readsHead + kReadsPerRound);
    for (; m_readsHead < end; ++m_readsHead) {
        std::string& key = m_reads[m_readsHead];
        const std::uint64_t hash = KeyTable::hash(key);
        const std::uint32_t index = keys.find(key, hash);
        const float local = index != KeyTable::kNone ? keys.record(index).score
                                                     : dormantScore(hash, now).value_or(config().initialScore);
        reads.push_back(ScoreRead{std::move(key), local});
    }
    if (m_readsHead == m_reads.size()) {
        m_reads.clear();
        m_readsHead = 0;
    } else if (m_readsHead * 2 > m_reads.size()) {
        m_reads.erase(m_reads.begin(), m_reads.begin() + static_cast<std::ptrdiff_t>(m_readsHead));
        m_readsHead = 0;
    }
}

void ReputationTracker::setFleetScore(KeyTable& keys, EventBatch& events, std::uint32_t index, KeyRecord& r,
                                      float score, TimeNs at, bool news)
{
    // The fleet decays in doubles at once, this engine in floats step by step: a difference of rounding alone,
    // within the tier, is no change worth a write.
    if (std::abs(score - r.score) < 1e-3F && m_rules.tierOf(score) == static_cast<ReputationTier>(r.tier)) {
        return;
    }
    const std::size_t raised = events.size();
    setScore(keys, events, index, r, score, at);
    if (!news && events.size() > raised) {
        events.back().byFleet = true;
    }
}

void ReputationTracker::applyFleetScore(KeyTable& keys, EventBatch& events, const FleetScore& answer, TimeNs now)
{
    const ScoreChange& change = answer.change;
    const bool unshared = answer.source == FleetScore::Source::Unshared;
    if (unshared && change.cause == ScoreChange::Cause::Shift) {
        return;  // made here already, and the fleet could not be told
    }
    // What the change makes of a score when the fleet could not make it: this engine's own arithmetic.
    const auto alone = [&](float score) {
        return change.cause == ScoreChange::Cause::Violation ? m_rules.afterViolation(score, change.severity)
                                                             : std::clamp(score + change.points, 0.0F, 100.0F);
    };
    // The fleet's score as of the answer, decayed over the boundaries this engine has applied since.
    const float after = m_rules.decayed(answer.after, m_rules.decaySteps(answer.at, m_decayEpoch));
    const std::string_view key = std::string_view(answer.key).substr(0, KeyTable::kMaxKeyBytes);
    const std::uint64_t hash = KeyTable::hash(key);
    const std::uint32_t index = keys.find(key, hash);
    if (index == KeyTable::kNone) {
        // Evicted since its change was sent: kept as a dormant score (admitting the key again reads it anew). A key
        // this engine never had, or no longer remembers, is none of its business.
        const DormantKey* kept = m_dormant.find(hash);
        const bool ours = answer.source == FleetScore::Source::Change || unshared;
        if (kept == nullptr && !ours) {
            return;
        }
        const float before = unshared ? dormantScore(hash, now).value_or(change.local) : answer.before;
        const float score = unshared ? alone(before) : after;
        if (change.cause == ScoreChange::Cause::Violation && answer.counted) {
            // The violation still happened (and cost the key), whether or not the key is still here.
            events.push_back(violation(key, change.severity, before, score, change.at));
        }
        const std::uint32_t cleanAllowed = kept != nullptr ? kept->cleanAllowed : 0;
        if (score != config().neutralScore) {
            keepDormant(hash, score, cleanAllowed, m_decayEpoch);
        } else {
            m_dormant.erase(hash);
        }
        return;
    }
    KeyRecord& r = keys.record(index);
    if (unshared) {
        if (change.cause == ScoreChange::Cause::Violation) {
            violationEvent(keys, events, index, r, change.severity, alone(r.score), change.at, true);
        } else {
            setFleetScore(keys, events, index, r, alone(r.score), change.at, true);
        }
        return;
    }
    if (answer.source == FleetScore::Source::Change) {
        // The engine whose change moved the fleet's score into another tier tells of it; the others follow quietly.
        const bool crossed = m_rules.tierOf(answer.before) != m_rules.tierOf(answer.after);
        if (change.cause == ScoreChange::Cause::Violation && answer.counted) {
            violationEvent(keys, events, index, r, change.severity, after, change.at, crossed);
            return;
        }
        setFleetScore(keys, events, index, r, after, now, crossed && change.cause != ScoreChange::Cause::Shift);
        return;
    }
    setFleetScore(keys, events, index, r, after, now, false);
}

}  // namespace sluice::engine
