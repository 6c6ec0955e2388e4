// SPDX-License-Identifier: Apache-2.0
// The console's Fleet page against two real engines (EngineRuntime, the check API's server, the roster) that share
// a real redis-server, with the token in a real Secret Service (tests/with-keyring.sh): attaching lists both
// engines with their figures; a new page attaches again by itself from the keychain; an engine that stops is shown
// silent; a wrong token is named; forgetting removes the token. SLUICE_TEST_SHOTS=DIR also writes the window at
// 1024x640 and at full size, in English and German, to DIR/fleet-*.png.
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
#include "pages/fleet/FleetModel.h"
#include "pages/fleet/FleetPage.h"
#include "pages/overview/OverviewPage.h"
#include "pages/overview/TrafficChartView.h"
#include "pages/reputation/ReputationPage.h"
#include "pages/reputation/ScoreHistogram.h"
#include "pages/throttle/ThrottlePage.h"
#include "pages/throttle/ThrottleTimelineChart.h"
#include "secrets/Keychain.h"
#include "widgets/KpiTile.h"

#include "decision/Engine.h"
#include "http/CheckService.h"
#include "http/TokenStore.h"
#include "redis/FleetChanges.h"
#include "redis/FleetRoster.h"
#include "redis/RedisShared.h"
#include "snapshot/SummaryMaker.h"

#include <QAbstractItemModel>
#include <QAreaSeries>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
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

namespace {

// A console of its own (its database and settings in a folder of their own, no traffic), started and shown.
struct ShownConsole {
    QTemporaryDir dir;
    QString settingsFile = dir.filePath(QStringLiteral("console.ini"));
    app::AppSettings settings{settingsFile, nullptr};
    app::Console console{
        sluice::testing::consoleSetup({QStringLiteral("sluice"), QStringLiteral("--scenario"), QStringLiteral("none"),
                                       QStringLiteral("--db"), dir.filePath(QStringLiteral("console.db"))},
                                      settingsFile),
        settings};

    bool show()
    {
        console.start();
        console.window().resize(1280, 800);
        console.window().show();
        return QTest::qWaitForWindowExposed(&console.window());
    }
};

}  // namespace

class TestFleetPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        app::selectLanguage(QStringLiteral("en"));  // the plural forms of the status line
        app::installTranslations();
        SLUICE_START_REDIS_OR_SKIP(m_server);
        m_server->call({"DEL", "fleet-page-test:fleet"});
        m_a = std::make_unique<FleetEngine>(*m_server, "engine-a:1");
        m_b = std::make_unique<FleetEngine>(*m_server, "engine-b:2");
        QVERIFY(m_a->service && m_b->service && !m_a->token.empty());
    }
    void cleanupTestCase()
    {
        m_b.reset();
        m_a.reset();
    }

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
        for (FleetEngine* e : {m_a.get(), m_b.get()}) {
            std::promise<bool> made;
            e->runtime->command(cmd::PutVipTier{"gold", 2.0}, AdminContext{"tester", {}},
                                [&made](const CommandResult& r) { made.set_value(r.ok); });
            QVERIFY(made.get_future().get());
        }
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

    // The console's dashboards show the fleet as one, or one engine of it, once a fleet is attached: the Overview's
    // figures, charts and most denied keys, and the Reputation page's tiers and histogram, each from what the
    // engines say of themselves. Pages that show only this console's engine turn the choice off, and the fleet is
    // asked only while a page shows it.
    void theDashboardsShowTheFleetOrOneEngine()
    {
        // Keys denied on one engine each: a limit of 5 a minute, 20 checks of hot-a on A and 30 of hot-b on B.
        const auto setPolicies = [&](const Policy& policy) {
            for (FleetEngine* e : {m_a.get(), m_b.get()}) {
                std::promise<bool> made;
                e->runtime->command(cmd::SetPolicies{{policy}}, AdminContext{"tester", {}},
                                    [&made](const CommandResult& r) { made.set_value(r.ok); });
                QVERIFY(made.get_future().get());
            }
        };
        Policy tight;
        tight.limit = 5;
        tight.burst = 5;
        setPolicies(tight);
        for (int i = 0; i < 50; ++i) {
            const FleetEngine& e = i < 20 ? *m_a : *m_b;
            const QByteArray key = i < 20 ? "hot-a" : "hot-b";
            sluice::testing::get(e.service->port(), "/v1/check?key=" + key, QByteArray::fromStdString(e.checker));
        }
        setPolicies(Policy{});

        ShownConsole shown;
        app::Console& console = shown.console;
        ui::MainWindow& window = console.window();
        QVERIFY(shown.show());
        ui::FleetScopeBox* scope = window.fleetScope();
        QVERIFY(!scope->isVisible());  // no fleet yet: no choice
        // An admin action on this console marks its own charts.
        window.setCurrentPageId(QStringLiteral("overview"));
        auto* overview = window.findChild<ui::OverviewPage*>();
        auto* traffic = overview->findChild<ui::TrafficChartView*>();
        // Once the console's engine runs (its first snapshot): a command before that is refused.
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<QLabel*>(QStringLiteral("statusRate"))->text().isEmpty(), 15000);
        console.host().sendCommand(cmd::PutVipTier{"silver", 1.5});
        QTRY_VERIFY_WITH_TIMEOUT(!traffic->markers().isEmpty(), 15000);
        window.setCurrentPageId(QStringLiteral("fleet"));
        auto* fleetPage = window.findChild<ui::FleetPage*>();
        fleetPage->findChild<QLineEdit*>(QStringLiteral("fleetServer"))->setText(m_a->address());
        fleetPage->findChild<QLineEdit*>(QStringLiteral("fleetToken"))->setText(QString::fromStdString(m_a->token));
        fleetPage->attach();
        QTRY_VERIFY_WITH_TIMEOUT(scope->offersFleet() && scope->isVisible(), 15000);
        QVERIFY(!scope->isEnabled());  // the Fleet page is the fleet already
        QVERIFY(scope->setScope(ui::kWholeFleet));

        window.setCurrentPageId(QStringLiteral("overview"));
        QVERIFY(scope->isEnabled());
        QVERIFY(window.fleet()->polling());
        // A fleet's keys are not this console's: no VIP or audit entries of them from here.
        QVERIFY(!overview->findChild<QAction*>(QStringLiteral("keyAssignVipAction"))->isEnabled());
        QVERIFY(!overview->findChild<QAction*>(QStringLiteral("keyAuditAction"))->isEnabled());
        const auto tile = [&](const char* name) {
            return overview->findChild<ui::KpiTile*>(QString::fromLatin1(name))->value();
        };
        const auto topKeys = [&] {
            QStringList keys;
            const QAbstractItemModel* m = overview->findChild<QTableView*>(QStringLiteral("topDeniedTable"))->model();
            for (int row = 0; row < m->rowCount(); ++row) {
                keys << m->index(row, ui::TopDeniedModel::KeyColumn).data().toString();
            }
            return keys;
        };
        // The figures are the fleet's: the active keys of both engines, and the keys each of them denied most.
        const auto fleetKeys = [&] {
            const auto& latest = window.fleet()->latest();
            return latest ? ui::formatCount(latest->activeKeys) : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            topKeys().contains(QStringLiteral("hot-a")) && topKeys().contains(QStringLiteral("hot-b")), 15000);
        // 25 denials before 15, once each engine's summary has all of its denials (one may tell part of them first).
        QTRY_COMPARE_WITH_TIMEOUT(topKeys().indexOf(QStringLiteral("hot-b")), 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(tile("kpiActive"), fleetKeys(), 5000);
        QVERIFY(window.fleet()->latest()->activeKeys >= 2);
        const QList<QLabel*> tierHeading = overview->findChildren<QLabel*>();
        QVERIFY(std::any_of(tierHeading.begin(), tierHeading.end(), [](const QLabel* l) {
            return l->text() == QStringLiteral("Denials by reputation tier across the fleet, last 5 minutes");
        }));
        QTRY_VERIFY_WITH_TIMEOUT(traffic->allowedSeries()->upperSeries()->count() >= 2, 10000);
        QVERIFY(traffic->markers().isEmpty());  // this console's admin actions are not the fleet's

        // One engine of it: B's own figures and its own most denied key only.
        QVERIFY(scope->setScope(QStringLiteral("engine-b:2")));
        const auto keysOfB = [&] {
            for (const FleetEntry& e : window.fleet()->latest()->engines) {
                if (e.summary.id == "engine-b:2") {
                    return ui::formatCount(e.summary.activeKeys);
                }
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(tile("kpiActive"), keysOfB(), 5000);
        QCOMPARE(topKeys().first(), QStringLiteral("hot-b"));
        QVERIFY(!topKeys().contains(QStringLiteral("hot-a")));

        // The Reputation page: the fleet's tiers and histogram; its table is still this console's keys, and says so.
        QVERIFY(scope->setScope(ui::kWholeFleet));
        window.setCurrentPageId(QStringLiteral("reputation"));
        auto* reputation = window.findChild<ui::ReputationPage*>();
        auto* histogram = reputation->findChild<ui::ScoreHistogram*>();
        QTRY_COMPARE_WITH_TIMEOUT(histogram->total(), window.fleet()->latest()->activeKeys, 5000);
        QVERIFY(reputation->findChild<QLabel*>(QStringLiteral("reputationFleetNote"))->isVisible());

        // The Throttle page: A held at High (on A alone, not through the fleet), B automatic at None. A is released
        // however this ends: the engines serve the tests after this one.
        const auto commandA = [&](Command command) {
            std::promise<bool> made;
            m_a->runtime->command(std::move(command), AdminContext{"tester", {}},
                                  [&made](const CommandResult& r) { made.set_value(r.ok); });
            return made.get_future().get();
        };
        QVERIFY(commandA(cmd::SetThrottleOverride{ThrottleLevel::High, "test of the fleet's view", 0, "tester"}));
        const auto releaseA = qScopeGuard([&] { commandA(cmd::ClearThrottleOverride{"tester"}); });
        window.setCurrentPageId(QStringLiteral("throttle"));
        auto* throttle = window.findChild<ui::ThrottlePage*>();
        const auto text = [&](const char* name) {
            return throttle->findChild<QLabel*>(QString::fromLatin1(name))->text();
        };
        QTRY_COMPARE_WITH_TIMEOUT(text("throttleLevel"), ui::throttleName(ThrottleLevel::High), 15000);
        QVERIFY2(text("throttleControl").startsWith(QStringLiteral("1 of 2 engines at this level.")),
                 qPrintable(text("throttleControl")));
        QVERIFY2(text("throttleControl").contains(QStringLiteral("engine-a:1: High (override)")),
                 qPrintable(text("throttleControl")));
        QVERIFY2(text("throttleMultiplier").contains(QStringLiteral("0.4")), qPrintable(text("throttleMultiplier")));
        auto* timeline = throttle->findChild<ui::ThrottleTimelineChart*>();
        QTRY_VERIFY_WITH_TIMEOUT(!timeline->bandPoints(ThrottleLevel::High).isEmpty(), 10000);
        QVERIFY(throttle->findChild<QLabel*>(QStringLiteral("throttleFleetNote"))->isVisible());
        QVERIFY(!throttle->findChild<QTableView*>(QStringLiteral("throttleHistoryTable"))->isVisible());
        QVERIFY(!throttle->findChild<QPushButton*>(QStringLiteral("overrideButton"))->isEnabled());
        QVERIFY(scope->setScope(QStringLiteral("engine-b:2")));
        QTRY_COMPARE_WITH_TIMEOUT(text("throttleLevel"), ui::throttleName(ThrottleLevel::None), 5000);
        QCOMPARE(text("throttleControl"), QStringLiteral("Automatic: set by the load on engine-b:2."));
        QVERIFY(timeline->bandPoints(ThrottleLevel::High).isEmpty());  // B's timeline, drawn at once, not the fleet's
        QVERIFY(scope->setScope(QString()));
        QVERIFY(throttle->findChild<QTableView*>(QStringLiteral("throttleHistoryTable"))->isVisible());
        QVERIFY(throttle->findChild<QPushButton*>(QStringLiteral("overrideButton"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(text("throttleControl").startsWith(QStringLiteral("Automatic: set by the load since")),
                                 5000);  // this console's own engine again
        QVERIFY(scope->setScope(ui::kWholeFleet));

        // A page that shows this console's engine only: the choice is off, and the fleet is not asked for it.
        window.setCurrentPageId(QStringLiteral("vip"));
        QVERIFY(!scope->isEnabled());
        QVERIFY(!window.fleet()->polling());

        // Back to this console: its own figures, none of the fleet's keys.
        window.setCurrentPageId(QStringLiteral("overview"));
        QVERIFY(scope->setScope(QString()));
        QVERIFY(!window.fleet()->polling());
        QTRY_VERIFY_WITH_TIMEOUT(!topKeys().contains(QStringLiteral("hot-b")), 5000);
        QVERIFY(!traffic->markers().isEmpty());  // its own admin actions again
        QVERIFY(overview->findChild<QAction*>(QStringLiteral("keyAssignVipAction"))->isEnabled());

        // Forgetting the fleet takes the choice away.
        QVERIFY(scope->setScope(ui::kWholeFleet));
        fleetPage->detach();
        QCOMPARE(scope->scope(), QString());
        QVERIFY(!scope->offersFleet());
        QTRY_VERIFY_WITH_TIMEOUT(!scope->isVisible(), 5000);  // the toolbar lays itself out again
        QCOMPARE(overview->fleetScope(), QString());
        console.finish();
    }

    // The Anomalies page in a fleet's view: the alerts every engine has not resolved, newest first with their engine
    // (ids are each engine's own), the details an engine told of one, and the actions, chart and settings left to
    // each engine; then one engine's alerts, and this console's own again.
    void theAnomaliesPageListsTheFleetsAlerts()
    {
        raiseAlerts(*m_a, *m_b);
        const auto cleanup = qScopeGuard([this] { clearAlerts(*m_a, *m_b); });
        ShownConsole shown;
        app::Console& console = shown.console;
        ui::MainWindow& window = console.window();
        QVERIFY(shown.show());
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<QLabel*>(QStringLiteral("statusRate"))->text().isEmpty(), 15000);
        window.setCurrentPageId(QStringLiteral("fleet"));
        auto* fleetPage = window.findChild<ui::FleetPage*>();
        fleetPage->findChild<QLineEdit*>(QStringLiteral("fleetServer"))->setText(m_a->address());
        fleetPage->findChild<QLineEdit*>(QStringLiteral("fleetToken"))->setText(QString::fromStdString(m_a->token));
        fleetPage->attach();
        ui::FleetScopeBox* scope = window.fleetScope();
        QTRY_VERIFY_WITH_TIMEOUT(scope->offersFleet(), 15000);

        window.setCurrentPageId(QStringLiteral("anomalies"));
        auto* page = window.findChild<ui::AnomaliesPage*>();
        QVERIFY(scope->isEnabled());  // the page shows fleets
        auto* table = page->findChild<QTableView*>(QStringLiteral("alertTable"));
        const QAbstractItemModel* model = table->model();
        const auto text = [&](const char* name) { return page->findChild<QLabel*>(QString::fromLatin1(name))->text(); };
        QVERIFY(table->isColumnHidden(ui::AlertTableModel::EngineColumn));  // this console's alerts have no engine
        QVERIFY(scope->setScope(ui::kWholeFleet));
        QVERIFY(!table->isColumnHidden(ui::AlertTableModel::EngineColumn));
        const auto listed = [&] {
            QStringList rows;
            for (int row = 0; row < model->rowCount(); ++row) {
                rows << model->index(row, ui::AlertTableModel::EngineColumn).data().toString() + " " +
                            model->index(row, ui::AlertTableModel::KindColumn).data().toString();
            }
            return rows;
        };
        // The resolved spike is not told to the fleet; B's flood is the newest.
        QTRY_COMPARE_WITH_TIMEOUT(
            listed(),
            (QStringList{QStringLiteral("engine-b:2 New-key flood"), QStringLiteral("engine-a:1 Key surge"),
                         QStringLiteral("engine-a:1 Spike")}),
            15000);
        QCOMPARE(text("anomalySummary"), QStringLiteral("3 alerts not resolved across the fleet"));
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("anomalyFleetNote"))->isVisible());
        QVERIFY(!page->findChild<ui::AnomalyChart*>()->isVisible());
        for (const char* button :
             {"acknowledgeAlertButton", "resolveAlertButton", "undoResponseButton", "anomalySettingsButton"}) {
            QVERIFY2(!page->findChild<QPushButton*>(QString::fromLatin1(button))->isEnabled(), button);
        }
        QCOMPARE(model->index(2, ui::AlertTableModel::StateColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Acknowledged by ops-anna"));

        // A's surge, chosen: its details as A told them, its keys A's; the choice holds while answers come.
        table->setFocus();
        table->selectionModel()->setCurrentIndex(model->index(1, ui::AlertTableModel::KindColumn),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(page->selectedAlert(), std::optional<quint64>(3));
        QCOMPARE(page->selectedEngine(), QStringLiteral("engine-a:1"));
        QCOMPARE(text("alertTitle"), QStringLiteral("Key surge in Requests of key bot-1"));
        QVERIFY2(text("alertResponse").startsWith(QStringLiteral("Throttle raised to High until ")),
                 qPrintable(text("alertResponse")));
        QCOMPARE(text("affectedKeysHeading"), QStringLiteral("Affected keys on engine-a:1 (8)"));
        // B raises a newer alert: the rows move, and the one chosen is still A's alert 3, not B's of the same id.
        {
            const TimeNs now = SystemClock().now();
            const std::lock_guard lock(m_b->latestMutex);
            m_b->anomalies = anomalyView(
                {alertOf(4, AnomalyKind::RouteStuffing, "route:/login", AlertState::Open, now - 10 * kNsPerSec),
                 alertOf(3, AnomalyKind::NewKeyFlood, "new_keys", AlertState::Open, now - 60 * kNsPerSec)},
                2);
        }
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10000);
        QCOMPARE(listed().first(), QStringLiteral("engine-b:2 Route stuffing"));
        QCOMPARE(page->selectedEngine(), QStringLiteral("engine-a:1"));
        QCOMPARE(page->selectedAlert(), std::optional<quint64>(3));
        QCOMPARE(table->currentIndex().row(), 2);
        QCOMPARE(text("alertTitle"), QStringLiteral("Key surge in Requests of key bot-1"));
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("acknowledgeAlertButton"))->isEnabled());

        // One engine: B's alert alone, and nothing of A's stays chosen.
        QVERIFY(scope->setScope(QStringLiteral("engine-b:2")));
        QTRY_COMPARE_WITH_TIMEOUT(
            listed(),
            (QStringList{QStringLiteral("engine-b:2 Route stuffing"), QStringLiteral("engine-b:2 New-key flood")}),
            5000);
        QCOMPARE(text("anomalySummary"), QStringLiteral("2 alerts not resolved on engine-b:2"));
        QCOMPARE(page->selectedAlert(), std::nullopt);

        // This console again: its own (none), the chart, the settings, no engine column.
        const QString fleetSummary = text("anomalySummary");
        QVERIFY(scope->setScope(QString()));
        QVERIFY(text("anomalySummary") != fleetSummary);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(table->isColumnHidden(ui::AlertTableModel::EngineColumn));
        QVERIFY(page->findChild<ui::AnomalyChart*>()->isVisible());
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("anomalyFleetNote"))->isVisible());
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("anomalySettingsButton"))->isEnabled());
        QVERIFY2(!text("anomalySummary").contains(QStringLiteral("not resolved")), qPrintable(text("anomalySummary")));
        fleetPage->detach();
        console.finish();
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
                QCoreApplication::sendPostedEvents();
                QVERIFY(window.grab().save(
                    QDir(dir).filePath(QStringLiteral("fleet-%1-%2.png").arg(language).arg(size.width()))));
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
        page.show();
        if (!QTest::qWaitForWindowExposed(&page)) {
            return false;
        }
        page.findChild<QLineEdit*>(QStringLiteral("fleetServer"))->setText(m_a->address());
        page.findChild<QLineEdit*>(QStringLiteral("fleetToken"))->setText(QString::fromStdString(token));
        page.attach();
        return QTest::qWaitFor([&] { return page.model()->rowCount() == 2; }, 15000);
    }

    std::unique_ptr<sluice::test::RedisServer> m_server;
    std::unique_ptr<FleetEngine> m_a;
    std::unique_ptr<FleetEngine> m_b;
};

QTEST_MAIN(TestFleetPage)
#include "tst_fleet_page.moc"
