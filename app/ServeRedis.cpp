// SPDX-License-Identifier: Apache-2.0
#include "ServeRedis.h"

#include "core/Clock.h"
#include "redis/FleetState.h"
#include "redis/RedisReputation.h"
#include "redis/RedisShared.h"
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSysInfo>

#include <QCoreApplication>
#include <QStringList>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace sluice::app {

namespace {
struct ServeRedisText {
    Q_DECLARE_TR_FUNCTIONS(serve)
};

// The seeds, and the password (and ACL user) from the environment.
engine::redis::RedisOptions optionsOf(const ServeRedis& redis)
{
    engine::redis::RedisOptions options;
    options.seeds = redis.seeds;
    options.credentials.user = qEnvironmentVariable("SLUICE_REDIS_USER").toStdString();
    options.credentials.password = qEnvironmentVariable("SLUICE_REDIS_PASSWORD").toStdString();
    return options;
}
constexpr auto kSyncWait = std::chrono::seconds(10);

// The fleet's changes handed to the engine and not yet made: the state is compared with the engine once they are.
class InFlight final {
public:
    void add()
    {
        const std::lock_guard lock(m_mutex);
        ++m_count;
    }
    void done()
    {
        // Under the mutex: a waiter that sees none left may go on and destroy the condition at once.
        const std::lock_guard lock(m_mutex);
        --m_count;
        m_idle.notify_all();
    }
    // False when they were not all made within `limit` (a stopping engine drops them).
    bool waitIdle(std::chrono::seconds limit)
    {
        std::unique_lock lock(m_mutex);
        return m_idle.wait_for(lock, limit, [this] { return m_count == 0; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_idle;
    int m_count = 0;
};

// A sync's job on the engine thread, and whether the sync gave up waiting for it.
struct SyncJob {
    std::mutex mutex;
    std::condition_variable queued;
    bool started = false;
    bool done = false;       // its commands are queued
    bool abandoned = false;  // not started in time: it makes nothing when it runs (its state is old by then)
};

// Makes here what of the fleet's state this engine lacks, as admin commands ("fleet" in the audit log; assignments
// and overrides keep their admins' names), and returns once they are queued. False when the engine did not get to
// it in time (it is stopping, or far behind): the caller tries again, with the state read again.
bool syncWithFleet(engine::EngineRuntime& runtime, ServeLog& log, engine::redis::FleetState state,
                   const std::shared_ptr<InFlight>& inFlight,
                   const std::function<void(const engine::CommandResult&)>& refused)
{
    auto job = std::make_shared<SyncJob>();
    runtime.post([&runtime, &log, refused, inFlight, job,
                  state = std::move(state)](const engine::EngineShards& engine) {
        {
            const std::lock_guard lock(job->mutex);
            if (job->abandoned) {
                return;  // compared later, the old state could set back what the log has made since
            }
            job->started = true;
        }
        auto made = engine::redis::commandsOfState(state, engine::SystemClock().now());
        std::size_t withoutTier = 0;
        const auto missing = engine::redis::missingOn(std::move(made.commands), engine, &withoutTier);
        if (withoutTier > 0) {
            log.warning(ServeRedisText::tr("%n VIP assignment(s) of the fleet's state were left out: their tier is not "
                                           "on this engine",
                                           nullptr, static_cast<int>(withoutTier)));
        }
        if (made.unreadable > 0) {
            log.warning(
                ServeRedisText::tr("%n field(s) of the fleet's state in Redis could not be read and were left out",
                                   nullptr, static_cast<int>(made.unreadable)));
        }
        if (!missing.empty()) {
            log.info(ServeRedisText::tr("taking %n change(s) from the fleet's state", nullptr,
                                        static_cast<int>(missing.size())));
        }
        for (const engine::Command& command : missing) {
            inFlight->add();
            runtime.command(command, engine::AdminContext{"fleet", "the fleet's state, taken to be in step with it"},
                            [refused, inFlight](const engine::CommandResult& r) {
                                refused(r);
                                inFlight->done();
                            });
        }
        const std::lock_guard lock(job->mutex);
        job->done = true;
        job->queued.notify_all();
    });
    std::unique_lock lock(job->mutex);
    if (job->queued.wait_for(lock, kSyncWait, [&job] { return job->done; })) {
        return true;
    }
    if (!job->started) {
        job->abandoned = true;
        return false;
    }
    // Under way on the engine thread, which only queues its commands: it ends at once.
    job->queued.wait(lock, [&job] { return job->done; });
    return true;
}

}  // namespace

std::optional<std::vector<engine::redis::RedisEndpoint>> parseRedisSeeds(const QString& text, QString& error)
{
    std::vector<engine::redis::RedisEndpoint> seeds;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto endpoint = engine::redis::parseEndpoint(part.trimmed().toStdString());
        if (!endpoint) {
            error = ServeRedisText::tr("--redis needs host:port, such as 127.0.0.1:6379, not '%1'").arg(part);
            return std::nullopt;
        }
        seeds.push_back(*endpoint);
    }
    if (seeds.empty()) {
        error = ServeRedisText::tr("--redis needs at least one host:port");
        return std::nullopt;
    }
    return seeds;
}

std::function<std::unique_ptr<engine::SharedLimiter>()> redisLimiterMaker(const ServeRedis& redis)
{
    if (redis.seeds.empty()) {
        return {};
    }
    return [options = optionsOf(redis), prefix = redis.prefix, lease = redis.lease] {
        return engine::redis::makeRedisLimiter(options, prefix, lease);
    };
}

std::function<std::unique_ptr<engine::SharedReputation>()> redisReputationMaker(const ServeRedis& redis)
{
    if (redis.seeds.empty() || !redis.shareReputation) {
        return {};
    }
    return [options = optionsOf(redis), prefix = redis.prefix] {
        return std::make_unique<engine::redis::RedisReputation>(options, prefix, fleetEngineId());
    };
}

std::string fleetEngineId()
{
    return QSysInfo::machineHostName().toStdString() + ':' + std::to_string(QCoreApplication::applicationPid());
}

std::unique_ptr<engine::redis::FleetRoster> startFleetRoster(const ServeRedis& redis,
                                                             engine::redis::FleetRoster::Summarize summarize,
                                                             std::function<engine::TimeNs()> now)
{
    engine::redis::FleetRoster::Options options;
    if (!redis.seeds.empty()) {
        options.redis = optionsOf(redis);
    }
    options.prefix = redis.prefix;
    return std::make_unique<engine::redis::FleetRoster>(std::move(options), fleetEngineId(), std::move(summarize),
                                                        std::move(now));
}

std::string fleetInstance(const QString& db)
{
    // The same database on the same host is the same engine across restarts, whatever its pid.
    const QString path = QFileInfo(db).absoluteFilePath();
    const QByteArray digest = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return QSysInfo::machineHostName().toStdString() + ':' + digest.toStdString();
}

std::unique_ptr<engine::redis::FleetChanges> startFleetChanges(const ServeRedis& redis, const QString& db,
                                                               engine::EngineRuntime& runtime, ServeLog& log)
{
    if (redis.seeds.empty()) {
        return nullptr;
    }
    const auto refused = [&log](const engine::CommandResult& r) {
        if (!r.ok) {
            log.warning(ServeRedisText::tr("a change from the fleet was refused here: %1")
                            .arg(QString::fromStdString(r.error)));
        }
    };
    auto inFlight = std::make_shared<InFlight>();
    return std::make_unique<engine::redis::FleetChanges>(
        optionsOf(redis), redis.prefix, fleetEngineId(), fleetInstance(db),
        [&runtime, refused, inFlight](engine::redis::FleetChange change, engine::redis::FleetChanges::Made made) {
            engine::AdminContext context{change.actor, change.target.empty()
                                                           ? "made on " + change.origin + ", shared by the fleet"
                                                           : "asked on " + change.origin + " through the fleet"};
            inFlight->add();
            runtime.command(std::move(change.command), std::move(context),
                            [refused, inFlight, made = std::move(made)](const engine::CommandResult& r) {
                                refused(r);
                                inFlight->done();
                                made();
                            });
        },
        [&runtime, &log, refused, inFlight](engine::redis::FleetState state) {
            // Compared with the engine once the changes taken from the log (and a sync before) are made, not before;
            // done once its own commands are made too.
            return inFlight->waitIdle(kSyncWait) && syncWithFleet(runtime, log, std::move(state), inFlight, refused) &&
                   inFlight->waitIdle(kSyncWait);
        });
}

void SharedHealthLog::note(const engine::SharedView& view, ServeLog& log)
{
    if (!view.configured || view.degraded == m_degraded) {
        return;
    }
    m_degraded = view.degraded;
    if (m_degraded) {
        log.warning(ServeRedisText::tr("Redis degraded: some keys are decided by their policy's failure rule (%1)")
                        .arg(QString::fromStdString(view.lastError)));
    } else {
        log.info(ServeRedisText::tr("Redis whole again (%1): every key is decided by Redis")
                     .arg(QString::fromStdString(view.mode)));
    }
}

}  // namespace sluice::app
