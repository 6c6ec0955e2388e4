// SPDX-License-Identifier: Apache-2.0
// The console's Fleet page against two real engines (EngineRuntime, the check API's server, the roster) that share
// a real redis-server, with the token in a real Secret Service (tests/with-keyring.sh): attaching lists both
// engines with their figures; a new page attaches again by itself from the keychain; an engine that stops is shown
// silent; a wrong token is named; forgetting removes the token. SLUICE_TEST_SHOTS=DIR also writes the window at
// 1024x640 and at full size, in English and German, to DIR/fleet-*.png.
#include "../engine/FlagTestSupport.h"
#include "../engine/RedisTestSupport.h"
#include "../engine/RuntimeTestSupport.h"

#include "Console.h"
#include "ConsoleTestSupport.h"
#include "FleetPageFixture.h"
#include "Format.h"
#include "MainWindow.h"
#include "PlainHttp.h"
#include "Translations.h"
#include "fleet/FleetClient.h"
#include "fleet/FleetFeed.h"
#include "fleet/FleetFigures.h"
#include "fleet/FleetHistory.h"
#include "fleet/FleetScopeBox.h"
#include "models/TopDeniedModel.h"
#include "pages/anomalies/AlertTableModel.h"
#include "pages/anomalies/AnomaliesPage.h"
#include "pages/anomalies/AnomalyChart.h"
#include "pages/flags/FlagEditorDialog.h"
#include "pages/fleet/FleetModel.h"
#include "pages/fleet/FleetPage.h"
#include "pages/notifications/NotificationTableModel.h"
#include "pages/notifications/NotificationsPage.h"
#include "pages/overview/OverviewPage.h"
#include "pages/overview/TrafficChartView.h"
#include "pages/reputation/ReputationPage.h"
#include "pages/reputation/ScoreHistogram.h"
#include "pages/throttle/ThrottlePage.h"
#include "pages/throttle/ThrottleTimelineChart.h"
#include "secrets/Keychain.h"
#include "widgets/KpiTile.h"

#include "http/CheckService.h"
#include "http/TokenStore.h"
#include "redis/FleetChanges.h"
#include "redis/FleetRoster.h"
#include "redis/RedisShared.h"
#include "shard/EngineShards.h"
#include "snapshot/SummaryMaker.h"

#include <QAbstractItemModel>
#include <QAreaSeries>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

using namespace sluice;
using namespace sluice::engine;

using namespace sluice::testing::fleet;

class TestFleetPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { SLUICE_START_TWO_ENGINE_FLEET(m_server, m_a, m_b); }
    void cleanupTestCase() { stopFleet(m_a, m_b); }

    void attachingListsTheEnginesAndKeepsTheTokenInTheKeychain()
    {
        {
            ui::FleetFeed pageFeed(kService);
            ui::FleetPage page(nullptr, &pageFeed);
            page.resize(1024, 640);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.findChild<QLineEdit*>(QStringLiteral("fleetServer"))->setText(m_a->address());
            page.findChild<QLineEdit*>(QStringLiteral("fleetToken"))->setText(QString::fromStdString(m_a->token));
            page.attach();
            const ui::FleetModel& model = *page.model();
            QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 15000);
            QCOMPARE(cell(model, 0, ui::FleetModel::Engine), QStringLiteral("engine-a:1"));
            QCOMPARE(cell(model, 1, ui::FleetModel::Host), QStringLiteral("host-engine-b:2"));
            QCOMPARE(cell(model, 0, ui::FleetModel::Version), QStringLiteral("0.1.0"));
            QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, ui::FleetModel::Redis),
                                      ui::FleetModel::tr("Whole (%n node(s))", nullptr, 1), 10000);
            QCOMPARE(cell(model, 1, ui::FleetModel::State), ui::FleetModel::tr("Deciding"));
            // The engines share their keys' scores, and none was changed alone.
            QVERIFY(model.data(model.index(0, ui::FleetModel::Redis), Qt::ToolTipRole)
                        .toString()
                        .startsWith(QStringLiteral("Limits and keys' reputation scores are shared through Redis.")));
            QTRY_VERIFY_WITH_TIMEOUT(page.status().contains(QStringLiteral("2 engines")), 5000);
            QVERIFY2(!page.status().contains(QStringLiteral("keychain")), qPrintable(page.status()));
            QTRY_COMPARE_WITH_TIMEOUT(keychainEntry(ui::FleetFeed::kTokenKey), QString::fromStdString(m_a->token),
                                      10000);
            QCOMPARE(keychainEntry(ui::FleetFeed::kServerKey), QStringLiteral("http://") + m_a->address());
        }
        // A new page (a console started later) attaches by itself once shown, from the keychain.
        ui::FleetFeed againFeed(kService);
        ui::FleetPage again(nullptr, &againFeed);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTRY_COMPARE_WITH_TIMEOUT(again.model()->rowCount(), 2, 15000);
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("fleetServer"))->text(),
                 QStringLiteral("http://") + m_a->address());
    }

    // Score changes an engine made alone (Redis could not take them) are said beside its Redis state.
    void scoreChangesMadeAloneAreCounted()
    {
        engine::FleetEntry e;
        e.summary.id = "engine-c:3";
        e.summary.shared = true;
        e.summary.degraded = true;
        e.summary.nodes = 3;
        e.summary.nodesUp = 2;
        e.summary.scoresShared = true;
        e.summary.scoreChangesAlone = 3;
        QCOMPARE(ui::FleetModel::redisText(e.summary),
                 ui::FleetModel::tr("%1; %n score change(s) alone", nullptr, 3)
                     .arg(ui::FleetModel::tr("Degraded: %1 of %n node(s) answer", nullptr, 3).arg(2)));
        QVERIFY(ui::FleetModel::redisText(e.summary).endsWith(QStringLiteral("; 3 score changes alone")));
        e.summary.scoreChangesAlone = 0;
        QCOMPARE(ui::FleetModel::redisText(e.summary), QStringLiteral("Degraded: 2 of 3 nodes answer"));
    }

    // An engine that keeps keys' scores alone beside engines that share them is marked: its keys' reputations, and so
    // their limits, differ from the others'. A fleet where none shares scores is not.
    void anEngineKeepingScoresAloneInASharingFleetIsMarked()
    {
        const auto entry = [](const std::string& id, bool scoresShared) {
            engine::FleetEntry e;
            e.summary.id = id;
            e.summary.shared = true;
            e.summary.nodes = 3;
            e.summary.nodesUp = 3;
            e.summary.scoresShared = scoresShared;
            return e;
        };
        ui::FleetModel model;
        model.setEngines({entry("engine-a:1", true), entry("engine-b:2", false)});
        QCOMPARE(cell(model, 0, ui::FleetModel::Redis), QStringLiteral("Whole (3 nodes)"));
        QCOMPARE(cell(model, 1, ui::FleetModel::Redis), QStringLiteral("Whole (3 nodes); scores its own"));
        QVERIFY(model.data(model.index(1, ui::FleetModel::Redis), Qt::ForegroundRole).isValid());
        QVERIFY(!model.data(model.index(0, ui::FleetModel::Redis), Qt::ForegroundRole).isValid());
        QVERIFY(model.data(model.index(1, ui::FleetModel::Redis), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("--redis-reputation shared")));
        // The sharing engine gone silent: nobody shares scores among those that answer, so nothing differs now.
        std::vector<engine::FleetEntry> quiet{entry("engine-a:1", true), entry("engine-b:2", false)};
        quiet[0].silent = true;
        model.setEngines(std::move(quiet));
        QCOMPARE(cell(model, 1, ui::FleetModel::Redis), QStringLiteral("Whole (3 nodes)"));
        model.setEngines({entry("engine-a:1", false), entry("engine-b:2", false)});
        QCOMPARE(cell(model, 0, ui::FleetModel::Redis), QStringLiteral("Whole (3 nodes)"));
        QVERIFY(!model.data(model.index(1, ui::FleetModel::Redis), Qt::ForegroundRole).isValid());
    }

    void anEngineThatStopsIsShownSilent()
    {
        auto c = std::make_unique<FleetEngine>(*m_server, "engine-c:3");
        ui::FleetFeed pageFeed(kService);
        ui::FleetPage page(nullptr, &pageFeed);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.findChild<QLineEdit*>(QStringLiteral("fleetServer"))->setText(m_a->address());
        page.findChild<QLineEdit*>(QStringLiteral("fleetToken"))->setText(QString::fromStdString(m_a->token));
        page.attach();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 15000);
        c->roster.reset();  // says nothing more, as a killed engine would
        QTRY_COMPARE_WITH_TIMEOUT(cell(*page.model(), 2, ui::FleetModel::State), ui::FleetModel::tr("Silent"), 15000);
        QVERIFY2(page.status().contains(QStringLiteral("1 silent")), qPrintable(page.status()));
        c.reset();
        m_server->call({"HDEL", "fleet-page-test:fleet", "engine-c:3"});
    }

    void aWrongTokenIsNamedAndForgettingRemovesTheToken()
    {
        ui::FleetFeed pageFeed(kService);
        ui::FleetPage page(nullptr, &pageFeed);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.findChild<QLineEdit*>(QStringLiteral("fleetServer"))->setText(m_a->address());
        page.findChild<QLineEdit*>(QStringLiteral("fleetToken"))
            ->setText(QStringLiteral("sluice_1_") + QString(64, QLatin1Char('0')));
        page.attach();
        QTRY_VERIFY_WITH_TIMEOUT(page.status().contains(QStringLiteral("401")), 15000);
        page.findChild<QLineEdit*>(QStringLiteral("fleetServer"))->setText(QStringLiteral("ftp://nowhere"));
        page.attach();
        QVERIFY2(page.status().contains(QStringLiteral("host:port")), qPrintable(page.status()));
        page.detach();
        QCOMPARE(page.model()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(keychainEntry(ui::FleetFeed::kTokenKey), QStringLiteral("<missing>"), 10000);
        QCOMPARE(keychainEntry(ui::FleetFeed::kServerKey), QStringLiteral("<missing>"));
    }

    // With an admin token the whole fleet's throttle is held and released; the page follows each change until every
    // engine has taken it. A read token is refused, and the page says so.
    void theFleetsThrottleIsHeldAndReleasedEverywhere()
    {
        QVERIFY(sluice::test::waitUntil(
            [&] { return !m_a->changes->cursor().empty() && !m_b->changes->cursor().empty(); }));
        ui::FleetFeed pageFeed(kService);
        ui::FleetPage page(nullptr, &pageFeed);
        QVERIFY(attachShown(page, m_a->token));
        auto* applied = page.findChild<QLabel*>(QStringLiteral("fleetApplied"));
        page.findChild<QLineEdit*>(QStringLiteral("fleetReason"))->setText(QStringLiteral("incident 42"));
        page.holdThrottle();
        QTRY_VERIFY_WITH_TIMEOUT(applied->text().contains(QStringLiteral("403")), 15000);  // a read token

        page.findChild<QLineEdit*>(QStringLiteral("fleetToken"))->setText(QString::fromStdString(m_a->admin));
        page.attach();
        page.holdThrottle();
        QTRY_VERIFY_WITH_TIMEOUT(applied->text().contains(QStringLiteral("applied by every engine (2 of 2)")), 15000);
        // "Applied" means made: each engine holds the override already, not merely has it queued.
        for (FleetEngine* e : {m_a.get(), m_b.get()}) {
            QCOMPARE(heldLevel(*e->runtime), std::string("high"));
        }
        const auto levels = [&] {
            QStringList out;
            for (const FleetEntry& e : page.model()->engines()) {
                out << QString::fromStdString(e.summary.throttle);
            }
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(levels(), (QStringList{QStringLiteral("high"), QStringLiteral("high")}), 15000);

        page.releaseThrottle();
        QTRY_VERIFY_WITH_TIMEOUT(applied->text().startsWith(QStringLiteral("Throttle released: applied by every")),
                                 15000);
        QTRY_COMPARE_WITH_TIMEOUT(levels(), (QStringList{QStringLiteral("none"), QStringLiteral("none")}), 15000);

        // An engine of an older Sluice moves on past a change whatever it made of it: the page does not call that
        // applied.
        {
            // Forgotten by the fleet after it stops (declared first, so run last): its roster thread writes until then.
            const auto forget = qScopeGuard([this] {
                m_server->call({"HDEL", "fleet-page-test:fleet", "engine-c:3"});
            });
            auto older = std::make_unique<FleetEngine>(*m_server, "engine-c:3", nullptr, "0.0.9");
            QVERIFY(older->service);
            QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 15000);
            page.holdThrottle();
            QTRY_COMPARE_WITH_TIMEOUT(applied->text(),
                                      QStringLiteral("Throttle held at High: taken by every engine (3 of 3), but one "
                                                     "running a Sluice older than 0.1.0 may have passed over it: "
                                                     "engine-c:3 (Sluice 0.0.9)."),
                                      15000);
            page.releaseThrottle();
            QTRY_VERIFY_WITH_TIMEOUT(applied->text().startsWith(QStringLiteral("Throttle released: taken by every")),
                                     15000);
        }
    }

    // The fleet as one: its figures, its requests per second over the last minutes and every engine's keys by
    // reputation score, added up over the engines.
    void theFleetIsShownAsOne()
    {
        for (int i = 0; i < 30; ++i) {
            const FleetEngine& e = i < 18 ? *m_a : *m_b;
            const QByteArray key = "as-one-" + QByteArray::number(i);
            QCOMPARE(
                sluice::testing::get(e.service->port(), "/v1/check?key=" + key, QByteArray::fromStdString(e.checker))
                    .status,
                200);
        }
        ui::FleetFeed pageFeed(kService);
        ui::FleetPage page(nullptr, &pageFeed);
        page.resize(1024, 640);
        QVERIFY(attachShown(page, m_a->token));
        const auto keysOfEngines = [&] {
            quint64 sum = 0;
            for (const FleetEntry& e : page.model()->engines()) {
                sum += e.summary.activeKeys;
            }
            return sum;
        };
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() == 2 && keysOfEngines() >= 30, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(page.scoreHistogram()->total(), keysOfEngines(), 5000);
        QVERIFY(page.scoreHistogram()->bins()[10] >= 30);  // new keys start at 50: the 50-55 bin
        const auto tile = [&](const QString& caption) {
            for (const ui::KpiTile* t : page.findChildren<ui::KpiTile*>()) {
                if (t->accessibleName() == caption) {
                    return t->value();
                }
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(tile(QStringLiteral("Engines answering")), QStringLiteral("2 of 2"), 5000);
        auto* heading = page.findChild<QLabel*>(QStringLiteral("fleetScoresHeading"));
        QTRY_COMPARE_WITH_TIMEOUT(
            heading->text(),
            QStringLiteral("Reputation across the fleet: %1 active keys").arg(ui::formatCount(keysOfEngines())), 5000);
        // A sample an answer: after three answers the chart draws at least two.
        QTRY_VERIFY_WITH_TIMEOUT(page.trafficChart()->allowedSeries()->upperSeries()->count() >= 2, 10000);
    }

    void theFleetsHistoryKeepsFiveMinutes()
    {
        ui::FleetHistory h;
        h.add(1000, 100, 10);
        h.add(1000, 120, 20);  // the same second again: the later answer
        QCOMPARE(h.size(), std::size_t{1});
        QCOMPARE(h.history().allowed[0], 100.0);
        QCOMPARE(h.history().denied[0], 20.0);
        h.add(1001, 5, 50);  // more denied than decided is not a rate: capped
        QCOMPARE(h.history().denied[1], 5.0);
        QCOMPARE(h.history().deniedByTier[1][1], 5.0);  // without a split from the engines: all standard
        h.add(1000 + ui::FleetHistory::kWindowSec, 1, 0);
        QCOMPARE(h.size(), std::size_t{2});  // second 1000 has left the window
        QCOMPARE(h.history().startSec.front(), 1001.0);
        QCOMPARE(h.history().toSec - h.history().fromSec, ui::FleetHistory::kWindowSec);
        // Denials by tier follow the engines' split, scaled to the denials kept.
        h.add(1000 + ui::FleetHistory::kWindowSec + 1, 100, 40, {10, 30, 0});
        QCOMPARE(h.history().deniedByTier[0].back(), 10.0);
        QCOMPARE(h.history().deniedByTier[1].back(), 30.0);
        h.add(1000 + ui::FleetHistory::kWindowSec + 2, 10, 8, {3, 1, 0});  // rounded apart from the rate: scaled
        QCOMPARE(h.history().deniedByTier[0].back(), 6.0);
        QCOMPARE(h.history().deniedByTier[1].back(), 2.0);
        h.add(900, 1, 0);  // the clock went back
        QCOMPARE(h.size(), std::size_t{1});
    }

    // A VIP tier given from the console is on both engines within a second, and the page says when every engine
    // has it; revoked, it is gone from both. A key with '/', '%' and a space stays one key.
    void aVipAssignedFromTheConsoleAppliesOnEveryEngineWithinASecond()
    {
        QVERIFY(sluice::test::waitUntil(
            [&] { return !m_a->changes->cursor().empty() && !m_b->changes->cursor().empty(); }));
        QVERIFY(madeOnBoth(cmd::PutVipTier{"gold", 2.0}));
        ui::FleetFeed pageFeed(kService);
        ui::FleetPage page(nullptr, &pageFeed);
        QVERIFY(attachShown(page, m_a->admin));
        auto* applied = page.findChild<QLabel*>(QStringLiteral("fleetApplied"));

        // The tier field offers the server's tiers.
        auto* tierField = page.findChild<QLineEdit*>(QStringLiteral("fleetVipTier"));
        QTRY_VERIFY_WITH_TIMEOUT(tierField->completer()->model()->rowCount() > 0, 10000);
        QVERIFY(tierField->completer()
                    ->model()
                    ->match(tierField->completer()->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("gold"), 1,
                            Qt::MatchExactly)
                    .size() == 1);
        QVERIFY2(tierField->placeholderText().contains(QStringLiteral("gold")),
                 qPrintable(tierField->placeholderText()));

        const std::string key = "partner/7 50%";
        page.findChild<QLineEdit*>(QStringLiteral("fleetVipKey"))->setText(QString::fromStdString(key));
        page.findChild<QLineEdit*>(QStringLiteral("fleetVipTier"))->setText(QStringLiteral("nonesuch"));
        page.assignVip();
        QTRY_VERIFY_WITH_TIMEOUT(applied->text().contains(QStringLiteral("not done")), 15000);  // no such tier
        QVERIFY2(applied->text().contains(QStringLiteral("nonesuch")), qPrintable(applied->text()));

        page.findChild<QLineEdit*>(QStringLiteral("fleetVipTier"))->setText(QStringLiteral("gold"));
        page.findChild<QLineEdit*>(QStringLiteral("fleetVipNotes"))->setText(QStringLiteral("contract 7"));
        const auto tiers = [&] {
            QStringList out;
            for (FleetEngine* e : {m_a.get(), m_b.get()}) {
                out << QString::fromStdString(tierOf(*e->runtime, key));
            }
            return out;
        };
        QElapsedTimer timer;
        timer.start();
        page.assignVip();
        QTRY_COMPARE_WITH_TIMEOUT(tiers(), (QStringList{QStringLiteral("gold"), QStringLiteral("gold")}), 15000);
        QVERIFY2(timer.elapsed() < 1000, QByteArray::number(timer.elapsed()).constData());
        QTRY_VERIFY_WITH_TIMEOUT(
            applied->text() == QStringLiteral("VIP tier gold for partner/7 50%: applied by every engine (2 of 2)."),
            15000);

        page.revokeVip();
        QTRY_COMPARE_WITH_TIMEOUT(tiers(), (QStringList{QString(), QString()}), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(applied->text().startsWith(QStringLiteral("VIP tier of partner/7 50% revoked: "
                                                                           "applied by every engine")),
                                 15000);
        page.findChild<QLineEdit*>(QStringLiteral("fleetVipKey"))->clear();
        page.revokeVip();
        QCOMPARE(applied->text(), QStringLiteral("Give the key whose VIP tier goes."));
    }

    // A rollout slider moved from the console moves on every engine; so does a flag's switch. The form offers the
    // server's flags and shows where the chosen one's slider is.
    void aFlagRolledOutFromTheConsoleAppliesOnEveryEngine()
    {
        QVERIFY(sluice::test::waitUntil(
            [&] { return !m_a->changes->cursor().empty() && !m_b->changes->cursor().empty(); }));
        flags::FeatureFlag plain;
        plain.name = "plain-switch";
        plain.enabled = true;
        plain.strategies.push_back(flags::Strategy{"default", {}, {}, {}, {}, false, true});
        for (const flags::FeatureFlag& f : {flags::test::rolloutFlag("new-checkout", 50), plain}) {
            QVERIFY(madeOnBoth(cmd::PutFlag{f, "tester"}));
        }
        ui::FleetFeed pageFeed(kService);
        ui::FleetPage page(nullptr, &pageFeed);
        QVERIFY(attachShown(page, m_a->admin));
        auto* applied = page.findChild<QLabel*>(QStringLiteral("fleetApplied"));
        auto* flag = page.findChild<QComboBox*>(QStringLiteral("fleetFlag"));
        auto* rollout = page.findChild<QSpinBox*>(QStringLiteral("fleetRollout"));
        QTRY_VERIFY_WITH_TIMEOUT(flag->findText(QStringLiteral("new-checkout")) >= 0, 10000);
        flag->setCurrentIndex(flag->findText(QStringLiteral("new-checkout")));
        QCOMPARE(rollout->value(), 50);  // where the slider is now

        const auto states = [&](const std::string& name) {
            QStringList out;
            for (FleetEngine* e : {m_a.get(), m_b.get()}) {
                out << QString::fromStdString(flagOf(*e->runtime, name));
            }
            return out;
        };
        rollout->setValue(30);
        page.rollOutFlag();
        QTRY_COMPARE_WITH_TIMEOUT(states("new-checkout"),
                                  (QStringList{QStringLiteral("on 30 %"), QStringLiteral("on 30 %")}), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            applied->text() ==
                QStringLiteral("Flag new-checkout rolled out to 30 %: applied by every engine (2 of 2)."),
            15000);
        page.switchFlag(false);
        QTRY_COMPARE_WITH_TIMEOUT(states("new-checkout"),
                                  (QStringList{QStringLiteral("off 30 %"), QStringLiteral("off 30 %")}), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(applied->text().startsWith(QStringLiteral("Flag new-checkout switched off: applied by "
                                                                           "every engine")),
                                 15000);

        // A percentage being typed is not taken away by the next answer about the flags.
        rollout->setValue(45);
        QSignalSpy listed(pageFeed.client(), &ui::FleetClient::flagsAnswered);
        pageFeed.client()->askFlags();
        QVERIFY(listed.wait(10000));
        QCOMPARE(rollout->value(), 45);

        // A flag without a rollout strategy is only switched; the engine's refusal of a rollout is said.
        flag->setCurrentIndex(flag->findText(QStringLiteral("plain-switch")));
        QVERIFY2(page.findChild<QPushButton*>(QStringLiteral("fleetRollOut"))
                     ->toolTip()
                     .contains(QStringLiteral("no rollout")),
                 qPrintable(page.findChild<QPushButton*>(QStringLiteral("fleetRollOut"))->toolTip()));
        page.rollOutFlag();
        QTRY_VERIFY_WITH_TIMEOUT(applied->text().contains(QStringLiteral("not done")), 15000);
        QVERIFY2(applied->text().contains(QStringLiteral("no rollout strategy")), qPrintable(applied->text()));
        flag->setEditText(QString());
        page.switchFlag(true);
        QCOMPARE(applied->text(), QStringLiteral("Choose the flag to switch."));
    }

    // A flag's whole definition is edited in the console's flag editor from the Fleet page, over the server's segments
    // and without a preview, and put on every engine; a flag the fleet does not have yet is defined the same way.
    void aFlagDefinedFromTheConsoleAppliesOnEveryEngine()
    {
        QVERIFY(sluice::test::waitUntil(
            [&] { return !m_a->changes->cursor().empty() && !m_b->changes->cursor().empty(); }));
        QVERIFY(madeOnBoth(cmd::PutSegment{flags::Segment{5, "staff", {}}, "tester"}));
        QVERIFY(madeOnBoth(cmd::PutFlag{flags::test::rolloutFlag("checkout-v2", 20), "tester"}));
        ui::FleetFeed pageFeed(kService);
        ui::FleetPage page(nullptr, &pageFeed);
        QVERIFY(attachShown(page, m_a->admin));
        auto* applied = page.findChild<QLabel*>(QStringLiteral("fleetApplied"));
        auto* flag = page.findChild<QComboBox*>(QStringLiteral("fleetFlag"));
        QTRY_VERIFY_WITH_TIMEOUT(flag->findText(QStringLiteral("checkout-v2")) >= 0, 10000);
        flag->setCurrentIndex(flag->findText(QStringLiteral("checkout-v2")));

        const auto visibleEditors = [&] {
            const auto all = page.findChildren<ui::FlagEditorDialog*>();
            return static_cast<int>(std::count_if(all.begin(), all.end(), [](auto* d) { return d->isVisible(); }));
        };
        const auto openEditor = [&](const QString& title) -> ui::FlagEditorDialog* {
            page.findChild<QPushButton*>(QStringLiteral("fleetFlagDefinition"))->click();
            ui::FlagEditorDialog* found = nullptr;
            const auto shown = [&] {
                for (auto* d : page.findChildren<ui::FlagEditorDialog*>()) {
                    if (d->isVisible() && d->windowTitle() == title) {
                        found = d;
                    }
                }
                return found != nullptr;
            };
            return QTest::qWaitFor(shown, 10000) ? found : nullptr;
        };
        ui::FlagEditorDialog* editor = openEditor(QStringLiteral("Flag checkout-v2 on the whole fleet"));
        QVERIFY2(editor, qPrintable(applied->text()));
        QCOMPARE(editor->findChild<QLabel*>(QStringLiteral("flagPreview"))->text(),
                 QStringLiteral("Not previewed here: each engine of the fleet evaluates the flag over its own keys."));
        QCOMPARE(editor->findChild<QLabel*>(QStringLiteral("flagSegmentsKnown"))->text(),
                 QStringLiteral("Segments: 5 staff"));
        QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("flagEditorName"))->text(),
                 QStringLiteral("checkout-v2"));
        editor->findChild<QLineEdit*>(QStringLiteral("flagEditorDescription"))->setText(QStringLiteral("second try"));
        editor->accept();

        const auto definitions = [&](const std::string& name) {
            QStringList out;
            for (FleetEngine* e : {m_a.get(), m_b.get()}) {
                std::promise<std::string> text;
                e->runtime->post([&](const EngineShards& engine) {
                    const flags::FeatureFlag* f = engine.flagSet().find(name);
                    const auto rollout = f != nullptr ? flags::rolloutOf(*f) : std::nullopt;
                    text.set_value(f == nullptr
                                       ? std::string()
                                       : f->description + " | " + (f->enabled ? "on" : "off") +
                                             (rollout ? " " + std::to_string(*rollout) + " %" : std::string()));
                });
                out << QString::fromStdString(text.get_future().get());
            }
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(
            definitions("checkout-v2"),
            (QStringList{QStringLiteral("second try | on 20 %"), QStringLiteral("second try | on 20 %")}), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(applied->text(),
                                  QStringLiteral("Flag checkout-v2 defined: applied by every engine (2 of 2)."), 15000);

        // A flag defined since the page listed the flags is edited as it stands, not as a new one over it.
        QVERIFY(madeOnBoth(cmd::PutFlag{flags::test::rolloutFlag("defined-since", 70), "tester"}));
        flag->setEditText(QStringLiteral("defined-since"));
        editor = openEditor(QStringLiteral("Flag defined-since on the whole fleet"));
        QVERIFY2(editor, qPrintable(applied->text()));
        editor->reject();

        // A name the fleet does not have: a new flag, named as typed. A second click while the first is being read
        // opens no second editor.
        flag->setEditText(QStringLiteral("fleet-born"));
        page.defineFlag();
        editor = openEditor(QStringLiteral("New flag on the whole fleet"));
        QVERIFY(editor);
        page.defineFlag();
        QCoreApplication::processEvents();
        QCOMPARE(visibleEditors(), 1);
        QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("flagEditorName"))->text(), QStringLiteral("fleet-born"));
        editor->accept();
        QTRY_COMPARE_WITH_TIMEOUT(definitions("fleet-born"),
                                  (QStringList{QStringLiteral(" | off 0 %"), QStringLiteral(" | off 0 %")}), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(applied->text(),
                                  QStringLiteral("Flag fleet-born defined: applied by every engine (2 of 2)."), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(flag->findText(QStringLiteral("fleet-born")) >= 0, 10000);  // the list has it now

        // A server that cannot be read says so, and opens nothing.
        const QString problem = QStringLiteral("The flag cannot be edited: ");
        pageFeed.client()->setServer(QUrl(QStringLiteral("http://127.0.0.1:1")), QByteArray::fromStdString(m_a->admin));
        page.defineFlag();
        QTRY_VERIFY_WITH_TIMEOUT(applied->text().startsWith(problem), 10000);
        QVERIFY2(applied->text().contains(QStringLiteral("No answer from")), qPrintable(applied->text()));
        QCOMPARE(visibleEditors(), 0);
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("fleetFlagDefinition"))->isEnabled());  // to try again
    }

    // The Engine choice against a server that stops answering and engines that come and go: a chosen engine missing
    // from one answer (a Redis blip leaves a server listing only itself) stays chosen; a question that fails leaves
    // no figures shown as current; a console attached to a server that does not answer yet asks again by itself.
    void theEngineChoiceOutlastsBlipsAndAFeedRetries()
    {
        ui::FleetFeed feed(QString{});  // no keychain
        ui::FleetScopeBox box(&feed, nullptr);
        QSignalSpy failures(&feed, &ui::FleetFeed::failed);
        feed.attach(QUrl(QStringLiteral("http://127.0.0.1:1")), "sluice_token");  // nothing listens there
        QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, 10000);
        QVERIFY(!box.offersFleet());  // attached, never answered: nothing to choose yet
        QVERIFY(!feed.polling());     // nobody watches...
        QTRY_VERIFY_WITH_TIMEOUT(failures.count() >= 2, 3 * ui::FleetFeed::kRetryMs);  // ...yet it asks again

        const auto answerOf = [](std::initializer_list<const char*> ids) {
            std::vector<FleetEntry> engines;
            for (const char* id : ids) {
                FleetEntry e;
                e.summary.id = id;
                e.summary.activeKeys = 3;
                engines.push_back(e);
            }
            return http::fleetAnswerOf(std::move(engines));
        };
        emit feed.client()->answered(answerOf({"a:1", "b:2"}));
        QVERIFY(box.offersFleet());
        QVERIFY(feed.current() != nullptr);
        QVERIFY(box.setScope(QStringLiteral("b:2")));
        emit feed.client()->answered(answerOf({"a:1"}));
        QCOMPARE(box.scope(), QStringLiteral("b:2"));
        QCOMPARE(box.combo()->currentText(), QStringLiteral("b:2 (not heard)"));
        emit feed.client()->answered(answerOf({"a:1", "b:2"}));
        QCOMPARE(box.combo()->currentText(), QStringLiteral("b:2"));
        QCOMPARE(ui::fleetFigures(*feed.current(), box.scope()).activeKeys, std::uint64_t{3});

        emit feed.client()->failed(QStringLiteral("gone"));
        QVERIFY(feed.current() == nullptr);  // the figures are no longer current
        QVERIFY(feed.latest().has_value());  // though what was heard is kept
        QCOMPARE(box.scope(), QStringLiteral("b:2"));

        // Attached again with another token: the choice stays; forgotten: back to this console.
        feed.attach(QUrl(QStringLiteral("http://127.0.0.1:1")), "sluice_other");
        QCOMPARE(box.scope(), QStringLiteral("b:2"));
        feed.detach();
        QCOMPARE(box.scope(), QString());
        QVERIFY(!box.offersFleet());
    }

    // The Fleet page in the console's window as a person sees it, when SLUICE_TEST_SHOTS names a directory.
    void shots()
    {
        const QString dir = qEnvironmentVariable("SLUICE_TEST_SHOTS");
        if (dir.isEmpty()) {
            QSKIP("only with SLUICE_TEST_SHOTS");
        }
        // Proxies ask both engines all the while, so the figures are not all zero; a tight limit, so some are denied.
        Policy tight;
        tight.limit = 600;
        tight.burst = 20;
        for (FleetEngine* e : {m_a.get(), m_b.get()}) {
            std::promise<bool> made;
            e->runtime->command(cmd::SetPolicies{{tight}}, AdminContext{"tester", {}},
                                [&made](const CommandResult& r) { made.set_value(r.ok); });
            QVERIFY(made.get_future().get());
        }
        std::atomic<bool> stop{false};
        std::thread traffic([&] {
            for (int i = 0; !stop; ++i) {
                const FleetEngine& e = i % 2 == 0 ? *m_a : *m_b;
                sluice::testing::get(e.service->port(), "/v1/check?key=user-" + QByteArray::number(i % 50),
                                     QByteArray::fromStdString(e.checker));
            }
        });
        raiseAlerts(*m_a, *m_b);
        const auto noAlerts = qScopeGuard([this] { clearAlerts(*m_a, *m_b); });
        QTemporaryDir consoleDir;
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
            app::selectLanguage(language);
            app::installTranslations();
            const QString settingsFile = consoleDir.filePath(QStringLiteral("console-%1.ini").arg(language));
            app::ConsoleSetup setup = sluice::testing::consoleSetup(
                {QStringLiteral("sluice"), QStringLiteral("--scenario"), QStringLiteral("none"), QStringLiteral("--db"),
                 consoleDir.filePath(QStringLiteral("console-%1.db").arg(language))},
                settingsFile);
            app::AppSettings settings(settingsFile, nullptr);
            app::Console console(std::move(setup), settings);
            console.start();
            ui::MainWindow& window = console.window();
            for (const QSize size : {QSize(1024, 640), QSize(1600, 1000)}) {
                window.resize(size);
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                window.setCurrentPageId(QStringLiteral("fleet"));
                auto* page = window.findChild<ui::FleetPage*>();
                QVERIFY(page != nullptr);
                page->findChild<QLineEdit*>(QStringLiteral("fleetServer"))->setText(m_a->address());
                page->findChild<QLineEdit*>(QStringLiteral("fleetToken"))->setText(QString::fromStdString(m_a->admin));
                page->attach();
                QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 15000);
                // The fleet held at a level, and the page saying every engine has it.
                page->findChild<QLineEdit*>(QStringLiteral("fleetReason"))->setText(QStringLiteral("incident 42"));
                page->holdThrottle();
                auto* applied = page->findChild<QLabel*>(QStringLiteral("fleetApplied"));
                QTRY_VERIFY_WITH_TIMEOUT(applied->text().contains(QStringLiteral("(2 ")), 15000);
                QTRY_VERIFY_WITH_TIMEOUT(page->model()->engines()[1].summary.decisionsPerSec > 0, 15000);
                QTRY_VERIFY_WITH_TIMEOUT(!page->status().contains(QStringLiteral("…")), 5000);
                page->findChild<QLineEdit*>(QStringLiteral("fleetVipKey"))->setText(QStringLiteral("partner-7"));
                page->findChild<QLineEdit*>(QStringLiteral("fleetVipTier"))->setText(QStringLiteral("gold"));
                page->findChild<QComboBox*>(QStringLiteral("fleetFlag"))->setEditText(QStringLiteral("new-checkout"));
                page->findChild<QSpinBox*>(QStringLiteral("fleetRollout"))->setValue(30);
                QCoreApplication::sendPostedEvents();
                QVERIFY(window.grab().save(
                    QDir(dir).filePath(QStringLiteral("fleet-%1-%2.png").arg(language).arg(size.width()))));
                // The flag's definition, opened from the page to be edited on the whole fleet.
                page->findChild<QPushButton*>(QStringLiteral("fleetFlagDefinition"))->click();
                ui::FlagEditorDialog* editor = nullptr;
                QVERIFY(QTest::qWaitFor(
                    [&] {
                        for (auto* d : page->findChildren<ui::FlagEditorDialog*>()) {
                            editor = d->isVisible() ? d : editor;
                        }
                        return editor != nullptr;
                    },
                    15000));
                QCoreApplication::sendPostedEvents();
                QVERIFY(editor->grab().save(
                    QDir(dir).filePath(QStringLiteral("fleet-flag-editor-%1-%2.png").arg(language).arg(size.width()))));
                editor->reject();
                page->releaseThrottle();
                QTRY_VERIFY_WITH_TIMEOUT(applied->text().contains(QStringLiteral("(2 ")), 15000);
                // The dashboards showing the whole fleet.
                QVERIFY(window.fleetScope()->setScope(ui::kWholeFleet));
                window.setCurrentPageId(QStringLiteral("overview"));
                auto* overview = window.findChild<ui::OverviewPage*>();
                QTRY_VERIFY_WITH_TIMEOUT(
                    overview->findChild<ui::TrafficChartView*>()->allowedSeries()->upperSeries()->count() >= 3, 15000);
                QTRY_VERIFY_WITH_TIMEOUT(
                    overview->findChild<QTableView*>(QStringLiteral("topDeniedTable"))->model()->rowCount() > 0, 15000);
                QCoreApplication::sendPostedEvents();
                QVERIFY(window.grab().save(
                    QDir(dir).filePath(QStringLiteral("fleet-overview-%1-%2.png").arg(language).arg(size.width()))));
                window.setCurrentPageId(QStringLiteral("reputation"));
                QCoreApplication::sendPostedEvents();
                QVERIFY(window.grab().save(
                    QDir(dir).filePath(QStringLiteral("fleet-reputation-%1-%2.png").arg(language).arg(size.width()))));
                window.setCurrentPageId(QStringLiteral("throttle"));
                QCoreApplication::sendPostedEvents();
                QVERIFY(window.grab().save(
                    QDir(dir).filePath(QStringLiteral("fleet-throttle-%1-%2.png").arg(language).arg(size.width()))));
                window.setCurrentPageId(QStringLiteral("anomalies"));
                auto* alerts =
                    window.findChild<ui::AnomaliesPage*>()->findChild<QTableView*>(QStringLiteral("alertTable"));
                QTRY_COMPARE_WITH_TIMEOUT(alerts->model()->rowCount(), 3, 15000);
                alerts->selectionModel()->setCurrentIndex(alerts->model()->index(1, ui::AlertTableModel::KindColumn),
                                                          QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
                QCoreApplication::sendPostedEvents();
                QVERIFY(window.grab().save(
                    QDir(dir).filePath(QStringLiteral("fleet-anomalies-%1-%2.png").arg(language).arg(size.width()))));
                // B's alert acknowledged from here: passed on to B, and the line under the buttons following it.
                alerts->selectionModel()->setCurrentIndex(alerts->model()->index(0, ui::AlertTableModel::KindColumn),
                                                          QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
                window.findChild<ui::AnomaliesPage*>()
                    ->findChild<QPushButton*>(QStringLiteral("acknowledgeAlertButton"))
                    ->click();
                auto* asked =
                    window.findChild<ui::AnomaliesPage*>()->findChild<QLabel*>(QStringLiteral("alertCommandStatus"));
                QTRY_VERIFY_WITH_TIMEOUT(asked->text().endsWith(QLatin1Char('.')), 15000);
                QCoreApplication::sendPostedEvents();
                QVERIFY(window.grab().save(QDir(dir).filePath(
                    QStringLiteral("fleet-anomalies-asked-%1-%2.png").arg(language).arg(size.width()))));
                window.setCurrentPageId(QStringLiteral("notifications"));
                auto* notes = window.findChild<ui::NotificationsPage*>()->findChild<QTableView*>(
                    QStringLiteral("notificationTable"));
                QTRY_VERIFY_WITH_TIMEOUT(notes->model()->rowCount() > 0, 15000);
                notes->selectionModel()->setCurrentIndex(
                    notes->model()->index(0, 1), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                QCoreApplication::sendPostedEvents();
                QVERIFY(window.grab().save(QDir(dir).filePath(
                    QStringLiteral("fleet-notifications-%1-%2.png").arg(language).arg(size.width()))));
                // The chosen one marked read on its engine from here.
                auto* notifications = window.findChild<ui::NotificationsPage*>();
                notifications->findChild<QPushButton*>(QStringLiteral("notificationMarkRead"))->click();
                auto* noteStatus = notifications->findChild<QLabel*>(QStringLiteral("notificationCommandStatus"));
                QTRY_VERIFY_WITH_TIMEOUT(noteStatus->text().endsWith(QLatin1Char('.')), 15000);
                QCoreApplication::sendPostedEvents();
                QVERIFY(window.grab().save(QDir(dir).filePath(
                    QStringLiteral("fleet-notifications-asked-%1-%2.png").arg(language).arg(size.width()))));
                QVERIFY(window.fleetScope()->setScope(QString()));
            }
            console.finish();
        }
        stop = true;
        traffic.join();
        app::selectLanguage(QStringLiteral("en"));
        app::installTranslations();
    }

private:
    // Shows `page`, attaches it to engine A with `token`, and waits until it lists both engines.
    bool attachShown(ui::FleetPage& page, const std::string& token)
    {
        return sluice::testing::fleet::attachShown(page, *m_a, token);
    }
    bool madeOnBoth(const Command& command) { return madeOnEach(command, {m_a.get(), m_b.get()}); }

    std::unique_ptr<sluice::test::RedisServer> m_server;
    std::unique_ptr<FleetEngine> m_a;
    std::unique_ptr<FleetEngine> m_b;
};

QTEST_MAIN(TestFleetPage)
#include "tst_fleet_page.moc"
