// SPDX-License-Identifier: Apache-2.0
#include "redis/FleetChanges.h"

#include "config/ConfigJson.h"
#include "core/Clock.h"
#include "core/Overloaded.h"
#include "core/Tiers.h"
#include "flags/FlagsJson.h"
#include "redis/HashSlot.h"
#include "redis/JsonField.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace sluice::engine::redis {

using json = nlohmann::json;

namespace {

constexpr std::size_t kMaxText = 1000;         // a received change's texts, as the engine's own limits allow
constexpr std::size_t kMaxImported = 100'000;  // assignments in one shared import, as a VIP file allows

bool readTime(const json& j, const char* name, TimeNs& out)
{
    if (!j.contains(name) || !j.at(name).is_number_integer()) {
        return false;
    }
    out = j.at(name).get<std::int64_t>();
    return out >= 0;
}

constexpr std::size_t kLogKept = 10'000;  // entries of the change log (MAXLEN ~)
constexpr int kStatePage = 1000;          // VIP assignments asked for at a time (HSCAN COUNT)
// Makes a change's edits of the state (redis/FleetState) and appends it to the log, at once: two admins' changes
// cannot leave the state in another order than the log's, and an edit refused (out of memory) logs nothing.
// KEYS: the log, the VIP hash, the settings hash. ARGV: entries kept, the change, its edits. (Replication of
// effects, for Redis before 7: XADD * is not deterministic.)
constexpr const char* kLogScript = R"lua(
if redis.replicate_commands then redis.replicate_commands() end
for _, e in ipairs(cjson.decode(ARGV[3])) do
  local hash = KEYS[e[1] + 2]
  if e[3] == nil then redis.call('HDEL', hash, e[2]) else redis.call('HSET', hash, e[2], e[3]) end
end
return redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'change', ARGV[2])
)lua";
constexpr auto kRetryEvery = std::chrono::seconds(1);  // a change not yet logged is tried again
constexpr const char* kCursorSeconds = "2592000";      // a cursor not moved for 30 days goes
constexpr int kCatchUpPage = 500;
constexpr int kPollsPerRead = 5;  // of 200 ms: the log is read at least every second

// A stream entry id "<ms>-<seq>" as a pair that orders as Redis orders them; nullopt when it is not one.
std::optional<std::pair<std::uint64_t, std::uint64_t>> streamId(std::string_view id)
{
    const std::size_t dash = id.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 == id.size() || id.size() > 41) {
        return std::nullopt;
    }
    std::uint64_t ms = 0;
    std::uint64_t seq = 0;
    for (const char c : id.substr(0, dash)) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        ms = ms * 10 + static_cast<std::uint64_t>(c - '0');
    }
    for (const char c : id.substr(dash + 1)) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        seq = seq * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return std::pair{ms, seq};
}

}  // namespace

bool changeReached(std::string_view id, std::string_view cursor)
{
    const auto a = streamId(id);
    const auto b = streamId(cursor);
    return a && b && *a <= *b;
}

namespace {

// Whether log entry `id` comes after `cursor` (an empty or unreadable cursor: everything does).
bool after(const std::string& id, const std::string& cursor)
{
    const auto a = streamId(id);
    const auto b = streamId(cursor);
    return a && (!b || *a > *b);
}

// One command for one key through a cluster-aware client; the reply, or nullopt when the node did not answer.
std::optional<RedisReply> callKey(RedisClient& client, const std::string& key,
                                  std::initializer_list<std::string_view> args)
{
    std::array<RedisCall, 1> calls{};
    calls[0].slot = hashSlot(key);
    std::size_t n = 0;
    for (const std::string_view arg : args) {
        calls[0].args[n++] = arg;
    }
    calls[0].argc = static_cast<std::uint8_t>(n);
    client.run(calls);
    if (calls[0].outcome != RedisCall::Outcome::Answered || calls[0].reply.isError()) {
        return std::nullopt;
    }
    return std::move(calls[0].reply);
}

// A settings row (policies or reputation, whole) as a change of kind "setting".
bool encodeSetting(json& j, const std::vector<std::pair<std::string, std::string>>& rows)
{
    if (rows.size() != 1) {
        return false;
    }
    j.update({{"kind", "setting"}, {"name", rows[0].first}, {"value", json::parse(rows[0].second, nullptr, false)}});
    return !j.at("value").is_discarded();
}

}  // namespace

std::string encodeFleetChange(const FleetChange& change)
{
    json j{{"v", 1}, {"origin", change.origin}, {"actor", change.actor}};
    if (!change.instance.empty()) {
        j["instance"] = change.instance;
    }
    if (!change.id.empty()) {
        j["id"] = change.id;
    }
    const bool shared = std::visit(
        Overloaded{
            [&](const cmd::AssignVip& c) {
                j.update({{"kind", "vip.assign"},
                          {"key", c.key},
                          {"tier", c.tier},
                          {"expires_at", c.expiresAt},
                          {"notes", c.notes}});
                return true;
            },
            [&](const cmd::RevokeVip& c) {
                j.update({{"kind", "vip.revoke"}, {"key", c.key}});
                return true;
            },
            [&](const cmd::ImportVip& c) {
                json rows = json::array();
                for (const cmd::AssignVip& a : c.assignments) {
                    rows.push_back({{"key", a.key}, {"tier", a.tier}, {"expires_at", a.expiresAt}, {"notes", a.notes}});
                }
                j.update({{"kind", "vip.import"}, {"assignments", rows}});
                return true;
            },
            [&](const cmd::SetThrottleOverride& c) {
                j.update({{"kind", "throttle.override"},
                          {"level", nameOf(c.level)},
                          {"reason", c.reason},
                          {"expires_at", c.expiresAt}});
                return true;
            },
            [&](const cmd::ClearThrottleOverride& c) {
                j.update({{"kind", "throttle.clear"}, {"reason", c.reason}});
                return true;
            },
            [&](const cmd::PutVipTier& c) {
                j.update({{"kind", "vip_tier.put"}, {"name", c.name}, {"multiplier", c.multiplier}});
                return true;
            },
            [&](const cmd::RemoveVipTier& c) {
                j.update({{"kind", "vip_tier.remove"}, {"name", c.name}});
                return true;
            },
            [&](const cmd::SetPolicies& c) { return encodeSetting(j, ConfigJson::settingsFor(Command(c))); },
            [&](const cmd::SetReputationConfig& c) { return encodeSetting(j, ConfigJson::settingsFor(Command(c))); },
            [&](const cmd::PutFlag& c) {
                // As text: the definition keeps its strategies' parameters in their order.
                j.update({{"kind", "flag.put"}, {"flag", flags::writeFeature(c.flag)}});
                return true;
            },
            [&](const cmd::RemoveFlag& c) {
                j.update({{"kind", "flag.remove"}, {"name", c.name}});
                return true;
            },
            [&](const cmd::PutSegment& c) {
                j.update({{"kind", "segment.put"}, {"segment", flags::writeSegment(c.segment)}});
                return true;
            },
            [&](const cmd::RemoveSegment& c) {
                // "id" is the change's own, in the change log.
                j.update({{"kind", "segment.remove"}, {"segment_id", c.id}});
                return true;
            },
            [&](const cmd::SetFlagEnabled& c) {
                j.update({{"kind", "flag.enabled"}, {"name", c.name}, {"enabled", c.enabled}});
                return true;
            },
            [&](const cmd::SetFlagRollout& c) {
                j.update({{"kind", "flag.rollout"}, {"name", c.name}, {"percent", c.percent}});
                return true;
            },
            [&](const cmd::SetFlagKilled& c) {
                j.update({{"kind", "flag.killed"}, {"name", c.name}, {"killed", c.killed}, {"reason", c.reason}});
                return true;
            },
            [](const auto&) { return false; }},
        change.command);
    return shared ? j.dump(-1, ' ', false, json::error_handler_t::replace) : std::string();
}

std::optional<FleetChange> decodeFleetChange(std::string_view text)
{
    const json j = json::parse(text, nullptr, false);
    FleetChange change;
    std::string kind;
    if (!j.is_object() || !j.contains("v") || j.at("v") != 1 || !textField(j, "origin", kMaxText, change.origin) ||
        !textField(j, "actor", kMaxText, change.actor) || !textField(j, "kind", kMaxText, kind)) {
        return std::nullopt;
    }
    if ((j.contains("instance") && !textField(j, "instance", kMaxText, change.instance)) ||
        (j.contains("id") && (!textField(j, "id", kMaxText, change.id) || !streamId(change.id)))) {
        return std::nullopt;
    }
    if (kind == "vip.assign") {
        cmd::AssignVip c;
        if (!textField(j, "key", kMaxText, c.key) || !textField(j, "tier", kMaxText, c.tier) ||
            !readTime(j, "expires_at", c.expiresAt) || !textField(j, "notes", kMaxText, c.notes)) {
            return std::nullopt;
        }
        c.assignedBy = change.actor;
        change.command = std::move(c);
    } else if (kind == "vip.import") {
        // One import, all or nothing on every engine as on the one it was made on.
        cmd::ImportVip c;
        const auto rows = j.find("assignments");
        if (rows == j.end() || !rows->is_array() || rows->empty() || rows->size() > kMaxImported) {
            return std::nullopt;
        }
        for (const json& row : *rows) {
            cmd::AssignVip a;
            if (!row.is_object() || !textField(row, "key", kMaxText, a.key) ||
                !textField(row, "tier", kMaxText, a.tier) || !readTime(row, "expires_at", a.expiresAt) ||
                !textField(row, "notes", kMaxText, a.notes)) {
                return std::nullopt;
            }
            a.assignedBy = change.actor;
            c.assignments.push_back(std::move(a));
        }
        change.command = std::move(c);
    } else if (kind == "vip.revoke") {
        cmd::RevokeVip c;
        if (!textField(j, "key", kMaxText, c.key)) {
            return std::nullopt;
        }
        change.command = std::move(c);
    } else if (kind == "throttle.override") {
        cmd::SetThrottleOverride c;
        std::string level;
        if (!textField(j, "level", kMaxText, level) || !parseThrottleLevel(level, c.level) ||
            !textField(j, "reason", kMaxText, c.reason) || !readTime(j, "expires_at", c.expiresAt)) {
            return std::nullopt;
        }
        c.actor = change.actor;
        change.command = std::move(c);
    } else if (kind == "throttle.clear") {
        cmd::ClearThrottleOverride c;
        if (!textField(j, "reason", kMaxText, c.reason)) {
            return std::nullopt;
        }
        c.actor = change.actor;
        change.command = std::move(c);
    } else if (kind == "vip_tier.put") {
        cmd::PutVipTier c;
        if (!textField(j, "name", kMaxText, c.name) || !j.contains("multiplier") || !j.at("multiplier").is_number() ||
            !std::isfinite(j.at("multiplier").get<double>())) {
            return std::nullopt;
        }
        c.multiplier = j.at("multiplier").get<double>();
        change.command = std::move(c);
    } else if (kind == "vip_tier.remove") {
        cmd::RemoveVipTier c;
        if (!textField(j, "name", kMaxText, c.name)) {
            return std::nullopt;
        }
        change.command = std::move(c);
    } else if (kind == "setting") {
        std::string name;
        if (!textField(j, "name", kMaxText, name) || !j.contains("value")) {
            return std::nullopt;
        }
        auto command = settingCommand(name, j.at("value").dump());
        if (!command) {
            return std::nullopt;
        }
        change.command = std::move(*command);
    } else if (kind == "flag.put" || kind == "segment.put") {
        // Read as the admin API read it on the engine it was made on: a definition another reader would refuse is
        // not a change.
        const bool flag = kind == "flag.put";
        const auto body = j.find(flag ? "flag" : "segment");
        if (body == j.end() || !body->is_string()) {
            return std::nullopt;
        }
        const auto& definition = body->get_ref<const std::string&>();
        if (flag) {
            flags::FlagRead read = flags::readFeature(definition);
            if (!read.flag) {
                return std::nullopt;
            }
            change.command = cmd::PutFlag{std::move(*read.flag), change.actor};
        } else {
            std::string error;
            auto segment = flags::readSegment(definition, error);
            if (!segment || segment->id <= 0) {
                return std::nullopt;
            }
            change.command = cmd::PutSegment{std::move(*segment), change.actor};
        }
    } else if (kind == "flag.remove") {
        std::string name;
        if (!textField(j, "name", kMaxText, name)) {
            return std::nullopt;
        }
        change.command = cmd::RemoveFlag{std::move(name), change.actor};
    } else if (kind == "segment.remove") {
        const auto id = j.find("segment_id");
        if (id == j.end() || !id->is_number_integer() || id->get<std::int64_t>() <= 0 ||
            id->get<std::int64_t>() > std::numeric_limits<int>::max()) {
            return std::nullopt;
        }
        change.command = cmd::RemoveSegment{id->get<int>(), change.actor};
    } else if (kind == "flag.enabled" || kind == "flag.rollout" || kind == "flag.killed") {
        std::string name;
        if (!textField(j, "name", kMaxText, name)) {
            return std::nullopt;
        }
        if (kind == "flag.enabled" && j.contains("enabled") && j.at("enabled").is_boolean()) {
            change.command = cmd::SetFlagEnabled{name, j.at("enabled").get<bool>(), change.actor};
        } else if (kind == "flag.rollout" && j.contains("percent") && j.at("percent").is_number_integer() &&
                   j.at("percent").get<std::int64_t>() >= 0 && j.at("percent").get<std::int64_t>() <= 100) {
            change.command = cmd::SetFlagRollout{name, j.at("percent").get<int>(), change.actor};
        } else if (std::string reason; kind == "flag.killed" && j.contains("killed") && j.at("killed").is_boolean() &&
                                       textField(j, "reason", kMaxText, reason)) {
            change.command = cmd::SetFlagKilled{name, j.at("killed").get<bool>(), std::move(reason), change.actor};
        } else {
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    return change;
}

std::optional<Command> settingCommand(const std::string& name, const std::string& value)
{
    EngineConfig config;
    if (name != kPoliciesSetting && name != kReputationSetting) {
        return std::nullopt;
    }
    if (ConfigJson::applySetting(name, value, config)) {
        return std::nullopt;  // what is wrong with it
    }
    if (name == kPoliciesSetting) {
        return cmd::SetPolicies{config.policies};
    }
    return cmd::SetReputationConfig{config.reputation};
}

FleetChanges::FleetChanges(RedisOptions options, std::string prefix, std::string origin, std::string instance,
                           Apply apply, Sync sync)
    : m_options(std::move(options)), m_channel(prefix + ":changes"), m_log(prefix + ":changelog"),
      m_origin(std::move(origin)), m_instance(instance.empty() ? m_origin : std::move(instance)),
      m_apply(std::move(apply)), m_sync(std::move(sync))
{
    m_cursorKey = prefix + ":cursor:" + m_instance;
    // The braces put the state in the log's hash slot: the script that logs a change edits the state too.
    m_vipKey = "{" + m_log + "}:vip";
    m_settingsKey = "{" + m_log + "}:settings";
    m_subscriber = std::thread([this] { subscribe(); });
    m_publisherThread = std::thread([this] { publishQueued(); });
}

void FleetChanges::stopListening()
{
    {
        const std::lock_guard lock(m_stopMutex);
        m_stop = true;
    }
    m_stopped.notify_all();
    if (m_subscriber.joinable()) {
        m_subscriber.join();
    }
}

FleetChanges::~FleetChanges()
{
    stopListening();
    {
        const std::lock_guard lock(m_queueMutex);
        m_drain = true;
    }
    m_queued.notify_all();
    m_publisherThread.join();
    // What was made after the subscriber stopped (serve stops it before its runtime makes its last commands) is kept
    // too, so the next start does not make it again.
    RedisClient client(m_options);
    saveCursor(client);
}

void FleetChanges::publishLater(Command command, std::string actor, Published done)
{
    {
        const std::lock_guard lock(m_queueMutex);
        m_queue.push_back(Queued{std::move(command), std::move(actor), std::move(done)});
    }
    m_queued.notify_one();
}

void FleetChanges::publishQueued()
{
    for (;;) {
        Queued* next = nullptr;
        {
            std::unique_lock lock(m_queueMutex);
            m_queued.wait(lock, [this] { return m_drain || !m_queue.empty(); });
            if (m_queue.empty()) {
                return;  // draining, and nothing left
            }
            next = &m_queue.front();  // stays queued until logged: the subscriber's sync waits for it
        }
        bool failed = false;
        std::string id = publish(next->command, next->actor, failed);
        if (next->done) {
            next->done(id);  // answered once, logged or not
            next->done = nullptr;
        }
        std::unique_lock lock(m_queueMutex);
        if (failed && !m_drain) {
            // Redis did not take it: it waits at the head, so later changes keep their order behind it, and is
            // tried again until Redis answers.
            m_queued.wait_for(lock, kRetryEvery, [this] { return m_drain; });
            continue;
        }
        m_queue.pop_front();
        lock.unlock();
        m_queued.notify_all();
    }
}

bool FleetChanges::unpublished() const
{
    const std::lock_guard lock(m_queueMutex);
    return !m_queue.empty();
}

bool FleetChanges::connect(RedisConnection*& out, std::unique_ptr<RedisConnection>& holder, std::string& error) const
{
    // Any node will do: a PUBLISH in a cluster reaches every node's subscribers.
    for (const RedisEndpoint& seed : m_options.seeds) {
        holder = std::make_unique<RedisConnection>(seed, m_options.timeouts, m_options.credentials);
        if (holder->connect(error)) {
            out = holder.get();
            return true;
        }
    }
    out = nullptr;
    return false;
}

std::string FleetChanges::cursor() const
{
    const std::lock_guard lock(m_cursorMutex);
    return m_made;
}

std::string FleetChanges::publish(const Command& command, const std::string& actor)
{
    bool failed = false;
    return publish(command, actor, failed);
}

std::string FleetChanges::publish(const Command& command, const std::string& actor, bool& failed)
{
    failed = false;
    FleetChange change{m_origin, actor, command, m_instance, {}};
    std::string text = encodeFleetChange(change);
    if (text.empty()) {
        return {};
    }
    const std::lock_guard lock(m_publishMutex);
    // Logged first, so the announcement carries the entry's id and every engine can tell what it has seen.
    if (!m_logWriter) {
        m_logWriter = std::make_unique<RedisClient>(m_options);
    }
    if (m_logScript.empty()) {
        m_logScript = m_logWriter->addScript(kLogScript);
    }
    const std::string kept = std::to_string(kLogKept);
    const std::string edits = encodeStateEdits(stateEditsOf(change, SystemClock().now()));
    if (const auto id = callKey(*m_logWriter, m_log,
                                {"EVALSHA", m_logScript, "3", m_log, m_vipKey, m_settingsKey, kept, text, edits});
        id && id->kind == RedisReply::Kind::String) {
        change.id = id->text;
        text = encodeFleetChange(change);
    } else {
        failed = true;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::string error;
        RedisConnection* connection = m_publisher.get();
        if ((connection == nullptr || !connection->connected()) && !connect(connection, m_publisher, error)) {
            return change.id;
        }
        const std::array<std::string_view, 3> args{"PUBLISH", m_channel, text};
        RedisReply reply;
        if (connection->call(args, reply, error) && !reply.isError()) {
            return change.id;
        }
        m_publisher.reset();  // a broken connection: once more on a fresh one
    }
    return change.id;
}

bool FleetChanges::saveCursor(RedisClient& client)
{
    std::string made;
    {
        const std::lock_guard lock(m_cursorMutex);
        made = m_made;
    }
    if (made.empty()) {
        return true;  // nothing made yet since the cursor was read
    }
    return callKey(client, m_cursorKey, {"SET", m_cursorKey, made, "EX", kCursorSeconds}).has_value();
}

void FleetChanges::reached(const std::string& id, bool made)
{
    const std::lock_guard lock(m_cursorMutex);
    m_reached.emplace_back(id, made);
    advanceMade();
}

void FleetChanges::madeHere(const std::string& id)
{
    const std::lock_guard lock(m_cursorMutex);
    // Changes are mostly made in the order they were read: the entry is near the front.
    for (auto& [reachedId, made] : m_reached) {
        if (reachedId == id) {
            made = true;
            break;
        }
    }
    advanceMade();
}

void FleetChanges::advanceMade()
{
    while (!m_reached.empty() && m_reached.front().second) {
        m_made = std::move(m_reached.front().first);
        m_reached.pop_front();
    }
}

void FleetChanges::take(RedisClient& client, FleetChange change)
{
    if (!change.id.empty() && !after(change.id, m_cursor)) {
        return;  // applied or passed over already (caught up before its announcement was read)
    }
    const std::string id = change.id;
    const std::string& instance = change.instance.empty() ? change.origin : change.instance;
    const bool ours = instance == m_instance || change.origin == m_origin;
    if (!id.empty()) {
        reached(id, ours);
    }
    if (!ours) {
        m_apply(std::move(change), [this, id] {
            if (!id.empty()) {
                madeHere(id);
            }
        });
    }
    if (!id.empty()) {
        m_cursor = id;
        saveCursor(client);
    }
}

bool FleetChanges::catchUp(RedisClient& client)
{
    if (m_cursor.empty()) {
        const auto saved = callKey(client, m_cursorKey, {"GET", m_cursorKey});
        if (!saved) {
            return false;
        }
        if (saved->kind == RedisReply::Kind::String && streamId(saved->text)) {
            m_cursor = saved->text;
            reached(m_cursor, true);
        } else {
            // A new engine starts at the log's end: what came before reaches it as the fleet's state.
            m_syncDue = true;
            return skipToEnd(client);
        }
    }
    for (bool first = true;; first = false) {
        // From the cursor itself (an exclusive "(" start needs Redis 6.2); take() passes over what it has seen.
        const std::string page = std::to_string(kCatchUpPage);
        const auto entries = callKey(client, m_log, {"XRANGE", m_log, m_cursor, "+", "COUNT", page});
        if (!entries || entries->kind != RedisReply::Kind::Array) {
            return false;
        }
        // The cursor's own entry is gone when the log was trimmed past it (or removed): the changes in between
        // may be lost to this engine, which goes on from the log's end and takes the state instead.
        if (first && m_cursor != "0-0" &&
            (entries->elements.empty() || entries->elements[0].elements.empty() ||
             entries->elements[0].elements[0].text != m_cursor)) {
            m_syncDue = true;
            return skipToEnd(client);
        }
        for (const RedisReply& entry : entries->elements) {
            if (entry.elements.size() != 2 || entry.elements[1].elements.size() < 2 ||
                !streamId(entry.elements[0].text)) {
                continue;
            }
            auto change = decodeFleetChange(entry.elements[1].elements[1].text);
            if (!change) {
                if (after(entry.elements[0].text, m_cursor)) {
                    m_cursor = entry.elements[0].text;  // not ours to read: passed over
                    reached(m_cursor, true);
                }
                continue;
            }
            change->id = entry.elements[0].text;
            take(client, std::move(*change));
        }
        saveCursor(client);
        if (entries->elements.size() < static_cast<std::size_t>(kCatchUpPage)) {
            return true;
        }
    }
}

std::optional<FleetState> FleetChanges::readState(RedisClient& client) const
{
    FleetState state;
    const auto settings = callKey(client, m_settingsKey, {"HGETALL", m_settingsKey});
    if (!settings || settings->kind != RedisReply::Kind::Array) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i + 1 < settings->elements.size(); i += 2) {
        state.settings.emplace_back(settings->elements[i].text, settings->elements[i + 1].text);
    }
    // The VIP assignments page by page: there may be many, and one reply of them all could be large.
    std::string position = "0";
    const std::string count = std::to_string(kStatePage);
    do {
        const auto page = callKey(client, m_vipKey, {"HSCAN", m_vipKey, position, "COUNT", count});
        if (!page || page->elements.size() != 2) {
            return std::nullopt;
        }
        position = page->elements[0].text;
        const auto& fields = page->elements[1].elements;
        for (std::size_t i = 0; i + 1 < fields.size(); i += 2) {
            state.vip.emplace_back(fields[i].text, fields[i + 1].text);
        }
    } while (position != "0");
    // HSCAN may return a field twice (with the same value, read moments apart): one is kept.
    std::sort(state.vip.begin(), state.vip.end());
    state.vip.erase(std::unique(state.vip.begin(), state.vip.end(),
                                [](const auto& a, const auto& b) { return a.first == b.first; }),
                    state.vip.end());
    return state;
}

bool FleetChanges::skipToEnd(RedisClient& client)
{
    const auto last = callKey(client, m_log, {"XREVRANGE", m_log, "+", "-", "COUNT", "1"});
    if (!last) {
        return false;
    }
    m_cursor = last->elements.empty() || last->elements[0].elements.empty() ? std::string("0-0")
                                                                            : last->elements[0].elements[0].text;
    // What came before the end reaches this engine through the state: the end counts as made once the sync is.
    reached(m_cursor, !m_sync);
    if (m_sync) {
        m_skippedTo = m_cursor;
    }
    return saveCursor(client);
}

bool FleetChanges::syncState(RedisClient& client)
{
    if (!m_sync) {
        return true;
    }
    // Read after the log: a change logged in between is in the state and is then read from the log once more, so
    // it is made (and audited) twice here, to the same end.
    auto state = readState(client);
    if (!state || !m_sync(std::move(*state))) {
        return false;
    }
    if (!m_skippedTo.empty()) {
        madeHere(std::exchange(m_skippedTo, std::string()));
    }
    return true;
}

void FleetChanges::subscribe()
{
    RedisClient client(m_options);  // this thread's, for the log and the cursor
    std::unique_ptr<RedisConnection> holder;
    for (;;) {
        {
            const std::lock_guard lock(m_stopMutex);
            if (m_stop) {
                return;
            }
        }
        std::string error;
        RedisConnection* connection = nullptr;
        RedisReply reply;
        bool got = false;
        const std::array<std::string_view, 2> args{"SUBSCRIBE", m_channel};
        // Subscribed first, then caught up: an announcement made meanwhile waits on the connection and wakes one
        // more read of the log, which passes over what was taken.
        if (connect(connection, holder, error) && connection->call(args, reply, error) && !reply.isError() &&
            catchUp(client)) {
            // The state is compared on every (re)connect, once this engine's own changes are in the log: compared
            // before, a change of its own still queued (or made while Redis was away) would be set back.
            m_syncDue = true;
            int quiet = 0;  // polls without an announcement since the log was last read
            for (;;) {
                if (m_syncDue && !unpublished() && syncState(client)) {
                    m_syncDue = false;
                }
                m_listening = !m_syncDue;
                if (!connection->poll(std::chrono::milliseconds(200), reply, got, error)) {
                    break;
                }
                {
                    const std::lock_guard lock(m_stopMutex);
                    if (m_stop) {
                        m_listening = false;
                        saveCursor(client);  // what was made since the last read
                        return;
                    }
                }
                // An announcement only says the log has something new: the log is read from the cursor, in the
                // order of its ids. Taking the announced change itself could skip one logged earlier by another
                // engine but announced later, and one whose announcement was lost would never come. The log is
                // also read every second without an announcement, for those lost ones.
                const bool announced = got && reply.kind == RedisReply::Kind::Array && reply.elements.size() == 3 &&
                                       reply.elements[0].text == "message";
                if (announced || ++quiet >= kPollsPerRead) {
                    quiet = 0;
                    catchUp(client);
                }
            }
            m_listening = false;
        }
        std::unique_lock lock(m_stopMutex);
        m_stopped.wait_for(lock, std::chrono::seconds(1), [this] { return m_stop; });
    }
}

}  // namespace sluice::engine::redis
