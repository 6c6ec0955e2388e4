// SPDX-License-Identifier: Apache-2.0
// Keys as the console offers them, in a whole window on a real engine: limits on the routes a key really
// sends to, the VIP page's route pickers, the actions on a key (assign VIP, copy, audit entries) from the
// Reputation table, the details and the most-denied list, and the details following the selected key.
#include "EngineHost.h"
#include "MainWindow.h"
#include "models/KeyTableModel.h"
#include "pages/vip/VipAssignDialog.h"
#include "pages/vip/VipAssignmentModel.h"
#include "pages/vip/VipPage.h"
#include "pages/vip/VipTierModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <chrono>
#include <memory>

using namespace sluice;

namespace {
const std::string kBulk = "/api/v1/bulk";

struct Traffic {
    std::string key;
    int requests;
    std::string route;
};

QString perMin(int n) { return QStringLiteral("%1/min").arg(QLocale().toString(n)); }
}  // namespace

class TestKeyActions final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keyDetailShowsTheLimitOfTheRouteInUse();
    void vipLimitsFollowTheRoutePickers();
    void actionsOnAKeyInTheTable();
    void actionsInTheDetailsAndTheMostDeniedList();
    void detailsFollowTheSelectedKeyAndTheFilter();
    void tierCatalogSaysLoadingThenEmpty();

private:
    void send(engine::Command c);
    void feed(const std::vector<Traffic>& traffic);
    template <typename T>
    T* find(const char* name) const
    {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }
    void showPage(const char* id);
    void selectKey(const QString& key);
    QMenu* openMenuOn(QWidget* widget);
    void trigger(QMenu* menu, const char* action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::EngineHost> m_host;
    std::unique_ptr<ui::MainWindow> m_window;
    engine::TimeNs m_at = 0;
};

void TestKeyActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    engine::RuntimeOptions o;
    o.databasePath = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    o.followRequestTime = true;
    o.config.policies = {engine::Policy{"", 300, engine::kNsPerMin, 30},
                         engine::Policy{kBulk, 3000, engine::kNsPerMin, 300}};
    m_host = std::make_unique<app::EngineHost>(o);
    m_window = std::make_unique<ui::MainWindow>(m_host.get());
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy started(m_host.get(), &app::EngineHost::started);
    m_host->start();
    QVERIFY(started.wait(10000));
    m_at = m_host->clock().now();
}

void TestKeyActions::cleanup()
{
    m_window.reset();
    m_host.reset();
}

void TestKeyActions::send(engine::Command c)
{
    QSignalSpy finished(m_host.get(), &ui::EngineClient::commandFinished);
    m_host->sendCommand(std::move(c));
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
}

void TestKeyActions::feed(const std::vector<Traffic>& traffic)
{
    auto batch = std::make_unique<engine::RequestBatch>();
    batch->bytes.reserve(64 * 1024);
    m_at += engine::kNsPerSec;
    for (const Traffic& t : traffic) {
        engine::Request r;
        r.key = batch->store(t.key);
        r.route = batch->store(t.route);
        r.timestamp = m_at;
        for (int i = 0; i < t.requests; ++i) {
            batch->requests.push_back(r);
        }
    }
    QVERIFY(m_host->runtime()->submitWait(batch, std::chrono::seconds(30)));
    m_host->runtime()->sync();
}

void TestKeyActions::showPage(const char* id)
{
    m_window->setCurrentPageId(QString::fromLatin1(id));
    QCOMPARE(m_window->pageId(m_window->currentPage()), QString::fromLatin1(id));
}

void TestKeyActions::selectKey(const QString& key)
{
    showPage("reputation");
    auto* search = find<QLineEdit>("keySearch");
    auto* table = find<QTableView>("keyTable");
    search->setText(key);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, 0).data(ui::KeyTableModel::kKeyRole).toString(), key, 10000);
    table->setCurrentIndex(table->model()->index(0, 0));
    QCOMPARE(find<QLabel>("detailKey")->text(), key);
}

QMenu* TestKeyActions::openMenuOn(QWidget* widget)
{
    // Shift+F10, as a keyboard user opens a context menu; the menu key does the same.
    QTest::keyClick(widget, Qt::Key_F10, Qt::ShiftModifier);
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    return menu != nullptr && menu->objectName() == QStringLiteral("keyActionsMenu") ? menu : nullptr;
}

void TestKeyActions::trigger(QMenu* menu, const char* action)
{
    auto* a = menu->findChild<QAction*>(QString::fromLatin1(action));
    if (a == nullptr) {
        for (QAction* candidate : menu->actions()) {
            a = candidate->objectName() == QString::fromLatin1(action) ? candidate : a;
        }
    }
    QVERIFY2(a && a->isEnabled(), action);
    menu->close();
    a->trigger();
}

void TestKeyActions::keyDetailShowsTheLimitOfTheRouteInUse()
{
    feed({{"partner-1", 10, kBulk}, {"user-1", 5, ""}});
    selectKey(QStringLiteral("partner-1"));
    // The bulk route's 3,000/min is the base, not the default route's 300/min.
    const QString one = QLocale().toString(1.0, 'f', 1);
    QTRY_COMPARE_WITH_TIMEOUT(
        find<QLabel>("limitBreakdown")->text(),
        QStringLiteral("%1: %2 × %3 × %3 × %3 = %2").arg(QString::fromStdString(kBulk), perMin(3000), one), 10000);
    // A file of this run's own unless a developer asks for one to look at.
    const QTemporaryDir shots;
    const QString shot = qEnvironmentVariable("SLUICE_SCREENSHOT", shots.filePath(QStringLiteral("key-routes.png")));
    QVERIFY(m_window->grab().save(shot));

    // A key on the default route only reads as before.
    selectKey(QStringLiteral("user-1"));
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("limitBreakdown")->text(),
                              QStringLiteral("%1 × %2 × %2 × %2 = %1").arg(perMin(300), one), 10000);
}

void TestKeyActions::vipLimitsFollowTheRoutePickers()
{
    feed({{"partner-1", 10, kBulk}});
    send(engine::cmd::AssignVip{"partner-1", "gold", 0, "bulk partner", "ann"});  // gold: x1.5
    showPage("vip");
    auto* page = find<ui::VipPage>("vipPage");
    QTRY_COMPARE_WITH_TIMEOUT(page->assignments()->rowCount(), 1, 10000);
    const QModelIndex limit = page->assignments()->index(0, ui::VipAssignmentModel::LimitColumn);
    QTRY_COMPARE_WITH_TIMEOUT(limit.data().toString(), perMin(450), 10000);

    // The table's route picker lists the configured routes, the default route chosen.
    auto* route = find<QComboBox>("vipRoute");
    QTRY_COMPARE_WITH_TIMEOUT(route->count(), 2, 10000);
    QCOMPARE(route->currentData().toString(), QString());
    route->setCurrentIndex(route->findData(QString::fromStdString(kBulk)));
    QTRY_COMPARE_WITH_TIMEOUT(page->assignments()->index(0, ui::VipAssignmentModel::LimitColumn).data().toString(),
                              perMin(4500), 10000);

    // The preview: the default route first, then the key's own route listed first and chosen on request.
    auto* preview = find<QLabel>("vipPreview");
    auto* previewRoute = find<QComboBox>("vipPreviewRoute");
    page->previewKey(QStringLiteral("partner-1"));
    QTRY_VERIFY_WITH_TIMEOUT(preview->text().contains(QStringLiteral("= %1").arg(perMin(450))), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(previewRoute->itemData(0).toString(), QString::fromStdString(kBulk), 10000);
    QVERIFY(previewRoute->itemText(0).contains(QString::fromStdString(kBulk)));
    QCOMPARE(previewRoute->currentData().toString(), QString());
    previewRoute->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(preview->text().contains(QStringLiteral("= %1").arg(perMin(4500))), 10000);
    QVERIFY(preview->text().contains(perMin(3000)));
    const QTemporaryDir shots;
    const QString shot = qEnvironmentVariable("SLUICE_SCREENSHOT", shots.filePath(QStringLiteral("vip-routes.png")));
    QVERIFY(m_window->grab().save(shot));
}

void TestKeyActions::actionsOnAKeyInTheTable()
{
    feed({{"partner-1", 10, kBulk}, {"user-1", 5, ""}});
    selectKey(QStringLiteral("partner-1"));
    auto* table = find<QTableView>("keyTable");

    QMenu* menu = openMenuOn(table);
    QVERIFY(menu);
    QGuiApplication::clipboard()->clear();
    trigger(menu, "keyCopyAction");
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("partner-1"));

    menu = openMenuOn(table);
    QVERIFY(menu);
    trigger(menu, "keyAuditAction");
    QCOMPARE(m_window->pageId(m_window->currentPage()), QStringLiteral("audit"));
    QCOMPARE(find<QLineEdit>("auditSearch")->text(), QStringLiteral("partner-1"));

    showPage("reputation");
    menu = openMenuOn(table);
    QVERIFY(menu);
    trigger(menu, "keyAssignVipAction");
    QCOMPARE(m_window->pageId(m_window->currentPage()), QStringLiteral("vip"));
    ui::VipAssignDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = find<ui::VipAssignDialog>("vipAssignDialog")) && dialog->isVisible(), 10000);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("vipAssignKey"))->text(), QStringLiteral("partner-1"));
    QVERIFY(dialog->findChild<QComboBox*>(QStringLiteral("vipAssignTier"))->count() > 0);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("vipStatus")->text().contains(QStringLiteral("partner-1")), 10000);
}

void TestKeyActions::actionsInTheDetailsAndTheMostDeniedList()
{
    feed({{"bot-7", 400, ""}, {"partner-1", 10, kBulk}});
    // The details' own button, reachable with Tab, offers the same actions on the shown key.
    selectKey(QStringLiteral("partner-1"));
    auto* button = find<QToolButton>("keyActionsButton");
    QVERIFY(button && button->isVisible() && button->focusPolicy() == Qt::StrongFocus);
    QGuiApplication::clipboard()->clear();
    emit button->menu()->aboutToShow();  // what opening the button's menu does first: take the shown key
    for (QAction* a : button->menu()->actions()) {
        if (a->objectName() == QStringLiteral("keyCopyAction")) {
            a->trigger();
        }
    }
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("partner-1"));

    // The most-denied list on the Overview.
    showPage("overview");
    auto* denied = find<QTableView>("topDeniedTable");
    QTRY_VERIFY_WITH_TIMEOUT(denied->model()->rowCount() > 0, 10000);
    QCOMPARE(denied->model()->index(0, 0).data().toString(), QStringLiteral("bot-7"));
    denied->setCurrentIndex(denied->model()->index(0, 1));
    QMenu* menu = openMenuOn(denied);
    QVERIFY(menu);
    trigger(menu, "keyAuditAction");
    QCOMPARE(m_window->pageId(m_window->currentPage()), QStringLiteral("audit"));
    QCOMPARE(find<QLineEdit>("auditSearch")->text(), QStringLiteral("bot-7"));
}

void TestKeyActions::detailsFollowTheSelectedKeyAndTheFilter()
{
    feed({{"bot-a", 100, ""}, {"bot-b", 60, ""}, {"user-1", 1, ""}});
    showPage("reputation");
    auto* table = find<QTableView>("keyTable");
    auto* title = find<QLabel>("detailKey");
    table->horizontalHeader()->setSortIndicator(ui::KeyTableModel::DeniedColumn, Qt::DescendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, 0).data().toString(), QStringLiteral("bot-a"), 10000);
    table->setCurrentIndex(table->model()->index(0, 0));
    QCOMPARE(title->text(), QStringLiteral("bot-a"));

    // bot-b overtakes bot-a; the live refresh re-sorts the rows, and the selection stays with bot-a.
    feed({{"bot-b", 400, ""}});
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, 0).data().toString(), QStringLiteral("bot-b"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(table->currentIndex().data(ui::KeyTableModel::kKeyRole).toString(),
                              QStringLiteral("bot-a"), 10000);
    QCOMPARE(title->text(), QStringLiteral("bot-a"));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);

    // A search that hides the shown key clears the details; one that keeps it keeps them.
    auto* search = find<QLineEdit>("keySearch");
    search->setText(QStringLiteral("bot"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 10000);
    QCOMPARE(title->text(), QStringLiteral("bot-a"));
    search->setText(QStringLiteral("user"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    QVERIFY(title->text() != QStringLiteral("bot-a"));
    QVERIFY(!find<QLabel>("limitBreakdown")->isVisible());
    QVERIFY(!table->selectionModel()->hasSelection());
}

void TestKeyActions::tierCatalogSaysLoadingThenEmpty()
{
    // A page made before the engine answers says the catalog is loading, not that it is empty.
    ui::VipPage page(m_host.get());
    auto* state = page.findChild<QLabel*>(QStringLiteral("vipTierState"));
    QVERIFY(state);
    QCOMPARE(state->text(), QStringLiteral("Loading…"));

    showPage("vip");
    auto* shown = find<ui::VipPage>("vipPage");
    auto* tierState = shown->findChild<QLabel*>(QStringLiteral("vipTierState"));
    QTRY_COMPARE_WITH_TIMEOUT(shown->tiers()->rowCount(), 3, 10000);
    QVERIFY(!tierState->isVisible());
    // Listed by multiplier: silver x1.25, gold x1.5, platinum x2.0.
    QCOMPARE(shown->tiers()->tier(0)->name, std::string("silver"));
    QCOMPARE(shown->tiers()->tier(1)->name, std::string("gold"));
    QCOMPARE(shown->tiers()->tier(2)->name, std::string("platinum"));

    for (const char* name : {"silver", "gold", "platinum"}) {
        send(engine::cmd::RemoveVipTier{name});
    }
    shown->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(shown->tiers()->rowCount(), 0, 10000);
    QVERIFY(tierState->isVisible());
    QVERIFY(tierState->text().startsWith(QStringLiteral("No tiers yet")));
}

QTEST_MAIN(TestKeyActions)
#include "tst_key_actions.moc"
