// SPDX-License-Identifier: Apache-2.0
// The engine runtime runs notification delivery while it writes a database: what an earlier run left (a pending
// delivery, a spilled notification) is delivered after a start, the ops webhook gets the secrets the runtime was
// started with, every snapshot shows delivery, and there is no delivery without a database.
#include "NotifyTestSupport.h"
#include "RuntimeTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {

// Rows as an earlier run left them: notification 5 accepted with its webhook delivery still pending (to a key
// owner's webhook), notification 6 spilled and not yet dispatched (for the ops webhook and the inbox).
void leaveEarlierRun(const std::string& path, const std::string& keyHook)
{
    store::StoreError error;
    auto database = store::Database::open(path, error);
    QVERIFY2(database, error.message.c_str());
    database.reset();
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    const std::string sql =
        "INSERT INTO notifications (id, type, recipient, key, created_at, title, body, dispatched, destinations) "
        "VALUES (5, 'violation', 'bob', 'bob', 1000, 'Key bob went over its limit', '', 1, '[]');"
        "INSERT INTO notification_deliveries (notification_id, channel, address, state, attempts, created_at) "
        "VALUES (5, 'webhook', '" +
        keyHook +
        "', 'pending', 1, 1000);"
        "INSERT INTO notifications (id, type, recipient, key, created_at, title, body, spilled, dispatched, "
        "destinations) VALUES (6, 'throttle_change', 'ops', '', 2000, 'Throttle raised to 25 %', '', 1, 0, "
        "'[[\"in_app\",\"\"],[\"webhook\",\"\"]]');";
    QCOMPARE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

struct LatestSnapshot {
    std::mutex mutex;
    SnapshotPtr latest;
    EngineRuntime::SnapshotSink sink()
    {
        return [this](SnapshotPtr s) {
            std::lock_guard lock(mutex);
            latest = std::move(s);
        };
    }
    NotifyView notify()
    {
        std::lock_guard lock(mutex);
        return latest ? latest->notify : NotifyView{};
    }
};

}  // namespace

class TestNotifyRuntime : public QObject {
    Q_OBJECT

private slots:
    void deliversWhatAnEarlierRunLeft()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + "/runtime.db";
        Receiver receiver;
        QVERIFY2(receiver.running(), receiver.error().c_str());
        leaveEarlierRun(path.toStdString(), receiver.url("/bob"));

        auto options = optionsFor(path);
        options->config.notify.webhook.enabled = true;
        options->notifySecrets.webhookUrl = receiver.url("/ops");
        SystemClock clock;
        LatestSnapshot snapshots;
        std::string error;
        auto runtime = EngineRuntime::start(*options, clock, snapshots.sink(), error);
        QVERIFY2(runtime, error.c_str());
        QVERIFY(runtime->notifications() != nullptr);

        QTRY_COMPARE(receiver.count(), std::size_t{2});
        QTRY_COMPARE(countRows(path, "SELECT count(*) FROM notification_deliveries WHERE channel = 'webhook' AND "
                                     "state = 'sent'"),
                     2);
        QCOMPARE(dumpRows(path, "SELECT notification_id, attempts FROM notification_deliveries WHERE channel = "
                                "'webhook' ORDER BY notification_id"),
                 std::string("5|2\n6|1\n"));
        QCOMPARE(countRows(path, "SELECT count(*) FROM notification_deliveries WHERE channel = 'in_app' AND "
                                 "notification_id = 6 AND state = 'sent'"),
                 1);
        QCOMPARE(countRows(path, "SELECT dispatched FROM notifications WHERE id = 6"), 1);
        std::set<std::string> paths;
        for (const Received& r : receiver.received()) {
            paths.insert(r.path);
        }
        QCOMPARE(paths, (std::set<std::string>{"/bob", "/ops"}));

        QTRY_COMPARE(snapshots.notify().channels[static_cast<std::size_t>(Channel::Webhook)].sent, 2U);
        const NotifyView view = snapshots.notify();
        QVERIFY(view.running);
        QCOMPARE(view.queueCapacity, 1000U);
        QCOMPARE(view.spilledWaiting, 0U);
        QVERIFY(view.channels[static_cast<std::size_t>(Channel::Webhook)].configured);
        QVERIFY(!view.channels[static_cast<std::size_t>(Channel::Sms)].configured);

        runtime->shutdown();
        QVERIFY(!runtime->notifications()->view().running);
    }

    void noDeliveryWithoutADatabase()
    {
        auto options = optionsFor(QString());
        SystemClock clock;
        LatestSnapshot snapshots;
        std::string error;
        auto runtime = EngineRuntime::start(*options, clock, snapshots.sink(), error);
        QVERIFY2(runtime, error.c_str());
        QVERIFY(runtime->notifications() == nullptr);
        runtime->sync();
        QVERIFY(!snapshots.notify().running);
    }
};

QTEST_APPLESS_MAIN(TestNotifyRuntime)
#include "tst_notify_runtime.moc"
