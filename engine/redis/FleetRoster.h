// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/FleetView.h"
#include "redis/RedisClient.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace sluice::engine::redis {

// A summary as the roster stores it: a JSON object with a version. Nullopt for text that is not one (any bytes
// may be in Redis); lengths are bounded, numbers must be finite and not negative.
std::string encodeEngineSummary(const EngineSummary& summary);
std::optional<EngineSummary> decodeEngineSummary(std::string_view text);

// The engines of a fleet: every `every`, this engine writes its summary into one Redis hash
// (`<prefix>:fleet`, field = the engine's id) and reads back everyone's, on a thread of its own, so neither the
// engine nor the HTTP server ever waits on Redis for it. An engine not heard of for `silentAfter` is shown
// silent; after `forgetAfter` it is removed from the hash. Without seeds the roster holds this engine alone.
class FleetRoster final {
public:
    struct Options {
        RedisOptions redis;  // no seeds: this engine alone
        std::string prefix = "sluice";
        std::chrono::milliseconds every{1000};
        std::chrono::milliseconds silentAfter{3000};
        std::chrono::milliseconds forgetAfter{3'600'000};
    };
    // Makes this engine's summary, on the roster's thread; `at` and `id` are the roster's to fill in.
    using Summarize = std::function<EngineSummary()>;

    FleetRoster(Options options, std::string id, Summarize summarize, std::function<TimeNs()> now);
    ~FleetRoster();
    FleetRoster(const FleetRoster&) = delete;
    FleetRoster& operator=(const FleetRoster&) = delete;

    // The engines, sorted by id, this one included (as last summarised when Redis cannot be reached).
    std::vector<FleetEntry> engines() const;
    // Why the last round could not reach Redis; empty when it did.
    std::string lastError() const;

private:
    void run();
    void round(RedisClient* client);

    Options m_options;
    std::string m_id;
    std::string m_key;
    Summarize m_summarize;
    std::function<TimeNs()> m_now;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::vector<FleetEntry> m_engines;  // under m_mutex
    std::string m_lastError;            // under m_mutex
    std::thread m_thread;
};

}  // namespace sluice::engine::redis
