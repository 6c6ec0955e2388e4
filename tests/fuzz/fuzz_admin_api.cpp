// SPDX-License-Identifier: Apache-2.0
// The admin API's bodies (the throttle override, VIP assignments, tiers and CSV imports, policies, reputation,
// flags' switches and definitions, segments, notifications read and their preferences), and the admin changes other
// engines of a fleet publish: any bytes give a command or an error naming a field (or nothing, for a change), never a
// crash; an accepted command carries what the API promises (a known level, a reason for an override, a tier, a
// percentage, ids or all, the token's name as the actor), and a change (or an engine's summary) reads back as it was
// written. The first byte picks the body ('0'..';').
#include "FuzzTarget.h"

#include "core/JsonRead.h"
#include "http/AdminBodies.h"
#include "http/FleetJson.h"
#include "redis/FleetChanges.h"
#include "redis/FleetRoster.h"
#include "redis/FleetState.h"
#include "vip/VipCsv.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine;
    if (size == 0) {
        return 0;
    }
    const std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);
    const std::string actor = "fuzz-token";
    try {
        switch (data[0] % 12) {
        case 0: {
            const cmd::SetThrottleOverride c = http::readOverrideBody(body, 1'800'000'000LL * kNsPerSec, actor);
            sluice::fuzz::require(!c.reason.empty() && c.reason.size() <= 500, "an override has a reason");
            sluice::fuzz::require(static_cast<int>(c.level) <= 4 && c.actor == actor, "a known level, the token");
            sluice::fuzz::require(c.expiresAt == 0 || c.expiresAt > 1'800'000'000LL * kNsPerSec, "expiry is later");
            break;
        }
        case 1:
            sluice::fuzz::require(http::readClearBody(body, actor).actor == actor, "the token clears");
            break;
        case 2: {
            const cmd::AssignVip c = http::readAssignBody("key", body, actor);
            sluice::fuzz::require(!c.tier.empty() && c.assignedBy == actor, "a tier, the token");
            break;
        }
        case 4: {
            const cmd::PutVipTier c = http::readTierBody("tier", body);
            sluice::fuzz::require(c.name == "tier" && c.multiplier >= 0, "a tier's multiplier");
            break;
        }
        case 5:
            try {
                // The kill switch's body: killing needs a reason.
                const cmd::SetFlagKilled k = http::readKillBody("flag", body, actor);
                sluice::fuzz::require(k.actor == actor && (!k.killed || !k.reason.empty()), "a kill has a reason");
            } catch (const JsonRead::Error& e) {
                sluice::fuzz::require(!e.message.empty(), "a refused kill is named");
            }
            try {
                // A flag's whole definition (PUT /api/flags/{name}) and a segment (PUT /api/segments/{id}).
                std::vector<std::string> warnings;
                const cmd::PutFlag f = http::readFlagBody("flag", body, actor, warnings);
                sluice::fuzz::require(f.flag.name == "flag" && f.actor == actor, "the path's flag, the token");
            } catch (const JsonRead::Error& e) {
                sluice::fuzz::require(!e.message.empty(), "a refused flag is named");
            }
            try {
                const cmd::PutSegment g = http::readSegmentBody(3, body, actor);
                sluice::fuzz::require(g.segment.id == 3 && g.actor == actor, "the path's segment, the token");
            } catch (const JsonRead::Error& e) {
                sluice::fuzz::require(!e.message.empty(), "a refused segment is named");
            }
            sluice::fuzz::require(http::readFlagEnabledBody("flag", body, actor).actor == actor, "the token");
            break;
        case 6: {
            const cmd::SetFlagRollout c = http::readRolloutBody("flag", body, actor);
            sluice::fuzz::require(c.percent >= 0 && c.percent <= 100, "a percentage");
            break;
        }
        case 7: {
            const cmd::MarkNotificationsRead c = http::readMarkReadBody(body, actor);
            sluice::fuzz::require(c.all != !c.ids.empty() && c.ids.size() <= 1000, "ids or all");
            break;
        }
        case 8:
            sluice::fuzz::require(http::readPreferencesBody("ops", body).recipient == "ops", "the recipient");
            break;
        case 9:
            sluice::fuzz::require(!http::readPoliciesBody(body).policies.empty(), "a default policy");
            break;
        case 10:
            http::readReputationBody(body);
            break;
        case 11: {
            // POST /api/vip.csv: the rows of a file without errors become one import in the token's name.
            const VipCsvParse parsed = VipCsv::parse(body);
            if (parsed.errors.empty()) {
                const cmd::ImportVip c = VipCsv::toCommand(parsed.rows, actor);
                sluice::fuzz::require(c.assignments.size() == parsed.rows.size(), "every row imported");
            }
            break;
        }
        default:
            // What engines of a fleet say of themselves (redis/FleetRoster) arrives the same way, from Redis.
            if (const auto summary = redis::decodeEngineSummary(body)) {
                const std::string again = redis::encodeEngineSummary(*summary);
                const auto back = redis::decodeEngineSummary(again);
                sluice::fuzz::require(back && redis::encodeEngineSummary(*back) == again, "a summary reads back");
            }
            // And what a server answers for /api/fleet, which the console reads.
            if (std::string error; const auto fleet = http::decodeFleetAnswer(body, error)) {
                const std::string again = http::encodeFleetAnswer(*fleet).dump();
                std::string second;
                const auto back = http::decodeFleetAnswer(again, second);
                sluice::fuzz::require(back && http::encodeFleetAnswer(*back).dump() == again, "a fleet reads back");
            } else {
                sluice::fuzz::require(!error.empty(), "a refused fleet answer is named");
            }
            if (const auto change = redis::decodeFleetChange(body)) {
                const std::string again = redis::encodeFleetChange(*change);
                sluice::fuzz::require(!again.empty(), "a change read is one the fleet shares");
                const auto back = redis::decodeFleetChange(again);
                sluice::fuzz::require(back && redis::encodeFleetChange(*back) == again, "a change reads back the same");
                // One engine's own (its alert, its inbox) is none of the fleet's state.
                sluice::fuzz::require(change->target.empty() || redis::stateEditsOf(*change).empty(),
                                      "a change for one engine leaves the state alone");
                // What a change leaves in the fleet's state reads back from it.
                std::map<std::string, std::string> vip;
                std::map<std::string, std::string> settings;
                for (const redis::StateEdit& e : redis::stateEditsOf(*change)) {
                    if (e.hash == redis::StateHash::FlagsKept) {
                        continue;  // marks flags already in the state removed: there are none here
                    }
                    auto& hash = e.hash == redis::StateHash::Vip ? vip : settings;
                    if (e.value) {
                        hash.insert_or_assign(e.field, *e.value);
                    }
                }
                const redis::FleetState state{{vip.begin(), vip.end()}, {settings.begin(), settings.end()}};
                sluice::fuzz::require(redis::commandsOfState(state, 0).unreadable == 0, "the state reads back");
            }
            // The fleet's state as read from Redis, one field a line: 'v' (a VIP) or 's', the field, a tab, the value.
            {
                redis::FleetState state;
                std::size_t fields = 0;
                for (std::size_t at = 0; at < body.size();) {
                    std::size_t end = body.find('\n', at);
                    end = end == std::string_view::npos ? body.size() : end;
                    const std::string_view line = body.substr(at, end - at);
                    at = end + 1;
                    const std::size_t tab = line.find('\t');
                    if (line.empty() || tab == std::string_view::npos) {
                        continue;
                    }
                    auto& hash = line[0] == 'v' ? state.vip : state.settings;
                    hash.emplace_back(std::string(line.substr(1, tab - 1)), std::string(line.substr(tab + 1)));
                    ++fields;
                }
                const redis::StateCommands made = redis::commandsOfState(state, 1'800'000'000LL * kNsPerSec);
                sluice::fuzz::require(made.unreadable <= fields && made.commands.size() <= fields,
                                      "at most a command a field");
            }
            break;
        }
    } catch (const JsonRead::Error& e) {
        sluice::fuzz::require(!e.message.empty(), "a refused body is named");
    }
    return 0;
}
