// SPDX-License-Identifier: Apache-2.0
#include "redis/RedisReputation.h"

#include "redis/HashSlot.h"
#include "redis/ReputationScript.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <span>
#include <unordered_map>

namespace sluice::engine::redis {

namespace {

constexpr std::size_t kCallsPerRound = 1024;  // one pipelined round trip per node for up to this many
// Reads waiting for the worker beyond this are dropped: the engine's sweep asks for those keys again.
constexpr std::size_t kMaxQueuedReads = 262'144;
// Keys whose newest version handed over is remembered, against older answers that arrive later.
constexpr std::size_t kMaxHanded = 65'536;
// Changes waiting beyond this are made by their engine alone at once.
constexpr std::size_t kMaxQueuedChanges = 1'000'000;

std::string number(double value)
{
    std::array<char, 32> text{};
    const int n = std::snprintf(text.data(), text.size(), "%.17g", value);
    return std::string(text.data(), static_cast<std::size_t>(std::max(n, 0)));
}

bool parseScore(std::string_view text, float& out)
{
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value) || value < 0 || value > 100) {
        return false;
    }
    out = static_cast<float>(value);
    return true;
}

}  // namespace

bool readScoreReply(const RedisReply& reply, FleetScore& out)
{
    if (reply.kind != RedisReply::Kind::Array || reply.elements.size() < 3) {
        return false;
    }
    for (std::size_t i = 0; i < 3; ++i) {
        if (reply.elements[i].kind != RedisReply::Kind::String) {
            return false;
        }
    }
    out.counted = reply.elements[0].text == "1";
    out.version = 0;
    if (reply.elements.size() >= 5) {
        const std::string& v = reply.elements[4].text;
        if (reply.elements[4].kind != RedisReply::Kind::String ||
            std::from_chars(v.data(), v.data() + v.size(), out.version).ec != std::errc()) {
            return false;
        }
    }
    return parseScore(reply.elements[1].text, out.before) && parseScore(reply.elements[2].text, out.after);
}

std::optional<AnnouncedScore> parseAnnouncedScore(std::string_view message, std::string_view prefix)
{
    std::array<std::string_view, 4> fields;
    for (std::string_view& field : fields) {
        const std::size_t end = message.find('\n');
        if (end == std::string_view::npos) {
            return std::nullopt;
        }
        field = message.substr(0, end);
        message.remove_prefix(end + 1);
    }
    const std::string head = std::string(prefix) + ":rep:";
    if (fields[0].empty() || !message.starts_with(head) || message.size() == head.size()) {
        return std::nullopt;
    }
    AnnouncedScore out;
    std::int64_t at = 0;
    const auto [end, ec] = std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(), at);
    // Beyond 9 x 10^12 ms (the year 2255) a time would overflow nanoseconds.
    const auto [vend, vec] = std::from_chars(fields[3].data(), fields[3].data() + fields[3].size(), out.version);
    if (!parseScore(fields[1], out.score) || ec != std::errc() || end != fields[2].data() + fields[2].size() ||
        at < 0 || at > 9'000'000'000'000 || vec != std::errc() || vend != fields[3].data() + fields[3].size()) {
        return std::nullopt;
    }
    out.origin = std::string(fields[0]);
    out.key = std::string(message.substr(head.size()));
    out.atMs = at;
    return out;
}

std::string RedisReputation::scoreKey(std::string_view prefix, std::string_view key)
{
    std::string out;
    out.reserve(prefix.size() + 5 + key.size());
    out.append(prefix).append(":rep:").append(key);
    return out;
}

std::int64_t RedisReputation::idleTtlMs(const ReputationConfig& config)
{
    constexpr std::int64_t kDay = 24LL * 3600 * 1000;
    constexpr std::int64_t kLongest = 400 * kDay;
    const std::int64_t interval = config.decayInterval / kNsPerMs;
    if (interval <= 0 || !(config.decayFactor > 0 && config.decayFactor < 1)) {
        return kLongest;  // scores do not decay: kept a long while, not for good
    }
    // The farthest a score can be from neutral, and the intervals it takes to come within the hundredth that
    // decay snaps to neutral.
    const double farthest = std::max<double>(config.neutralScore, 100.0 - config.neutralScore);
    const double steps = farthest <= 0.01 ? 0 : std::ceil(std::log(0.01 / farthest) / std::log(config.decayFactor));
    const double ms = (steps + 1) * static_cast<double>(interval);
    return std::clamp(static_cast<std::int64_t>(std::min(ms, static_cast<double>(kLongest))), kDay, kLongest);
}

RedisReputation::RedisReputation(RedisOptions options, std::string prefix, std::string origin)
    : m_options(std::move(options)), m_prefix(std::move(prefix)), m_origin(std::move(origin)),
      m_channel(m_prefix + ":reputation")
{
    m_worker = std::thread([this] { work(); });
    m_listener = std::thread([this] { listen(); });
}

RedisReputation::~RedisReputation()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_worker.join();
    m_listener.join();
}

void RedisReputation::send(std::vector<ScoreChange>& changes, std::vector<ScoreRead>& reads,
                           const ReputationConfig& config, TimeNs now)
{
    if (changes.empty() && reads.empty()) {
        return;
    }
    Work work{std::move(changes), std::move(reads), config, now};
    changes.clear();
    reads.clear();
    {
        const std::lock_guard lock(m_mutex);
        std::size_t queuedReads = 0;
        for (const Work& w : m_queue) {
            queuedReads += w.reads.size();
        }
        if (queuedReads + work.reads.size() > kMaxQueuedReads) {
            work.reads.clear();  // the sweep asks again
        }
        if (m_queuedChanges + work.changes.size() > kMaxQueuedChanges) {
            // Redis is far behind: these are made here alone at once rather than wait without bound.
            for (ScoreChange& c : work.changes) {
                FleetScore alone;
                alone.source = FleetScore::Source::Unshared;
                alone.key = c.key;
                alone.change = std::move(c);
                m_answers.push_back(std::move(alone));
                ++m_unshared;
            }
            work.changes.clear();
        }
        m_queuedChanges += work.changes.size();
        m_queue.push_back(std::move(work));
    }
    m_wake.notify_all();
}

void RedisReputation::take(std::vector<FleetScore>& out)
{
    out.clear();
    const std::lock_guard lock(m_mutex);
    out.swap(m_answers);
}

bool RedisReputation::flush(std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    return m_idle.wait_for(lock, wait, [this] { return m_queue.empty() && !m_busy; });
}

SharedReputation::Health RedisReputation::health() const
{
    const std::lock_guard lock(m_mutex);
    return Health{m_listening, m_shared, m_unshared, m_subscriptions};
}

void RedisReputation::answer(std::vector<FleetScore>& answers)
{
    if (answers.empty()) {
        return;
    }
    const std::lock_guard lock(m_mutex);
    for (FleetScore& a : answers) {
        m_unshared += a.source == FleetScore::Source::Unshared ? 1 : 0;
        m_shared += a.source == FleetScore::Source::Change ? 1 : 0;
        if (a.source != FleetScore::Source::Unshared && a.version != 0) {
            const auto seen = m_handed.find(a.key);
            if (seen != m_handed.end() && seen->second.version > a.version) {
                if (a.source != FleetScore::Source::Change) {
                    continue;  // older than what the engine has: nothing new
                }
                a.after = seen->second.score;  // its change is made; the score is the newer one's
                a.version = seen->second.version;
            } else {
                if (m_handed.size() >= kMaxHanded) {
                    m_handed.clear();
                }
                m_handed[a.key] = Handed{a.version, a.after};
            }
        }
        m_answers.push_back(std::move(a));
    }
    answers.clear();
}

bool RedisReputation::stopping() const
{
    const std::lock_guard lock(m_mutex);
    return m_stop;
}

bool RedisReputation::waitStop(std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    return m_wake.wait_for(lock, wait, [this] { return m_stop; });
}

void RedisReputation::work()
{
    RedisClient client(m_options);
    const std::string sha = client.addScript(std::string(reputationScript()));
    for (;;) {
        std::deque<Work> queue;
        bool stop = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(500), [this] { return m_stop || !m_queue.empty(); });
            queue.swap(m_queue);
            m_queuedChanges = 0;
            m_busy = !queue.empty();
            stop = m_stop;
        }
        for (Work& w : queue) {
            if (stop) {
                w.reads.clear();  // at a stop only the changes still matter: the fleet keeps them
            }
            make(client, sha, w);
        }
        {
            const std::lock_guard lock(m_mutex);
            m_busy = false;
        }
        m_idle.notify_all();
        if (stop) {
            return;
        }
        client.maintain();
    }
}

void RedisReputation::make(RedisClient& client, const std::string& sha, Work& work)
{
    // Consecutive clean points of one key are one change: the fleet's score is what it would be point by point. A
    // clean point after another cause of the same key starts a change of its own, so the order still holds.
    std::vector<ScoreChange> changes;
    changes.reserve(work.changes.size());
    std::unordered_map<std::string, std::size_t> last;  // key -> its latest change in `changes`
    for (ScoreChange& c : work.changes) {
        const auto found = last.find(c.key);
        if (c.cause == ScoreChange::Cause::Clean && found != last.end() &&
            changes[found->second].cause == ScoreChange::Cause::Clean) {
            ScoreChange& merged = changes[found->second];
            merged.points += c.points;
            merged.at = std::max(merged.at, c.at);
            continue;
        }
        last[c.key] = changes.size();
        changes.push_back(std::move(c));
    }
    std::vector<FleetScore> answers;
    std::vector<ScoreRead> lost;
    round(client, sha, work.config, work.now, changes, work.reads, answers, lost);
    answer(answers);
    if (!lost.empty()) {
        // Made or not, nobody knows: read what the fleet has now rather than make them here too (counted twice).
        std::vector<ScoreChange> none;
        std::vector<ScoreRead> lostAgain;
        round(client, sha, work.config, work.now, none, lost, answers, lostAgain);
        answer(answers);
    }
}

void RedisReputation::round(RedisClient& client, const std::string& sha, const ReputationConfig& config, TimeNs now,
                            std::vector<ScoreChange>& changes, std::vector<ScoreRead>& reads,
                            std::vector<FleetScore>& out, std::vector<ScoreRead>& lost) const
{
    const std::string arithmetic = number(config.initialScore) + ' ' + number(config.neutralScore) + ' ' +
                                   number(config.decayFactor) + ' ' + std::to_string(config.decayInterval / kNsPerMs) +
                                   ' ' + number(config.flaggedBelow) + ' ' + number(config.trustedAbove) + ' ' +
                                   std::to_string(idleTtlMs(config)) + ' ' + m_origin;
    const std::string span = std::to_string(std::max<TimeNs>(1, config.violationWindow / kNsPerSec));
    const std::string readNow = std::to_string(toUnixMs(now));
    struct Args {
        std::string key, mode, now, third;
    };
    const std::size_t total = changes.size() + reads.size();
    std::vector<Args> args;
    std::vector<RedisCall> calls;
    for (std::size_t from = 0; from < total; from += kCallsPerRound) {
        const std::size_t to = std::min(total, from + kCallsPerRound);
        args.assign(to - from, Args{});
        calls.assign(to - from, RedisCall{});
        for (std::size_t i = from; i < to; ++i) {
            Args& a = args[i - from];
            if (i < changes.size()) {
                const ScoreChange& c = changes[i];
                const std::uint32_t window = c.cause == ScoreChange::Cause::Violation ? c.windowStartSec : 0U;
                a = Args{scoreKey(m_prefix, c.key), number(c.points), std::to_string(toUnixMs(c.at)),
                         std::to_string(window) + ' ' + number(c.local)};
            } else {
                const ScoreRead& r = reads[i - changes.size()];
                a = Args{scoreKey(m_prefix, r.key), "seed", readNow, "0 " + number(r.local)};
            }
            RedisCall& call = calls[i - from];
            call.slot = hashSlot(a.key);
            call.args = {"EVALSHA", sha, "1", a.key, a.mode, a.now, a.third, span, arithmetic, m_channel};
            call.argc = 10;
        }
        client.run(calls);
        for (std::size_t i = from; i < to; ++i) {
            const RedisCall& call = calls[i - from];
            FleetScore answer;
            const bool read = call.outcome == RedisCall::Outcome::Answered && readScoreReply(call.reply, answer);
            if (i < changes.size()) {
                ScoreChange& change = changes[i];
                if (!read && call.outcome == RedisCall::Outcome::Lost) {
                    lost.push_back(ScoreRead{change.key, change.local});
                    continue;
                }
                answer.source = read ? FleetScore::Source::Change : FleetScore::Source::Unshared;
                answer.key = change.key;
                answer.at = change.at;
                answer.change = std::move(change);
            } else if (read) {
                answer.source = FleetScore::Source::Read;
                answer.key = std::move(reads[i - changes.size()].key);
                answer.at = now;
            } else {
                continue;  // asked again when the sweep comes round
            }
            out.push_back(std::move(answer));
        }
    }
}

void RedisReputation::listen()
{
    for (;;) {
        for (const RedisEndpoint& seed : m_options.seeds) {
            if (stopping()) {
                return;
            }
            // Any node will do: a PUBLISH in a cluster reaches every node's subscribers.
            RedisConnection connection(seed, m_options.timeouts, m_options.credentials);
            std::string error;
            RedisReply reply;
            const std::array<std::string_view, 2> subscribe{"SUBSCRIBE", m_channel};
            if (!connection.connect(error) || !connection.call(subscribe, reply, error) || reply.isError()) {
                continue;
            }
            {
                const std::lock_guard lock(m_mutex);
                m_listening = true;
                ++m_subscriptions;
            }
            std::vector<FleetScore> heard;
            for (;;) {
                bool got = false;
                if (!connection.poll(std::chrono::milliseconds(200), reply, got, error)) {
                    break;
                }
                if (stopping()) {
                    const std::lock_guard lock(m_mutex);
                    m_listening = false;
                    return;
                }
                if (!got || reply.kind != RedisReply::Kind::Array || reply.elements.size() != 3 ||
                    reply.elements[0].text != "message") {
                    continue;
                }
                const auto announced = parseAnnouncedScore(reply.elements[2].text, m_prefix);
                if (!announced || announced->origin == m_origin) {
                    continue;  // this engine's own changes came back as their answers
                }
                FleetScore out;
                out.source = FleetScore::Source::Announced;
                out.key = announced->key;
                out.before = announced->score;
                out.after = announced->score;
                out.at = announced->atMs * kNsPerMs;
                out.version = announced->version;
                heard.push_back(std::move(out));
                answer(heard);
            }
            const std::lock_guard lock(m_mutex);
            m_listening = false;
        }
        if (waitStop(std::chrono::seconds(1))) {
            return;
        }
    }
}

}  // namespace sluice::engine::redis
