// SPDX-License-Identifier: Apache-2.0
#include "redis/RedisClient.h"

#include <openssl/sha.h>

#include <algorithm>

namespace sluice::engine::redis {

namespace {

std::string sha1Hex(std::string_view text)
{
    unsigned char digest[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * SHA_DIGEST_LENGTH);
    for (const unsigned char byte : digest) {
        out += kHex[byte >> 4];
        out += kHex[byte & 0xF];
    }
    return out;
}

// Errors that say the cluster cannot serve the key right now, not that the command is wrong: the call is
// unavailable this time, and the slot map is read again.
bool clusterBusy(const RedisReply& reply)
{
    return reply.isError("TRYAGAIN") || reply.isError("CLUSTERDOWN") || reply.isError("LOADING") ||
           reply.isError("MASTERDOWN") || reply.isError("READONLY");
}

// "cluster support disabled", or CLUSTER refused outright (an ACL, a proxy in front of one server): a single
// server, which serves every slot.
bool singleServer(const RedisReply& reply)
{
    return reply.isError() && (reply.text.find("cluster support disabled") != std::string::npos ||
                               reply.text.find("unknown command") != std::string::npos || reply.isError("NOPERM"));
}

}  // namespace

std::string_view nameOf(RedisMode mode)
{
    switch (mode) {
    case RedisMode::Single:
        return "single";
    case RedisMode::Cluster:
        return "cluster";
    case RedisMode::Unknown:
        break;
    }
    return "unknown";
}

RedisClient::RedisClient(RedisOptions options)
    : m_options(std::move(options)), m_random(std::random_device{}()),
      m_probe(m_options.timeouts, m_options.credentials)
{
    m_owner.fill(-1);
    for (const RedisEndpoint& seed : m_options.seeds) {
        nodeIndex(seed);
    }
}

RedisClient::~RedisClient() = default;

std::string RedisClient::addScript(std::string body)
{
    std::string sha = sha1Hex(body);
    m_scripts.push_back(std::move(body));
    for (auto& node : m_nodes) {
        node->needsScripts = true;
    }
    return sha;
}

std::int16_t RedisClient::nodeIndex(const RedisEndpoint& endpoint)
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i]->connection->endpoint() == endpoint) {
            return static_cast<std::int16_t>(i);
        }
    }
    auto node = std::make_unique<Node>();
    node->connection = std::make_unique<RedisConnection>(endpoint, m_options.timeouts, m_options.credentials);
    node->needsScripts = !m_scripts.empty();
    m_nodes.push_back(std::move(node));
    return static_cast<std::int16_t>(m_nodes.size() - 1);
}

bool RedisClient::usable(Node& node, SteadyClock::time_point now)
{
    if (node.breaker != BreakerState::Open) {
        return true;
    }
    if (now < node.retryAt) {
        return false;
    }
    // The health check (a fresh connection that answers PING, on the probe's thread) half-opens the breaker; the
    // next commands are its trial. Until it has an answer, the node stays open.
    const auto outcome = m_probe.take(node.connection->endpoint());
    if (!outcome) {
        m_probe.request(node.connection->endpoint());
        return false;
    }
    if (!outcome->ok) {
        failed(node, outcome->error);
        return false;
    }
    node.breaker = BreakerState::HalfOpen;
    node.consecutiveFailures = 0;  // it answers: not degraded, though its trial is still to come
    return true;
}

void RedisClient::failed(Node& node, std::string error)
{
    const auto now = SteadyClock::now();
    node.connection->close();
    ++node.failures;
    ++node.consecutiveFailures;
    node.lastError = error;
    m_lastError = std::move(error);
    m_stale = true;                          // a failed master may be failing over
    node.needsScripts = !m_scripts.empty();  // a node that comes back may have restarted without them
    if (node.breaker == BreakerState::HalfOpen || node.consecutiveFailures >= m_options.breakerFailures) {
        node.breaker = BreakerState::Open;
        const auto ceiling = std::min(m_options.backoffMax.count(), m_options.backoffBase.count()
                                                                        << std::min<std::uint32_t>(node.attempt, 20));
        node.attempt = std::min<std::uint32_t>(node.attempt + 1, 20);
        std::uniform_int_distribution<std::int64_t> wait(0, std::max<std::int64_t>(0, ceiling));
        node.retryAt = now + std::chrono::milliseconds(wait(m_random));
    }
}

void RedisClient::answered(Node& node)
{
    node.breaker = BreakerState::Closed;
    node.consecutiveFailures = 0;
    node.attempt = 0;
}

void RedisClient::unavailable(RedisCall& call, std::string error)
{
    call.outcome = RedisCall::Outcome::Unavailable;
    call.error = std::move(error);
}

void RedisClient::refreshTopologyIfDue(SteadyClock::time_point now)
{
    const auto since = now - m_refreshedAt;
    if (m_mode == RedisMode::Unknown || since >= m_options.topologyEvery ||
        (m_stale && since >= m_options.topologyMinGap)) {
        refreshTopology(now);
    }
}

bool RedisClient::refreshTopology(SteadyClock::time_point now)
{
    m_refreshedAt = now;
    // Ask masters first (they know), then everyone else, seeds included.
    std::vector<std::size_t> order(m_nodes.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_partition(order.begin(), order.end(), [this](std::size_t i) { return m_nodes[i]->master; });
    static constexpr std::array<std::string_view, 2> kSlots{"CLUSTER", "SLOTS"};
    for (const std::size_t index : order) {
        Node& node = *m_nodes[index];
        if (!usable(node, now)) {
            continue;
        }
        std::string error;
        RedisReply reply;
        if (!node.connection->connect(error) || !node.connection->call(kSlots, reply, error)) {
            failed(node, error);
            continue;
        }
        if (singleServer(reply)) {
            answered(node);
            m_mode = RedisMode::Single;
            m_owner.fill(static_cast<std::int16_t>(index));
            for (auto& other : m_nodes) {
                other->master = other.get() == &node;
            }
            m_stale = false;
            return true;
        }
        std::vector<SlotRange> ranges;
        if (!parseClusterSlots(reply, node.connection->endpoint(), ranges, error)) {
            node.lastError = error;
            m_lastError = error;
            continue;
        }
        answered(node);
        m_mode = RedisMode::Cluster;
        m_owner.fill(-1);
        for (auto& other : m_nodes) {
            other->master = false;
        }
        for (const SlotRange& range : ranges) {
            const std::int16_t owner = nodeIndex(range.master);
            m_nodes[static_cast<std::size_t>(owner)]->master = true;
            std::fill(m_owner.begin() + range.first, m_owner.begin() + range.last + 1, owner);
            for (const RedisEndpoint& replica : range.replicas) {
                nodeIndex(replica);
            }
        }
        m_stale = false;
        return true;
    }
    return false;
}

void RedisClient::maintain()
{
    const auto now = SteadyClock::now();
    for (auto& node : m_nodes) {
        usable(*node, now);
    }
    refreshTopologyIfDue(now);
}

void RedisClient::run(std::span<RedisCall> calls)
{
    auto now = SteadyClock::now();
    refreshTopologyIfDue(now);
    m_pending.resize(calls.size());
    for (std::uint32_t i = 0; i < calls.size(); ++i) {
        m_pending[i] = i;
        calls[i].outcome = RedisCall::Outcome::Unavailable;
        calls[i].error.clear();
    }
    m_askTarget.assign(calls.size(), -1);
    for (std::uint32_t round = 0; round <= m_options.maxRedirects && !m_pending.empty(); ++round) {
        sendRound(calls, now);
        readRound(calls);
        now = SteadyClock::now();
        if (m_stale && !m_pending.empty()) {
            refreshTopologyIfDue(now);
        }
    }
    for (const std::uint32_t i : m_pending) {
        unavailable(calls[i], "too many redirections for slot " + std::to_string(calls[i].slot));
    }
    m_pending.clear();
}

void RedisClient::sendRound(std::span<RedisCall> calls, SteadyClock::time_point now)
{
    for (auto& node : m_nodes) {
        node->queue.clear();
        node->scriptLoads = 0;
        node->scriptError.clear();
    }
    for (const std::uint32_t i : m_pending) {
        RedisCall& call = calls[i];
        const std::int16_t index = m_askTarget[i] >= 0 ? m_askTarget[i] : m_owner[call.slot];
        if (index < 0) {
            m_stale = true;
            unavailable(call, m_mode == RedisMode::Unknown ? "no Redis node answers: " + m_lastError
                                                           : "no node serves slot " + std::to_string(call.slot));
            continue;
        }
        Node& node = *m_nodes[static_cast<std::size_t>(index)];
        if (!usable(node, now)) {
            unavailable(call, node.connection->endpoint().text() + " is unavailable: " + node.lastError);
            continue;
        }
        node.queue.push_back(i);
    }
    m_pending.clear();
    for (std::size_t n = 0; n < m_nodes.size(); ++n) {
        Node& node = *m_nodes[n];
        if (node.queue.empty()) {
            continue;
        }
        std::string error;
        if (!node.connection->connect(error)) {
            failed(node, error);
            for (const std::uint32_t i : node.queue) {
                unavailable(calls[i], error);
            }
            node.queue.clear();
            continue;
        }
        if (node.needsScripts) {
            for (const std::string& script : m_scripts) {
                const std::array<std::string_view, 3> load{"SCRIPT", "LOAD", script};
                node.connection->append(load);
                ++node.scriptLoads;
            }
        }
        for (const std::uint32_t i : node.queue) {
            const RedisCall& call = calls[i];
            if (m_askTarget[i] == static_cast<std::int16_t>(n)) {
                static constexpr std::array<std::string_view, 1> kAsking{"ASKING"};
                node.connection->append(kAsking);
            }
            node.connection->append(std::span<const std::string_view>(call.args.data(), call.argc));
        }
        if (!node.connection->flush(error)) {
            failed(node, error);
            for (const std::uint32_t i : node.queue) {
                unavailable(calls[i], error);
            }
            node.queue.clear();
        }
    }
}

void RedisClient::readRound(std::span<RedisCall> calls)
{
    for (std::size_t n = 0; n < m_nodes.size(); ++n) {
        Node& node = *m_nodes[n];
        if (node.queue.empty()) {
            continue;
        }
        std::string error;
        RedisReply reply;
        bool ok = true;
        for (std::uint32_t s = 0; s < node.scriptLoads && ok; ++s) {
            ok = node.connection->read(reply, error);
            if (ok && reply.isError()) {
                node.scriptError = node.connection->endpoint().text() + ": SCRIPT LOAD: " + reply.text;
                node.lastError = node.scriptError;
            }
        }
        if (ok && node.scriptLoads != 0 && node.scriptError.empty()) {
            node.needsScripts = false;
        }
        std::size_t done = 0;
        for (; ok && done < node.queue.size(); ++done) {
            const std::uint32_t i = node.queue[done];
            RedisCall& call = calls[i];
            const bool asked = m_askTarget[i] == static_cast<std::int16_t>(n);
            m_askTarget[i] = -1;
            if (asked && !(ok = node.connection->read(reply, error))) {
                break;
            }
            if (!(ok = node.connection->read(call.reply, error))) {
                break;
            }
            if (const auto redirect = parseRedirect(call.reply, node.connection->endpoint())) {
                const std::int16_t target = nodeIndex(redirect->target);
                if (redirect->ask) {
                    m_askTarget[i] = target;
                } else {
                    m_owner[redirect->slot] = target;
                    m_stale = true;
                }
                m_pending.push_back(i);
            } else if (call.reply.isError("NOSCRIPT")) {
                if (!node.scriptError.empty()) {
                    unavailable(call, node.scriptError);  // loading failed: asking again cannot help
                    continue;
                }
                node.needsScripts = true;
                if (asked) {
                    m_askTarget[i] = static_cast<std::int16_t>(n);  // still migrating: the retry goes here again
                }
                m_pending.push_back(i);
            } else if (clusterBusy(call.reply)) {
                m_stale = true;
                unavailable(call, node.connection->endpoint().text() + ": " + call.reply.text);
            } else {
                call.outcome = RedisCall::Outcome::Answered;
            }
        }
        if (!ok) {
            failed(node, error);
            for (; done < node.queue.size(); ++done) {
                RedisCall& call = calls[node.queue[done]];
                unavailable(call, error);
                call.outcome = RedisCall::Outcome::Lost;  // written and sent: it may have run
            }
        } else {
            answered(node);
        }
        node.queue.clear();
    }
}

RedisHealth RedisClient::health() const
{
    RedisHealth out;
    out.mode = m_mode;
    out.lastError = m_lastError;
    // Nothing asked yet is not degraded; nothing answering is.
    out.degraded = m_mode == RedisMode::Unknown && !m_lastError.empty();
    if (m_mode == RedisMode::Unknown) {
        for (const auto& node : m_nodes) {
            out.nodes.push_back(RedisNodeHealth{node->connection->endpoint(), node->breaker, node->master,
                                                node->failures, node->lastError});
        }
        return out;
    }
    for (const std::int16_t owner : m_owner) {
        if (owner < 0 || m_nodes[static_cast<std::size_t>(owner)]->consecutiveFailures > 0) {
            out.degraded = true;
            break;
        }
    }
    for (const auto& node : m_nodes) {
        out.nodes.push_back(RedisNodeHealth{node->connection->endpoint(), node->breaker, node->master, node->failures,
                                            node->lastError});
    }
    return out;
}

}  // namespace sluice::engine::redis
