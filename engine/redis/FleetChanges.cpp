// SPDX-License-Identifier: Apache-2.0
#include "redis/FleetChanges.h"

#include "core/Clock.h"
#include "redis/HashSlot.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

namespace sluice::engine::redis {

namespace {

constexpr std::size_t kLogKept = 10'000;  // entries of the change log (MAXLEN ~)
constexpr int kStatePage = 1000;          // VIP assignments asked for at a time (HSCAN COUNT)
// Makes a change's edits of the state (redis/FleetState) and appends it to the log, at once: two admins' changes
// cannot leave the state in another order than the log's, and an edit refused (out of memory) logs nothing.
// KEYS: the log, the VIP hash, the settings hash. ARGV: entries kept, the change, its edits. (Replication of
// effects, for Redis before 7: XADD * is not deterministic.) An edit of kind 2 (StateHash::FlagsKept) marks every
// flag definition not named in its field removed, and drops that flag's switches.
constexpr const char* kLogScript = R"lua(
if redis.replicate_commands then redis.replicate_commands() end
for _, e in ipairs(cjson.decode(ARGV[3])) do
  if e[1] == 2 then
    local kept = {}
    for _, name in ipairs(cjson.decode(e[2])) do kept[name] = true end
    for _, field in ipairs(redis.call('HKEYS', KEYS[3])) do
      local name = string.match(field, '^flag:(.*)$')
      if name and not kept[name] then
        redis.call('HSET', KEYS[3], field, e[3])
        redis.call('HDEL', KEYS[3], 'flag.enabled:' .. name, 'flag.rollout:' .. name, 'flag.killed:' .. name)
      end
    end
  else
    local hash = KEYS[e[1] + 2]
    if e[3] == nil then redis.call('HDEL', hash, e[2]) else redis.call('HSET', hash, e[2], e[3]) end
  end
end
return redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'change', ARGV[2])
)lua";
constexpr auto kRetryEvery = std::chrono::seconds(1);  // a change not yet logged is tried again
constexpr const char* kCursorSeconds = "2592000";      // a cursor not moved for 30 days goes
constexpr int kCatchUpPage = 500;
constexpr int kStateReads = 5;    // reads of the state while changes are logged, before one is taken as it is
constexpr int kPollsPerRead = 5;  // of 200 ms: the log is read at least every second

// Whether log entry `id` comes after `cursor` (an empty or unreadable cursor: everything does).
bool after(const std::string& id, const std::string& cursor)
{
    const auto a = streamEntryId(id);
    const auto b = streamEntryId(cursor);
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

}  // namespace

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

void FleetChanges::publishLater(Command command, std::string actor, Published done, std::string target)
{
    {
        std::unique_lock lock(m_queueMutex);
        // A change for one engine is asked now or not at all: behind a change Redis keeps refusing it would wait
        // for Redis, and be made long after its asker gave up.
        if (!target.empty() && m_headFailing) {
            lock.unlock();
            if (done) {
                done({});
            }
            return;
        }
        m_queue.push_back(Queued{std::move(command), std::move(actor), std::move(done), std::move(target)});
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
        std::string id = publish(next->command, next->actor, next->target, failed);
        if (next->done) {
            next->done(id);  // answered once, logged or not
            next->done = nullptr;
        }
        std::unique_lock lock(m_queueMutex);
        // A change for one engine is asked for now or not at all: whoever asked was told it was not.
        if (failed && !m_drain && next->target.empty()) {
            // Redis did not take it: it waits at the head, so later changes keep their order behind it, and is
            // tried again until Redis answers. Changes for one engine behind it are told now that they were not.
            m_headFailing = true;
            std::vector<Published> refused;
            for (auto it = std::next(m_queue.begin()); it != m_queue.end();) {
                if (it->target.empty()) {
                    ++it;
                    continue;
                }
                refused.push_back(std::move(it->done));
                it = m_queue.erase(it);
            }
            lock.unlock();
            for (const Published& tell : refused) {
                if (tell) {
                    tell({});
                }
            }
            lock.lock();
            m_queued.wait_for(lock, kRetryEvery, [this] { return m_drain; });
            continue;
        }
        m_headFailing = false;
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

std::string FleetChanges::publish(const Command& command, const std::string& actor, const std::string& target)
{
    bool failed = false;
    return publish(command, actor, target, failed);
}

std::string FleetChanges::publish(const Command& command, const std::string& actor, const std::string& target,
                                  bool& failed)
{
    failed = false;
    FleetChange change{m_origin, actor, command, m_instance, {}, target};
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
        if (!target.empty()) {
            return {};  // not announced either: whoever asked is told nothing was asked
        }
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
    if (m_fromState && !id.empty() && change.target.empty()) {
        // The state this engine is about to take holds it already: made (and audited) once, by the sync. (A change
        // for one engine leaves no mark in the state: it is made or passed over as ever.)
        coveredByState(id);
        saveCursor(client);
        return;
    }
    const std::string& instance = change.instance.empty() ? change.origin : change.instance;
    // This engine's own changes are made already. A change for one engine is that engine's alone, wherever it was
    // made: the others pass it over.
    const bool passOver =
        change.target.empty() ? instance == m_instance || change.origin == m_origin : change.target != m_origin;
    if (!id.empty()) {
        reached(id, passOver);
    }
    if (!passOver) {
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

bool FleetChanges::catchUp(RedisClient& client, const std::string& upTo)
{
    if (upTo != "+" && !m_cursor.empty() && !after(upTo, m_cursor)) {
        return true;  // read that far already
    }
    if (m_cursor.empty()) {
        const auto saved = callKey(client, m_cursorKey, {"GET", m_cursorKey});
        if (!saved) {
            return false;
        }
        if (saved->kind == RedisReply::Kind::String && streamEntryId(saved->text)) {
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
        const auto entries = callKey(client, m_log, {"XRANGE", m_log, m_cursor, upTo, "COUNT", page});
        if (!entries || entries->kind != RedisReply::Kind::Array) {
            return false;
        }
        // The cursor's own entry is gone when the log was trimmed past it (or removed): the changes in between
        // may be lost to this engine, which goes on from the log's end and takes the state instead.
        if (first && m_cursor != "0-0" &&
            (entries->elements.empty() || entries->elements[0].elements.empty() ||
             entries->elements[0].elements[0].text != m_cursor)) {
            m_syncDue = true;
            return upTo == "+" ? skipToEnd(client) : skipTo(client, upTo);
        }
        for (const RedisReply& entry : entries->elements) {
            if (entry.elements.size() != 2 || entry.elements[1].elements.size() < 2 ||
                !streamEntryId(entry.elements[0].text)) {
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

std::optional<std::string> FleetChanges::lastEntry(RedisClient& client) const
{
    const auto last = callKey(client, m_log, {"XREVRANGE", m_log, "+", "-", "COUNT", "1"});
    if (!last || last->kind != RedisReply::Kind::Array) {
        return std::nullopt;
    }
    return last->elements.empty() || last->elements[0].elements.empty() ? std::string("0-0")
                                                                        : last->elements[0].elements[0].text;
}

bool FleetChanges::skipToEnd(RedisClient& client)
{
    const auto last = lastEntry(client);
    return last && skipTo(client, *last);
}

bool FleetChanges::skipTo(RedisClient& client, const std::string& id)
{
    m_cursor = id;
    if (m_sync) {
        // What came before reaches this engine through the state, and so does what is read after it until the
        // sync: made once the sync is.
        coveredByState(id);
    } else {
        reached(id, true);
    }
    return saveCursor(client);
}

void FleetChanges::coveredByState(const std::string& id)
{
    m_fromState = true;
    m_cursor = id;
    reached(id, false);
    m_covered.push_back(id);
}

std::optional<std::pair<FleetState, std::string>> FleetChanges::readStateAt(RedisClient& client) const
{
    // Every change edits the state and logs itself in one script: when the log's last entry is the same before
    // and after the state is read, the state is the log's up to that entry, however many pages the read took.
    for (int attempt = 1;; ++attempt) {
        const auto before = lastEntry(client);
        auto state = before ? readState(client) : std::nullopt;
        const auto after = state ? lastEntry(client) : std::nullopt;
        if (!after) {
            return std::nullopt;
        }
        // A log that keeps moving (a large state read while changes come steadily) does not hold the sync back:
        // the state then holds at least the log up to `before`, and the changes after it are made from the log
        // after the sync, in the log's order (some perhaps twice, to the same end).
        if (*after == *before || attempt == kStateReads) {
            return std::pair{std::move(*state), *before};
        }
    }
}

bool FleetChanges::syncState(RedisClient& client)
{
    if (!m_sync) {
        return true;
    }
    auto read = readStateAt(client);
    // The log up to the state's entry is taken first (or, when this engine takes the state instead of the log,
    // passed over), so the state is compared with an engine that has made what it holds: a change logged while
    // the state was read is not made twice, and one logged after it is not set back.
    if (!read || !catchUp(client, read->second) || !m_sync(std::move(read->first))) {
        return false;
    }
    m_fromState = false;
    for (const std::string& id : std::exchange(m_covered, {})) {
        madeHere(id);
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
