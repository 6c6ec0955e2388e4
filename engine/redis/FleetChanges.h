// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "redis/FleetChange.h"
#include "redis/FleetState.h"
#include "redis/RedisClient.h"
#include "redis/RedisConnection.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace sluice::engine::redis {

// Admin changes shared by the engines of a fleet through Redis. publish() appends a change an admin made on this
// engine to the fleet's change log (a stream, `{<prefix>}:changelog`, the newest 10,000 kept) and announces it on
// `<prefix>:changes` (a PUBLISH reaches every node of a cluster). A thread of its own subscribes, and hands each
// change another engine made to `apply`, which makes it here as an admin command of its own (durable and
// audited). How far this engine has read the log is kept in Redis (`<prefix>:cursor:<instance>`), so an engine
// that was stopped or cut off catches up, when it next reaches Redis, on what it missed; a new engine starts at
// the end of the log. Changes this engine made (under any pid) are left alone. While Redis cannot be reached, a
// change made stays on the engine it was made on.
//
// Each change also edits the fleet's standing state (redis/FleetState) in the same script that logs it. Each time
// the subscriber (re)connects, once every change made here is logged, it reads the state as of one log entry, takes
// the log up to that entry, and hands the state to `sync`, which makes what this engine lacks of it (a change logged
// meanwhile is made once, from the log): an engine that is new, that was away for longer than
// the log keeps (its cursor is no longer in the log; it goes on from the log's end, and takes the state then too,
// even while connected), or whose settings file set something else at its start, is in step with the fleet again.
class FleetChanges final {
public:
    // Makes the change here; `made` is called (on any thread) once it is made and durable, or refused.
    using Made = std::function<void()>;
    using Apply = std::function<void(FleetChange change, Made made)>;
    // Makes what of the fleet's state this engine lacks, once the changes handed to `apply` before are made.
    // Returns once its commands are made (durable, or refused): a log's end skipped to counts as made only then.
    using Sync = std::function<bool(FleetState state)>;  // false: not done, try again
    // `instance` names this engine across restarts; empty: `origin`. `sync` may be empty: the state is not read.
    FleetChanges(RedisOptions options, std::string prefix, std::string origin, std::string instance, Apply apply,
                 Sync sync = {});
    ~FleetChanges();
    FleetChanges(const FleetChanges&) = delete;
    FleetChanges& operator=(const FleetChanges&) = delete;

    // Any thread. The change's id in the fleet's change log; empty when it is not one the fleet shares, or could
    // not be logged (Redis unreachable; it is still announced when that works). Waits on Redis.
    // With a `target` (an engine's host:pid), only that engine makes it (redis/FleetChange.h).
    std::string publish(const Command& command, const std::string& actor, const std::string& target = {});
    // Publishes on a thread of its own and calls `done` there with what publish() returns: for threads that must
    // not wait on the network (the engine's, the store's). A change Redis did not take is tried again every
    // second, and later ones wait behind it, until Redis answers; changes still queued when the object goes are
    // tried once more.
    using Published = std::function<void(std::string id)>;
    void publishLater(Command command, std::string actor, Published done, std::string target = {});
    // Stops taking changes from the fleet (the subscriber ends); publishing goes on until the object goes, and the
    // cursor is saved once more then. For an engine that stops: before its runtime stops making commands, so no
    // change is taken and then dropped.
    void stopListening();
    // The last entry of the change log up to which every change is made here (or was this engine's own, or passed
    // over); empty before it first read the log. This is what the engine reports to its fleet and keeps in Redis:
    // an engine that stops before a change it took is made takes it again when it starts. Any thread.
    std::string cursor() const;
    const std::string& origin() const { return m_origin; }
    // Whether the subscriber is listening now (and has caught up on the log).
    bool listening() const { return m_listening.load(); }

private:
    void subscribe();
    void publishQueued();
    bool connect(RedisConnection*& out, std::unique_ptr<RedisConnection>& holder, std::string& error) const;
    // On the subscriber's thread: applies what the log holds after this engine's cursor up to entry `upTo`, or
    // starts the cursor at the log's end (at `upTo`). False when Redis could not be asked.
    bool catchUp(RedisClient& client, const std::string& upTo = "+");
    // Hands one change on when another instance made it and it is past the cursor, and moves the cursor.
    void take(RedisClient& client, FleetChange change);
    bool saveCursor(RedisClient& client);
    // The log was read up to `id`, which is made here already (`made`) or waits for madeHere().
    void reached(const std::string& id, bool made);
    void madeHere(const std::string& id);
    void advanceMade();  // under m_cursorMutex
    std::string publish(const Command& command, const std::string& actor, const std::string& target, bool& failed);
    // Whether a change made here is still waiting to be logged.
    bool unpublished() const;
    // Moves the cursor to the log's end (to `id`): for a new engine, and one whose cursor the log no longer holds.
    bool skipToEnd(RedisClient& client);
    bool skipTo(RedisClient& client, const std::string& id);
    // Entry `id` is read and left to the state sync to make.
    void coveredByState(const std::string& id);
    // Takes the log up to where the fleet's state was read, and hands that state to m_sync.
    bool syncState(RedisClient& client);
    std::optional<FleetState> readState(RedisClient& client) const;
    // The state with the log's last entry it holds all of; nullopt when Redis could not be asked.
    std::optional<std::pair<FleetState, std::string>> readStateAt(RedisClient& client) const;
    std::optional<std::string> lastEntry(RedisClient& client) const;  // "0-0" for an empty log

    RedisOptions m_options;
    std::string m_channel;
    std::string m_log;
    std::string m_cursorKey;
    std::string m_vipKey;
    std::string m_settingsKey;
    std::string m_logScript;  // SHA-1 of the script that logs a change and edits the state
    std::string m_origin;
    std::string m_instance;
    Apply m_apply;
    Sync m_sync;
    std::string m_cursor;    // the subscriber's: the last log entry read (handed on, or passed over)
    bool m_syncDue = false;  // the subscriber's: the state is to be compared with this engine
    // The subscriber's: whether this engine takes the fleet's state rather than the log up to the cursor (it is
    // new, or its cursor left the log), and the entries read meanwhile, made once the state sync is.
    bool m_fromState = false;
    std::vector<std::string> m_covered;
    mutable std::mutex m_cursorMutex;
    // Under m_cursorMutex: the entries read since, in log order, each with whether it is made here; and the last
    // entry up to which all are.
    std::deque<std::pair<std::string, bool>> m_reached;
    std::string m_made;
    std::mutex m_publishMutex;
    std::unique_ptr<RedisConnection> m_publisher;  // under m_publishMutex
    std::unique_ptr<RedisClient> m_logWriter;      // under m_publishMutex
    std::mutex m_stopMutex;
    std::condition_variable m_stopped;
    bool m_stop = false;
    std::atomic<bool> m_listening{false};
    struct Queued {
        Command command;
        std::string actor;
        Published done;
        std::string target;
    };
    mutable std::mutex m_queueMutex;
    std::condition_variable m_queued;
    std::deque<Queued> m_queue;  // under m_queueMutex
    bool m_drain = false;        // under m_queueMutex: publish what is queued, then stop
    bool m_headFailing = false;  // under m_queueMutex: Redis refused the change at the head, tried again each second
    std::thread m_subscriber;
    std::thread m_publisherThread;
};

}  // namespace sluice::engine::redis
