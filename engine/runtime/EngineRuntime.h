// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "config/EngineConfig.h"
#include "core/Clock.h"
#include "core/Event.h"
#include "core/WatchView.h"
#include "notify/NotificationCenter.h"
#include "reputation/SharedReputation.h"
#include "snapshot/Snapshot.h"
#include "store/StoreTypes.h"
#include "traffic/RequestBatch.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <time.h>

namespace sluice::engine {

class EngineShards;
class HostLoadProbe;
class HostLoadSource;
class LoadSource;
struct LoadSourceConfig;
class ObservedTraffic;
class SharedLimiter;
namespace store {
class DatabaseWatcher;
class StoreWriter;
struct WatchedState;
}  // namespace store

struct RuntimeOptions {
    std::string databasePath;
    EngineConfig config;  // defaults; settings persisted by admin changes override them
    std::chrono::milliseconds snapshotInterval{100};
    std::chrono::milliseconds checkpointInterval{2000};
    std::size_t maxQueuedBatches = 64;
    // For simulations: engine time is the time of the latest decided request, never the clock, so timers
    // cannot run ahead of requests still queued and the same traffic always gives the same decisions.
    bool followRequestTime = false;
    // Simulations only (followRequestTime), which run far faster than the wall clock. Events go to the store as
    // soon as an eighth of storeHighWater has gathered, and key checkpoints at least every
    // simulatedCheckpointInterval of engine time as well as every checkpointInterval of wall time. While the store
    // has more than storeHighWater events unwritten the engine decides no more batches (their source waits for
    // room) until it is down to storeLowWater, so a fast simulation cannot outrun the disk in memory. A failing
    // store is not waited for: its own bound applies (store::StoreWriter::Limits). A live console never waits
    // for the store: traffic must still be decided. (Key checkpoints every 10 s of engine time cost a normal-day
    // run at full speed some 12 % of its time in upserts; every minute costs 3 % and holds as little memory.)
    TimeNs simulatedCheckpointInterval = 60 * kNsPerSec;
    std::uint64_t storeHighWater = 65'536;
    std::uint64_t storeLowWater = 32'768;
    // The engine thread and a simulation's traffic thread run in the background (see ThreadPriority.h): a
    // console sets it so the UI thread wins a core whenever it has a frame to draw; headless runs and tests do
    // not (a test's engine at idle priority waits behind every other test the machine runs).
    bool backgroundThreads = false;
    // Watch only: every admin command is refused with a sentence saying so, and nothing is written for it.
    // Traffic is still decided and its history recorded.
    bool readOnly = false;
    // Follow a database another Sluice writes (a running `sluice serve`): it is opened read-only, without the
    // single-instance lock, and never written; admin commands are refused, traffic is refused (submit() returns
    // false) and no load source runs. A thread of its own looks at the file every watchInterval; after each of
    // the writer's commits it reads the persisted state, and the engine thread builds the engine anew from it,
    // so snapshots show the writer's keys, VIP tiers and assignments and settings as of its latest checkpoint.
    // Snapshot::watch says how recent that is, and why the file could not be read when it cannot.
    bool watch = false;
    std::chrono::milliseconds watchInterval{1000};
    // When audit rows say an admin acted: the wall clock, even while a simulation drives engine time.
    // Null = the engine's own clock.
    const Clock* auditClock = nullptr;
    // Where the auto-throttle's signals come from: a modelled backend for simulations; without one, the source
    // the configuration chooses (config.load: none, host, prometheus or traffic).
    std::function<std::unique_ptr<LoadSource>()> makeLoadSource;
    // The notification channels' secrets as the host read them from the OS keychain; later ones go to
    // notifications()->setSecrets. Never stored by the engine.
    NotifySecrets notifySecrets;
    // Keys' limiter state shared with other engines (redis/RedisShared.h); null: this engine's own. Made before
    // the engine thread starts and used on it only.
    std::function<std::unique_ptr<SharedLimiter>()> makeSharedLimiter;
    // Keys' scores kept with other engines (redis/RedisReputation.h); null: this engine's own. Changes and reads
    // go out and answers come in between batches, at most every shareInterval; every live key is read again
    // within reputationRefresh.
    std::function<std::unique_ptr<SharedReputation>()> makeSharedReputation;
    std::chrono::milliseconds shareInterval{50};
    std::chrono::milliseconds reputationRefresh{std::chrono::minutes(5)};
    // Keys split over this many engines (shard/EngineShards), each with a mutex of its own, so the check API's loops
    // decide checks of different engines at once (decideNow). Live runtimes only: a simulation, a watching runtime
    // and one with a limiter or scores shared through Redis run one engine, and start() refuses more.
    std::uint32_t engines = 1;
};

// Runs the engine (one, or several that split the keys: shard/EngineShards) on a thread of its own with its store
// writer beside it. Sources hand over request
// batches (bounded queue), admins send commands, and an immutable Snapshot comes out ~10 times a second.
// Admin commands are written durably before the engine applies them and before `done` reports success.
class EngineRuntime final {
public:
    using SnapshotSink = std::function<void(SnapshotPtr)>;
    using CommandDone = std::function<void(const CommandResult&)>;

    // Opens the database, restores the saved state and starts the threads. On failure returns nullptr
    // with `error` saying what is wrong; nothing is written to a database that is not ours.
    static std::unique_ptr<EngineRuntime> start(const RuntimeOptions& options, const Clock& clock, SnapshotSink sink,
                                                std::string& error);
    // The same, with the store's reason in `error` (StoreError::Code::InUse: another Sluice holds the database,
    // which could be watched instead).
    static std::unique_ptr<EngineRuntime> start(const RuntimeOptions& options, const Clock& clock, SnapshotSink sink,
                                                store::StoreError& error);
    ~EngineRuntime();  // shutdown()
    EngineRuntime(const EngineRuntime&) = delete;
    EngineRuntime& operator=(const EngineRuntime&) = delete;

    // False when the queue is full: the source decides whether to wait, retry or drop.
    bool submit(std::unique_ptr<RequestBatch> batch);
    // Decides the batch on the calling thread when no batch is queued before it, then runs its `done` there (after
    // letting the engine go); false, with the batch untouched, when the engine thread wants or has the engine, or a
    // batch is queued before it (submit it then). It waits only while another caller decides a batch (about a
    // microsecond). With several engines (RuntimeOptions::engines) each engine's part is decided so, and a part whose
    // engine the engine thread has goes to that thread: `done` then runs there, once, when the last part is decided.
    // The check API's loops call it: a batch they decide costs no hand-over to the engine thread and back, which is
    // most of what a check costs that thread (http_bench). Live runtimes only:
    // false while simulating, watching, or deciding through a shared limiter or shared scores, and for a batch
    // that would run the engine's timed work (that stays on the engine thread). Callers stop calling before the
    // runtime is destroyed (CheckService::stop does), and the engine thread never calls it.
    bool decideNow(std::unique_ptr<RequestBatch>& batch);
    // False: decideNow() declines every batch, which then goes through the engine thread's queue (the check API
    // benchmark's yardstick). On by default where decideNow() may decide at all.
    void setDecideNow(bool on) { m_decideNowOn.store(on, std::memory_order_relaxed); }
    // Batches decideNow() decided so far (wholly, or some engines' parts), and how long it held the engines for them:
    // with engineThreadCpu(), the time the engine is in use, which bounds the checks one runtime can decide however
    // many loops bring them.
    std::uint64_t batchesDecidedNow() const { return m_decidedNow.load(std::memory_order_relaxed); }
    std::chrono::nanoseconds decidedNowTime() const
    {
        return std::chrono::nanoseconds(m_decidedNowTime.load(std::memory_order_relaxed));
    }
    // Waits up to `timeout` for room in the queue.
    // How long a source waits for room before it looks at its own stop flag again: short enough that stopping
    // is prompt, long enough that a full queue costs no spinning.
    static constexpr std::chrono::milliseconds kSubmitRetry{50};
    bool submitWait(std::unique_ptr<RequestBatch>& batch, std::chrono::milliseconds timeout);
    // `done` runs on the engine thread or the store thread once the command and its audit row are durable and
    // the command is applied, or refused (with the reason). `context` says who sent it; an empty actor is refused.
    void command(Command command, AdminContext context, CommandDone done);
    // From the engine thread's next round on, the auto-throttle reads its signals from `source` (a newly
    // chosen scenario's modelled backend). Batches already queued in that round are decided after the
    // switch; the throttle samples only every few seconds, so which source they count toward is immaterial.
    void replaceLoadSource(std::unique_ptr<LoadSource> source);
    // Runs `fn` on the engine thread between batches: read-only queries for the UI and tests.
    void post(std::function<void(const EngineShards&)> fn);
    // Publishes a snapshot now and waits until everything submitted before is decided and written.
    void sync();

    // Where the followed log at `path` was read up to: as the database held it at start, or as noted since.
    std::optional<store::LogPosition> logPosition(const std::string& path) const;
    // A followed log's position after the lines of a batch. Call it from that batch's `done` (on the engine
    // thread, once its requests are decided): it goes to the store with the next key checkpoint, in the same
    // transaction, so a stored position is never ahead of the stored state its lines led to.
    void noteLogPosition(store::LogPosition position);

    // Whether history reaches the database: what waits for a retry, what was dropped and the latest error.
    // Each snapshot carries it too. Healthy and empty without a database.
    StoreHealth storeHealth() const;
    // Events handed to the store and not yet on disk (queued or held for a retry); 0 without a database.
    std::uint64_t unwrittenEvents() const;
    // Decides what is queued, writes what it can (a failing store retries for a bounded time, see
    // store::StoreWriter::Limits) and stops. The health it returns is final: what it counts as dropped was never
    // stored. Further calls return the same.
    StoreHealth shutdown();

    // Where traffic sources report the protected service's responses (status, response time) when the traffic
    // load source drives the throttle; null with any other load source, so nobody counts for nothing.
    std::shared_ptr<ObservedTraffic> observedTraffic() const { return m_observed; }

    // Notification delivery (notify/NotificationCenter): runs while the runtime writes a database; null otherwise.
    notify::NotificationCenter* notifications() const { return m_notifications.get(); }

    std::size_t queuedBatches() const;
    // The clock's time when key reputations were last handed to the store (for a checkpoint-age metric); 0 = not yet.
    TimeNs lastCheckpointAt() const { return m_lastCheckpointAt.load(std::memory_order_relaxed); }
    const RuntimeOptions& options() const { return m_options; }
    // CPU time the engine thread has used since it started (0 where the system cannot say): how busy the one
    // thread that decides every check is, for /metrics and the check API's benchmark.
    std::chrono::nanoseconds engineThreadCpu() const;

private:
    struct PendingCommand {
        Command command;
        AdminContext context;
        CommandDone done;
    };
    EngineRuntime(const RuntimeOptions& options, const Clock& clock, SnapshotSink sink);
    void run();
    void startNextAdmin();
    void publishSnapshot();
    // `final`: the last one before stopping, which also saves what anomaly detection learned since its last save.
    void checkpoint(bool final = false);
    // Hands the alerts the engine changed on its own to the store at once: a later admin change (an override set
    // right after an automatic response) must be written after them.
    // The wall clock on the audit rows the engine wrote (it knows only its own clock).
    template <class Write>
    void stampAudits(std::vector<Write>& writes) const;
    void submitAlertWrites();
    // The flags the engine changed on its own and the exposure counts of closed buckets, to the store.
    void submitFlagWrites();
    TimeNs auditNow() const;
    // Simulations: after each decided batch. True when the store is too far behind to decide more now.
    bool handOverAfterBatch();
    void collectEvents();    // takes the engine's events into m_outgoing (or drops them without a database)
    void submitOutgoing();   // hands m_outgoing to the store
    void storeProgressed();  // on the store thread

    // Offers the engine's new notifications to delivery; what its queue refuses goes to the store as spilled.
    void handOverNotifications();
    void startNotifications();  // before the engine thread starts
    // More events unwritten than the high-water mark, and the store not failing.
    bool storeFarBehind() const;
    // Called with m_mutex held: whether batches may be decided again after the store was too far behind.
    bool storeCaughtUp() const;
    void useConfiguredLoadSource(const LoadSourceConfig& config);  // before the engine thread starts
    // Watching: a state the watcher read replaces the engine (true), and its latest error is noted.
    bool followWatched(std::unique_ptr<store::WatchedState> state, const std::optional<std::string>& error);
    void noteWatched(const store::WatchedState& state);
    void readHostLoad();
    TimeNs engineNow() const;
    // Sends the engine's score changes and reads to the fleet and applies the fleet's answers.
    void shareScores();

    RuntimeOptions m_options;
    EngineConfig m_defaults;  // options.config as given, which stored settings override
    const Clock& m_clock;
    SnapshotSink m_sink;
    std::unique_ptr<EngineShards> m_engine;
    std::unique_ptr<store::StoreWriter> m_writer;
    std::unique_ptr<store::DatabaseWatcher> m_watcher;  // watching only; instead of the writer
    std::unique_ptr<notify::NotificationCenter> m_notifications;
    WatchView m_watchView;                                 // engine thread
    std::uint64_t m_sequenceBefore = 0;                    // engine thread: snapshots published by replaced engines
    std::uint64_t m_lastSequence = 0;                      // engine thread
    std::unique_ptr<SharedLimiter> m_shared;               // the engine uses it on the engine thread
    std::unique_ptr<SharedReputation> m_sharedReputation;  // engine thread, but for its own threads
    std::vector<ScoreChange> m_scoreChanges;               // engine thread: reused buffers
    std::vector<ScoreRead> m_scoreReads;
    std::vector<FleetScore> m_fleetScores;
    std::chrono::steady_clock::time_point m_lastShare{};  // engine thread
    std::uint64_t m_subscriptionsSeen = 0;                // engine thread
    std::unique_ptr<HostLoadProbe> m_probe;
    HostLoadSource* m_hostLoad = nullptr;          // owned by the engine; engine thread only
    std::shared_ptr<ObservedTraffic> m_observed;   // set before the threads start, then only read
    EventBatch m_outgoing;                         // engine thread: events taken from the engine, not yet handed over
    EventBatch m_taken;                            // engine thread: reused buffer for takeEvents()
    std::vector<store::AlertWrite> m_alertWrites;  // engine thread: reused buffer for takeAlertWrites()
    std::vector<store::FlagWrite> m_flagWrites;    // engine thread: what takeFlagWrites() hands over
    std::vector<store::FlagExposureRow> m_flagExposures;
    TimeNs m_nextSimulatedCheckpoint = 0;  // engine thread

    std::vector<Notification> m_notificationsTaken;  // engine thread: reused buffer for takeNotifications()
    NotifyConfig m_notifyConfig;                     // engine thread: what delivery was last configured with

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_room;
    std::deque<std::unique_ptr<RequestBatch>> m_batches;
    std::deque<PendingCommand> m_commands;  // waiting for the store
    std::deque<PendingCommand> m_durable;   // written; to apply on the engine thread
    std::deque<std::function<void(const EngineShards&)>> m_posts;
    std::map<std::string, store::LogPosition> m_logPositions;     // the latest known, by path
    std::map<std::string, store::LogPosition> m_positionsToSave;  // noted since the latest checkpoint
    std::unique_ptr<LoadSource> m_nextLoadSource;                 // handed to the engine thread under m_mutex
    std::unique_ptr<store::WatchedState> m_watchedState;          // the newest state read, for the engine thread
    std::optional<std::string> m_watchError;                      // the newest watch error ("" = reads again)
    bool m_adminInFlight = false;
    bool m_waitingForStore = false;   // simulations: batches stay queued until the store catches up
    std::atomic<bool> m_stop{false};  // set under m_mutex; decideNow() reads it without
    bool m_shutDown = false;
    StoreHealth m_finalHealth;
    std::uint64_t m_syncRequested = 0;
    std::uint64_t m_syncDone = 0;
    std::condition_variable m_synced;
    std::atomic<TimeNs> m_lastCheckpointAt{0};
    std::thread m_thread;
    // Whoever decides or reads with an engine holds its mutex: the engine thread all of them for each round (in
    // order), decideNow() one at a time, those of the engines its batch's keys belong to (takeEngine).
    std::unique_ptr<std::mutex[]> m_engineMutexes;
    void lockEngines();
    void unlockEngines();
    // decideNow() with several engines: each engine's part of the batch decided on the caller when that engine is
    // free, the others queued as batches of their own (the last one decided hands the batch back). Declined (the
    // batch untouched) when a batch is queued before it or no engine it needs is free.
    enum class SplitOutcome { Declined, Decided, Parts };
    SplitOutcome decideSplit(std::unique_ptr<RequestBatch>& batch);
    // Parts of a batch for the engine thread, queued whatever the queue's bound: the batch they belong to is
    // already partly answered.
    void queueParts(std::vector<std::unique_ptr<RequestBatch>> parts);
    bool m_decideNowAllowed = false;               // set before the threads start
    std::atomic<bool> m_decideNowOn{true};         // setDecideNow()
    std::atomic<std::size_t> m_queuedBatches{0};   // m_batches.size(), for decideNow() without m_mutex
    std::atomic<bool> m_engineWanted{false};       // the engine thread waits for the engine mutexes
    std::atomic<bool> m_engineThreadHolds{false};  // the engine thread has them, for a round
    // For decideNow(): engine `e`, once another caller lets it go; false while the engine thread wants or has it.
    bool takeEngine(std::uint32_t e);
    // Adds the time since `since` to decidedNowTime(): a caller held an engine for it.
    void noteHeld(std::chrono::steady_clock::time_point since);
    std::thread::id m_engineThreadId;  // set by start(), then only read
    std::atomic<std::uint64_t> m_decidedNow{0};
    std::atomic<std::int64_t> m_decidedNowTime{0};  // ns
    mutable std::mutex m_cpuClockMutex;
    std::optional<clockid_t> m_cpuClock;  // the engine thread's CPU clock while it runs
};

}  // namespace sluice::engine
