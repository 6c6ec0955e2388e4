// SPDX-License-Identifier: Apache-2.0
#pragma once

// The fleet's state as plain maps, for tests that check what changes leave in it without a Redis.
#include "config/Command.h"
#include "flags/FlagModel.h"
#include "redis/FleetChange.h"
#include "redis/FleetState.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace sluice::engine::testing {

// What the script that logs a change does with its edits, on a plain map.
struct StateMap {
    std::map<std::string, std::string> vip;
    std::map<std::string, std::string> settings;

    void apply(const redis::FleetChange& c, TimeNs madeAt = 0)
    {
        for (const redis::StateEdit& e : redis::stateEditsOf(c, madeAt)) {
            if (e.hash == redis::StateHash::FlagsKept) {
                keepFlags(nlohmann::json::parse(e.field).get<std::vector<std::string>>(), *e.value);
                continue;
            }
            auto& hash = e.hash == redis::StateHash::Vip ? vip : settings;
            if (e.value) {
                hash[e.field] = *e.value;
            } else {
                hash.erase(e.field);
            }
        }
    }
    redis::FleetState state() const
    {
        return redis::FleetState{{vip.begin(), vip.end()}, {settings.begin(), settings.end()}};
    }

private:
    void keepFlags(const std::vector<std::string>& kept, const std::string& removed)
    {
        std::vector<std::string> gone;
        for (auto& [field, value] : settings) {
            const std::string name = field.starts_with("flag:") ? field.substr(5) : std::string();
            if (!name.empty() && std::find(kept.begin(), kept.end(), name) == kept.end()) {
                value = removed;
                gone.push_back(name);
            }
        }
        for (const std::string& name : gone) {
            for (const char* field : {"flag.enabled:", "flag.rollout:", "flag.killed:"}) {
                settings.erase(field + name);
            }
        }
    }
};

template <class T>
const T* find(const std::vector<Command>& commands)
{
    for (const Command& c : commands) {
        if (const T* found = std::get_if<T>(&c)) {
            return found;
        }
    }
    return nullptr;
}

}  // namespace sluice::engine::testing
