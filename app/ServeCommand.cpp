// SPDX-License-Identifier: Apache-2.0
#include "ServeCommand.h"

#include "AppSettings.h"
#include "CommandLine.h"
#include "CurrentUser.h"
#include "EngineHost.h"
#include "ServeLog.h"
#include "ServeRedis.h"
#include "ServeSettings.h"
#include "Translations.h"

#include "core/Clock.h"
#include "core/InputFile.h"
#include "http/CheckService.h"
#include "http/MetricsText.h"
#include "http/TierTally.h"
#include "notify/InboxGlance.h"
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"
#include "snapshot/SummaryMaker.h"
#include "throttle/LoadSourceConfig.h"

#include "report/DailyReport.h"
#include "report/ReportSchedule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

namespace sluice::app {

namespace {

struct ServeText {
    Q_DECLARE_TR_FUNCTIONS(serve)
};

constexpr std::uint16_t kDefaultPort = 9090;
constexpr std::size_t kMaxDefaultHttpThreads = 8;
constexpr uint kMaxHttpThreads = 64;
constexpr uint kMaxEngines = 64;

struct Options {
    QString db;
    QString config;  // empty = none
    std::string address = "127.0.0.1";
    std::uint16_t port = kDefaultPort;
    ServeLog::Format logFormat = ServeLog::Format::Journal;
    std::vector<std::string> keyHeaders;  // empty = the check endpoint's defaults
    std::size_t httpThreads = 1;          // --http-threads: event loops sharing the port
    std::uint32_t engines = 1;            // --engines: engines the keys are split over
    // What the throttle follows when --load-source names it: host (this machine's /proc) or none (overrides
    // only). Unset: the settings file's `load` section, or this host when the file names none.
    std::optional<bool> hostLoad;
    ui::ReportSchedule daily;  // enabled when --daily-report names a folder
    ServeRedis redis;          // --redis: the limits shared with a fleet
};

// "host", "none", "traffic" or "prometheus http://…/metrics": for the start-up line of the log.
std::string describeLoadSource(const engine::LoadSourceConfig& load)
{
    std::string text(engine::nameOf(load.kind));
    if (load.kind == engine::LoadSourceKind::Prometheus) {
        text += ' ' + load.prometheus.url;
    }
    return text;
}

bool parseListen(const QString& text, Options& o)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return false;
    }
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535) {
        return false;
    }
    o.address = text.left(colon).toStdString();
    o.port = static_cast<std::uint16_t>(port);
    return true;
}

int parseDaily(const QCommandLineParser& parser, const QCommandLineOption& folder, const QCommandLineOption& at,
               const QCommandLineOption& format, const QCommandLineOption& to, ui::ReportSchedule& out)
{
    const bool any = parser.isSet(at) || parser.isSet(format) || parser.isSet(to);
    if (!parser.isSet(folder)) {
        return any ? fail(kExitBadInput, ServeText::tr("--daily-report-at, --daily-report-format and "
                                                       "--daily-report-to need --daily-report <folder>"))
                   : kExitOk;
    }
    out.enabled = true;
    out.folder = QFileInfo(parser.value(folder)).absoluteFilePath();
    if (!QFileInfo(out.folder).isDir()) {
        return fail(kExitBadInput, ServeText::tr("--daily-report: %1 is not a folder").arg(out.folder));
    }
    out.at = QTime::fromString(parser.value(at), QStringLiteral("HH:mm"));
    if (!out.at.isValid()) {
        return fail(kExitBadInput,
                    ServeText::tr("--daily-report-at needs a time such as 06:00, not '%1'").arg(parser.value(at)));
    }
    const auto reportFormat = ui::ReportFiles::formatOf(QStringLiteral("x.") + parser.value(format).toLower());
    if (!reportFormat) {
        return fail(kExitBadInput, ServeText::tr("--daily-report-format: unknown format '%1'; use pdf, html, csv "
                                                 "or json")
                                       .arg(parser.value(format)));
    }
    out.format = *reportFormat;
    QString error;
    const auto channels = ui::ReportSchedule::channelsFrom(parser.value(to), error);
    if (!channels) {
        return fail(kExitBadInput, QStringLiteral("--daily-report-to: ") + error);
    }
    out.sendTo = *channels;
    return kExitOk;
}

int parse(const QCoreApplication& app, Options& o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ServeText::tr(
        "Runs the engine with the HTTP check API (/v1/check) and Prometheus metrics (/metrics), without a display.\n"
        "Every request needs a bearer token (sluice token create). SIGTERM stops after a final checkpoint;\n"
        "SIGHUP reads the --config file again.\n"
        "Example: sluice serve --db /var/lib/sluice/sluice.db --listen 127.0.0.1:9090"));
    parser.addHelpOption();
    addLanguageOption(parser);
    parser.addPositionalArgument(QStringLiteral("serve"), ServeText::tr("The command."));
    const QCommandLineOption db(QStringLiteral("db"),
                                ServeText::tr("Use the database <file> (default: the console's)."),
                                QStringLiteral("file"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    ServeText::tr("Listen on <address:port> (default: 127.0.0.1:9090; port 0 picks "
                                                  "a free one)."),
                                    QStringLiteral("address:port"), QStringLiteral("127.0.0.1:9090"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    ServeText::tr("Apply the engine settings in <file> (JSON) at start and on SIGHUP."),
                                    QStringLiteral("file"));
    const QCommandLineOption logFormat(QStringLiteral("log-format"),
                                       ServeText::tr("Log lines as journal (priority prefixes, the default) or json."),
                                       QStringLiteral("format"), QStringLiteral("journal"));
    const QCommandLineOption keyHeader(
        QStringLiteral("key-header"),
        ServeText::tr("Take a check's key from header <name> when its query has no key= (repeatable; default: "
                      "X-Forwarded-For, then X-Real-IP)."),
        QStringLiteral("name"));
    const QCommandLineOption loadSource(
        QStringLiteral("load-source"),
        ServeText::tr("What the auto-throttle follows: host (the CPU and memory of this machine) or none (only "
                      "overrides change the level). Default: the settings file's load section, else host."),
        QStringLiteral("source"));
    const QCommandLineOption daily(
        QStringLiteral("daily-report"),
        ServeText::tr("Write the previous day's operations report into <folder> every day, and tell the ops team "
                      "(the inbox, and --daily-report-to). A report missed while serve was down is written at start."),
        QStringLiteral("folder"));
    const QCommandLineOption dailyAt(QStringLiteral("daily-report-at"),
                                     ServeText::tr("When the daily report is written, local time (default: 06:00)."),
                                     QStringLiteral("HH:MM"), QStringLiteral("06:00"));
    const QCommandLineOption dailyFormat(QStringLiteral("daily-report-format"),
                                         ServeText::tr("The daily report as pdf (the default), html, csv or json."),
                                         QStringLiteral("format"), QStringLiteral("pdf"));
    const QCommandLineOption dailyTo(
        QStringLiteral("daily-report-to"),
        ServeText::tr("Also tell the ops team on these channels: email (with the files attached), sms, webhook; "
                      "comma-separated."),
        QStringLiteral("channels"));
    const QCommandLineOption redis(
        QStringLiteral("redis"),
        ServeText::tr("Share the limits with the other engines of a fleet through Redis at <host:port>, a single "
                      "server or any nodes of a Redis Cluster (comma-separated). Its password comes from "
                      "SLUICE_REDIS_PASSWORD."),
        QStringLiteral("host:port"));
    const QCommandLineOption redisPrefix(QStringLiteral("redis-prefix"),
                                         ServeText::tr("Keep Sluice's keys in Redis under <prefix> (default: sluice)."),
                                         QStringLiteral("prefix"), QStringLiteral("sluice"));
    const QCommandLineOption redisLease(
        QStringLiteral("redis-lease"),
        ServeText::tr("Take up to <units> more of a key from Redis whenever one of its requests passes, and spend them "
                      "here without asking (fewer round trips; a key may get up to <units> beyond its share per "
                      "engine). Default 0: every request asks Redis."),
        QStringLiteral("units"), QStringLiteral("0"));
    const QCommandLineOption redisLeaseMs(QStringLiteral("redis-lease-ms"),
                                          ServeText::tr("Drop leased units not spent within <ms> (default 100)."),
                                          QStringLiteral("ms"), QStringLiteral("100"));
    const QCommandLineOption redisReputation(
        QStringLiteral("redis-reputation"),
        ServeText::tr("Keep keys' reputation scores with the fleet in Redis (shared, the default), or each engine its "
                      "own (local)."),
        QStringLiteral("shared|local"), QStringLiteral("shared"));
    const QCommandLineOption redisReputationRefresh(
        QStringLiteral("redis-reputation-refresh"),
        ServeText::tr("Read every key's score from the fleet again within <seconds> (default 300). A change that "
                      "moves a key to another tier reaches every engine within a second anyway."),
        QStringLiteral("seconds"), QStringLiteral("300"));
    const QCommandLineOption httpThreads(
        QStringLiteral("http-threads"),
        ServeText::tr("Read and answer requests on <n> threads sharing the port (default: one per core, at most %1; "
                      "the check API's work is mostly the kernel's, which more threads spread over more cores).")
            .arg(kMaxDefaultHttpThreads),
        QStringLiteral("n"));
    const QCommandLineOption engines(
        QStringLiteral("engines"),
        ServeText::tr("Split the keys over <n> engines, each deciding its own keys, so that the threads reading "
                      "requests decide checks of different engines at once (default 1; at most %1; not with --redis).")
            .arg(kMaxEngines),
        QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({db, listen, config, logFormat, keyHeader, httpThreads, engines, loadSource, daily, dailyAt,
                       dailyFormat, dailyTo, redis, redisPrefix, redisLease, redisLeaseMs, redisReputation,
                       redisReputationRefresh});
    if (!parser.parse(app.arguments())) {
        return fail(kExitBadInput, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return -1;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(kExitBadInput, ServeText::tr("usage: sluice serve [--db <file>] [--listen <address:port>] "
                                                 "[--config <file>] [--log-format journal|json]"));
    }
    if (!parseListen(parser.value(listen), o)) {
        return fail(kExitBadInput,
                    ServeText::tr("--listen needs an address and a port, such as 127.0.0.1:9090, not '%1'")
                        .arg(parser.value(listen)));
    }
    const QString format = parser.value(logFormat);
    if (format != QLatin1String("journal") && format != QLatin1String("json")) {
        return fail(kExitBadInput, ServeText::tr("unknown log format '%1'; use journal or json").arg(format));
    }
    o.logFormat = format == QLatin1String("json") ? ServeLog::Format::Json : ServeLog::Format::Journal;
    if (parser.isSet(loadSource)) {
        const QString load = parser.value(loadSource);
        if (load != QLatin1String("host") && load != QLatin1String("none")) {
            return fail(kExitBadInput, ServeText::tr("unknown load source '%1'; use host or none").arg(load));
        }
        o.hostLoad = load == QLatin1String("host");
    }
    for (const QString& name : parser.values(keyHeader)) {
        o.keyHeaders.push_back(name.toStdString());
    }
    o.httpThreads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, kMaxDefaultHttpThreads);
    if (parser.isSet(httpThreads)) {
        bool ok = false;
        const uint threads = parser.value(httpThreads).toUInt(&ok);
        if (!ok || threads < 1 || threads > kMaxHttpThreads) {
            return fail(kExitBadInput, ServeText::tr("--http-threads needs a number from 1 to %1, not '%2'")
                                           .arg(kMaxHttpThreads)
                                           .arg(parser.value(httpThreads)));
        }
        o.httpThreads = threads;
    }
    {
        bool ok = false;
        const uint count = parser.value(engines).toUInt(&ok);
        if (!ok || count < 1 || count > kMaxEngines) {
            return fail(kExitBadInput, ServeText::tr("--engines needs a number from 1 to %1, not '%2'")
                                           .arg(kMaxEngines)
                                           .arg(parser.value(engines)));
        }
        if (count > 1 && parser.isSet(redis)) {
            // The limiter and scores in Redis are called from one engine.
            return fail(kExitBadInput, ServeText::tr("--engines above 1 cannot be used with --redis"));
        }
        o.engines = count;
    }
    if (const int code = parseDaily(parser, daily, dailyAt, dailyFormat, dailyTo, o.daily); code != kExitOk) {
        return code;
    }
    for (const QCommandLineOption* needsRedis :
         {&redisPrefix, &redisLease, &redisLeaseMs, &redisReputation, &redisReputationRefresh}) {
        if (parser.isSet(*needsRedis) && !parser.isSet(redis)) {
            return fail(kExitBadInput,
                        ServeText::tr("--%1 needs --redis <host:port>").arg(needsRedis->names().front()));
        }
    }
    if (parser.isSet(redis)) {
        QString error;
        const auto seeds = parseRedisSeeds(parser.value(redis), error);
        if (!seeds) {
            return fail(kExitBadInput, error);
        }
        o.redis.seeds = *seeds;
        o.redis.prefix = parser.value(redisPrefix).toStdString();
        // A brace would become the keys' hash tag and put every key of the fleet on one node.
        if (o.redis.prefix.empty() || o.redis.prefix.find_first_of("{} ") != std::string::npos) {
            return fail(kExitBadInput, ServeText::tr("--redis-prefix must be a word without braces or spaces, not '%1'")
                                           .arg(parser.value(redisPrefix)));
        }
        bool unitsOk = false;
        bool msOk = false;
        const uint units = parser.value(redisLease).toUInt(&unitsOk);
        const uint ms = parser.value(redisLeaseMs).toUInt(&msOk);
        if (!unitsOk || units > 100000) {
            return fail(kExitBadInput, ServeText::tr("--redis-lease needs a number of units from 0 to 100000, not '%1'")
                                           .arg(parser.value(redisLease)));
        }
        if (!msOk || ms < 1 || ms > 60000) {
            return fail(kExitBadInput, ServeText::tr("--redis-lease-ms needs milliseconds from 1 to 60000, not '%1'")
                                           .arg(parser.value(redisLeaseMs)));
        }
        o.redis.lease = engine::redis::RedisLease{units, static_cast<engine::TimeNs>(ms) * engine::kNsPerMs};
        const QString reputation = parser.value(redisReputation);
        if (reputation != QLatin1String("shared") && reputation != QLatin1String("local")) {
            return fail(kExitBadInput,
                        ServeText::tr("--redis-reputation needs shared or local, not '%1'").arg(reputation));
        }
        o.redis.shareReputation = reputation == QLatin1String("shared");
        bool refreshOk = false;
        const uint refresh = parser.value(redisReputationRefresh).toUInt(&refreshOk);
        if (!refreshOk || refresh < 1 || refresh > 86400) {
            return fail(kExitBadInput,
                        ServeText::tr("--redis-reputation-refresh needs seconds from 1 to 86400, not '%1'")
                            .arg(parser.value(redisReputationRefresh)));
        }
        o.redis.reputationRefresh = std::chrono::seconds(refresh);
    }
    o.config = parser.value(config);
    o.db = parser.isSet(db) ? parser.value(db) : AppSettings().databasePath();
    return kExitOk;
}

// Everything `serve` runs, in the order it starts and the reverse of the order it stops.
class Server final {
public:
    Server(const Options& options, ServeLog& log) : m_options(options), m_log(log) {}
    // Stopped in order whatever the path out (the fleet's subscriber, the runtime, then the fleet): the fleet's
    // callbacks from the runtime's last commands must find it.
    ~Server() { stop(); }
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    int start();
    // Reads the settings file and sends what changed; false when the file cannot be used (nothing is sent).
    bool applySettings();
    void reloadTokensIfChanged();
    int stop();
    // Logs when the shared limiter becomes degraded or whole again.
    void noteSharedHealth();

private:
    void reportTokens(const engine::http::TokenReload& reload);
    std::string metrics(engine::http::MetricsInput& input);
    bool runCommand(engine::Command command, const QString& reason);
    void startDailyReport();

    const Options& m_options;
    ServeLog& m_log;
    engine::SystemClock m_clock;
    std::mutex m_snapshotMutex;
    engine::SnapshotPtr m_snapshot;
    engine::http::TierTally m_tiers;  // under m_snapshotMutex
    std::unique_ptr<engine::EngineRuntime> m_runtime;
    // After the runtime it makes changes in, before the service that publishes through it.
    std::unique_ptr<engine::redis::FleetChanges> m_fleet;
    // Before the service that answers /api/fleet from it; made from the snapshots above on its own thread.
    std::unique_ptr<engine::SummaryMaker> m_summaries;
    std::unique_ptr<engine::notify::InboxGlance> m_inbox;  // the roster's thread alone
    std::unique_ptr<engine::redis::FleetRoster> m_roster;
    std::unique_ptr<engine::http::CheckService> m_service;
    std::unique_ptr<ui::DailyReport> m_daily;
    SharedHealthLog m_sharedHealth;
};

int Server::start()
{
    engine::RuntimeOptions options;
    options.databasePath = m_options.db.toStdString();
    // The load source is chosen when the engine starts: from --load-source, else the settings file's `load`
    // section, else the host serve runs on (beside the service it protects). A settings row stored by an admin
    // change still wins over these defaults.
    engine::EngineConfig fromFile;
    const bool fileNamesLoad = !m_options.config.isEmpty() && !readEngineConfig(m_options.config, fromFile) &&
                               fromFile.load.kind != engine::LoadSourceKind::None;
    if (m_options.hostLoad) {
        options.config.load.kind = *m_options.hostLoad ? engine::LoadSourceKind::Host : engine::LoadSourceKind::None;
    } else if (fileNamesLoad) {
        options.config.load = fromFile.load;
    } else {
        options.config.load.kind = engine::LoadSourceKind::Host;
    }
    options.makeSharedLimiter = redisLimiterMaker(m_options.redis);
    options.makeSharedReputation = redisReputationMaker(m_options.redis);
    options.reputationRefresh = m_options.redis.reputationRefresh;
    options.engines = m_options.engines;
    std::string error;
    m_runtime = engine::EngineRuntime::start(
        options, m_clock,
        [this](engine::SnapshotPtr s) {
            const std::lock_guard lock(m_snapshotMutex);
            m_snapshot = std::move(s);
        },
        error);
    if (!m_runtime) {
        m_log.error(QString::fromStdString(error));
        return kExitFailure;
    }
    m_log.info(ServeText::tr("database %1; the throttle follows: %2")
                   .arg(m_options.db, QString::fromStdString(describeLoadSource(options.config.load))));
    if (m_options.engines > 1) {
        m_log.info(ServeText::tr("keys split over %1 engines").arg(m_options.engines));
    }
    if (!m_options.redis.seeds.empty()) {
        QStringList seeds;
        for (const auto& seed : m_options.redis.seeds) {
            seeds << QString::fromStdString(seed.text());
        }
        m_log.info(ServeText::tr("limits shared through Redis at %1 (keys under %2:)")
                       .arg(seeds.join(QStringLiteral(", ")), QString::fromStdString(m_options.redis.prefix)));
    }
    if (!m_options.config.isEmpty() && !applySettings()) {
        return kExitBadInput;
    }
    m_fleet = startFleetChanges(m_options.redis, m_options.db, *m_runtime, m_log);
    m_summaries = std::make_unique<engine::SummaryMaker>(
        QSysInfo::machineHostName().toStdString(), QCoreApplication::applicationVersion().toStdString(), m_clock.now());
    m_inbox = std::make_unique<engine::notify::InboxGlance>(options.databasePath);
    m_roster = startFleetRoster(
        m_options.redis,
        [this] {
            engine::SnapshotPtr snapshot;
            {
                const std::lock_guard lock(m_snapshotMutex);
                snapshot = m_snapshot;
            }
            engine::EngineSummary summary = m_summaries->make(snapshot.get(), m_clock.now());
            summary.changeCursor = m_fleet ? m_fleet->cursor() : std::string();
            m_inbox->fill(summary);  // a database that cannot be read now tells no inbox this time
            return summary;
        },
        [this] { return m_clock.now(); });
    engine::http::CheckServiceOptions service;
    service.databasePath = options.databasePath;
    service.address = m_options.address;
    service.port = m_options.port;
    service.keyHeaders = m_options.keyHeaders;
    service.httpLoops = m_options.httpThreads;
    service.metrics = [this](engine::http::MetricsInput& input) { return metrics(input); };
    service.fleet = [this] { return m_roster->engines(); };
    if (m_fleet) {
        // Shared from the fleet's own thread: this is called on the engine's or the store's thread.
        service.adminApplied = [this](const engine::Command& command, const std::string& actor,
                                      std::function<void(std::string)> shared) {
            m_fleet->publishLater(command, actor, std::move(shared));
        };
        // Another engine's alerts and inbox are its own: asked of it alone, through the fleet's change log.
        service.forward = [this](const std::string& engine, engine::Command command, const std::string& actor,
                                 std::function<void(std::string)> shared) {
            m_fleet->publishLater(std::move(command), actor, std::move(shared), engine);
        };
    }
    service.fleetEngine = fleetEngineId();  // the roster lists this engine by it, with or without Redis
    engine::http::CheckServiceError failure;
    m_service = engine::http::CheckService::start(*m_runtime, m_clock, std::move(service), failure);
    if (!m_service) {
        if (failure.stage == engine::http::CheckServiceError::Stage::Tokens) {
            m_log.error(QString::fromStdString(failure.message));
        } else {
            m_log.error(ServeText::tr("cannot listen on %1:%2: %3")
                            .arg(QString::fromStdString(m_options.address))
                            .arg(m_options.port)
                            .arg(QString::fromStdString(failure.message)));
        }
        return kExitFailure;
    }
    reportTokens(m_service->tokensAtStart());
    startDailyReport();
    m_log.info(
        ServeText::tr("listening on %1:%2 (%n HTTP thread(s))", nullptr, static_cast<int>(m_service->httpLoops()))
            .arg(QString::fromStdString(m_service->address()))
            .arg(m_service->port()));
    return kExitOk;
}

bool Server::runCommand(engine::Command command, const QString& reason)
{
    auto promise = std::make_shared<std::promise<engine::CommandResult>>();
    auto done = promise->get_future();
    m_runtime->command(std::move(command), {ui::currentUserName().toStdString(), reason.toStdString()},
                       [promise](const engine::CommandResult& r) { promise->set_value(r); });
    const engine::CommandResult result = done.get();
    if (!result.ok) {
        m_log.error(ServeText::tr("a setting from %1 was refused: %2")
                        .arg(m_options.config, QString::fromStdString(result.error)));
    }
    return result.ok;
}

void Server::startDailyReport()
{
    if (!m_options.daily.enabled) {
        return;
    }
    m_daily = std::make_unique<ui::DailyReport>(
        [db = m_options.db] { return db; },
        [this](engine::cmd::AnnounceReport a) {
            engine::AdminContext context{a.actor, {}};
            m_runtime->command(std::move(a), std::move(context), [this](const engine::CommandResult& r) {
                if (!r.ok) {
                    m_log.error(QString::fromStdString(r.error));
                }
            });
        });
    QObject::connect(m_daily.get(), &ui::DailyReport::written, [this](bool ok, const QString& message) {
        if (ok) {
            m_log.info(ServeText::tr("daily report: %1").arg(message));
        } else {
            m_log.error(ServeText::tr("daily report not written: %1").arg(message));
        }
    });
    m_daily->setSchedule(m_options.daily);
    m_log.info(ServeText::tr("daily report into %1 at %2 (%3)")
                   .arg(m_options.daily.folder, m_options.daily.at.toString(QStringLiteral("HH:mm")),
                        ui::ReportSchedule::suffixOf(m_options.daily.format)));
}

bool Server::applySettings()
{
    std::string text;
    if (auto problem = engine::readInputFile(m_options.config.toStdString(), engine::kMaxConfigBytes, text,
                                             "configuration file")) {
        m_log.error(ServeText::tr("settings not applied: %1").arg(QString::fromStdString(*problem)));
        return false;
    }
    auto current = std::make_shared<std::promise<engine::EngineConfig>>();
    auto answer = current->get_future();
    m_runtime->post([current](const engine::EngineShards& e) { current->set_value(e.config()); });
    std::vector<engine::Command> commands;
    if (auto problem = commandsOfFile(text, answer.get(), commands)) {
        m_log.error(ServeText::tr("settings not applied: %1")
                        .arg(QStringLiteral("%1: %2").arg(m_options.config, QString::fromStdString(*problem))));
        return false;
    }
    const QString reason = ServeText::tr("read from %1").arg(m_options.config);
    int applied = 0;
    for (const engine::Command& command : commands) {
        applied += runCommand(command, reason) ? 1 : 0;
    }
    m_log.info(ServeText::tr("settings from %1 applied; parts changed: %2").arg(m_options.config).arg(applied));
    return applied == static_cast<int>(commands.size());
}

void Server::reloadTokensIfChanged() { reportTokens(m_service->reloadTokensIfChanged()); }

void Server::noteSharedHealth()
{
    engine::SnapshotPtr snapshot;
    {
        const std::lock_guard lock(m_snapshotMutex);
        snapshot = m_snapshot;
    }
    if (snapshot) {
        m_sharedHealth.note(snapshot->shared, m_log);
    }
}

void Server::reportTokens(const engine::http::TokenReload& reload)
{
    if (!reload.error.empty()) {
        m_log.error(QString::fromStdString(reload.error));
        return;
    }
    if (!reload.changed || (reload.valid == reload.previous && reload.valid != 0)) {
        return;
    }
    if (reload.valid == 0) {
        m_log.warning(ServeText::tr("no valid API token: every request gets 401; create one with "
                                    "sluice token create <name> --db %1")
                          .arg(m_options.db));
    } else {
        m_log.info(ServeText::tr("valid API tokens: %1").arg(reload.valid));
    }
}

std::string Server::metrics(engine::http::MetricsInput& input)
{
    const std::lock_guard lock(m_snapshotMutex);
    input.snapshot = m_snapshot.get();
    if (m_snapshot) {
        m_tiers.add(*m_snapshot);
        input.tiers = &m_tiers;
    }
    if (const engine::TimeNs at = m_runtime->lastCheckpointAt(); at != 0) {
        input.checkpointAgeSec = double(m_clock.now() - at) / double(engine::kNsPerSec);
    }
    const engine::http::EngineUse use = engine::http::engineUseOf(*m_runtime);
    input.engine = &use;
    return engine::http::metricsText(input);
}

int Server::stop()
{
    m_daily.reset();    // a report being written is cancelled and leaves no file
    m_service.reset();  // no new requests; checks already handed over are decided by the shutdown below
    m_roster.reset();
    m_inbox.reset();  // its connection closed before the writer's, which then checkpoints the file whole
    if (!m_runtime) {
        m_fleet.reset();
        return kExitFailure;
    }
    // The fleet's changes stop coming before the engine stops making commands: a change taken later would move
    // this engine's cursor past it without ever being made here.
    if (m_fleet) {
        m_fleet->stopListening();
    }
    const engine::StoreHealth health = m_runtime->shutdown();
    // After the shutdown, whose last admin commands may still publish through it.
    m_fleet.reset();
    engine::SnapshotPtr last;
    {
        const std::lock_guard lock(m_snapshotMutex);
        last = m_snapshot;
    }
    m_runtime.reset();
    if (health.lostAnything()) {
        m_log.error(EngineHost::notStoredMessage(health));
        return kExitFailure;
    }
    m_log.info(ServeText::tr("stopped after a final checkpoint; requests decided: %1").arg(last ? last->requests : 0));
    return kExitOk;
}

// Waits for SIGTERM or SIGINT (stop) and SIGHUP (reload); meanwhile, every second, picks up changed tokens.
int serveUntilStopped(Server& server, const Options& o, ServeLog& log, const sigset_t& stopOrReload)
{
    for (;;) {
        const timespec second{1, 0};
        const int signal = ::sigtimedwait(&stopOrReload, nullptr, &second);
        QCoreApplication::processEvents();  // the daily report's timer and its finished job
        if (signal == SIGTERM || signal == SIGINT) {
            log.info(ServeText::tr("stopping (signal %1)").arg(signal));
            return server.stop();
        }
        if (signal == SIGHUP) {
            if (o.config.isEmpty()) {
                log.info(ServeText::tr("SIGHUP: no --config file to read again"));
            } else {
                server.applySettings();
            }
        }
        server.reloadTokensIfChanged();
        server.noteSharedHealth();
    }
}

bool wantsDailyReport(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::string_view(argv[i]).starts_with("--daily-report")) {
            return true;
        }
    }
    return false;
}

}  // namespace

int runServe(int argc, char* argv[])
{
    // Before any thread starts, so every thread inherits the mask and only sigtimedwait below sees them.
    sigset_t stopOrReload;
    sigemptyset(&stopOrReload);
    for (const int s : {SIGTERM, SIGINT, SIGHUP}) {
        sigaddset(&stopOrReload, s);
    }
    pthread_sigmask(SIG_BLOCK, &stopOrReload, nullptr);

    // The daily report draws (PDF and HTML charts): a GUI application without a window, only when it is asked for.
    std::unique_ptr<QCoreApplication> app;
    if (wantsDailyReport(argc, argv)) {
        drawWithoutAWindow();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    Options o;
    if (const int code = parse(*app, o); code != kExitOk) {
        return code < 0 ? kExitOk : code;
    }
    ServeLog log(o.logFormat);
    Server server(o, log);
    if (const int code = server.start(); code != kExitOk) {
        server.stop();
        return code;
    }
    return serveUntilStopped(server, o, log, stopOrReload);
}

}  // namespace sluice::app
