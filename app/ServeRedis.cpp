// SPDX-License-Identifier: Apache-2.0
#include "ServeRedis.h"

#include "redis/RedisShared.h"
#include "runtime/EngineRuntime.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSysInfo>

#include <QCoreApplication>
#include <QStringList>

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
    return std::make_unique<engine::redis::FleetChanges>(
        optionsOf(redis), redis.prefix, fleetEngineId(), fleetInstance(db),
        [&runtime, &log](engine::redis::FleetChange change) {
            engine::AdminContext context{change.actor, "made on " + change.origin + ", shared by the fleet"};
            runtime.command(std::move(change.command), std::move(context), [&log](const engine::CommandResult& r) {
                if (!r.ok) {
                    log.warning(ServeRedisText::tr("a change from the fleet was refused here: %1")
                                    .arg(QString::fromStdString(r.error)));
                }
            });
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
