// SPDX-License-Identifier: Apache-2.0
// The markers the time charts draw for admin actions, read from a real audit log: which actions, at which
// engine time, in which words, and the signal that says to ask again.
#include "CurrentUser.h"
#include "EngineHost.h"
#include "history/AdminActionHistory.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <limits>

using namespace sluice;

class TestAdminActionHistory final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void marksWhatChangesLimitsAndSaysWhenToAskAgain();
    void readsTheWindowInEngineTime();
    void withoutADatabaseThereIsNothingToMark();

private:
    void send(engine::Command command, bool expectOk = true);
    ui::ChartMarkers markers(ui::AdminActionHistory& history, qint64 fromMs, qint64 toMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::EngineHost> m_host;
};

void TestAdminActionHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    engine::RuntimeOptions o;
    o.databasePath = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    m_host = std::make_unique<app::EngineHost>(o);
    QSignalSpy started(m_host.get(), &app::EngineHost::started);
    m_host->start();
    QVERIFY(started.wait(10000));
}

void TestAdminActionHistory::send(engine::Command command, bool expectOk)
{
    QSignalSpy finished(m_host.get(), &app::EngineHost::commandFinished);
    m_host->sendCommand(std::move(command));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(1).toBool(), expectOk);
}

ui::ChartMarkers TestAdminActionHistory::markers(ui::AdminActionHistory& history, qint64 fromMs, qint64 toMs)
{
    QSignalSpy ready(&history, &ui::AdminActionHistory::markersReady);
    const quint64 id = history.request(fromMs, toMs);
    if (!ready.wait(10000) || ready.at(0).at(0).toULongLong() != id) {
        return {{0, QStringLiteral("<no answer>"), {}, {}}};
    }
    return ready.at(0).at(1).value<ui::ChartMarkers>();
}

void TestAdminActionHistory::marksWhatChangesLimitsAndSaysWhenToAskAgain()
{
    ui::AdminActionHistory history(m_host.get());
    QSignalSpy written(&history, &ui::AdminActionHistory::actionsWritten);
    const std::string me = ui::currentUserName().toStdString();
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    send(engine::cmd::SetThrottleOverride{engine::ThrottleLevel::High, "load test", 0, me});
    QCOMPARE(written.size(), 1);
    send(engine::cmd::AssignVip{"partner-1", "gold", 0, "contract 7", me});
    send(engine::cmd::SetVipExpiringLead{2 * engine::kNsPerDay});  // changes no limit: no marker
    engine::cmd::ClearThrottleOverride clear;
    clear.actor = me;
    send(clear);
    send(engine::cmd::PutVipTier{"bronze", 1.1});
    send(engine::cmd::AssignVip{"partner-2", "diamond", 0, "", me}, false);  // refused: nothing was written
    QCOMPARE(written.size(), 5);

    const ui::ChartMarkers all = markers(history, 0, std::numeric_limits<qint64>::max());
    QStringList labels;
    for (const ui::ChartMarker& m : all) {
        labels << m.label;
    }
    QCOMPARE(labels, QStringList({QStringLiteral("Override: High"), QStringLiteral("VIP gold → partner-1"),
                                  QStringLiteral("Override cleared"), QStringLiteral("VIP tier bronze ×1.1")}));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    for (const ui::ChartMarker& m : all) {
        QVERIFY(m.atMs >= before && m.atMs <= after);  // no simulation here: engine time is the wall clock
        QVERIFY(!m.color.isValid());                   // the chart's own marker colour
        QVERIFY2(m.detail.contains(QStringLiteral("Wall clock: ")), qPrintable(m.detail));
    }
    QVERIFY2(all[0].detail.startsWith(
                 QStringLiteral("Throttle override set: Auto-throttle\nBy %1: load test").arg(ui::currentUserName())),
             qPrintable(all[0].detail));
    QVERIFY2(all[1].detail.contains(QStringLiteral(": contract 7")), qPrintable(all[1].detail));
}

void TestAdminActionHistory::readsTheWindowInEngineTime()
{
    // Rows of a simulation whose engine time ran far from the wall clock, and one from before engine time was
    // recorded, which counts at its wall-clock time.
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(m_dir->filePath(QStringLiteral("sluice.db")).toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_busy_timeout(db, 10000);
        const char* sql =
            "INSERT INTO audit_log (at, engine_at, actor, action, target, before, after, reason) VALUES "
            "(1800000000000, 1000000, 'ops', 'throttle.override', 'engine.throttle_override', NULL, "
            "'{\"level\":\"low\"}', 'a'), "
            "(1800000001000, 2000000, 'ops', 'vip.revoke', 'bot-7', '{\"tier\":\"gold\"}', NULL, 'b'), "
            "(2500000, NULL, 'ops', 'setting.put', 'engine.policies', '[]', '[]', 'c'), "
            "(1800000002000, 3000000, 'ops', 'vip.import', '2 assignments', NULL, '{\"assignments\":2}', 'd'), "
            "(1800000003000, 3000000, 'ops', 'setting.put', 'engine.vip_expiring_lead_s', '1', '2', 'e'), "
            "(1800000004000, 3000001, 'ops', 'vip_tier.remove', 'bronze', '{\"multiplier\":1.1}', NULL, 'f')";
        QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    ui::AdminActionHistory history(m_host.get());
    QStringList seen;
    for (const ui::ChartMarker& m : markers(history, 1500000, 3000000)) {
        seen << QStringLiteral("%1 %2").arg(m.atMs).arg(m.label);
    }
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen[0], QStringLiteral("2000000 VIP revoked: bot-7"));
    QCOMPARE(seen[1], QStringLiteral("2500000 Rate limit policies changed"));
    QVERIFY2(seen[2].startsWith(QStringLiteral("3000000 VIP import: 2 key")), qPrintable(seen[2]));
    QCOMPARE(markers(history, 0, 1000000).size(), 1);
    QCOMPARE(markers(history, 0, 1000000).at(0).label, QStringLiteral("Override: Low"));
}

void TestAdminActionHistory::withoutADatabaseThereIsNothingToMark()
{
    m_host.reset();
    app::EngineHost host(engine::RuntimeOptions{});
    ui::AdminActionHistory history(&host);
    QVERIFY(markers(history, 0, std::numeric_limits<qint64>::max()).isEmpty());
}

QTEST_MAIN(TestAdminActionHistory)
#include "tst_admin_action_history.moc"
