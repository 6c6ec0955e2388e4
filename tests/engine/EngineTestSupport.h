// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "decision/Engine.h"
#include "query/KeyQuery.h"
#include "query/KeyView.h"
#include "vip/VipQuery.h"

#include <string>
#include <vector>

namespace sluice::engine::testing {

// 2027-01-15 08:00:00 UTC: on a whole hour, so decay boundaries fall on round numbers in the tests.
inline constexpr TimeNs kT0 = 1'800'000'000LL * kNsPerSec;

inline Request request(std::string_view key, TimeNs at, std::uint32_t cost = 1, std::string_view route = {})
{
    Request r;
    r.key = key;
    r.timestamp = at;
    r.cost = cost;
    r.route = route;
    return r;
}

// Sends `count` requests for `key` at one instant; returns how many were allowed.
inline int burst(Engine& e, std::string_view key, TimeNs at, int count, std::string_view route = {})
{
    int allowed = 0;
    for (int i = 0; i < count; ++i) {
        allowed += e.decide(request(key, at, 1, route)).allowed ? 1 : 0;
    }
    return allowed;
}

// 60 requests a minute with a burst of 10: the emission interval is exactly one second.
inline EngineConfig smallConfig()
{
    EngineConfig c;
    c.policies = {Policy{"", 60, kNsPerMin, 10}};
    return c;
}

inline std::vector<Event> eventsOf(Engine& e, EventKind kind)
{
    EventBatch all;
    e.takeEvents(all);
    std::vector<Event> out;
    for (auto& ev : all) {
        if (ev.kind == kind) {
            out.push_back(ev);
        }
    }
    return out;
}

}  // namespace sluice::engine::testing
