// SPDX-License-Identifier: Apache-2.0
// kill -9 in the middle of delivery, then a restart: nothing accepted or spilled is lost, and nothing the
// database recorded as sent is sent again. The deliveries run in a separate process (notify_crash_child) that
// the test kills while the receiver is still taking its POSTs.
#include "NotifyTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace sluice::engine;
using namespace sluice::engine::testing;
using namespace std::chrono_literals;

namespace {

std::set<std::int64_t> sentIds(const std::string& path)
{
    std::set<std::int64_t> ids;
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT notification_id FROM notification_deliveries WHERE channel = 'webhook' AND "
                       "state = 'sent'",
                       -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        ids.insert(sqlite3_column_int64(statement, 0));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return ids;
}

}  // namespace

class TestNotifyCrash : public QObject {
    Q_OBJECT

private slots:
    void killedMidDeliveryLosesNothingAndResendsNothingSent()
    {
        constexpr int kCount = 400;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = (dir.path() + "/crash.db").toStdString();
        Receiver receiver({}, 0, 4ms);  // a slow server: the kill lands while deliveries are under way
        QVERIFY2(receiver.running(), receiver.error().c_str());

        QProcess first;
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(NOTIFY_CRASH_CHILD,
                    {QString::fromStdString(path), QString::fromStdString(receiver.url()), QString::number(kCount)});
        QVERIFY(first.waitForStarted());
        QVERIFY(first.waitForReadyRead(30'000));
        // "offered 400, spilled N": how many the queue of 100 refused depends on how fast the dispatcher drained it.
        const QStringList said = QString::fromUtf8(first.readLine()).trimmed().split(' ');
        QCOMPARE(said.size(), 4);
        QCOMPARE(said[1], QStringLiteral("400,"));
        const int spilled = said[3].toInt();
        QTRY_VERIFY_WITH_TIMEOUT(receiver.count() >= kCount / 4, 30'000);
        first.kill();  // SIGKILL: no shutdown, no flush
        QVERIFY(first.waitForFinished());
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);

        const std::set<std::int64_t> sentBefore = sentIds(path);
        const std::size_t receivedBefore = receiver.count();
        QVERIFY(!sentBefore.empty());
        QVERIFY2(sentBefore.size() < std::size_t(kCount), "the kill came too late to test anything");
        QCOMPARE(queryInt(path, "SELECT count(*) FROM notifications"), kCount);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM notifications WHERE spilled = 1"), spilled);

        QProcess second;
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(NOTIFY_CRASH_CHILD, {QString::fromStdString(path), QString::fromStdString(receiver.url()), "0"});
        QVERIFY(second.waitForFinished(120'000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);

        // Nothing lost: every notification is sent and reached the receiver.
        QCOMPARE(sentIds(path).size(), std::size_t(kCount));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM notifications WHERE dispatched = 0"), 0);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM notification_deliveries WHERE channel = 'in_app'"), kCount);
        std::map<std::int64_t, int> received;
        for (const Received& r : receiver.received()) {
            ++received[QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object().value("id").toInteger()];
        }
        QCOMPARE(received.size(), std::size_t(kCount));
        // Nothing recorded as sent is sent again; only an attempt under way at the kill may go twice.
        for (const std::int64_t id : sentBefore) {
            QCOMPARE(received[id], 1);
        }
        int twice = 0;
        for (const auto& [id, times] : received) {
            twice += times > 1 ? 1 : 0;
        }
        QVERIFY2(twice <= 1, qPrintable(QString::number(twice)));
        QVERIFY(receiver.count() > receivedBefore);
    }
};

QTEST_APPLESS_MAIN(TestNotifyCrash)
#include "tst_notify_crash.moc"
