// SPDX-License-Identifier: Apache-2.0
// Feature flags on a real database file: every flag command is durable with its audit row (the flag's definition
// before and after) before it applies; a restart finds every flag and segment, schedule and rollout plan state
// included; the engine's own flag changes are written with their audit rows and never undo a later admin change;
// exposure counts add up per bucket; a change the database refuses leaves no row at all.
#include "RuntimeTestSupport.h"
#include "StoreTestSupport.h"

#include "flagbook/FlagChanges.h"
#include "flags/FlagsJson.h"
#include "store/StoreWriter.h"

#include <nlohmann/json.hpp>

#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::testing;
using store::testing::execRaw;
using store::testing::openRaw;
using store::testing::rawInt;
using store::testing::rawText;

namespace {
constexpr TimeNs kWall = 1'750'000'000'000LL * kNsPerMs;

flags::FeatureFlag rolloutFlag(const std::string& name, int percent, std::vector<int> segments = {})
{
    flags::FeatureFlag flag;
    flag.name = name;
    flag.description = "checkout for " + name;
    flag.enabled = true;
    flags::Strategy rollout;
    rollout.name = "flexibleRollout";
    rollout.parameters = {{"rollout", std::to_string(percent)}, {"stickiness", "default"}, {"groupId", name}};
    rollout.segments = std::move(segments);
    flag.strategies.push_back(rollout);
    return flag;
}

flags::Segment betaSegment()
{
    flags::Segment segment;
    segment.id = 1;
    segment.name = "beta testers";
    flags::Constraint constraint;
    constraint.contextName = "userId";
    constraint.op = flags::Operator::StrStartsWith;
    constraint.operatorName = "STR_STARTS_WITH";
    constraint.values = {"beta-"};
    segment.constraints.push_back(constraint);
    return segment;
}

// The flag as the store holds it, read back through the JSON reader the engine restores with.
std::optional<flags::FeatureFlag> storedFlag(const QString& path, const std::string& name)
{
    const QString text =
        rawText(openRaw(path.toStdString()), "SELECT definition FROM feature_flags WHERE name = '" + name + "'");
    return flags::readFeature(text.toStdString()).flag;
}

// The latest audit row of `action`: "actor target reason", and its before and after as JSON (null when absent).
struct AuditRow {
    std::string who;
    nlohmann::json before;
    nlohmann::json after;
};
AuditRow lastAudit(const QString& path, const char* action)
{
    const auto raw = openRaw(path.toStdString());
    const std::string where = std::string(" FROM audit_log WHERE action = '") + action + "' ORDER BY id DESC LIMIT 1";
    const auto json = [&](const char* column) {
        const QString text = rawText(raw, std::string("SELECT ifnull(") + column + ", 'null')" + where);
        return nlohmann::json::parse(text.toStdString(), nullptr, false);
    };
    return AuditRow{rawText(raw, "SELECT actor || ' ' || target || ' ' || reason" + where).toStdString(),
                    json("before"), json("after")};
}

// What an audit row's flag JSON says, "<none>" where it does not say it.
std::string at(const nlohmann::json& feature, const char* pointer)
{
    const nlohmann::json::json_pointer path(pointer);
    if (!feature.is_object() || !feature.contains(path)) {
        return "<none>";
    }
    const nlohmann::json& value = feature.at(path);
    return value.is_string() ? value.get<std::string>() : value.dump();
}
std::string rolloutIn(const nlohmann::json& feature) { return at(feature, "/strategies/0/parameters/rollout"); }

std::int64_t count(const QString& path, const std::string& sql) { return rawInt(openRaw(path.toStdString()), sql); }
}  // namespace

class TestFlagsStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void commandsAreDurableWithTheFlagBeforeAndAfter();
    void aRestartFindsEveryFlagSegmentScheduleAndPlan();
    void anImportReplacesAllOrNothing();
    void aRefusedChangeLeavesNoRow();
    void engineChangesAreWrittenWithTheirAuditRows();
    void aHeldEngineChangeNeverUndoesALaterAdminChange();
    void exposuresAddUpPerBucket();

private:
    std::unique_ptr<EngineRuntime> start(const flags::FlagSet& flags);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    ManualClock m_clock{kT0};
    ManualClock m_wall{kWall};
};

void TestFlagsStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("sluice.db"));
}

std::unique_ptr<EngineRuntime> TestFlagsStore::start(const flags::FlagSet& flags)
{
    auto options = optionsFor(m_path);
    // Beside the flags the configuration has anyway (Sluice's own features').
    auto& inForce = options->config.flags;
    inForce.features.insert(inForce.features.end(), flags.features.begin(), flags.features.end());
    inForce.segments.insert(inForce.segments.end(), flags.segments.begin(), flags.segments.end());
    options->auditClock = &m_wall;
    std::string error;
    auto rt = EngineRuntime::start(*options, m_clock, {}, error);
    if (!rt) {
        qWarning("start failed: %s", error.c_str());
    }
    return rt;
}

void TestFlagsStore::commandsAreDurableWithTheFlagBeforeAndAfter()
{
    flags::FlagSet set;
    set.features = {rolloutFlag("checkout", 10, {1}), rolloutFlag("search", 50)};
    set.segments = {betaSegment()};
    auto rt = start(set);
    QVERIFY(rt);

    QVERIFY(run(*rt, cmd::SetFlagRollout{"checkout", 40, "dana"}, "dana").ok);
    // On disk when reported done: the row and its audit row, with the flag before and after.
    QCOMPARE(flags::rolloutOf(storedFlag(m_path, "checkout").value()), std::optional(40));
    AuditRow row = lastAudit(m_path, "flag.rollout");
    QCOMPARE(row.who, std::string("dana checkout "));
    QCOMPARE(rolloutIn(row.before), std::string("10"));
    QCOMPARE(rolloutIn(row.after), std::string("40"));
    QCOMPARE(count(m_path, "SELECT engine_at FROM audit_log WHERE action = 'flag.rollout'"), kT0 / kNsPerMs);
    QCOMPARE(count(m_path, "SELECT at FROM audit_log WHERE action = 'flag.rollout'"), kWall / kNsPerMs);

    // The kill switch's reason is the row's reason.
    QVERIFY(run(*rt, cmd::SetFlagKilled{"search", true, "500s on search", "erin"}, "erin").ok);
    QVERIFY(storedFlag(m_path, "search").value().killed);
    row = lastAudit(m_path, "flag.kill");
    QCOMPARE(row.who, std::string("erin search 500s on search"));
    QCOMPARE(at(row.before, "/sluice/killed"), std::string("<none>"));  // Unleash's own flag: no additions
    QCOMPARE(at(row.after, "/sluice/killed"), std::string("true"));

    QVERIFY(run(*rt, cmd::SetFlagEnabled{"search", false, "erin"}, "erin").ok);
    QCOMPARE(at(lastAudit(m_path, "flag.enable").after, "/enabled"), std::string("false"));

    // Deleting: the row goes with its exposure counts, the audit row keeps what it was.
    QCOMPARE(execRaw(openRaw(m_path.toStdString()),
                     "INSERT INTO flag_exposures (flag, variant, bucket_start, yes, no) VALUES "
                     "('checkout', '', 60000, 1, 2), ('search', '', 60000, 3, 4)"),
             SQLITE_OK);
    QVERIFY(run(*rt, cmd::RemoveFlag{"checkout", "dana"}, "dana").ok);
    QCOMPARE(count(m_path, "SELECT count(*) FROM feature_flags WHERE name = 'checkout'"), std::int64_t(0));
    QCOMPARE(count(m_path, "SELECT count(*) FROM flag_exposures WHERE flag = 'checkout'"), std::int64_t(0));
    QCOMPARE(count(m_path, "SELECT count(*) FROM flag_exposures WHERE flag = 'search'"), std::int64_t(1));
    row = lastAudit(m_path, "flag.remove");
    QCOMPARE(at(row.before, "/name"), std::string("checkout"));
    QVERIFY(row.after.is_null());

    QVERIFY(run(*rt, cmd::RemoveSegment{1, "dana"}, "dana").ok);
    row = lastAudit(m_path, "flag.segment_remove");
    QCOMPARE(row.who, std::string("dana 1 "));
    QCOMPARE(at(row.before, "/name"), std::string("beta testers"));
    QCOMPARE(count(m_path, "SELECT count(*) FROM audit_log WHERE action LIKE 'flag.%'"), std::int64_t(5));
}

void TestFlagsStore::aRestartFindsEveryFlagSegmentScheduleAndPlan()
{
    flags::FeatureFlag scheduled = rolloutFlag("dark-mode", 0);
    scheduled.schedule = {{kT0 + 2 * kNsPerDay, false}, {kT0 + kNsPerDay, true}};  // kept in order of time
    scheduled.variants = {{"blue", 500, "variable", "default", flags::Payload{"string", "#00f"}, {}},
                          {"green", 500, "variable", "default", std::nullopt, {}}};
    scheduled.effect = {flags::EffectKind::VipTier, "gold"};
    flags::RolloutPlan plan;
    plan.stepPercent = 5;
    plan.stepEvery = 30 * kNsPerMin;
    plan.targetPercent = 60;
    plan.haltOn = {"spike"};
    // A plan an anomaly alert halted, which the admin resumes.
    flags::FeatureFlag halted = rolloutFlag("search", 20);
    halted.plan = plan;
    halted.plan->nextStepAt = kT0 + kNsPerMin;
    halted.plan->halted = true;
    halted.plan->haltedAt = kT0 - kNsPerMin;
    halted.plan->haltedBy = "alert 12 (spike on requests)";
    {
        flags::FlagSet set;
        set.features = {rolloutFlag("checkout", 10), halted};
        auto rt = start(set);
        QVERIFY(rt);
        QVERIFY(run(*rt, cmd::PutSegment{betaSegment(), "dana"}, "dana").ok);
        QVERIFY(run(*rt, cmd::PutFlag{scheduled, "dana"}, "dana").ok);
        QVERIFY(run(*rt, cmd::SetRolloutPlan{"checkout", plan, "dana"}, "dana").ok);
        QVERIFY(run(*rt, cmd::PauseRolloutPlan{"search", false, "dana"}, "dana").ok);
        rt->shutdown();
    }
    store::StoreError error;
    auto db = store::Database::openReadOnly(m_path.toStdString(), error);
    QVERIFY2(db, error.message.c_str());
    const store::PersistedState state = db->load();
    QCOMPARE(state.flags.size(), std::size_t(3));
    QCOMPARE(state.segments.size(), std::size_t(1));
    QCOMPARE(state.segments[0].first, 1);
    std::string segmentError;
    const auto segment = flags::readSegment(state.segments[0].second, segmentError);
    QVERIFY2(segment, segmentError.c_str());
    QCOMPARE(flags::writeSegment(*segment), flags::writeSegment(betaSegment()));

    // By name: checkout, dark-mode, search.
    QCOMPARE(state.flags[0].first, std::string("checkout"));
    QCOMPARE(state.flags[2].first, std::string("search"));
    const auto checkout = flags::readFeature(state.flags[0].second).flag;
    QVERIFY(checkout && checkout->plan);
    QCOMPARE(checkout->plan->stepPercent, 5);
    QCOMPARE(checkout->plan->targetPercent, 60);
    QCOMPARE(checkout->plan->haltOn, std::vector<std::string>{"spike"});
    QCOMPARE(checkout->plan->nextStepAt, kT0 + 30 * kNsPerMin);  // the first step is one interval after the start
    QVERIFY(!checkout->plan->paused && !checkout->plan->halted);
    const auto resumed = flags::readFeature(state.flags[2].second).flag;
    QVERIFY(resumed && resumed->plan);
    QVERIFY(!resumed->plan->halted && !resumed->plan->paused);  // resuming clears the halt
    QCOMPARE(resumed->plan->haltedBy, std::string());
    QCOMPARE(resumed->plan->nextStepAt, kT0 + kNsPerMin);
    const auto darkMode = flags::readFeature(state.flags[1].second).flag;
    QVERIFY(darkMode);
    std::sort(scheduled.schedule.begin(), scheduled.schedule.end(),
              [](const auto& a, const auto& b) { return a.at < b.at; });
    QCOMPARE(flags::writeFeature(*darkMode), flags::writeFeature(scheduled));

    // Opened again for writing, the same file keeps them: no migration starts it over.
    {
        auto rt = start({});
        QVERIFY(rt);
        rt->shutdown();
    }
    QCOMPARE(count(m_path, "SELECT count(*) FROM feature_flags"), std::int64_t(3));
    QCOMPARE(count(m_path, "PRAGMA user_version"), std::int64_t(store::Database::latestSchemaVersion()));
}

void TestFlagsStore::anImportReplacesAllOrNothing()
{
    flags::FlagSet set;
    set.features = {rolloutFlag("old", 5)};
    auto rt = start(set);
    QVERIFY(rt);
    QVERIFY(run(*rt, cmd::PutFlag{rolloutFlag("old", 5), "dana"}, "dana").ok);

    cmd::ImportFlags import;
    import.flags.features = {rolloutFlag("checkout", 10), rolloutFlag("search", 20)};
    import.flags.segments = {betaSegment()};
    import.replaceAll = true;
    import.source = "flags.json";
    import.actor = "dana";
    QVERIFY(run(*rt, import, "dana").ok);
    QCOMPARE(rawText(openRaw(m_path.toStdString()), "SELECT group_concat(name, ',') FROM feature_flags"),
             QStringLiteral("checkout,search"));
    QCOMPARE(count(m_path, "SELECT count(*) FROM flag_segments"), std::int64_t(1));
    // One row for the file: what it brings, what it replaced or removed (never one of Sluice's own flags).
    const AuditRow row = lastAudit(m_path, "flag.import");
    QCOMPARE(row.who, std::string("dana 2 flags "));
    QCOMPARE(at(row.after, "/source"), std::string("flags.json"));
    QCOMPARE(row.after["names"], nlohmann::json({"checkout", "search"}));
    QCOMPARE(row.after["segments"], nlohmann::json({1}));
    QCOMPARE(row.before["removed"], nlohmann::json({"old"}));
    QCOMPARE(row.before["replaced"], nlohmann::json::array());

    // Sluice's own flags are never removed by a file that lacks them.
    flags::FlagSet inForce;
    inForce.features = {rolloutFlag(flags::kReputationSystem, 100), rolloutFlag("old", 5), rolloutFlag("checkout", 1)};
    const FlagCommandChanges changes = flagChangesOf(import, inForce, kT0);
    QCOMPARE(changes.removed, std::vector<std::string>{"old"});
    QCOMPARE(changes.put.size(), std::size_t(2));
}

void TestFlagsStore::aRefusedChangeLeavesNoRow()
{
    store::StoreError error;
    auto db = store::Database::open(m_path.toStdString(), error);
    QVERIFY2(db, error.message.c_str());
    const auto raw = openRaw(m_path.toStdString());
    QCOMPARE(execRaw(raw, "CREATE TRIGGER refuse BEFORE INSERT ON feature_flags WHEN NEW.name = 'boom' "
                          "BEGIN SELECT RAISE(ABORT, 'no room'); END;"),
             SQLITE_OK);
    const std::string good = flags::writeFeature(rolloutFlag("good", 10));
    const std::string boom = flags::writeFeature(rolloutFlag("boom", 10));
    store::AuditEntry audit = store::testing::testAudit();
    audit.action = "flag.import";

    // The second row fails in SQLite: the first and the audit row are rolled back with it.
    auto refused = db->apply({store::PutSegment{1, flags::writeSegment(betaSegment())}, store::PutFlag{"good", good},
                              store::PutFlag{"boom", boom}},
                             audit);
    QVERIFY(refused);
    QVERIFY2(refused->message.find("no room") != std::string::npos, refused->message.c_str());
    // A definition that would read back as another flag, or not at all, is refused naming the flag.
    refused = db->apply({store::PutFlag{"good", good}, store::PutFlag{"other", good}}, audit);
    QVERIFY(refused);
    QCOMPARE(refused->code, store::StoreError::Code::Invalid);
    QVERIFY2(refused->message.starts_with(R"(feature flag "other": its definition's "name" is not "other"; nothing)"),
             refused->message.c_str());
    refused = db->apply({store::PutSegment{2, "[1, 2]"}}, audit);
    QVERIFY(refused);
    QVERIFY2(refused->message.starts_with("segment 2: its definition is not a JSON object; nothing"),
             refused->message.c_str());

    QCOMPARE(count(m_path, "SELECT count(*) FROM feature_flags"), std::int64_t(0));
    QCOMPARE(count(m_path, "SELECT count(*) FROM flag_segments"), std::int64_t(0));
    QCOMPARE(count(m_path, "SELECT count(*) FROM audit_log"), std::int64_t(0));
    QVERIFY(!db->apply({store::PutFlag{"good", good}}, audit));  // the same change alone goes through
    QCOMPARE(count(m_path, "SELECT count(*) FROM feature_flags"), std::int64_t(1));
    QCOMPARE(count(m_path, "SELECT count(*) FROM audit_log"), std::int64_t(1));
}

void TestFlagsStore::engineChangesAreWrittenWithTheirAuditRows()
{
    store::StoreError error;
    auto db = store::Database::open(m_path.toStdString(), error);
    QVERIFY2(db, error.message.c_str());
    store::StoreWriter writer(std::move(db));
    flags::FeatureFlag stepped = rolloutFlag("checkout", 15);
    store::AuditEntry audit{kWall, "sluice", "flag.plan_step", "checkout", R"({"rollout":10})", R"({"rollout":15})",
                            "",    kT0};
    writer.submitFlagWrites({store::FlagWrite{"checkout", flags::writeFeature(stepped), {audit}}});
    writer.flush();
    QCOMPARE(flags::rolloutOf(storedFlag(m_path, "checkout").value()), std::optional(15));
    QCOMPARE(
        rawText(openRaw(m_path.toStdString()),
                "SELECT actor || ' ' || target || ' ' || before || ' ' || after || ' ' || engine_at "
                "FROM audit_log WHERE action = 'flag.plan_step'"),
        QString::fromStdString(R"(sluice checkout {"rollout":10} {"rollout":15} )" + std::to_string(kT0 / kNsPerMs)));
}

void TestFlagsStore::aHeldEngineChangeNeverUndoesALaterAdminChange()
{
    store::StoreError error;
    auto db = store::Database::open(m_path.toStdString(), error);
    QVERIFY2(db, error.message.c_str());
    store::StoreWriter::Limits limits;
    limits.firstRetry = std::chrono::milliseconds(5);
    limits.maxRetry = std::chrono::milliseconds(20);
    limits.adminRetryFor = std::chrono::milliseconds(60'000);
    store::StoreWriter writer(std::move(db), limits);

    // Another program holds the write lock: the plan step is held for a retry, the admin change waits.
    const auto raw = openRaw(m_path.toStdString());
    sqlite3_busy_timeout(raw.get(), 0);
    QCOMPARE(execRaw(raw, "BEGIN IMMEDIATE"), SQLITE_OK);
    store::AuditEntry step{0, "sluice", "flag.plan_step", "checkout", std::nullopt, std::nullopt, "", kT0};
    writer.submitFlagWrites({store::FlagWrite{"checkout", flags::writeFeature(rolloutFlag("checkout", 15)), {step}}});
    QTRY_VERIFY(writer.backlog().failing);
    std::promise<std::optional<store::StoreError>> done;
    store::AuditEntry audit = store::testing::testAudit();
    audit.action = "flag.rollout";
    // The admin moved the slider from the stepped 15 to 50: its definition started from the step.
    writer.submitAdmin({store::PutFlag{"checkout", flags::writeFeature(rolloutFlag("checkout", 50))}}, audit,
                       [&](const std::optional<store::StoreError>& e) { done.set_value(e); });
    const auto errorsBefore = writer.stats().errors;
    QTRY_VERIFY(writer.stats().errors > errorsBefore);  // the admin change is being retried
    QCOMPARE(execRaw(raw, "COMMIT"), SQLITE_OK);
    auto result = done.get_future();
    QVERIFY(result.wait_for(std::chrono::seconds(30)) == std::future_status::ready);
    QVERIFY(!result.get());
    QVERIFY(writer.waitStored(std::chrono::seconds(30)));
    writer.flush();
    QTRY_COMPARE(count(m_path, "SELECT count(*) FROM audit_log WHERE action = 'flag.plan_step'"), std::int64_t(1));
    // Whichever order they were written in, the admin's 50 stands and the step is in the history.
    QCOMPARE(flags::rolloutOf(storedFlag(m_path, "checkout").value()), std::optional(50));
    QCOMPARE(count(m_path, "SELECT count(*) FROM audit_log"), std::int64_t(2));
}

void TestFlagsStore::exposuresAddUpPerBucket()
{
    store::StoreError error;
    auto db = store::Database::open(m_path.toStdString(), error);
    QVERIFY2(db, error.message.c_str());
    const TimeNs minute = kT0 - kT0 % kNsPerMin;
    {
        store::StoreWriter writer(std::move(db));
        writer.submitFlagExposures({{"checkout", "", minute, 10, 90}, {"checkout", "blue", minute, 4, 0}});
        // The same bucket again (handed over in parts, or across a restart), the next one, another flag.
        writer.submitFlagExposures(
            {{"checkout", "", minute, 5, 5}, {"checkout", "", minute + kNsPerMin, 1, 2}, {"search", "", minute, 7, 0}});
        writer.flush();
        QVERIFY(writer.waitStored(std::chrono::seconds(30)));
    }
    // The console reads them beside a running Sluice, over a period.
    auto reader = store::Database::openReadOnly(m_path.toStdString(), error);
    QVERIFY2(reader, error.message.c_str());
    std::vector<store::FlagExposureRow> rows;
    QVERIFY(!reader->readFlagExposures("checkout", minute, minute + 2 * kNsPerMin, rows));
    QCOMPARE(rows.size(), std::size_t(3));
    QCOMPARE(rows[0].variant, std::string());
    QCOMPARE(rows[0].bucketStart, minute);
    QCOMPARE(rows[0].yes, std::uint64_t(15));
    QCOMPARE(rows[0].no, std::uint64_t(95));
    QCOMPARE(rows[1].variant, std::string("blue"));
    QCOMPARE(rows[1].yes, std::uint64_t(4));
    QCOMPARE(rows[2].bucketStart, minute + kNsPerMin);
    QCOMPARE(rows[2].yes, std::uint64_t(1));
    QCOMPARE(rows[2].no, std::uint64_t(2));
    // The period's end is not in it.
    QVERIFY(!reader->readFlagExposures("checkout", minute, minute + kNsPerMin, rows));
    QCOMPARE(rows.size(), std::size_t(2));
    QVERIFY(!reader->readFlagExposures("unknown", 0, minute + kNsPerDay, rows));
    QVERIFY(rows.empty());
}

QTEST_GUILESS_MAIN(TestFlagsStore)
#include "tst_flags_store.moc"
