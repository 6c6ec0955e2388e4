// SPDX-License-Identifier: Apache-2.0
#include "shard/EngineShards.h"

#include "config/ConfigJson.h"
#include "core/EngineText.h"
#include "core/Overloaded.h"
#include "shard/KeyShard.h"

#include <algorithm>
#include <iterator>
#include <tuple>

namespace sluice::engine {

namespace {
// Where a command goes.
enum class Route { All, Leader, Key, Split };

Route routeOf(const Command& command)
{
    return std::visit(Overloaded{
                          // The throttle is the leader's; the followers take its level.
                          [](const cmd::SetThrottleOverride&) { return Route::Leader; },
                          [](const cmd::ClearThrottleOverride&) { return Route::Leader; },
                          [](const cmd::SetThrottleConfig&) { return Route::Leader; },
                          [](const cmd::AssignVip&) { return Route::Key; },
                          [](const cmd::RevokeVip&) { return Route::Key; },
                          [](const cmd::ImportVip&) { return Route::Split; },
                          // Alerts and notifications live in the leader alone.
                          [](const cmd::AcknowledgeAlert&) { return Route::Leader; },
                          [](const cmd::ResolveAlert&) { return Route::Leader; },
                          [](const cmd::UndoAlertResponse&) { return Route::Leader; },
                          [](const cmd::SetNotifyPreferences&) { return Route::Leader; },
                          [](const cmd::RemoveNotifyPreferences&) { return Route::Leader; },
                          [](const cmd::PutNotifyContact&) { return Route::Leader; },
                          [](const cmd::RemoveNotifyContact&) { return Route::Leader; },
                          [](const cmd::ImportNotifyContacts&) { return Route::Leader; },
                          [](const cmd::MarkNotificationsRead&) { return Route::Leader; },
                          [](const cmd::AcknowledgeNotification&) { return Route::Leader; },
                          [](const cmd::DeleteNotifications&) { return Route::Leader; },
                          [](const cmd::CleanupNotifications&) { return Route::Leader; },
                          [](const cmd::AnnounceReport&) { return Route::Leader; },
                          [](const cmd::SetNotifyConfig&) { return Route::Leader; },
                          // Settings, policies, tiers, flags and segments: every shard judges by them.
                          [](const auto&) { return Route::All; },
                      },
                      command);
}

std::string_view keyOf(const Command& command)
{
    if (const auto* assign = std::get_if<cmd::AssignVip>(&command)) {
        return assign->key;
    }
    if (const auto* revoke = std::get_if<cmd::RevokeVip>(&command)) {
        return revoke->key;
    }
    return {};
}

// A shard's share of the persisted state: its keys and assignments; the leader also what only it keeps.
store::PersistedState shareOf(const store::PersistedState& state, std::uint32_t shard, std::uint32_t count)
{
    store::PersistedState part;
    part.vipTiers = state.vipTiers;
    part.flags = state.flags;
    part.segments = state.segments;
    for (const auto& setting : state.settings) {
        if (shard == 0 || setting.first != ConfigJson::kThrottleOverrideSetting) {
            part.settings.push_back(setting);
        }
    }
    for (const auto& key : state.keys) {
        if (shardOfKey(key.key, count) == shard) {
            part.keys.push_back(key);
        }
    }
    for (const auto& assignment : state.vipAssignments) {
        if (shardOfKey(assignment.key, count) == shard) {
            part.vipAssignments.push_back(assignment);
        }
    }
    for (const auto& key : state.vipWarned) {
        if (shardOfKey(key, count) == shard) {
            part.vipWarned.push_back(key);
        }
    }
    if (shard == 0) {
        part.alerts = state.alerts;
        part.anomalyBaselines = state.anomalyBaselines;
        part.notificationMaxId = state.notificationMaxId;
        part.notifyPreferences = state.notifyPreferences;
        part.notifyContacts = state.notifyContacts;
    }
    return part;
}
}  // namespace

EngineShards::EngineShards(const EngineConfig& config, std::uint32_t count)
{
    count = std::max<std::uint32_t>(count, 1);
    m_shards.push_back(std::make_unique<Engine>(config));
    // A follower's notification part stays off: its events are the leader's to route, and what it produced on its
    // own nobody would take.
    EngineConfig followers = config;
    followers.notify.enabled = false;
    for (std::uint32_t i = 1; i < count; ++i) {
        m_shards.push_back(std::make_unique<Engine>(followers));
        m_shards.back()->setFollower();
    }
    m_parts.resize(count);
    m_origins.resize(count);
    m_leaderFlags = leader().flagBook().revision();
    if (count > 1) {
        // Each shard counts its own keys' traffic, and the leader judges it all together (judgeAnomalies). What an
        // alert's response does to a key's score is done where the key lives.
        for (const auto& shard : m_shards) {
            shard->setAnomalyEngines(count);
        }
        leader().setKeyOwner([this](std::string_view key) -> Engine& { return *m_shards[shardOf(key)]; });
    }
}

std::uint32_t EngineShards::shardOf(std::string_view key) const { return shardOfKey(key, count()); }

void EngineShards::setBoundedPasses(bool bounded)
{
    for (const auto& shard : m_shards) {
        shard->setBoundedPasses(bounded);
    }
}

void EngineShards::restore(const store::PersistedState& state, TimeNs now)
{
    if (count() == 1) {
        leader().restore(state, now);
        return;
    }
    for (std::uint32_t i = 0; i < count(); ++i) {
        m_shards[i]->restore(shareOf(state, i, count()), now);
    }
    m_leaderFlags = leader().flagBook().revision();
    followLeader(now);
}

void EngineShards::decide(std::span<const Request> requests, std::span<Decision> out)
{
    if (count() == 1) {
        leader().decide(requests, out);
        return;
    }
    for (std::uint32_t s = 0; s < count(); ++s) {
        m_parts[s].clear();
        m_origins[s].clear();
    }
    for (std::uint32_t i = 0; i < requests.size(); ++i) {
        const std::uint32_t s = shardOf(requests[i].key);
        m_parts[s].push_back(requests[i]);
        m_origins[s].push_back(i);
    }
    for (std::uint32_t s = 0; s < count(); ++s) {
        if (m_parts[s].empty()) {
            continue;
        }
        m_decisions.resize(m_parts[s].size());
        m_shards[s]->decide(m_parts[s], m_decisions);
        for (std::size_t j = 0; j < m_decisions.size(); ++j) {
            out[m_origins[s][j]] = m_decisions[j];
        }
    }
    judgeAnomalies(false);
    followLeader(leader().now());
}

CommandResult EngineShards::validate(const Command& command, TimeNs now) const
{
    switch (routeOf(command)) {
    case Route::Key:
        return m_shards[shardOf(keyOf(command))]->validate(command, now);
    case Route::All:
        if (const auto* remove = std::get_if<cmd::RemoveVipTier>(&command)) {
            return validateTierRemoval(*remove, now);
        }
        for (const auto& shard : m_shards) {
            if (CommandResult result = shard->validate(command, now); !result.ok) {
                return result;
            }
        }
        return CommandResult{};
    case Route::Leader:
    case Route::Split:
        break;
    }
    return leader().validate(command, now);  // an import is judged whole, so a refusal names its line
}

CommandResult EngineShards::validateTierRemoval(const cmd::RemoveVipTier& remove, TimeNs now) const
{
    // A tier still in use on any shard may not be removed, and the refusal counts the keys of all of them.
    const auto index = leader().vipCatalog().indexOf(remove.name);
    if (!index) {
        return leader().validate(remove, now);  // no such tier: the leader says so
    }
    std::uint64_t users = 0;
    for (const auto& shard : m_shards) {
        users += shard->vipTierUsers(*index);
    }
    if (users == 0) {
        return CommandResult{};
    }
    return CommandResult{false, users == 1 ? say(Text::VipTierInUseByOne, {remove.name})
                                           : say(Text::VipTierInUse, {remove.name, std::to_string(users)})};
}

CommandResult EngineShards::apply(const Command& command, TimeNs now)
{
    if (count() == 1) {
        return leader().apply(command, now);
    }
    // Timers first, as one engine runs them before it judges a command (an assignment that ended by now no longer
    // holds its tier).
    tick(now);
    CommandResult result;
    switch (routeOf(command)) {
    case Route::Leader:
        result = leader().apply(command, now);
        break;
    case Route::Key:
        result = m_shards[shardOf(keyOf(command))]->apply(command, now);
        break;
    case Route::All:
        if (result = validate(command, now); !result.ok) {
            return result;
        }
        for (const auto& shard : m_shards) {
            // Judged by every shard above, at the same time: none refuses now.
            if (CommandResult applied = shard->apply(command, now); !applied.ok && result.ok) {
                result = applied;
            }
        }
        m_leaderFlags = leader().flagBook().revision();  // a flag command changed every shard alike
        break;
    case Route::Split: {
        if (result = leader().validate(command, now); !result.ok) {
            return result;
        }
        const auto& import = std::get<cmd::ImportVip>(command);
        std::vector<cmd::ImportVip> parts(count());
        for (std::size_t i = 0; i < import.assignments.size(); ++i) {
            cmd::ImportVip& part = parts[shardOf(import.assignments[i].key)];
            part.assignments.push_back(import.assignments[i]);
            if (i < import.lines.size()) {
                part.lines.push_back(import.lines[i]);
            }
        }
        for (std::uint32_t s = 0; s < count(); ++s) {
            if (!parts[s].assignments.empty()) {
                m_shards[s]->apply(parts[s], now);
            }
        }
        break;
    }
    }
    followLeader(now);
    return result;
}

void EngineShards::followLeader(TimeNs now)
{
    const ThrottleLevel level = leader().throttle().level();
    for (std::uint32_t s = 1; s < count(); ++s) {
        m_shards[s]->followThrottle(level, now);
    }
    // Flags the leader changed alone (a rollout plan its anomaly detection halted, a step of a schedule) are every
    // shard's: the followers take its whole set. What every shard applied itself leaves the revision as it was seen.
    if (const std::uint64_t revision = leader().flagBook().revision(); revision != m_leaderFlags) {
        const cmd::ImportFlags all{leader().flagSet(), true, {}, {}};
        for (std::uint32_t s = 1; s < count(); ++s) {
            m_shards[s]->apply(all, now);
        }
        m_leaderFlags = revision;
    }
}

void EngineShards::tick(TimeNs now) { runTimers(now, false); }

void EngineShards::settle(TimeNs now) { runTimers(now, true); }

void EngineShards::runTimers(TimeNs now, bool settle)
{
    const auto run = [&](Engine& engine) { settle ? engine.settle(now) : engine.tick(now); };
    // The followers first: what their timers raised reaches the leader's notifications before the leader's own
    // timers run (a digest due now).
    for (std::uint32_t s = 1; s < count(); ++s) {
        run(*m_shards[s]);
    }
    routeFollowerEvents();
    run(leader());
    judgeAnomalies(true);
    followLeader(now);
    if (count() > 1) {
        m_rollups.gather(rollups());
    }
}

bool EngineShards::timedWorkDue(TimeNs at) const
{
    return std::any_of(m_shards.begin(), m_shards.end(), [at](const auto& s) { return s->timedWorkDue(at); });
}

TimeNs EngineShards::backlogDue() const
{
    TimeNs due = 0;
    for (const auto& shard : m_shards) {
        if (const TimeNs d = shard->backlogDue(); d != 0) {
            due = due == 0 ? d : std::min(due, d);
        }
    }
    return due;
}

std::vector<const Rollups*> EngineShards::rollups() const
{
    std::vector<const Rollups*> out;
    for (const auto& shard : m_shards) {
        out.push_back(&shard->rollups());
    }
    return out;
}

void EngineShards::routeFollowerEvents()
{
    for (std::uint32_t s = 1; s < count(); ++s) {
        m_shards[s]->takeEvents(m_taken);
        if (m_taken.empty()) {
            continue;
        }
        leader().routeEventsOf(m_taken);
        std::move(m_taken.begin(), m_taken.end(), std::back_inserter(m_routed));
        m_taken.clear();
    }
}

void EngineShards::takeEvents(EventBatch& out)
{
    routeFollowerEvents();
    leader().takeEvents(out);
    std::move(m_routed.begin(), m_routed.end(), std::back_inserter(out));
    m_routed.clear();
}

void EngineShards::takeNotifications(std::vector<Notification>& out)
{
    routeFollowerEvents();
    leader().takeNotifications(out);
}

void EngineShards::takeDirtyKeys(std::vector<store::KeyReputation>& out, TimeNs now)
{
    out.clear();
    std::vector<store::KeyReputation> part;
    for (const auto& shard : m_shards) {
        part.clear();
        shard->takeDirtyKeys(part, now);
        std::move(part.begin(), part.end(), std::back_inserter(out));
    }
}

void EngineShards::takeFlagWrites(std::vector<store::FlagWrite>& out)
{
    leader().takeFlagWrites(out);
    // A follower steps its schedules and plans as the leader does; only the leader's steps are recorded.
    std::vector<store::FlagWrite> discarded;
    for (std::uint32_t s = 1; s < count(); ++s) {
        m_shards[s]->takeFlagWrites(discarded);
        discarded.clear();
    }
}

void EngineShards::takeFlagExposures(std::vector<store::FlagExposureRow>& out)
{
    out.clear();
    std::vector<store::FlagExposureRow> all;
    std::vector<store::FlagExposureRow> part;
    for (const auto& shard : m_shards) {
        shard->takeFlagExposures(part);
        std::move(part.begin(), part.end(), std::back_inserter(all));
    }
    // The same flag, variant and bucket from several shards is one row.
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
        return std::tie(a.flag, a.variant, a.bucketStart) < std::tie(b.flag, b.variant, b.bucketStart);
    });
    for (store::FlagExposureRow& row : all) {
        if (!out.empty() && out.back().flag == row.flag && out.back().variant == row.variant &&
            out.back().bucketStart == row.bucketStart) {
            out.back().yes += row.yes;
            out.back().no += row.no;
        } else {
            out.push_back(std::move(row));
        }
    }
}

void EngineShards::takeTrafficMinutes(std::vector<store::TrafficMinuteRow>& out, bool final)
{
    // Appends, as Engine::takeTrafficMinutes does.
    if (count() == 1) {
        leader().takeTrafficMinutes(out, final);
        return;
    }
    m_rollups.gather(rollups());
    m_rollups.takeMinutes(rollups(), final, out);
}

std::uint64_t EngineShards::keyCount() const
{
    std::uint64_t keys = 0;
    for (const auto& shard : m_shards) {
        keys += shard->keyCount();
    }
    return keys;
}

std::size_t EngineShards::memoryBytes() const
{
    std::size_t bytes = 0;
    for (const auto& shard : m_shards) {
        bytes += shard->memoryBytes();
    }
    return bytes;
}

}  // namespace sluice::engine
