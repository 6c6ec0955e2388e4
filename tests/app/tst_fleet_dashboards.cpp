// SPDX-License-Identifier: Apache-2.0
// The console's dashboards in a fleet's view, against two real engines (EngineRuntime, the check API's server, the
// roster) that share a real redis-server: the Overview, the Reputation and the Throttle page show the fleet as one
// or one engine of it; the Anomalies page lists the alerts the engines have not resolved; the Notifications page
// lists the engines' inboxes for the ops team. Each goes back to this console's own engine.
#include "../engine/AnomalyTestSupport.h"
#include "../engine/RedisTestSupport.h"
#include "../engine/RuntimeTestSupport.h"
#include "../engine/StoreTestSupport.h"

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
#include "store/StoreWriter.h"

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

class TestFleetDashboards final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { SLUICE_START_TWO_ENGINE_FLEET(m_server, m_a, m_b); }
    void cleanupTestCase() { stopFleet(m_a, m_b); }

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
        // Engine ids keep their hyphens from breaking the line (U+2011).
        QVERIFY2(text("throttleControl").contains(QStringLiteral("engine\u2011a:1: High (override)")),
                 qPrintable(text("throttleControl")));
        QVERIFY2(text("throttleMultiplier").contains(QStringLiteral("0.4")), qPrintable(text("throttleMultiplier")));
        auto* timeline = throttle->findChild<ui::ThrottleTimelineChart*>();
        QTRY_VERIFY_WITH_TIMEOUT(!timeline->bandPoints(ThrottleLevel::High).isEmpty(), 10000);
        QVERIFY(throttle->findChild<QLabel*>(QStringLiteral("throttleFleetNote"))->isVisible());
        QVERIFY(!throttle->findChild<QTableView*>(QStringLiteral("throttleHistoryTable"))->isVisible());
        QVERIFY(!throttle->findChild<QPushButton*>(QStringLiteral("overrideButton"))->isEnabled());
        QVERIFY(scope->setScope(QStringLiteral("engine-b:2")));
        QTRY_COMPARE_WITH_TIMEOUT(text("throttleLevel"), ui::throttleName(ThrottleLevel::None), 5000);
        QCOMPARE(text("throttleControl"), QStringLiteral("Automatic: set by the load on engine\u2011b:2."));
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
        QVERIFY(shown.attach(*m_a, m_a->token));
        auto* fleetPage = window.findChild<ui::FleetPage*>();
        ui::FleetScopeBox* scope = window.fleetScope();

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
        // Open on A, its response still in force: asked of A through the fleet.
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("acknowledgeAlertButton"))->isEnabled());
        QCOMPARE(page->findChild<QPushButton*>(QStringLiteral("acknowledgeAlertButton"))->toolTip(),
                 QStringLiteral("Ask engine-a:1 to mark the alert acknowledged"));
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("undoResponseButton"))->isEnabled());

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

    // The Notifications page in a fleet's view: the newest notifications of every engine's inbox for the ops team,
    // with the engine of each, read state and all as the engines tell it; reading and the rest stay with each engine.
    void theNotificationsPageListsTheFleetsInbox()
    {
        // A throttle held and released on B, then held on A, tells each engine's ops team.
        const auto command = [](FleetEngine& e, Command c) {
            std::promise<bool> made;
            e.runtime->command(std::move(c), AdminContext{"tester", {}},
                               [&made](const CommandResult& r) { made.set_value(r.ok); });
            return made.get_future().get();
        };
        QVERIFY(command(*m_b, cmd::SetThrottleOverride{ThrottleLevel::Low, "inbox test", 0, "tester"}));
        QVERIFY(command(*m_b, cmd::ClearThrottleOverride{"tester", "done"}));
        QVERIFY(command(*m_a, cmd::SetThrottleOverride{ThrottleLevel::Medium, "inbox test", 0, "tester"}));
        const auto release = qScopeGuard([&] { command(*m_a, cmd::ClearThrottleOverride{"tester", "done"}); });
        ShownConsole shown;
        ui::MainWindow& window = shown.console.window();
        QVERIFY(shown.show());
        QVERIFY(shown.attach(*m_a, m_a->token));
        auto* fleetPage = window.findChild<ui::FleetPage*>();
        ui::FleetScopeBox* scope = window.fleetScope();

        window.setCurrentPageId(QStringLiteral("notifications"));
        auto* page = window.findChild<ui::NotificationsPage*>();
        QVERIFY(scope->isEnabled());
        auto* table = page->findChild<QTableView*>(QStringLiteral("notificationTable"));
        const QAbstractItemModel* model = table->model();
        const auto label = [&](const char* name) {
            return page->findChild<QLabel*>(QString::fromLatin1(name))->text();
        };
        QVERIFY(table->isColumnHidden(ui::NotificationTableModel::EngineColumn));
        QVERIFY(scope->setScope(ui::kWholeFleet));
        const auto cellOf = [&](int row, int column, int role = Qt::DisplayRole) {
            return model->index(row, column).data(role);
        };
        // A's notification of the held throttle (other engines' and earlier ones around it).
        const auto heldRow = [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (cellOf(row, ui::NotificationTableModel::EngineColumn).toString() == QStringLiteral("engine-a:1") &&
                    cellOf(row, ui::NotificationTableModel::TitleColumn)
                        .toString()
                        .contains(QStringLiteral("to medium"), Qt::CaseInsensitive)) {
                    return row;
                }
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(heldRow() >= 0, 15000);
        QVERIFY(cellOf(heldRow(), ui::NotificationTableModel::TitleColumn, Qt::FontRole).value<QFont>().bold());
        QVERIFY2(label("notificationSummary").endsWith(QStringLiteral("for the ops team across the fleet")),
                 qPrintable(label("notificationSummary")));
        QVERIFY(!table->isColumnHidden(ui::NotificationTableModel::EngineColumn));
        QVERIFY(table->isColumnHidden(ui::NotificationTableModel::RecipientColumn));
        QVERIFY(!page->findChild<QComboBox*>(QStringLiteral("notificationTypeFilter"))->isEnabled());
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("notificationShowStats"))->isEnabled());
        for (const char* button : {"notificationMarkRead", "notificationMarkAllRead", "notificationAcknowledge",
                                   "notificationDelete", "notificationChannelsButton", "notificationExportContacts"}) {
            QVERIFY2(!page->findChild<QPushButton*>(QString::fromLatin1(button))->isEnabled(), button);
        }
        table->setFocus();
        table->selectionModel()->setCurrentIndex(model->index(heldRow(), ui::NotificationTableModel::TitleColumn),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(page->selectedEngine(), QStringLiteral("engine-a:1"));
        QVERIFY2(label("notificationDetailMeta").contains(QStringLiteral("In the inbox of engine-a:1")),
                 qPrintable(label("notificationDetailMeta")));
        QVERIFY(!page->findChild<QWidget*>(QStringLiteral("notificationDeliveries"))->isVisible());

        // Read on the engines (as their own consoles would): the fleet's view follows, and the choice stays.
        for (FleetEngine* e : {m_a.get(), m_b.get()}) {
            QVERIFY(command(*e, cmd::MarkNotificationsRead{{}, true, "ops", "tester"}));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            heldRow() >= 0 &&
                !cellOf(heldRow(), ui::NotificationTableModel::TitleColumn, Qt::FontRole).value<QFont>().bold(),
            10000);
        QCOMPARE(page->selectedEngine(), QStringLiteral("engine-a:1"));
        QCOMPARE(table->currentIndex().row(), heldRow());

        // One engine: B's notifications alone.
        QVERIFY(scope->setScope(QStringLiteral("engine-b:2")));
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 5000);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(cellOf(row, ui::NotificationTableModel::EngineColumn).toString(), QStringLiteral("engine-b:2"));
        }
        QVERIFY(label("notificationSummary").endsWith(QStringLiteral("for the ops team on engine-b:2")));

        // This console again: its own inbox and badge, its filters and buttons.
        QVERIFY(scope->setScope(QString()));
        QVERIFY(table->isColumnHidden(ui::NotificationTableModel::EngineColumn));
        QVERIFY(!table->isColumnHidden(ui::NotificationTableModel::RecipientColumn));
        QVERIFY(page->findChild<QComboBox*>(QStringLiteral("notificationTypeFilter"))->isEnabled());
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("notificationChannelsButton"))->isEnabled());
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("notificationExportContacts"))->isEnabled());
        // Its own inbox (empty: a console with no traffic) read again, and its own count, which the badge shows.
        QTRY_VERIFY_WITH_TIMEOUT(label("notificationsEmpty").startsWith(QStringLiteral("No notifications yet.")), 5000);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(page->unread(), qint64{0});
        QCOMPARE(label("notificationSummary"), QStringLiteral("0 unread notifications"));
        fleetPage->detach();
        shown.console.finish();
    }

    // An engine's own alerts and notifications, seen to from a console attached to another engine: the console asks
    // the server it is attached to, which passes the request on through the fleet's change log to the engine that
    // holds them. That engine makes it (audited in the token's name, saying where it was asked), and the pages
    // follow it in words until it has. The admin API refuses an engine the fleet does not have, or one gone silent.
    void anEngineIsAskedThroughTheFleetToSeeToItsAlertsAndNotifications()
    {
        ShownConsole shown;
        ui::MainWindow& window = shown.console.window();
        QVERIFY(shown.show());
        QVERIFY(shown.attach(*m_a, m_a->admin));
        ui::FleetScopeBox* scope = window.fleetScope();
        window.setCurrentPageId(QStringLiteral("anomalies"));
        auto* anomalies = window.findChild<ui::AnomaliesPage*>();

        // C: an engine whose database holds an open alert from before it started, and a notification of its own.
        const TimeNs now = SystemClock().now();
        auto c = std::make_unique<FleetEngine>(*m_server, "engine-c:3", [now](const std::string& path) {
            store::StoreError error;
            auto db = store::Database::open(path, error);
            QVERIFY2(db, error.message.c_str());
            store::StoreWriter writer(std::move(db));
            Engine e;
            engine::testing::observe(e, engine::testing::finding(AnomalyKind::Spike, "requests", 0.95, now));
            std::vector<store::AlertWrite> writes;
            e.takeAlertWrites(writes);
            QCOMPARE(writes.size(), std::size_t{1});
            writer.submitAlerts(std::move(writes));
            writer.flush();
        });
        const auto forgetC = qScopeGuard([this] { m_server->call({"HDEL", "fleet-page-test:fleet", "engine-c:3"}); });
        QVERIFY(c->service);
        std::promise<bool> held;
        c->runtime->command(cmd::SetThrottleOverride{ThrottleLevel::Critical, "errand test", 0, "tester"},
                            AdminContext{"tester", {}}, [&held](const CommandResult& r) { held.set_value(r.ok); });
        QVERIFY(held.get_future().get());

        // No page shows the fleet, so it is not asked every second: opening the Engine choice asks it, and C, which
        // joined since, is offered.
        QTRY_VERIFY_WITH_TIMEOUT(
            sluice::testing::get(m_a->service->port(), "/api/fleet", QByteArray::fromStdString(m_a->admin))
                .body.contains("engine-c:3"),
            10000);
        scope->combo()->showPopup();
        QTRY_VERIFY_WITH_TIMEOUT(scope->combo()->findData(QStringLiteral("engine-c:3")) >= 0, 10000);
        scope->combo()->hidePopup();

        // The alert, acknowledged and then resolved from the Anomalies page.
        QVERIFY(scope->setScope(QStringLiteral("engine-c:3")));
        auto* alerts = anomalies->findChild<QTableView*>(QStringLiteral("alertTable"));
        QTRY_COMPARE_WITH_TIMEOUT(alerts->model()->rowCount(), 1, 10000);
        const auto stateOfAlert = [&] {
            return alerts->model()->rowCount() == 0
                       ? QStringLiteral("<none>")
                       : alerts->model()->index(0, ui::AlertTableModel::StateColumn).data().toString();
        };
        QCOMPARE(stateOfAlert(), QStringLiteral("Open"));
        alerts->setFocus();
        alerts->selectionModel()->setCurrentIndex(alerts->model()->index(0, ui::AlertTableModel::KindColumn),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto* acknowledge = anomalies->findChild<QPushButton*>(QStringLiteral("acknowledgeAlertButton"));
        QVERIFY(acknowledge->isEnabled());
        auto* status = anomalies->findChild<QLabel*>(QStringLiteral("alertCommandStatus"));
        acknowledge->click();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                                  QStringLiteral("Acknowledge alert 1 on engine-c:3: engine-c:3 has done it."), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOfAlert(), QStringLiteral("Acknowledged"), 10000);
        const auto audit = [&](const char* action) {
            return store::testing::rawText(
                store::testing::openRaw(c->dir.filePath(QStringLiteral("sluice.db")).toStdString()),
                std::string("SELECT actor || ' | ' || reason FROM audit_log WHERE action = '") + action +
                    "' ORDER BY id DESC LIMIT 1");
        };
        QCOMPARE(audit("alert.acknowledge"), QStringLiteral("ops | asked on engine-a:1 through the fleet"));
        QVERIFY(!acknowledge->isEnabled());  // acknowledged now
        // Its automatic response (the throttle it raised when it opened) is taken back on C. The override C holds now
        // is a tester's, not the response's, so it stays: the engine says what undoing did, in its audit row.
        auto* undo = anomalies->findChild<QPushButton*>(QStringLiteral("undoResponseButton"));
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->toolTip(),
                 QStringLiteral("Ask engine-c:3 to take back its throttle override and reputation penalties"));
        undo->click();
        QVERIFY(!undo->isEnabled());  // one errand at a time
        QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                                  QStringLiteral("Undo the response to alert 1 on engine-c:3: engine-c:3 has done it."),
                                  10000);
        QVERIFY(!undo->isEnabled());  // nothing left to undo
        QCOMPARE(audit("alert.undo_response"), QStringLiteral("ops | asked on engine-a:1 through the fleet"));
        std::promise<std::pair<bool, ThrottleLevel>> afterUndo;
        c->runtime->post([&afterUndo](const EngineShards& e) {
            const AnomalyAlert* alert = e.anomaly().alerts().find(1);
            afterUndo.set_value({alert != nullptr && alert->response.undone && alert->response.undoneBy == "ops",
                                 e.throttle().level()});
        });
        const auto [undone, level] = afterUndo.get_future().get();
        QVERIFY(undone);
        QCOMPARE(level, ThrottleLevel::Critical);  // the tester's override, not the response's, is in force
        anomalies->findChild<QPushButton*>(QStringLiteral("resolveAlertButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(stateOfAlert(), QStringLiteral("<none>"), 10000);  // the fleet lists no resolved one
        QCOMPARE(status->text(), QStringLiteral("Resolve alert 1 on engine-c:3: engine-c:3 has done it."));
        QCOMPARE(audit("alert.resolve"), QStringLiteral("ops | asked on engine-a:1 through the fleet"));

        // C's notification of the throttle held, acknowledged and read from the Notifications page.
        window.setCurrentPageId(QStringLiteral("notifications"));
        auto* notifications = window.findChild<ui::NotificationsPage*>();
        auto* inbox = notifications->findChild<QTableView*>(QStringLiteral("notificationTable"));
        const auto heldRow = [&] {
            for (int row = 0; row < inbox->model()->rowCount(); ++row) {
                if (inbox->model()
                        ->index(row, ui::NotificationTableModel::TitleColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("to critical"), Qt::CaseInsensitive)) {
                    return row;
                }
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(heldRow() >= 0, 15000);
        const auto bold = [&] {
            return inbox->model()
                ->index(heldRow(), ui::NotificationTableModel::TitleColumn)
                .data(Qt::FontRole)
                .value<QFont>()
                .bold();
        };
        QVERIFY(bold());
        inbox->setFocus();
        inbox->selectionModel()->setCurrentIndex(
            inbox->model()->index(heldRow(), ui::NotificationTableModel::TitleColumn),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(notifications->selectedEngine(), QStringLiteral("engine-c:3"));
        const quint64 id = inbox->model()->index(heldRow(), 0).data(ui::NotificationTableModel::kIdRole).toULongLong();
        auto* noteStatus = notifications->findChild<QLabel*>(QStringLiteral("notificationCommandStatus"));
        QVERIFY(!notifications->findChild<QPushButton*>(QStringLiteral("notificationDelete"))->isEnabled());
        notifications->findChild<QPushButton*>(QStringLiteral("notificationMarkRead"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!bold(), 10000);
        QCOMPARE(noteStatus->text(),
                 QStringLiteral("Mark notification %1 read on engine-c:3: engine-c:3 has done it.").arg(id));
        QVERIFY(!notifications->findChild<QPushButton*>(QStringLiteral("notificationMarkRead"))->isEnabled());
        notifications->findChild<QPushButton*>(QStringLiteral("notificationAcknowledge"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            noteStatus->text(),
            QStringLiteral("Acknowledge notification %1 on engine-c:3: engine-c:3 has done it.").arg(id), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !notifications->findChild<QPushButton*>(QStringLiteral("notificationAcknowledge"))->isEnabled(), 10000);
        QCOMPARE(
            store::testing::rawText(store::testing::openRaw(c->dir.filePath(QStringLiteral("sluice.db")).toStdString()),
                                    "SELECT acknowledged_by FROM notifications WHERE id = " + std::to_string(id)),
            QStringLiteral("ops"));

        // The admin API: an engine the fleet does not have, a malformed one, and one gone silent.
        const QByteArray admin = QByteArray::fromStdString(m_a->admin);
        const auto ask = [&](const QByteArray& target) {
            return sluice::testing::request(m_a->service->port(), "POST", target, admin, {});
        };
        const sluice::testing::Reply unknown = ask("/api/alerts/1/acknowledge?engine=engine-z:9");
        QCOMPARE(unknown.status, 404);
        QVERIFY2(unknown.body.contains("the fleet has no engine engine-z:9"), unknown.body.constData());
        QCOMPARE(ask("/api/alerts/1/acknowledge?engine=engine-c%ZZ").status, 400);
        // This server's own id: made here, and the answer says by whom.
        const sluice::testing::Reply here = sluice::testing::request(
            m_a->service->port(), "POST", "/api/notifications/read?engine=engine-a%3A1", admin, R"({"all": true})");
        QVERIFY2(here.status == 200 && here.body.contains(R"("engine": "engine-a:1")"), here.body.constData());
        // An engine older than this server would pass over a change asked of it alone.
        auto older = std::make_unique<FleetEngine>(*m_server, "engine-d:4", nullptr, "0.0.9");
        const auto forgetD = qScopeGuard([this] { m_server->call({"HDEL", "fleet-page-test:fleet", "engine-d:4"}); });
        QTRY_VERIFY_WITH_TIMEOUT(ask("/api/alerts/1/resolve?engine=engine-d:4").status != 404, 10000);
        const sluice::testing::Reply tooOld = ask("/api/alerts/1/resolve?engine=engine-d:4");
        QVERIFY2(tooOld.status == 409 && tooOld.body.contains("runs Sluice 0.0.9, older than this server's 0.1.0"),
                 tooOld.body.constData());
        older.reset();
        QCOMPARE(sluice::testing::request(m_a->service->port(), "POST", "/api/alerts/1/resolve?engine=engine-c:3",
                                          QByteArray::fromStdString(m_a->token), {})
                     .status,
                 403);
        shown.console.finish();
        c.reset();
        QTRY_COMPARE_WITH_TIMEOUT(ask("/api/notifications/1/acknowledge?engine=engine-c:3").status, 409, 10000);
    }

private:
    std::unique_ptr<sluice::test::RedisServer> m_server;
    std::unique_ptr<FleetEngine> m_a;
    std::unique_ptr<FleetEngine> m_b;
};

QTEST_MAIN(TestFleetDashboards)
#include "tst_fleet_dashboards.moc"
