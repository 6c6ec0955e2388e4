// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "redis/RedisClient.h"
#include "reputation/SharedReputation.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

namespace sluice::engine::redis {

// A tier change another engine made, as it is announced on the fleet's reputation channel.
struct AnnouncedScore {
    std::string origin;  // the engine that made it
    std::string key;     // the key's own name (the score's Redis key without its prefix)
    float score = 0;
    std::int64_t atMs = 0;
    std::uint64_t version = 0;
};
// "origin\nscore\nms\nversion\n<prefix>:rep:<key>"; nullopt for anything else (another program on the channel, another
// fleet's prefix, a score that is no number in 0..100).
std::optional<AnnouncedScore> parseAnnouncedScore(std::string_view message, std::string_view prefix);

// The score script's reply (redis/ReputationScript.h) into `out`'s counted, before, after and version; false for any
// other reply, or scores that are no numbers in 0..100.
bool readScoreReply(const RedisReply& reply, FleetScore& out);

// Keys' scores kept in Redis for a fleet (redis/ReputationScript), one hash a key (`<prefix>:rep:<key>`). A thread
// of its own makes the changes and reads it is sent, pipelined per node (RedisClient), and queues the answers: a
// change Redis could not take comes back Unshared, so the engine makes it alone rather than lose it. Another
// thread subscribes to `<prefix>:reputation`, where the script announces every change that moves a key into
// another tier, and queues those other engines made: so a key's limit follows its tier on every engine within a
// second, while drift within a tier (which leaves limits as they are) is read when the engine admits the key and
// when its sweep comes round (every five minutes by default).
class RedisReputation final : public SharedReputation {
public:
    RedisReputation(RedisOptions options, std::string prefix, std::string origin);
    ~RedisReputation() override;
    RedisReputation(const RedisReputation&) = delete;
    RedisReputation& operator=(const RedisReputation&) = delete;

    void send(std::vector<ScoreChange>& changes, std::vector<ScoreRead>& reads, const ReputationConfig& config,
              TimeNs now) override;
    void take(std::vector<FleetScore>& out) override;
    bool flush(std::chrono::milliseconds wait) override;
    Health health() const override;
    // Whether the subscriber listens now.
    bool listening() const { return health().listening; }
    // Changes made here alone since the start, because Redis could not take them.
    std::uint64_t unshared() const { return health().unshared; }

    static std::string scoreKey(std::string_view prefix, std::string_view key);
    // How long a score may stay untouched before it has decayed to neutral whatever it was (and a day at least).
    static std::int64_t idleTtlMs(const ReputationConfig& config);

private:
    struct Work {
        std::vector<ScoreChange> changes;
        std::vector<ScoreRead> reads;
        ReputationConfig config;
        TimeNs now = 0;
    };
    void work();
    void listen();
    void make(RedisClient& client, const std::string& sha, Work& work);
    // Runs the script once for each change and read, pipelined; the answers go to `out`, and the keys of changes
    // whose answer was lost (sent, but the node failed before it answered: made or not) to `lost`.
    void round(RedisClient& client, const std::string& sha, const ReputationConfig& config, TimeNs now,
               std::vector<ScoreChange>& changes, std::vector<ScoreRead>& reads, std::vector<FleetScore>& out,
               std::vector<ScoreRead>& lost) const;
    void answer(std::vector<FleetScore>& answers);
    bool stopping() const;
    bool waitStop(std::chrono::milliseconds wait);

    RedisOptions m_options;
    std::string m_prefix;
    std::string m_origin;
    std::string m_channel;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    bool m_stop = false;                // under m_mutex
    std::deque<Work> m_queue;           // under m_mutex
    std::size_t m_queuedChanges = 0;    // under m_mutex: the changes in m_queue
    bool m_busy = false;                // under m_mutex: the worker makes what it took
    std::vector<FleetScore> m_answers;  // under m_mutex
    bool m_listening = false;           // under m_mutex
    std::uint64_t m_subscriptions = 0;  // under m_mutex
    std::uint64_t m_shared = 0;         // under m_mutex
    std::uint64_t m_unshared = 0;       // under m_mutex
    // Under m_mutex: the newest version handed over of each key lately, and its score. Answers and announcements
    // come on two connections, so an older one can arrive after a newer; it is not handed over as news (bounded:
    // forgotten all at once when full).
    struct Handed {
        std::uint64_t version = 0;
        float score = 0;
    };
    std::unordered_map<std::string, Handed> m_handed;
    std::thread m_worker;
    std::thread m_listener;
};

}  // namespace sluice::engine::redis
