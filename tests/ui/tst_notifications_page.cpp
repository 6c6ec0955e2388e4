// SPDX-License-Identifier: Apache-2.0
// The Notifications page against a real database file holding schema-8 rows and a real engine: the inbox newest
// first and its filters, the unread count on the sidebar (exact as rows are read), the detail pane's deliveries
// and "Retry now", the commands the page sends (mark read, mark all read, acknowledge, delete, cleanup,
// preferences, contact, channel settings), and the statistics. SLUICE_NOTIFICATION_SHOTS=DIR also writes the page
// as PNGs at 1024x640 and 1440x900 (and in German with --lang de's translations when SLUICE_SHOTS_LANG=de).
#include "EngineClient.h"
#include "EngineHost.h"
#include "MainWindow.h"
#include "Translations.h"
#include "pages/notifications/ChannelSettingsDialog.h"
#include "pages/notifications/CleanupDialog.h"
#include "pages/notifications/NotificationsPage.h"
#include "pages/notifications/RecipientDialog.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <memory>
#include <variant>
#include <vector>

using namespace sluice;

namespace {

// The real engine host, with what the page asked of it written down: every call goes on to the host.
class RecordingClient final : public ui::EngineClient {
public:
    explicit RecordingClient(app::EngineHost* host) : m_host(host)
    {
        connect(host, &EngineClient::snapshotReady, this, &EngineClient::snapshotReady);
        connect(host, &EngineClient::commandFinished, this, &EngineClient::commandFinished);
        connect(host, &EngineClient::answered, this, &EngineClient::answered);
        connect(host, &EngineClient::testNotificationFinished, this, &EngineClient::testNotificationFinished);
        connect(host, &EngineClient::keychainChanged, this, &EngineClient::keychainChanged);
        connect(host, &EngineClient::secretsStored, this, &EngineClient::secretsStored);
    }

    quint64 sendCommand(engine::Command command) override
    {
        commands.push_back(command);
        return m_host->sendCommand(std::move(command));
    }
    quint64 ask(ui::EngineQuery query) override { return m_host->ask(std::move(query)); }
    QString databasePath() const override { return m_host->databasePath(); }
    QList<engine::SourceState> sources() const override { return m_host->sources(); }
    void controlSource(const QString& id, const engine::SourceControl& control) override
    {
        m_host->controlSource(id, control);
    }
    bool readOnly() const override { return m_host->readOnly(); }
    void retryNotification(quint64 id, engine::Channel channel) override
    {
        retries.emplace_back(id, channel);
        m_host->retryNotification(id, channel);
    }
    quint64 sendTestNotification(engine::Channel channel, const QString& address) override
    {
        tests.emplace_back(channel, address);
        return m_host->sendTestNotification(channel, address);
    }
    ui::KeychainState keychain() const override { return m_host->keychain(); }
    void storeNotificationSecrets(const engine::NotifySecrets& secrets, engine::ChannelSet clear) override
    {
        m_host->storeNotificationSecrets(secrets, clear);
    }

    template <typename C>
    const C* last() const
    {
        for (auto it = commands.rbegin(); it != commands.rend(); ++it) {
            if (const auto* c = std::get_if<C>(&*it)) {
                return c;
            }
        }
        return nullptr;
    }

    std::vector<engine::Command> commands;
    std::vector<std::pair<quint64, engine::Channel>> retries;
    std::vector<std::pair<engine::Channel, QString>> tests;

private:
    app::EngineHost* m_host;
};

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

void exec(sqlite3* db, const QString& sql)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    QVERIFY2(rc == SQLITE_OK, error != nullptr ? error : "sqlite3_exec failed");
}

qint64 count(const std::string& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt* st = nullptr;
    qint64 n = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        n = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

}  // namespace

class TestNotificationsPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsNewestFirstAndFilters();
    void unreadCountOnTheSidebarIsExact();
    void detailShowsEachDeliveryAndRetries();
    void sendsTheInboxCommands();
    void recipientDialogShowsAndSendsPreferencesAndContact();
    void channelSettingsStartFromTheSettingInForce();
    void cleanupConfirmsAndSends();
    void statisticsCountByTypeDayAndChannel();
    void contactsExportAndImportAsCsv();
    void screenshots();

private:
    void seed();
    void startHost();
    ui::NotificationsPage* showPage(ui::MainWindow& window);
    // Starts the engine and shows the console on the Notifications page with the seeded rows listed.
    ui::NotificationsPage* openPage();
    void markReadInDatabase(const QString& where);
    QTableView* table(QWidget* page) { return page->findChild<QTableView*>(QStringLiteral("notificationTable")); }
    void waitForCommands(std::size_t finished);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::string m_path;
    std::unique_ptr<app::EngineHost> m_host;
    std::unique_ptr<RecordingClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_finished;
    qint64 m_now = 0;
};

void TestNotificationsPage::initTestCase()
{
    if (qEnvironmentVariable("SLUICE_SHOTS_LANG") == QStringLiteral("de")) {
        app::selectLanguage(QStringLiteral("de"));
        app::installTranslations();
    }
}

void TestNotificationsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    m_now = nowMs();
    seed();
    engine::RuntimeOptions o;
    o.databasePath = m_path;
    o.snapshotInterval = std::chrono::milliseconds(20);
    m_host = std::make_unique<app::EngineHost>(o);
    m_client = std::make_unique<RecordingClient>(m_host.get());
    m_finished = std::make_unique<QSignalSpy>(m_client.get(), &ui::EngineClient::commandFinished);
}

void TestNotificationsPage::cleanup()
{
    m_window.reset();
    m_finished.reset();
    m_client.reset();
    m_host.reset();
}

// Six notifications: four for the ops team and two for the owner of key alice; the oldest ten days old and read,
// the rest from the last minutes and unread. Notification 5 went out by email (failed twice) and webhook
// (pending) besides the inbox. Alice has her own preferences and a contact.
void TestNotificationsPage::seed()
{
    {
        engine::store::StoreError error;
        QVERIFY(engine::store::Database::open(m_path, error));  // creates schema 8
    }
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(m_path.c_str(), &db), SQLITE_OK);
    // Times count back from %1, the test's start, in Unix milliseconds (engine time and wall clock alike here).
    exec(db, QStringLiteral(
                 "INSERT INTO notifications (id, type, recipient, key, created_at, severity, title, body, dispatched, "
                 "read_at, spilled) VALUES "
                 "(1, 'vip_assigned', 'ops', 'partner-a', %1 - 864000000, 0, 'Key partner-a is now VIP gold', "
                 "'Assigned by ann.', 1, %1 - 777600000, 0), "
                 "(2, 'tier_change', 'alice', 'alice', %1 - 3000000, 0, 'Key alice is now standard', 'Score 42.0.', 1, "
                 "0, 0), "
                 "(3, 'violation', 'ops', 'bot-7', %1 - 2400000, 1, 'Key bot-7 went over its limit', "
                 "'312 denied in 5 min.', 1, 0, 1), "
                 "(4, 'throttle_change', 'ops', '', %1 - 1800000, 1, 'Throttle raised to high', 'Load 93 percent.', 1, "
                 "0, 0), "
                 "(5, 'flagged', 'ops', 'bot-7', %1 - 1200000, 2, 'Key bot-7 is now flagged (score 18.5)', "
                 "'Repeated violations.', 1, 0, 0), "
                 "(6, 'violation', 'alice', 'alice', %1 - 600000, 1, 'Key alice went over its limit', "
                 "'20 denied in 1 min.', 1, 0, 0);"
                 "INSERT INTO notification_deliveries (notification_id, channel, address, state, attempts, last_error, "
                 "created_at, next_attempt_at, last_attempt_at, sent_at) VALUES "
                 "(5, 'in_app', '', 'sent', 1, '', %1, 0, %1, %1), "
                 "(5, 'email', 'ops@example.org', 'failed', 8, '535 authentication failed', %1, 0, %1, 0), "
                 "(5, 'webhook', '', 'pending', 2, 'HTTP 500', %1, %1 + 60000, %1, 0);")
                 .arg(m_now));
    exec(db, QStringLiteral("INSERT INTO notification_deliveries (notification_id, channel, state, attempts, "
                            "created_at, sent_at) VALUES (%1, 'in_app', 'sent', 1, %2, %2)")
                 .arg(6)
                 .arg(m_now));
    exec(db, QStringLiteral("INSERT INTO notification_preferences VALUES ('alice', '{\"enable_tier_notifications\": "
                            "false, \"preferred_channels\": [\"in_app\", \"email\"], \"aggregate_daily\": true, "
                            "\"quiet_start_minute\": 1320, \"quiet_end_minute\": 420}')"));
    exec(db, QStringLiteral("INSERT INTO notification_contacts VALUES ('alice', 'alice@example.org', '', '')"));
    sqlite3_close(db);
}

void TestNotificationsPage::startHost()
{
    QSignalSpy started(m_host.get(), &app::EngineHost::started);
    m_host->start();
    QVERIFY(started.wait(10000));
}

ui::NotificationsPage* TestNotificationsPage::showPage(ui::MainWindow& window)
{
    window.setCurrentPageId(QStringLiteral("notifications"));
    auto* page = window.findChild<ui::NotificationsPage*>(QStringLiteral("notificationsPage"));
    if (page != nullptr) {
        (void)QTest::qWaitFor([this, page] { return table(page)->model()->rowCount() == 6; }, 10000);
    }
    return page != nullptr && table(page)->model()->rowCount() == 6 ? page : nullptr;
}

ui::NotificationsPage* TestNotificationsPage::openPage()
{
    startHost();
    m_window = std::make_unique<ui::MainWindow>(m_client.get());
    m_window->show();
    return showPage(*m_window);
}

void TestNotificationsPage::markReadInDatabase(const QString& where)
{
    // What the engine's store writer does for a mark-read command, done here as a second writer would.
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(m_path.c_str(), &db), SQLITE_OK);
    sqlite3_busy_timeout(db, 5000);
    exec(db, QStringLiteral("UPDATE notifications SET read_at = %1 WHERE read_at = 0 AND %2").arg(m_now).arg(where));
    sqlite3_close(db);
}

void TestNotificationsPage::waitForCommands(std::size_t finished)
{
    QTRY_COMPARE_WITH_TIMEOUT(static_cast<std::size_t>(m_finished->count()), finished, 10000);
}

void TestNotificationsPage::listsNewestFirstAndFilters()
{
    ui::NotificationsPage* page = openPage();
    QVERIFY(page);
    QTableView* view = table(page);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Key alice went over its limit"));
    QCOMPARE(view->model()->index(5, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("VIP assigned · Info"));
    QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("Owner of key alice"));
    QCOMPARE(view->model()->index(1, 2).data().toString(), QStringLiteral("Ops team"));
    QVERIFY(!view->model()->index(0, 0).data(Qt::DecorationRole).isNull());
    QVERIFY(view->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());   // unread
    QVERIFY(!view->model()->index(5, 0).data(Qt::FontRole).value<QFont>().bold());  // read
    auto* countLabel = page->findChild<QLabel*>(QStringLiteral("notificationCount"));
    QCOMPARE(countLabel->text(), QStringLiteral("Showing 6 of 6 notifications"));

    auto* type = page->findChild<QComboBox*>(QStringLiteral("notificationTypeFilter"));
    type->setCurrentIndex(type->findData(QStringLiteral("violation")));
    emit type->activated(type->currentIndex());
    QTRY_COMPARE(view->model()->rowCount(), 2);
    type->setCurrentIndex(0);
    emit type->activated(0);
    QTRY_COMPARE(view->model()->rowCount(), 6);

    auto* recipient = page->findChild<QComboBox*>(QStringLiteral("notificationRecipientFilter"));
    QCOMPARE(recipient->count(), 3);  // everyone, alice, ops
    recipient->setCurrentIndex(recipient->findData(QStringLiteral("alice")));
    emit recipient->activated(recipient->currentIndex());
    QTRY_COMPARE(view->model()->rowCount(), 2);
    recipient->setCurrentIndex(0);
    emit recipient->activated(0);

    auto* period = page->findChild<QComboBox*>(QStringLiteral("notificationPeriodFilter"));
    period->setCurrentIndex(3);  // last 7 days
    emit period->activated(3);
    QTRY_COMPARE(view->model()->rowCount(), 5);
    period->setCurrentIndex(0);
    emit period->activated(0);
    QTRY_COMPARE(view->model()->rowCount(), 6);

    page->findChild<QCheckBox*>(QStringLiteral("notificationUnreadOnly"))->setChecked(true);
    QTRY_COMPARE(view->model()->rowCount(), 5);
    type->setCurrentIndex(type->findData(QStringLiteral("digest")));
    emit type->activated(type->currentIndex());
    auto* empty = page->findChild<QLabel*>(QStringLiteral("notificationsEmpty"));
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No notifications match these filters."));
}

void TestNotificationsPage::unreadCountOnTheSidebarIsExact()
{
    startHost();
    m_window = std::make_unique<ui::MainWindow>(m_client.get());
    ui::MainWindow& window = *m_window;
    window.show();
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    int index = -1;
    for (int i = 0; i < window.pageCount(); ++i) {
        index = window.pageId(i) == QStringLiteral("notifications") ? i : index;
    }
    QCOMPARE(index, 7);  // after Anomalies: Ctrl+8
    // Counted from the database while the page has never been shown.
    QTRY_COMPARE_WITH_TIMEOUT(sidebar->item(index)->text(), QStringLiteral("Notifications (5)"), 10000);
    QCOMPARE(sidebar->item(index)->toolTip(), QStringLiteral("5 unread notification(s)"));

    ui::NotificationsPage* page = showPage(window);
    QVERIFY(page);
    QCOMPARE(page->unread(), 5);
    QCOMPARE(sidebar->item(index)->text(), QStringLiteral("Notifications (5)"));  // unread stays until read

    // Rows marked read (by the engine's writer, on a command) are counted at once when the command finishes.
    QTableView* view = table(page);
    view->setCurrentIndex(view->model()->index(0, 0));  // notification 6
    auto* markRead = page->findChild<QPushButton*>(QStringLiteral("notificationMarkRead"));
    QVERIFY(markRead->isEnabled());
    markReadInDatabase(QStringLiteral("id = 6"));
    markRead->click();
    waitForCommands(1);
    QTRY_COMPARE(page->unread(), 4);
    QTRY_COMPARE(sidebar->item(index)->text(), QStringLiteral("Notifications (4)"));

    // Mark all read, for the ops team only.
    markReadInDatabase(QStringLiteral("recipient = 'ops'"));
    auto* recipient = page->findChild<QComboBox*>(QStringLiteral("notificationRecipientFilter"));
    recipient->setCurrentIndex(recipient->findData(QStringLiteral("ops")));
    emit recipient->activated(recipient->currentIndex());
    page->findChild<QPushButton*>(QStringLiteral("notificationMarkAllRead"))->click();
    waitForCommands(2);
    QTRY_COMPARE(page->unread(), 1);
    QCOMPARE(page->unread(), count(m_path, "SELECT count(*) FROM notifications WHERE read_at = 0"));

    // Hidden again: the count still follows the database when a command finishes elsewhere.
    window.setCurrentPageId(QStringLiteral("overview"));
    markReadInDatabase(QStringLiteral("1 = 1"));
    m_client->sendCommand(engine::cmd::AcknowledgeNotification{2, "ann"});
    waitForCommands(3);
    QTRY_COMPARE(sidebar->item(index)->text(), QStringLiteral("Notifications"));
    QCOMPARE(page->unread(), 0);
}

void TestNotificationsPage::detailShowsEachDeliveryAndRetries()
{
    ui::NotificationsPage* page = openPage();
    QVERIFY(page);
    QTableView* view = table(page);
    view->setCurrentIndex(view->model()->index(1, 0));  // notification 5
    QCOMPARE(page->selectedNotification(), std::optional<quint64>(5));
    auto* deliveries = page->findChild<QTableWidget*>(QStringLiteral("notificationDeliveries"));
    QTRY_COMPARE(deliveries->rowCount(), 3);
    QCOMPARE(deliveries->item(0, 0)->text(), QStringLiteral("In-app"));
    QCOMPARE(deliveries->item(1, 0)->text(), QStringLiteral("Email"));
    QCOMPARE(deliveries->item(1, 0)->toolTip(), QStringLiteral("ops@example.org"));
    QCOMPARE(deliveries->item(1, 1)->text(), QStringLiteral("Failed"));
    QCOMPARE(deliveries->item(1, 2)->text(), QStringLiteral("8"));
    QCOMPARE(deliveries->item(1, 3)->text(), QStringLiteral("535 authentication failed"));
    QCOMPARE(deliveries->item(2, 1)->text(), QStringLiteral("Pending"));
    QVERIFY(deliveries->item(2, 1)->toolTip().startsWith(QStringLiteral("Next attempt: ")));
    auto* title = page->findChild<QLabel*>(QStringLiteral("notificationDetailTitle"));
    QCOMPARE(title->text(), QStringLiteral("Key bot-7 is now flagged (score 18.5)"));
    auto* meta = page->findChild<QLabel*>(QStringLiteral("notificationDetailMeta"));
    QVERIFY(meta->text().startsWith(QStringLiteral("Flagged · Critical · for Ops team\nKey: bot-7")));

    // The failed email is the delivery chosen to act on, its times spelled out.
    auto* times = page->findChild<QLabel*>(QStringLiteral("notificationDeliveryTimes"));
    QVERIFY(times->text().startsWith(QStringLiteral("Email to ops@example.org\nCreated ")));
    auto* retry = page->findChild<QPushButton*>(QStringLiteral("notificationRetryButton"));
    QTRY_VERIFY(retry->isEnabled());
    retry->click();
    QCOMPARE(m_client->retries.size(), std::size_t{1});
    QCOMPARE(m_client->retries.at(0).first, quint64{5});
    QCOMPARE(m_client->retries.at(0).second, engine::Channel::Email);
    deliveries->setCurrentCell(0, 0);  // in-app: nothing to retry
    QVERIFY(!retry->isEnabled());
    QVERIFY(retry->toolTip().startsWith(QStringLiteral("Choose ")));

    // A notification delivered in the app only.
    view->setCurrentIndex(view->model()->index(0, 0));
    QTRY_COMPARE(deliveries->rowCount(), 1);
    QVERIFY(!retry->isEnabled());
}

void TestNotificationsPage::sendsTheInboxCommands()
{
    ui::NotificationsPage* page = openPage();
    QVERIFY(page);
    QTableView* view = table(page);
    view->setCurrentIndex(view->model()->index(1, 0));  // notification 5
    page->findChild<QPushButton*>(QStringLiteral("notificationMarkRead"))->click();
    page->findChild<QPushButton*>(QStringLiteral("notificationAcknowledge"))->click();
    page->findChild<QPushButton*>(QStringLiteral("notificationDelete"))->click();
    page->findChild<QPushButton*>(QStringLiteral("notificationMarkAllRead"))->click();
    waitForCommands(4);
    QCOMPARE(m_client->commands.size(), std::size_t{4});
    const auto* read = std::get_if<engine::cmd::MarkNotificationsRead>(&m_client->commands.at(0));
    QVERIFY(read && read->ids == std::vector<std::uint64_t>{5} && !read->all && !read->actor.empty());
    const auto* ack = std::get_if<engine::cmd::AcknowledgeNotification>(&m_client->commands.at(1));
    QVERIFY(ack && ack->id == 5 && !ack->actor.empty());
    const auto* del = std::get_if<engine::cmd::DeleteNotifications>(&m_client->commands.at(2));
    QVERIFY(del && del->ids == std::vector<std::uint64_t>{5} && del->recipient.empty());
    const auto* all = std::get_if<engine::cmd::MarkNotificationsRead>(&m_client->commands.at(3));
    QVERIFY(all && all->all && all->ids.empty() && all->recipient.empty());
    for (const QList<QVariant>& finished : *m_finished) {
        QVERIFY2(finished.at(1).toBool(), qPrintable(finished.at(2).toString()));
    }
    auto* status = page->findChild<QLabel*>(QStringLiteral("notificationCommandStatus"));
    QTRY_COMPARE(status->text(), QStringLiteral("Every notification marked read."));
    // The rows follow what the engine made of the commands, read again once they finished.
    QTRY_COMPARE_WITH_TIMEOUT(static_cast<qint64>(view->model()->rowCount()),
                              count(m_path, "SELECT count(*) FROM notifications"), 10000);
    QTRY_COMPARE(page->unread(), count(m_path, "SELECT count(*) FROM notifications WHERE read_at = 0"));
    // And the engine did what was asked: notification 5 is gone, every other one is read, the sidebar says none.
    QCOMPARE(count(m_path, "SELECT count(*) FROM notifications WHERE id = 5"), qint64{0});
    QCOMPARE(count(m_path, "SELECT count(*) FROM notifications WHERE read_at = 0"), qint64{0});
    QTRY_COMPARE(page->unread(), 0);
}

void TestNotificationsPage::recipientDialogShowsAndSendsPreferencesAndContact()
{
    ui::NotificationsPage* page = openPage();
    QVERIFY(page);
    page->openRecipient(QStringLiteral("alice"));
    auto* dialog = page->findChild<ui::RecipientDialog*>(QStringLiteral("notificationRecipientDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->loaded());
    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("recipientSummary"));
    QCOMPARE(summary->text(), QStringLiteral("Owner of key alice: 2 notification(s), 2 unread; own preferences"));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("recipientEmail"))->text(),
             QStringLiteral("alice@example.org"));
    // Preferences as stored: no tier notices, inbox and email, a daily digest, quiet 22:00 to 07:00.
    const auto commands = dialog->commands();
    QCOMPARE(commands.size(), std::size_t{1});  // nothing edited: the preferences alone
    const auto* prefs = std::get_if<engine::cmd::SetNotifyPreferences>(&commands.at(0));
    QVERIFY(prefs);
    QCOMPARE(prefs->recipient, std::string("alice"));
    QVERIFY(!prefs->preferences.enableTierNotifications);
    QVERIFY(prefs->preferences.aggregateDaily);
    QCOMPARE(prefs->preferences.preferredChannels, engine::ChannelSet(engine::channelBit(engine::Channel::InApp) |
                                                                      engine::channelBit(engine::Channel::Email)));
    QCOMPARE(prefs->preferences.quietStartMinute, 22 * 60);
    QCOMPARE(prefs->preferences.quietEndMinute, 7 * 60);

    dialog->findChild<QCheckBox*>(QStringLiteral("recipientChannel2"))->setChecked(true);  // SMS
    dialog->findChild<QLineEdit*>(QStringLiteral("recipientPhone"))->setText(QStringLiteral("+15550100"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    waitForCommands(2);
    const auto* sent = m_client->last<engine::cmd::SetNotifyPreferences>();
    QVERIFY(sent && engine::hasChannel(sent->preferences.preferredChannels, engine::Channel::Sms));
    const auto* contact = m_client->last<engine::cmd::PutNotifyContact>();
    QVERIFY(contact);
    QCOMPARE(contact->contact, (engine::NotifyContact{"alice", "alice@example.org", "+15550100", ""}));

    // The ops team has no contact of its own and the defaults until preferences are saved.
    page->openRecipient(QStringLiteral("ops"));
    auto* ops = page->findChild<ui::RecipientDialog*>(QStringLiteral("notificationRecipientDialog"));
    QTRY_VERIFY(ops && ops->loaded());
    QVERIFY(!ops->findChild<QLineEdit*>(QStringLiteral("recipientEmail"))->isEnabled());
    QCOMPARE(ops->commands().size(), std::size_t{1});
    QCOMPARE(std::get<engine::cmd::SetNotifyPreferences>(ops->commands().at(0)).preferences,
             engine::NotifyPreferences{});
    ops->reject();
}

void TestNotificationsPage::channelSettingsStartFromTheSettingInForce()
{
    ui::NotificationsPage* page = openPage();
    QVERIFY(page);
    page->openChannels();
    auto* dialog = page->findChild<ui::ChannelSettingsDialog*>(QStringLiteral("notificationChannelsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->loaded());
    QCOMPARE(dialog->config(), engine::NotifyConfig{});
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("keychainState"))->text().isEmpty());
    dialog->findChild<QLineEdit*>(QStringLiteral("emailHost"))->setText(QStringLiteral("smtp.example.org"));
    dialog->findChild<QLineEdit*>(QStringLiteral("emailOpsRecipients"))
        ->setText(QStringLiteral("ops@example.org, oncall@example.org"));
    dialog->findChild<QPushButton*>(QStringLiteral("webhookSendTest"))->click();
    QCOMPARE(m_client->tests.size(), std::size_t{1});
    QCOMPARE(m_client->tests.at(0).first, engine::Channel::Webhook);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    waitForCommands(1);
    const auto* set = m_client->last<engine::cmd::SetNotifyConfig>();
    QVERIFY(set);
    QCOMPARE(set->config.email.host, std::string("smtp.example.org"));
    QCOMPARE(set->config.email.opsRecipients, (std::vector<std::string>{"ops@example.org", "oncall@example.org"}));
    QCOMPARE(set->config.maxAttempts, engine::NotifyConfig{}.maxAttempts);
    // Whatever the engine said is shown on the page.
    auto* status = page->findChild<QLabel*>(QStringLiteral("notificationCommandStatus"));
    QTRY_VERIFY(status->isVisible());
}

void TestNotificationsPage::cleanupConfirmsAndSends()
{
    ui::NotificationsPage* page = openPage();
    QVERIFY(page);
    page->openCleanup();
    auto* dialog = page->findChild<ui::CleanupDialog*>(QStringLiteral("notificationCleanupDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->days(), 90);
    dialog->findChild<QSpinBox*>(QStringLiteral("notificationCleanupDays"))->setValue(7);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("notificationCleanupWarning"))
                ->text()
                .startsWith(QStringLiteral("Every notification created more than 7 day(s) ago")));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    waitForCommands(1);
    const auto* cleanup = m_client->last<engine::cmd::CleanupNotifications>();
    QVERIFY(cleanup);
    QCOMPARE(cleanup->olderThanDays, 7U);
    const engine::TimeNs sevenDaysAgo = (nowMs() - 7 * 24 * 3600 * 1000LL) * engine::kNsPerMs;
    QVERIFY(std::llabs(cleanup->before - sevenDaysAgo) < 60 * engine::kNsPerSec);
    QVERIFY(!cleanup->actor.empty());
}

void TestNotificationsPage::statisticsCountByTypeDayAndChannel()
{
    ui::NotificationsPage* page = openPage();
    QVERIFY(page);
    page->findChild<QPushButton*>(QStringLiteral("notificationShowStats"))->click();
    auto* byDay = page->findChild<QTableWidget*>(QStringLiteral("notificationStatsByDay"));
    QTRY_VERIFY(byDay->isVisible() && byDay->rowCount() >= 2);  // today (maybe yesterday too) and ten days ago
    qint64 total = 0;
    for (int row = 0; row < byDay->rowCount(); ++row) {
        total += byDay->item(row, byDay->columnCount() - 1)->text().toLongLong();
    }
    QCOMPARE(total, 6);
    auto* channels = page->findChild<QTableWidget*>(QStringLiteral("notificationStatsByChannel"));
    QCOMPARE(channels->rowCount(), engine::kChannelCount);
    QCOMPARE(channels->item(0, 1)->text(), QStringLiteral("2"));  // in-app sent
    QCOMPARE(channels->item(0, 4)->text(), QStringLiteral("100.0 %"));
    QCOMPARE(channels->item(1, 2)->text(), QStringLiteral("1"));  // email failed
    QCOMPARE(channels->item(1, 4)->text(), QStringLiteral("0.0 %"));
    QCOMPARE(channels->item(3, 3)->text(), QStringLiteral("1"));  // webhook pending
    auto* queue = page->findChild<QLabel*>(QStringLiteral("notificationQueueSummary"));
    QVERIFY(!queue->text().isEmpty());
}

void TestNotificationsPage::contactsExportAndImportAsCsv()
{
    ui::NotificationsPage* page = openPage();
    QVERIFY(page);
    auto* status = page->findChild<QLabel*>(QStringLiteral("notificationCommandStatus"));
    const QString exported = m_dir->filePath(QStringLiteral("contacts.csv"));
    page->exportContacts(exported);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Exported 1 contact(s)")), 10000);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("key,email,phone,webhook\r\nalice,alice@example.org,,\r\n"));

    const QString imported = m_dir->filePath(QStringLiteral("import.csv"));
    QFile in(imported);
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write("key,email,phone,webhook\r\nbob,bob@example.org,,\r\ncarol,,+15550100,\r\n");
    in.close();
    page->importContacts(imported);
    waitForCommands(1);
    const auto* command = m_client->last<engine::cmd::ImportNotifyContacts>();
    QVERIFY(command);
    QCOMPARE(command->contacts.size(), std::size_t{2});
    QCOMPARE(command->contacts.at(0), (engine::NotifyContact{"bob", "bob@example.org", "", ""}));
    QCOMPARE(command->contacts.at(1).phone, std::string("+15550100"));
}

void TestNotificationsPage::screenshots()
{
    const QString out = qEnvironmentVariable("SLUICE_NOTIFICATION_SHOTS");
    if (out.isEmpty()) {
        QSKIP("SLUICE_NOTIFICATION_SHOTS names no directory");
    }
    ui::NotificationsPage* page = openPage();
    QVERIFY(page);
    QTableView* view = table(page);
    view->setCurrentIndex(view->model()->index(1, 0));
    auto* deliveries = page->findChild<QTableWidget*>(QStringLiteral("notificationDeliveries"));
    QTRY_COMPARE(deliveries->rowCount(), 3);
    const QString lang = qEnvironmentVariable("SLUICE_SHOTS_LANG", QStringLiteral("en"));
    for (const QSize size : {QSize(1024, 640), QSize(1440, 900)}) {
        m_window->resize(size);
        page->findChild<QPushButton*>(QStringLiteral("notificationShowInbox"))->click();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(QStringLiteral("%1/notifications-inbox-%2x%3-%4.png")
                                          .arg(out)
                                          .arg(size.width())
                                          .arg(size.height())
                                          .arg(lang)));
        page->findChild<QPushButton*>(QStringLiteral("notificationShowStats"))->click();
        auto* byDay = page->findChild<QTableWidget*>(QStringLiteral("notificationStatsByDay"));
        QTRY_VERIFY(byDay->rowCount() > 0);
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(QStringLiteral("%1/notifications-stats-%2x%3-%4.png")
                                          .arg(out)
                                          .arg(size.width())
                                          .arg(size.height())
                                          .arg(lang)));
    }
    page->openRecipient(QStringLiteral("alice"));
    auto* recipient = page->findChild<ui::RecipientDialog*>(QStringLiteral("notificationRecipientDialog"));
    QTRY_VERIFY(recipient->loaded());
    QVERIFY(recipient->grab().save(QStringLiteral("%1/notifications-recipient-%2.png").arg(out, lang)));
    recipient->reject();
    page->openChannels();
    auto* channels = page->findChild<ui::ChannelSettingsDialog*>(QStringLiteral("notificationChannelsDialog"));
    QTRY_VERIFY(channels->loaded());
    QVERIFY(channels->grab().save(QStringLiteral("%1/notifications-channels-%2.png").arg(out, lang)));
    channels->reject();

    // A daily report as the engine announces it: newest in the inbox, its figures and files in the detail.
    m_host->sendCommand(engine::cmd::AnnounceReport{
        "2026-12-05",
        {m_dir->filePath(QStringLiteral("reports/sluice-report-2026-12-05.pdf")).toStdString()},
        1'284'311,
        52'907,
        2,
        engine::channelBit(engine::Channel::Email),
        "ann"});
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 7, 10000);
    m_window->resize(1024, 640);
    page->findChild<QPushButton*>(QStringLiteral("notificationShowInbox"))->click();
    view->setCurrentIndex(view->model()->index(0, 0));
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(QStringLiteral("%1/notifications-report-%2.png").arg(out, lang)));
}

QTEST_MAIN(TestNotificationsPage)
#include "tst_notifications_page.moc"
