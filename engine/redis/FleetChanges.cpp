// SPDX-License-Identifier: Apache-2.0
#include "redis/FleetChanges.h"

#include "core/Overloaded.h"
#include "core/Tiers.h"

#include <nlohmann/json.hpp>

#include <array>

namespace sluice::engine::redis {

namespace {

using json = nlohmann::json;

constexpr std::size_t kMaxText = 1000;  // a received change's texts, as the engine's own limits allow

bool readText(const json& j, const char* name, std::string& out)
{
    if (!j.contains(name) || !j.at(name).is_string() || j.at(name).get_ref<const std::string&>().size() > kMaxText) {
        return false;
    }
    out = j.at(name).get<std::string>();
    return true;
}

bool readTime(const json& j, const char* name, TimeNs& out)
{
    if (!j.contains(name) || !j.at(name).is_number_integer()) {
        return false;
    }
    out = j.at(name).get<std::int64_t>();
    return out >= 0;
}

}  // namespace

std::string encodeFleetChange(const FleetChange& change)
{
    json j{{"v", 1}, {"origin", change.origin}, {"actor", change.actor}};
    const bool shared = std::visit(Overloaded{[&](const cmd::AssignVip& c) {
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
                                              [](const auto&) { return false; }},
                                   change.command);
    return shared ? j.dump(-1, ' ', false, json::error_handler_t::replace) : std::string();
}

std::optional<FleetChange> decodeFleetChange(std::string_view text)
{
    const json j = json::parse(text, nullptr, false);
    FleetChange change;
    std::string kind;
    if (!j.is_object() || !j.contains("v") || j.at("v") != 1 || !readText(j, "origin", change.origin) ||
        !readText(j, "actor", change.actor) || !readText(j, "kind", kind)) {
        return std::nullopt;
    }
    if (kind == "vip.assign") {
        cmd::AssignVip c;
        if (!readText(j, "key", c.key) || !readText(j, "tier", c.tier) || !readTime(j, "expires_at", c.expiresAt) ||
            !readText(j, "notes", c.notes)) {
            return std::nullopt;
        }
        c.assignedBy = change.actor;
        change.command = std::move(c);
    } else if (kind == "vip.revoke") {
        cmd::RevokeVip c;
        if (!readText(j, "key", c.key)) {
            return std::nullopt;
        }
        change.command = std::move(c);
    } else if (kind == "throttle.override") {
        cmd::SetThrottleOverride c;
        std::string level;
        if (!readText(j, "level", level) || !parseThrottleLevel(level, c.level) || !readText(j, "reason", c.reason) ||
            !readTime(j, "expires_at", c.expiresAt)) {
            return std::nullopt;
        }
        c.actor = change.actor;
        change.command = std::move(c);
    } else if (kind == "throttle.clear") {
        cmd::ClearThrottleOverride c;
        if (!readText(j, "reason", c.reason)) {
            return std::nullopt;
        }
        c.actor = change.actor;
        change.command = std::move(c);
    } else {
        return std::nullopt;
    }
    return change;
}

FleetChanges::FleetChanges(RedisOptions options, std::string prefix, std::string origin, Apply apply)
    : m_options(std::move(options)), m_channel(std::move(prefix) + ":changes"), m_origin(std::move(origin)),
      m_apply(std::move(apply))
{
    m_subscriber = std::thread([this] { subscribe(); });
}

FleetChanges::~FleetChanges()
{
    {
        const std::lock_guard lock(m_stopMutex);
        m_stop = true;
    }
    m_stopped.notify_all();
    m_subscriber.join();
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

bool FleetChanges::publish(const Command& command, const std::string& actor)
{
    const std::string text = encodeFleetChange(FleetChange{m_origin, actor, command});
    if (text.empty()) {
        return false;
    }
    const std::lock_guard lock(m_publishMutex);
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::string error;
        RedisConnection* connection = m_publisher.get();
        if ((connection == nullptr || !connection->connected()) && !connect(connection, m_publisher, error)) {
            return false;
        }
        const std::array<std::string_view, 3> args{"PUBLISH", m_channel, text};
        RedisReply reply;
        if (connection->call(args, reply, error) && !reply.isError()) {
            return true;
        }
        m_publisher.reset();  // a broken connection: once more on a fresh one
    }
    return false;
}

void FleetChanges::subscribe()
{
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
        if (connect(connection, holder, error) && connection->call(args, reply, error) && !reply.isError()) {
            m_listening = true;
            while (connection->poll(std::chrono::milliseconds(200), reply, got, error)) {
                {
                    const std::lock_guard lock(m_stopMutex);
                    if (m_stop) {
                        m_listening = false;
                        return;
                    }
                }
                if (!got || reply.kind != RedisReply::Kind::Array || reply.elements.size() != 3 ||
                    reply.elements[0].text != "message") {
                    continue;
                }
                if (auto change = decodeFleetChange(reply.elements[2].text); change && change->origin != m_origin) {
                    m_apply(std::move(*change));
                }
            }
            m_listening = false;
        }
        std::unique_lock lock(m_stopMutex);
        m_stopped.wait_for(lock, std::chrono::seconds(1), [this] { return m_stop; });
    }
}

}  // namespace sluice::engine::redis
