// SPDX-License-Identifier: Apache-2.0
// Notification commands on a real database file: preferences, contacts and the engine.notify setting are durable
// and audited before they apply and come back after a restart; read, acknowledge, delete and cleanup change the
// inbox's rows; ids go on above the stored ones; bad settings are refused naming the JSON path.
#include "RuntimeTestSupport.h"
#include "StoreTestSupport.h"

#include "config/ConfigJson.h"
#include "config/NotifyConfigJson.h"
#include "notify/InboxGlance.h"

#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::testing;
using store::testing::execRaw;
using store::testing::openRaw;
using store::testing::rawInt;
using store::testing::rawText;

namespace {
constexpr TimeNs kWall = 1'750'000'000'000LL * kNsPerMs;

std::string lastAudit(const QString& path, const char* action)
{
    return rawText(openRaw(path.toStdString()),
                   std::string("SELECT actor || ' ' || target || ' ' || ifnull(before, '<null>') || ' ' || "
                               "ifnull(after, '<null>') FROM audit_log WHERE action = '") +
                       action + "' ORDER BY id DESC LIMIT 1")
        .toStdString();
}

std::int64_t count(const QString& path, const std::string& sql) { return rawInt(openRaw(path.toStdString()), sql); }
}  // namespace

class TestNotifyStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void preferencesAndContactsAreDurableAuditedAndRestored();
    void theNotifySettingIsStoredAuditedAndRestored();
    void badSettingsAreRefusedNamingTheJsonPath();
    void badContactsAreRefusedAndLeaveNoRow();
    void inboxCommandsChangeTheRows();
    void idsGoOnAboveTheStoredOnes();
    void theInboxGlanceTellsTheOpsTeamsNewestAndUnread();

private:
    std::unique_ptr<EngineRuntime> start();
    // Notifications as the delivery service writes them: id, recipient, created_at (engine ms), with an in-app
    // and an email delivery each.
    void seed(std::initializer_list<std::tuple<int, const char*, std::int64_t>> rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    ManualClock m_clock{kT0};
    ManualClock m_wall{kWall};
};

void TestNotifyStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("sluice.db"));
}

std::unique_ptr<EngineRuntime> TestNotifyStore::start()
{
    auto options = optionsFor(m_path);
    options->auditClock = &m_wall;
    std::string error;
    auto rt = EngineRuntime::start(*options, m_clock, {}, error);
    if (!rt) {
        qWarning("start failed: %s", error.c_str());
    }
    return rt;
}

void TestNotifyStore::seed(std::initializer_list<std::tuple<int, const char*, std::int64_t>> rows)
{
    {
        store::StoreError error;
        auto db = store::Database::open(m_path.toStdString(), error);  // the schema, as a first start makes it
        QVERIFY2(db, error.message.c_str());
    }
    const auto raw = openRaw(m_path.toStdString());
    for (const auto& [id, recipient, at] : rows) {
        const std::string sql =
            "INSERT INTO notifications (id, type, recipient, key, created_at, title, body, dispatched) VALUES (" +
            std::to_string(id) + ", 'violation', '" + recipient + "', 'alice', " + std::to_string(at) +
            ", 't', 'b', 1); INSERT INTO notification_deliveries (notification_id, channel, state, created_at) "
            "VALUES (" +
            std::to_string(id) + ", 'in_app', 'sent', 1), (" + std::to_string(id) + ", 'email', 'pending', 1);";
        QCOMPARE(execRaw(raw, sql.c_str()), SQLITE_OK);
    }
}

void TestNotifyStore::preferencesAndContactsAreDurableAuditedAndRestored()
{
    NotifyPreferences ops;
    ops.preferredChannels = channelBit(Channel::InApp) | channelBit(Channel::Email);
    ops.quietStartMinute = 22 * 60;
    ops.quietEndMinute = 6 * 60;
    {
        auto rt = start();
        QVERIFY(rt);
        QVERIFY(run(*rt, cmd::SetNotifyPreferences{"ops", ops}, "dana").ok);
        // On disk when reported done, with its audit row.
        QCOMPARE(rawText(openRaw(m_path.toStdString()),
                         "SELECT preferences FROM notification_preferences WHERE recipient = 'ops'"),
                 QString::fromStdString(preferencesText(ops)));
        QCOMPARE(lastAudit(m_path, "notify_preferences.put"), "dana ops <null> " + preferencesText(ops));

        QVERIFY(run(*rt, cmd::PutNotifyContact{NotifyContact{"alice", "alice@example.org", "", ""}}, "dana").ok);
        QCOMPARE(lastAudit(m_path, "notify_contact.put"),
                 std::string(R"(dana alice <null> {"email":"alice@example.org","phone":"","webhook":""})"));
        cmd::ImportNotifyContacts import;
        import.contacts = {NotifyContact{"alice", "a2@example.org", "", ""},
                           NotifyContact{"bob", "", "+49 30 1234567", ""}, NotifyContact {
                               "carol",
                               "",
                               "",
                               "https://hooks.example.org/c"
                           }};
        import.lines = {2, 3, 4};
        QVERIFY(run(*rt, import, "dana").ok);
        QCOMPARE(count(m_path, "SELECT count(*) FROM notification_contacts"), std::int64_t(3));
        const std::string imported = lastAudit(m_path, "notify_contact.import");
        QVERIFY2(imported.starts_with(
                     R"(dana 3 contacts {"contacts":3,"keys":[{"email":"alice@example.org","key":"alice",)"),
                 imported.c_str());
        QVERIFY(run(*rt, cmd::RemoveNotifyContact{"carol"}, "dana").ok);
        QCOMPARE(lastAudit(m_path, "notify_contact.remove"),
                 std::string(
                     "dana carol {\"email\":\"\",\"phone\":\"\",\"webhook\":\"https://hooks.example.org/c\"} <null>"));
        QVERIFY(run(*rt, cmd::SetNotifyPreferences{"bob", NotifyPreferences{}}, "dana").ok);
        QVERIFY(run(*rt, cmd::RemoveNotifyPreferences{"bob"}, "dana").ok);
        QCOMPARE(count(m_path, "SELECT count(*) FROM notification_preferences"), std::int64_t(1));
        QCOMPARE(count(m_path, "SELECT count(*) FROM audit_log WHERE action LIKE 'notify%'"), std::int64_t(6));
        rt->shutdown();
    }
    auto rt = start();
    QVERIFY(rt);
    QVERIFY(query<bool>(*rt, [&](const EngineShards& e) { return e.notifications().preferences("ops") == ops; }));
    QVERIFY(query<bool>(*rt, [](const EngineShards& e) { return !e.notifications().storedPreferences("bob"); }));
    QCOMPARE(query<std::string>(*rt, [](const EngineShards& e) { return e.notifications().contact("alice")->email; }),
             std::string("a2@example.org"));
    QCOMPARE(query<std::size_t>(*rt, [](const EngineShards& e) { return e.notifications().contacts().size(); }),
             std::size_t(2));
}

void TestNotifyStore::theNotifySettingIsStoredAuditedAndRestored()
{
    NotifyConfig config;
    config.digestMinute = 7 * 60;
    config.violationWindow = 30 * kNsPerMin;
    config.email.host = "smtp.example.org";
    config.email.opsRecipients = {"ops@example.org"};
    config.webhook = {true, true};
    {
        auto rt = start();
        QVERIFY(rt);
        QVERIFY(run(*rt, cmd::SetNotifyConfig{config}, "dana").ok);
        const QString row =
            rawText(openRaw(m_path.toStdString()), "SELECT value FROM settings WHERE name = 'engine.notify'");
        QVERIFY2(row.contains(QStringLiteral(R"("digest_minute":420)")), qPrintable(row));
        const std::string audit = lastAudit(m_path, "setting.put");
        QVERIFY2(audit.starts_with("dana engine.notify {"), audit.c_str());
        QVERIFY2(audit.find(R"("violation_window_s":1800)") != std::string::npos, audit.c_str());
        rt->shutdown();
    }
    auto rt = start();
    QVERIFY(rt);
    QVERIFY(query<bool>(*rt, [&](const EngineShards& e) { return e.config().notify == config; }));
}

void TestNotifyStore::badSettingsAreRefusedNamingTheJsonPath()
{
    auto rt = start();
    QVERIFY(rt);
    NotifyConfig config;
    config.digestMinute = 5000;
    CommandResult refused = run(*rt, cmd::SetNotifyConfig{config}, "dana");
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error, std::string("notify.digest_minute: must be between 0 and 1439"));
    config = NotifyConfig{};
    config.sms.url = "ftp://gateway";
    refused = run(*rt, cmd::SetNotifyConfig{config}, "dana");
    QCOMPARE(refused.error, std::string("notify.sms.url: expected an http:// or https:// URL"));
    NotifyPreferences p;
    p.quietEndMinute = 1440;
    refused = run(*rt, cmd::SetNotifyPreferences{"ops", p}, "dana");
    QCOMPARE(refused.error, std::string("preferences.quiet_end_minute: must be between 0 and 1439"));
    rt->sync();
    QCOMPARE(count(m_path, "SELECT count(*) FROM audit_log"), std::int64_t(0));  // refused: no row

    // A settings row (or a --config file) names its field too.
    EngineConfig engineConfig;
    QCOMPARE(ConfigJson::applySetting("engine.notify", R"({"email":{"port":0}})", engineConfig).value_or(""),
             std::string("setting engine.notify.email.port: must be between 1 and 65535"));
    QCOMPARE(ConfigJson::applySetting("engine.notify", R"({"webhook":{"slak":true}})", engineConfig).value_or(""),
             std::string("setting engine.notify.webhook.slak: unknown field"));
    QVERIFY(!ConfigJson::applySetting("engine.notify", R"({"digest_minute":0,"sms":{"to_field":"Recipient"}})",
                                      engineConfig));
    QCOMPARE(engineConfig.notify.sms.toField, std::string("Recipient"));
}

void TestNotifyStore::badContactsAreRefusedAndLeaveNoRow()
{
    auto rt = start();
    QVERIFY(rt);
    CommandResult refused = run(*rt, cmd::PutNotifyContact{NotifyContact{"alice", "not-an-address", "", ""}});
    QCOMPARE(refused.error, std::string("'not-an-address' is not an email address"));
    refused = run(*rt, cmd::PutNotifyContact{NotifyContact{"alice", "", "", ""}});
    QCOMPARE(refused.error, std::string("a contact needs an email address, a phone number or a webhook URL"));
    cmd::ImportNotifyContacts import;
    import.contacts = {NotifyContact{"a", "a@example.org", "", ""}, NotifyContact { "a", "b@example.org", "", "" }};
    import.lines = {2, 5};
    refused = run(*rt, import);
    QCOMPARE(refused.error, std::string("line 5: key 'a' already appears on line 2"));
    refused = run(*rt, cmd::SetNotifyPreferences{" alice", NotifyPreferences{}});
    QVERIFY2(refused.error.starts_with("a recipient is ops or a key: "), refused.error.c_str());
    rt->sync();
    QCOMPARE(count(m_path, "SELECT count(*) FROM notification_contacts"), std::int64_t(0));
    QCOMPARE(count(m_path, "SELECT count(*) FROM audit_log"), std::int64_t(0));
}

void TestNotifyStore::inboxCommandsChangeTheRows()
{
    const std::int64_t t0 = kT0 / kNsPerMs;
    const std::int64_t day = kNsPerDay / kNsPerMs;
    seed({{1, "ops", t0 - 40 * day},
          {2, "ops", t0 - 10 * day},
          {3, "alice", t0 - day},
          {4, "alice", t0},
          {5, "bob", t0}});
    m_clock.set(kT0 + kNsPerSec);
    auto rt = start();
    QVERIFY(rt);
    const std::int64_t now = (kT0 + kNsPerSec) / kNsPerMs;

    QVERIFY(run(*rt, cmd::MarkNotificationsRead{{2}, false, {}, "dana"}, "dana").ok);
    QCOMPARE(count(m_path, "SELECT read_at FROM notifications WHERE id = 2"), now);
    QCOMPARE(count(m_path, "SELECT count(*) FROM notifications WHERE read_at = 0"), std::int64_t(4));
    QCOMPARE(lastAudit(m_path, "notification.read"), std::string(R"(dana notification 2 <null> {"ids":[2]})"));

    QVERIFY(run(*rt, cmd::MarkNotificationsRead{{}, true, "alice", "dana"}, "dana").ok);
    QCOMPARE(count(m_path, "SELECT count(*) FROM notifications WHERE read_at = 0"), std::int64_t(2));  // 1 and 5

    QVERIFY(run(*rt, cmd::AcknowledgeNotification{5, "erin"}, "erin").ok);
    QCOMPARE(rawText(openRaw(m_path.toStdString()),
                     "SELECT acknowledged_by || ' ' || (acknowledged_at > 0) || ' ' || (read_at > 0) FROM "
                     "notifications WHERE id = 5"),
             QStringLiteral("erin 1 1"));  // acknowledging reads it too
    QCOMPARE(count(m_path, "SELECT count(*) FROM notifications WHERE read_at = 0"), std::int64_t(1));

    QVERIFY(run(*rt, cmd::MarkNotificationsRead{{}, true, {}, "dana"}, "dana").ok);
    QCOMPARE(count(m_path, "SELECT count(*) FROM notifications WHERE read_at = 0"), std::int64_t(0));

    QVERIFY(run(*rt, cmd::DeleteNotifications{{3}, {}, "dana"}, "dana").ok);
    QCOMPARE(count(m_path, "SELECT count(*) FROM notifications WHERE id = 3"), std::int64_t(0));
    QCOMPARE(count(m_path, "SELECT count(*) FROM notification_deliveries WHERE notification_id = 3"), std::int64_t(0));
    QVERIFY(run(*rt, cmd::DeleteNotifications{{}, "bob", "dana"}, "dana").ok);
    QCOMPARE(count(m_path, "SELECT count(*) FROM notifications WHERE recipient = 'bob'"), std::int64_t(0));
    QCOMPARE(lastAudit(m_path, "notification.delete"),
             std::string(R"(dana notifications of bob {"recipient":"bob"} <null>)"));

    // Older than 30 days: only the first.
    QVERIFY(run(*rt, cmd::CleanupNotifications{kT0 - 30 * kNsPerDay, 30, "dana"}, "dana").ok);
    QCOMPARE(rawText(openRaw(m_path.toStdString()), "SELECT group_concat(id) FROM notifications"),
             QStringLiteral("2,4"));
    QCOMPARE(count(m_path, "SELECT count(*) FROM notification_deliveries"), std::int64_t(4));
    const std::string cleanup = lastAudit(m_path, "notification.cleanup");
    QVERIFY2(cleanup.starts_with(R"(dana older than 30 days {"before_ms":)"), cleanup.c_str());

    const CommandResult nothing = run(*rt, cmd::MarkNotificationsRead{{}, false, {}, "dana"}, "dana");
    QCOMPARE(nothing.error, std::string("no notifications were chosen"));
    const CommandResult zeroDays = run(*rt, cmd::CleanupNotifications{kT0, 0, "dana"}, "dana");
    QCOMPARE(zeroDays.error, std::string("a cleanup removes notifications older than at least 1 day"));
}

void TestNotifyStore::idsGoOnAboveTheStoredOnes()
{
    seed({{41, "ops", kT0 / kNsPerMs}});
    auto rt = start();
    QVERIFY(rt);
    QCOMPARE(query<std::uint64_t>(*rt, [](const EngineShards& e) { return e.notifications().nextId(); }),
             std::uint64_t(42));
}

// What an engine tells its fleet of its inbox: the ops team's newest notifications (not a key owner's), how many of
// the team's are unread, read and acknowledged times, a long body cut between characters, and a row whose texts a
// reader would refuse left out (but still counted as unread).
void TestNotifyStore::theInboxGlanceTellsTheOpsTeamsNewestAndUnread()
{
    notify::InboxGlance glance(m_path.toStdString());
    EngineSummary none;
    QVERIFY(!glance.fill(none));  // no database yet: nothing told, and asked again next time
    const std::int64_t t0 = kT0 / kNsPerMs;
    std::initializer_list<std::tuple<int, const char*, std::int64_t>> rows = {
        {1, "ops", t0},       {2, "ops", t0 + 1},     {3, "ops", t0 + 2},   {4, "ops", t0 + 3},  {5, "ops", t0 + 4},
        {6, "ops", t0 + 5},   {7, "ops", t0 + 6},     {8, "ops", t0 + 7},   {9, "ops", t0 + 8},  {10, "ops", t0 + 9},
        {11, "ops", t0 + 10}, {12, "alice", t0 + 11}, {13, "ops", t0 + 12}, {14, "ops", t0 + 13}};
    seed(rows);
    const auto raw = openRaw(m_path.toStdString());
    // 14: a long body with a two-byte character across the cut; 13: a title that is not UTF-8; 11: read; 10:
    // acknowledged.
    QCOMPARE(execRaw(raw, ("UPDATE notifications SET body = replace(hex(zeroblob(" +
                           std::to_string(EngineSummary::kNoteBody - 1) +
                           ")), '00', 'x') || char(233) || 'tail', type = 'throttle_change', severity = 2, "
                           "title = 'Throttle raised to High' WHERE id = 14")
                              .c_str()),
             SQLITE_OK);
    QCOMPARE(execRaw(raw, "UPDATE notifications SET title = CAST(X'4B6579C3' AS TEXT) WHERE id = 13"), SQLITE_OK);
    // 9: a key longer than a reader takes, in its title too (cut, not left out); 7: a time no reader takes (left out).
    QCOMPARE(execRaw(raw, "UPDATE notifications SET key = replace(hex(zeroblob(300)), '00', 'k'), "
                          "title = 'Key ' || replace(hex(zeroblob(300)), '00', 'k') || ' went over' WHERE id = 9"),
             SQLITE_OK);
    QCOMPARE(execRaw(raw, "UPDATE notifications SET created_at = 9300000000000000 WHERE id = 7"), SQLITE_OK);
    QCOMPARE(
        execRaw(raw, ("UPDATE notifications SET read_at = " + std::to_string(t0 + 100) + " WHERE id = 11").c_str()),
        SQLITE_OK);
    QCOMPARE(execRaw(raw, ("UPDATE notifications SET read_at = " + std::to_string(t0 + 200) + ", acknowledged_at = " +
                           std::to_string(t0 + 200) + ", acknowledged_by = 'erin' WHERE id = 10")
                              .c_str()),
             SQLITE_OK);

    EngineSummary s;
    QVERIFY(glance.fill(s));
    QCOMPARE(s.unreadNotifications, std::uint64_t{11});  // 13 of the team's, 2 read (13 is unread, though not told)
    QStringList ids;
    for (const EngineSummary::InboxNote& n : s.inbox) {
        ids << QString::number(n.id);
    }
    QCOMPARE(ids, (QStringList{"14", "11", "10", "9", "8", "6", "5", "4", "3", "2"}));
    QCOMPARE(s.inbox[3].key, std::string(255, 'k'));
    QCOMPARE(s.inbox[3].title.size(), std::size_t{255});
    const EngineSummary::InboxNote& newest = s.inbox[0];
    QCOMPARE(newest.type, std::string("throttle_change"));
    QCOMPARE(newest.severity, 2);
    QCOMPARE(newest.title, std::string("Throttle raised to High"));
    QCOMPARE(newest.at, (t0 + 13) * kNsPerMs);
    QCOMPARE(newest.key, std::string("alice"));
    QCOMPARE(newest.body.size(), EngineSummary::kNoteBody - 1);  // "xx…x" and not half of the é
    QCOMPARE(newest.readAt, TimeNs{0});
    QCOMPARE(s.inbox[1].readAt, (t0 + 100) * kNsPerMs);
    QCOMPARE(s.inbox[2].acknowledgedBy, std::string("erin"));
    QCOMPARE(s.inbox[2].acknowledgedAt, (t0 + 200) * kNsPerMs);
}

QTEST_APPLESS_MAIN(TestNotifyStore)
#include "tst_notify_store.moc"
