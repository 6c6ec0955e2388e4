// SPDX-License-Identifier: Apache-2.0
// The engine with its store, as the console runs it: a real SQLite file, restarts, durable admin changes.
#include "RuntimeTestSupport.h"

#include <QtTest>

#include <future>

using namespace sluice::engine;
using namespace sluice::engine::testing;

class TestPersistence final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void restartKeepsReputationVipAndSettings();
    void adminChangeIsOnDiskWhenReportedDone();
    void aRefusedCommandChangesNothing();
    void decisionsComeBackWithTheBatch();
    void aForeignFileIsNotTouched();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestPersistence::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("data/sluice.db"));
}

void TestPersistence::restartKeepsReputationVipAndSettings()
{
    ManualClock clock(kT0);
    {
        std::string error;
        auto rt = EngineRuntime::start(*optionsFor(m_path), clock, {}, error);
        QVERIFY2(rt, error.c_str());
        QVERIFY(run(*rt, cmd::PutVipTier{"gold", 1.5}).ok);
        QVERIFY(rt->submit(batchOf("abuser", kT0, 20)));
        clock.set(kT0 + 11 * kNsPerSec);  // the violation window closes
        QVERIFY(run(*rt, cmd::AssignVip{"vip-user", "gold", kT0 + kNsPerDay, "contract 42", "ops"}).ok);
        QVERIFY(run(*rt, cmd::SetThrottleOverride{ThrottleLevel::High, "load test", 0, "ops"}).ok);
        QVERIFY(run(*rt, cmd::SetFlagRollout{flags::kReputationSystem, 40, "ops"}).ok);
        rt->sync();
        QCOMPARE(query<float>(*rt, [](const EngineShards& e) { return e.inspect("abuser")->score; }), 44.0F);
    }
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM reputation_events WHERE kind = 'violation'"), 1);

    clock.set(kT0 + 20 * kNsPerSec);
    std::string error;
    auto rt = EngineRuntime::start(*optionsFor(m_path), clock, {}, error);
    QVERIFY2(rt, error.c_str());
    QCOMPARE(query<float>(*rt, [](const EngineShards& e) { return e.inspect("abuser")->score; }), 44.0F);
    QCOMPARE(query<std::string>(*rt, [](const EngineShards& e) { return e.inspect("vip-user")->vipTier; }),
             std::string("gold"));
    QCOMPARE(query<TimeNs>(*rt, [](const EngineShards& e) { return e.inspect("vip-user")->vipExpiresAt; }),
             kT0 + kNsPerDay);
    QCOMPARE(query<int>(*rt, [](const EngineShards& e) { return int(e.throttle().level()); }),
             int(ThrottleLevel::High));
    QCOMPARE(query<int>(*rt,
                        [](const EngineShards& e) {
                            return int(featureGate(e.config(), Feature::ReputationSystem).percentage);
                        }),
             40);
}

void TestPersistence::adminChangeIsOnDiskWhenReportedDone()
{
    ManualClock clock(kT0);
    std::string error;
    auto rt = EngineRuntime::start(*optionsFor(m_path), clock, {}, error);
    QVERIFY2(rt, error.c_str());
    QVERIFY(run(*rt, cmd::PutVipTier{"gold", 1.5}).ok);
    auto seen = std::make_shared<std::promise<int>>();
    const QString path = m_path;
    rt->command(cmd::AssignVip{"carol", "gold", 0, "", "ops"}, AdminContext{"tester", {}},
                [seen, path](const CommandResult& r) {
                    seen->set_value(r.ok ? countRows(path, "SELECT count(*) FROM vip_users WHERE key = 'carol'") : -2);
                });
    QCOMPARE(seen->get_future().get(), 1);
}

void TestPersistence::aRefusedCommandChangesNothing()
{
    ManualClock clock(kT0);
    std::string error;
    auto rt = EngineRuntime::start(*optionsFor(m_path), clock, {}, error);
    QVERIFY2(rt, error.c_str());
    const CommandResult r = run(*rt, cmd::AssignVip{"dave", "no-such-tier", 0, "", "ops"});
    QVERIFY(!r.ok);
    QVERIFY(r.error.find("no-such-tier") != std::string::npos);
    rt->sync();
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM vip_users"), 0);
}

void TestPersistence::decisionsComeBackWithTheBatch()
{
    ManualClock clock(kT0);
    std::string error;
    auto rt = EngineRuntime::start(*optionsFor(m_path), clock, {}, error);
    QVERIFY2(rt, error.c_str());
    auto verdicts = std::make_shared<std::promise<int>>();
    auto batch = batchOf("k", kT0, 15);
    batch->done = [verdicts](std::unique_ptr<RequestBatch> b) {
        int allowed = 0;
        for (const Decision& d : b->decisions) {
            allowed += d.allowed ? 1 : 0;
        }
        verdicts->set_value(allowed);
    };
    QVERIFY(rt->submit(std::move(batch)));
    QCOMPARE(verdicts->get_future().get(), 10);  // burst 10
}

void TestPersistence::aForeignFileIsNotTouched()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("data"))));
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are somebody's notes, not a database\n");
    f.close();
    ManualClock clock(kT0);
    std::string error;
    auto rt = EngineRuntime::start(*optionsFor(m_path), clock, {}, error);
    QVERIFY(!rt);
    QVERIFY2(error.find(m_path.toStdString()) != std::string::npos, error.c_str());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("these are somebody's notes, not a database\n"));
}

QTEST_APPLESS_MAIN(TestPersistence)
#include "tst_persistence.moc"
