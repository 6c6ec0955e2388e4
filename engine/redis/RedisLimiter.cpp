// SPDX-License-Identifier: Apache-2.0
#include "redis/RedisLimiter.h"

#include "redis/GcraScript.h"
#include "redis/HashSlot.h"

#include <algorithm>
#include <charconv>

namespace sluice::engine::redis {

namespace {

constexpr TimeNs kNsPerUs = 1000;

// Writes `value` into `buffer` (24 bytes) and returns a view of it.
std::string_view number(char* buffer, std::int64_t value)
{
    const auto [end, ec] = std::to_chars(buffer, buffer + 24, value);
    (void)ec;
    return {buffer, static_cast<std::size_t>(end - buffer)};
}

}  // namespace

MicroRate microRate(const GcraRate& rate)
{
    MicroRate out;
    out.interval = std::max<TimeNs>(1, (rate.interval + kNsPerUs / 2) / kNsPerUs);
    out.tolerance = rate.interval > 0 ? out.interval * (rate.tolerance / rate.interval) : 0;
    return out;
}

RedisLimiter::RedisLimiter(RedisClient& client, std::string prefix, bool serverClock, RedisLease lease)
    : m_client(client), m_prefix(std::move(prefix)), m_sha(client.addScript(std::string(gcraScript()))),
      m_serverClock(serverClock), m_lease(lease)
{
}

SharedView RedisLimiter::view() const
{
    const RedisHealth health = m_client.health();
    SharedView view;
    view.configured = true;
    view.mode = std::string(nameOf(health.mode));
    view.degraded = health.degraded;
    view.lastError = health.lastError;
    for (const RedisNodeHealth& node : health.nodes) {
        view.nodes.push_back(
            SharedNodeView{node.endpoint.text(), node.breaker, node.master, node.failures, node.lastError});
    }
    return view;
}

void RedisLimiter::writeStateKey(std::string& out, std::string_view key, std::string_view route) const
{
    out.clear();
    out += m_prefix;
    out += ":gcra:{";
    out += key;
    out += '}';
    if (!route.empty()) {
        out += ':';
        out += route;
    }
}

std::string RedisLimiter::stateKey(std::string_view key, std::string_view route) const
{
    std::string out;
    writeStateKey(out, key, route);
    return out;
}

void RedisLimiter::maintain()
{
    m_client.maintain();
    std::erase_if(m_leases, [this](const auto& entry) {
        return entry.second.until <= m_latest && entry.second.deniedUntil <= m_latest;
    });
}

RedisLimiter::Route RedisLimiter::fromLease(const SharedCheck& check, const std::string& key, SharedVerdict& verdict,
                                            std::uint32_t& extra, bool mayDefer)
{
    extra = 0;
    if (m_lease.units == 0) {
        return Route::Ask;
    }
    Lease& lease = m_leases[key];
    if (check.now < lease.deniedUntil && check.cost >= lease.deniedCost) {
        verdict = SharedVerdict{};
        verdict.decided = true;
        verdict.leased = true;
        verdict.retryAfter = lease.deniedUntil - check.now;
        verdict.resetAfter = lease.resetAfter;
        ++m_leasedDecisions;
        return Route::Decided;
    }
    if (lease.until > check.now && lease.units >= check.cost) {
        lease.units -= check.cost;
        verdict = SharedVerdict{};
        verdict.decided = true;
        verdict.leased = true;
        verdict.allowed = true;
        verdict.remaining = lease.remaining + lease.units;
        verdict.resetAfter = lease.resetAfter;
        ++m_leasedDecisions;
        return Route::Decided;
    }
    // One request of a key goes to Redis a round, asking for a lease; the key's later requests wait for its answer
    // (a lease or a denial to decide them by) instead of each taking the budget on its own.
    if (lease.askedInRound == m_round) {
        return mayDefer ? Route::Defer : Route::Ask;
    }
    lease.askedInRound = m_round;
    extra = m_lease.units;
    return Route::Ask;
}

void RedisLimiter::decide(std::span<const SharedCheck> checks, std::span<SharedVerdict> verdicts)
{
    const std::size_t n = std::min(checks.size(), verdicts.size());
    if (m_keys.size() < n) {
        m_keys.resize(n);
        m_numbers.resize(n);
    }
    m_calls.resize(n);
    m_pending.clear();
    for (std::size_t i = 0; i < n; ++i) {
        m_latest = std::max(m_latest, checks[i].now);
        writeStateKey(m_keys[i], checks[i].key, checks[i].route);
        m_pending.push_back(static_cast<std::uint32_t>(i));
    }
    // Without leases one round asks for everything. With leases a round asks once per key; a key's other
    // requests are decided by what that answer leaves here, in later rounds, and the last round asks for all.
    constexpr int kRounds = 8;
    for (int round = 0; round < kRounds && !m_pending.empty(); ++round) {
        ++m_round;
        m_sent.clear();
        m_deferred.clear();
        for (const std::uint32_t i : m_pending) {
            std::uint32_t extra = 0;
            switch (fromLease(checks[i], m_keys[i], verdicts[i], extra, round + 1 < kRounds)) {
            case Route::Decided:
                break;
            case Route::Defer:
                m_deferred.push_back(i);
                break;
            case Route::Ask:
                addCall(checks[i], i, extra);
                break;
            }
        }
        ask(checks, verdicts);
        m_pending.swap(m_deferred);
    }
}

void RedisLimiter::addCall(const SharedCheck& check, std::uint32_t i, std::uint32_t extra)
{
    const std::string& key = m_keys[i];
    char* digits = m_numbers[i].data();
    RedisCall& call = m_calls[m_sent.size()];
    call.slot = hashSlot(key);
    const MicroRate rate = microRate(check.rate);
    call.args = {"EVALSHA",
                 m_sha,
                 "1",
                 key,
                 number(digits, rate.interval),
                 number(digits + 24, rate.tolerance),
                 number(digits + 48, check.cost),
                 number(digits + 72, m_serverClock ? 0 : check.now / kNsPerUs)};
    call.argc = 8;
    if (extra != 0) {
        call.args[call.argc++] = number(digits + 96, extra);
    }
    m_sent.push_back(Sent{i, extra});
}

void RedisLimiter::ask(std::span<const SharedCheck> checks, std::span<SharedVerdict> verdicts)
{
    m_client.run(std::span<RedisCall>(m_calls.data(), m_sent.size()));
    for (std::size_t s = 0; s < m_sent.size(); ++s) {
        RedisCall& call = m_calls[s];
        const SharedCheck& check = checks[m_sent[s].check];
        SharedVerdict& verdict = verdicts[m_sent[s].check];
        verdict = SharedVerdict{};
        if (call.outcome != RedisCall::Outcome::Answered) {
            verdict.error = std::move(call.error);
            continue;
        }
        const RedisReply& reply = call.reply;
        long long allowed = 0;
        long long remaining = 0;
        long long retry = 0;
        long long reset = 0;
        long long granted = 0;
        if (reply.kind != RedisReply::Kind::Array || reply.elements.size() != 5 ||
            !reply.elements[0].asInteger(allowed) || !reply.elements[1].asInteger(remaining) ||
            !reply.elements[2].asInteger(retry) || !reply.elements[3].asInteger(reset) ||
            !reply.elements[4].asInteger(granted)) {
            verdict.error = reply.isError() ? "Redis: " + reply.text : "Redis: the limiter's answer is not 5 numbers";
            continue;
        }
        verdict.decided = true;
        verdict.allowed = allowed == 1;
        verdict.remaining = static_cast<std::uint32_t>(std::clamp<long long>(remaining, 0, UINT32_MAX));
        verdict.retryAfter = retry < 0 ? kRetryNever : static_cast<TimeNs>(retry) * kNsPerUs;
        verdict.resetAfter = static_cast<TimeNs>(std::max<long long>(0, reset)) * kNsPerUs;
        if (m_lease.units != 0 && !verdict.allowed) {
            Lease& lease = m_leases[m_keys[m_sent[s].check]];
            const TimeNs wait =
                verdict.retryAfter == kRetryNever ? m_lease.ttl : std::min(verdict.retryAfter, m_lease.ttl);
            lease.deniedUntil = check.now + wait;
            lease.deniedCost = check.cost;
            lease.resetAfter = verdict.resetAfter;
        }
        if (m_sent[s].extra != 0 && granted > 0) {
            Lease& lease = m_leases[m_keys[m_sent[s].check]];
            lease.units = (lease.until > check.now ? lease.units : 0) +
                          static_cast<std::uint32_t>(std::min<long long>(granted, UINT32_MAX));
            lease.until = check.now + m_lease.ttl;
            lease.remaining = verdict.remaining;
            lease.resetAfter = verdict.resetAfter;
        }
    }
}

}  // namespace sluice::engine::redis
