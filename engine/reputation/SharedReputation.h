// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"
#include "reputation/ReputationConfig.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace sluice::engine {

// A change this engine makes to a key's score while a fleet shares scores: made on the fleet's score first, and
// the score that comes back is the key's score here.
struct ScoreChange {
    enum class Cause : std::uint8_t {
        Clean,      // clean traffic earned points
        Violation,  // a window over the limit cost points; the fleet counts one per key per window's length
        Shift,      // an alert's response took points (or its undoing gave them back); already made here
    };
    std::string key;
    float points = 0;  // added to the score (negative: taken)
    Cause cause = Cause::Clean;
    int severity = 0;                  // Violation: 1..3
    std::uint32_t windowStartSec = 0;  // Violation: when the window began on this engine
    TimeNs at = 0;
    // The key's score here before the change: where a key the fleet does not know (yet, or any more) starts.
    float local = 0;
};

// A key's score as the fleet has it: the answer to a change or a read, or a tier change another engine made.
struct FleetScore {
    enum class Source : std::uint8_t {
        Change,     // the answer to `change`
        Unshared,   // `change` did not reach the fleet's score (Redis unreachable): it is made here alone
        Read,       // a read of the fleet's score
        Announced,  // another engine's change moved the key to another tier
    };
    Source source = Source::Read;
    std::string key;
    float before = 0;  // Change: the fleet's score the change met
    float after = 0;   // the fleet's score, decayed up to `at`
    TimeNs at = 0;
    // The fleet's version of the key's score: greater with every write (0: not known). What the engine is handed
    // never goes back to an older version than it was handed before.
    std::uint64_t version = 0;
    // Change of a violation: false when another engine already counted a violation of the key in this window's
    // span, so this one costs nothing.
    bool counted = true;
    ScoreChange change;  // Change and Unshared
};

// A key whose score is to be read from the fleet, with its score here: a key the fleet does not know yet starts at
// it there, so scores an engine kept before it joined a fleet are not lost.
struct ScoreRead {
    std::string key;
    float local = 0;
};

// Where a fleet keeps keys' scores (redis/RedisReputation). Neither call waits on the network: changes and reads
// go out on a thread of the implementation's own, and the answers wait until the engine's thread takes them.
class SharedReputation {
public:
    virtual ~SharedReputation() = default;
    // Takes `changes` and `reads` (left empty); `config` is the reputation's arithmetic now (decay, tiers), and
    // `now` the engine's time for the reads.
    virtual void send(std::vector<ScoreChange>& changes, std::vector<ScoreRead>& reads, const ReputationConfig& config,
                      TimeNs now) = 0;
    // The answers that came since the last call, in the order they came.
    virtual void take(std::vector<FleetScore>& out) = 0;
    // Waits up to `wait` until everything sent is answered (for an engine that stops): true when it is.
    virtual bool flush(std::chrono::milliseconds wait) = 0;
    struct Health {
        bool listening = false;      // other engines' tier changes are heard now
        std::uint64_t shared = 0;    // changes the fleet made
        std::uint64_t unshared = 0;  // changes that came back to be made here alone
        // Times the subscriber (re)subscribed: announcements made while it did not listen are lost, so the engine
        // reads every key again after a new subscription.
        std::uint64_t subscriptions = 0;
    };
    virtual Health health() const = 0;
};

}  // namespace sluice::engine
