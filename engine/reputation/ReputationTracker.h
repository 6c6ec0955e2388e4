// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "keys/KeyRecord.h"
#include "keys/KeyTable.h"
#include "keys/U64Map.h"
#include "part/PartContext.h"
#include "reputation/ReputationRules.h"
#include "reputation/SharedReputation.h"
#include "snapshot/Snapshot.h"
#include "store/StoreTypes.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace sluice::engine {

// Reputation over time: violation windows waiting to be assessed, decay on the interval grid, evicted keys
// whose reputation is kept compactly (dormant), the score histogram and tier counts, and the scores that
// changed since the store last asked. Scores live in the key records; this keeps everything around them.
// An engine part (see decision/EngineParts.h); the decision path calls it directly.
class ReputationTracker final {
public:
    explicit ReputationTracker(const ReputationConfig& config);

    const ReputationRules& rules() const { return m_rules; }
    const ReputationConfig& config() const { return m_rules.config(); }
    std::uint32_t windowSec() const { return m_windowSec; }
    // New thresholds can move keys between tiers.
    void setConfig(const ReputationConfig& config, TimeNs now, KeyTable& keys, EventBatch& events);

    // Queues the key's current window for assessment when it ends; returns that instant.
    TimeNs queueViolation(std::uint32_t index, KeyRecord& r)
    {
        r.flags |= KeyRecord::kViolationPending;
        m_pending.push_back(PendingWindow{index, r.windowStartSec});
        return fromUnixSec(r.windowStartSec + m_windowSec);
    }
    // Takes back the violation the key's latest request queued (the last one queued), when that denial turned
    // out not to be one.
    void withdrawLatestViolation(KeyRecord& r)
    {
        r.flags &= static_cast<std::uint8_t>(~KeyRecord::kViolationPending);
        m_pending.pop_back();
    }
    [[gnu::cold]] void assessWindow(KeyTable& keys, EventBatch& events, std::uint32_t index, KeyRecord& r, TimeNs at);
    // Clean traffic earned the key a point.
    void cleanPoint(KeyTable& keys, EventBatch& events, std::uint32_t index, KeyRecord& r, TimeNs at)
    {
        if (m_shared) {
            queueChange(keys.keyOf(index), 1.0F, ScoreChange::Cause::Clean, 0, 0, at, r.score);
        } else {
            setScore(keys, events, index, r, m_rules.afterCleanPoint(r.score), at);
        }
    }
    [[gnu::noinline]] void setScore(KeyTable& keys, EventBatch& events, std::uint32_t index, KeyRecord& r, float score,
                                    TimeNs at);

    // A key enters the hot table: its score (brought back from the dormant table when it has one) and tier.
    void admit(KeyRecord& r, std::uint64_t hash, TimeNs now);
    // A key leaves the hot table: a changed score is kept for the store, a non-neutral one as dormant.
    void forget(std::string_view key, KeyRecord& r, TimeNs now);
    void keepDormant(std::uint64_t hash, float score, std::uint32_t cleanAllowed, TimeNs since);
    // The score of a dormant key, decayed up to `now`; nullopt when the key is not dormant.
    std::optional<float> dormantScore(std::uint64_t hash, TimeNs now) const;
    // Hands over the reputations that changed since the last call (for the store).
    void takeDirtyKeys(KeyTable& keys, std::vector<store::KeyReputation>& out, TimeNs now);

    // While a fleet shares keys' scores (ReputationSharing.cpp): violations and clean points become changes made
    // on the fleet's score first, and the score that comes back is the key's here; the keys this engine admits,
    // and every live key once per `sweep` round, are read from the fleet. Decay stays on the interval grid here
    // and there, so it is applied once whichever engine looks.
    void setShared(bool shared) { m_shared = shared; }
    // An alert's response moved the key's score here already: the fleet's is moved by as much.
    void noteShift(std::string_view key, float before, float after, TimeNs at)
    {
        if (m_shared) {
            queueChange(key, after - before, ScoreChange::Cause::Shift, 0, 0, at, before);
        }
    }
    // A key entered the hot table: read from the fleet when it shares scores.
    void noteAdmitted(std::string_view key)
    {
        if (m_shared) [[unlikely]] {
            queueRead(key);
        }
    }
    // Asks for the live keys among the next `share` of the key table's slots: calls whose shares add up to 1 read
    // every live key once.
    void sweepReads(const KeyTable& keys, double share);
    // Hands over the changes and the reads, each read with the key's score here now.
    void takeShare(const KeyTable& keys, std::vector<ScoreChange>& changes, std::vector<ScoreRead>& reads, TimeNs now);
    void applyFleetScore(KeyTable& keys, EventBatch& events, const FleetScore& score, TimeNs now);
    // Reads waiting beyond this are dropped: the sweep asks for those keys again. A round hands over at most
    // kReadsPerRound, so a flood of new keys does not flood Redis.
    static constexpr std::size_t kMaxQueuedReads = 65'536;
    static constexpr std::size_t kReadsPerRound = 4'096;

    bool clockStarted() const { return m_decayEpoch != 0; }
    void startClock(TimeNs now);
    std::size_t memoryBytes() const;

    // With passes bounded (a live engine, whose checks wait while a pass runs): one pass assesses at most
    // kAssessPerPass closed windows (well under a millisecond of the engine's thread) and looks at most kVisitPerPass
    // entries of the queue. When more windows close at once (a flood of keys over their limits), the rest wait
    // kBacklogPause of engine time and decisions go on meanwhile. A key that comes back before its window is assessed
    // has it assessed first (Engine::judge), so no decision meets a stale tier. Unbounded (simulations, which
    // nobody waits for and whose results must not depend on pacing), every closed window is assessed at once.
    static constexpr std::size_t kAssessPerPass = 4'096;
    static constexpr std::size_t kVisitPerPass = 4 * kAssessPerPass;
    static constexpr TimeNs kBacklogPause = kNsPerMs;
    void setBoundedPasses(bool bounded) { m_bounded = bounded; }
    // When the next pass over closed windows left waiting is due; 0 when none wait.
    TimeNs backlogDue() const { return m_backlogUntil; }
    TimeNs nextDue() const;
    void runDue(TimeNs now, PartContext& context);
    // Assesses every window closed by `now` at once, whatever the bound: for an engine that stops, and before new
    // rules apply (a closed window is judged by the rules it closed under).
    void assessClosed(TimeNs now, KeyTable& keys, EventBatch& events);
    void fillSnapshot(Snapshot& out) const;

private:
    struct PendingWindow {
        std::uint32_t record;
        std::uint32_t windowStartSec;
    };
    struct DormantKey {
        float score = 50.0F;
        std::uint32_t cleanAllowed = 0;
        TimeNs since = 0;
    };

    void markDirty(std::uint32_t index, KeyRecord& r);
    void queueRead(std::string_view key);
    void queueChange(std::string_view key, float points, ScoreChange::Cause cause, int severity,
                     std::uint32_t windowStartSec, TimeNs at, float local);
    // Sets the score the fleet has; a tier change it makes is another engine's news unless `news`.
    void setFleetScore(KeyTable& keys, EventBatch& events, std::uint32_t index, KeyRecord& r, float score, TimeNs at,
                       bool news);
    void violationEvent(KeyTable& keys, EventBatch& events, std::uint32_t index, KeyRecord& r, int severity,
                        float after, TimeNs at, bool news);
    Event violation(std::string_view key, int severity, float before, float after, TimeNs at) const;
    void applyDecay(TimeNs boundary, KeyTable& keys, EventBatch& events);
    // Assesses windows closed by `now`, at most `assessLimit` of them after looking at most `visitLimit` entries;
    // false when some closed ones are left.
    bool assessDue(TimeNs now, KeyTable& keys, EventBatch& events, std::size_t assessLimit, std::size_t visitLimit);

    ReputationRules m_rules;
    std::uint32_t m_windowSec = 10;
    std::vector<PendingWindow> m_pending;  // FIFO by window start; m_pendingHead is the front
    std::size_t m_pendingHead = 0;
    U64Map<DormantKey> m_dormant;  // evicted keys whose reputation is not neutral
    std::vector<std::uint32_t> m_dirty;
    std::vector<store::KeyReputation> m_evictedDirty;
    std::array<std::uint64_t, kHistogramBins> m_histogram{};
    std::array<std::uint64_t, kReputationTierCount> m_tierCounts{};
    TimeNs m_decayEpoch = 0;    // the decay boundary last applied
    TimeNs m_backlogUntil = 0;  // windows due wait for this time (0: none wait)
    bool m_bounded = false;
    bool m_shared = false;
    std::vector<ScoreChange> m_changes;  // to the fleet, oldest first
    std::vector<std::string> m_reads;
    std::size_t m_readsHead = 0;  // m_reads before this were handed over
    std::uint32_t m_sweep = 0;    // the next key-table slot the sweep reads
};

}  // namespace sluice::engine
