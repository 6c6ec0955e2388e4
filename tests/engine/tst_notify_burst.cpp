// SPDX-License-Identifier: Apache-2.0
// A burst of 10,000 notifications into a queue of 1,000, handed over as the engine runtime does it: what the
// queue refuses is spilled through the store writer. Every one is accepted or spilled (counts exact), every one
// reaches the inbox once, and every webhook delivery is sent exactly once.
#include "NotifyTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace sluice::engine;
using namespace sluice::engine::notify;
using namespace sluice::engine::testing;

class TestNotifyBurst : public QObject {
    Q_OBJECT

private slots:
    void burstIsAcceptedOrSpilledAndAllDelivered()
    {
        constexpr std::uint64_t kBurst = 10'000;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = (dir.path() + "/burst.db").toStdString();
        std::string error;
        auto writer = openWriter(path, error);
        QVERIFY2(writer, error.c_str());
        Receiver receiver;
        QVERIFY2(receiver.running(), receiver.error().c_str());

        CenterOptions options;
        options.databasePath = path;
        options.config = fastConfig();
        options.config.queueCapacity = 1000;
        options.secrets.webhookUrl = receiver.url();
        auto center = NotificationCenter::start(options, error);
        QVERIFY2(center, error.c_str());

        std::uint64_t offered = 0;
        std::uint64_t refused = 0;
        std::vector<Notification> spill;
        for (std::uint64_t id = 1; id <= kBurst; ++id) {
            Notification n = notificationFor(id, {{Channel::InApp, ""}, {Channel::Webhook, ""}});
            if (center->offer(n)) {
                ++offered;
            } else {
                spill.push_back(std::move(n));
            }
            // As the runtime does after each round of decisions.
            if (spill.size() == 256 || (id == kBurst && !spill.empty())) {
                refused += spill.size();
                const std::size_t count = spill.size();
                writer->submitSpilledNotifications(std::move(spill));
                center->noteSpilled(count);
                spill = {};
            }
        }
        QCOMPARE(offered + refused, kBurst);
        QVERIFY2(refused > 0, "the burst should overflow a queue of 1,000");
        NotifyView view = center->view();
        QCOMPARE(view.produced, kBurst);
        QCOMPARE(view.spilled, refused);
        QVERIFY(view.queued <= 1000U);
        QCOMPARE(view.queueCapacity, 1000U);

        QTRY_COMPARE_WITH_TIMEOUT(center->view().channels[static_cast<std::size_t>(Channel::Webhook)].sent, kBurst,
                                  120'000);
        view = center->view();
        QCOMPARE(view.accepted, offered);
        QCOMPARE(view.spilledWaiting, 0U);
        QCOMPARE(view.channels[static_cast<std::size_t>(Channel::InApp)].sent, kBurst);
        QCOMPARE(view.channels[static_cast<std::size_t>(Channel::Webhook)].failed, 0U);
        writer->flush();
        QCOMPARE(queryInt(path, "SELECT count(*) FROM notifications"), std::int64_t(kBurst));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM notifications WHERE spilled = 1"), std::int64_t(refused));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM notifications WHERE dispatched = 0"), 0);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM notification_deliveries WHERE channel = 'in_app' AND state = "
                                "'sent'"),
                 std::int64_t(kBurst));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM notification_deliveries WHERE channel = 'webhook' AND state = "
                                "'sent' AND attempts = 1"),
                 std::int64_t(kBurst));
        // Each notification reached the receiver exactly once.
        const auto got = receiver.received();
        QCOMPARE(got.size(), std::size_t(kBurst));
        std::set<qint64> ids;
        for (const Received& r : got) {
            ids.insert(QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object().value("id").toInteger());
        }
        QCOMPARE(ids.size(), std::size_t(kBurst));
        QCOMPARE(*ids.begin(), 1);
        QCOMPARE(*ids.rbegin(), qint64(kBurst));
        center->stop();
        QCOMPARE(writer->close().eventsDropped.total(), 0U);
    }
};

QTEST_APPLESS_MAIN(TestNotifyBurst)
#include "tst_notify_burst.moc"
