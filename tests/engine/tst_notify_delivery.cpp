// SPDX-License-Identifier: Apache-2.0
// Notification delivery against real receivers on 127.0.0.1 and a real database file: the webhook's JSON and
// Slack bodies, the SMS gateway's form and basic auth, retries and their spacing, the circuit breaker opening on
// a closed port, half-opening and closing once the receiver is back, "retry now", and the test message.
#include "NotifyTestSupport.h"

#include "notify/CircuitBreaker.h"
#include "notify/RetryPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <future>

using namespace sluice::engine;
using namespace sluice::engine::notify;
using namespace sluice::engine::testing;
using namespace std::chrono_literals;

namespace {

ChannelView channelOf(const NotificationCenter& center, Channel channel)
{
    return center.view().channels[static_cast<std::size_t>(channel)];
}

QJsonObject jsonOf(const std::string& body)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

}  // namespace

class TestNotifyDelivery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_path;
    std::unique_ptr<store::StoreWriter> m_writer;

    std::unique_ptr<NotificationCenter> startCenter(const NotifyConfig& config, const NotifySecrets& secrets = {})
    {
        CenterOptions options;
        options.databasePath = m_path;
        options.config = config;
        options.secrets = secrets;
        options.seed = 7;
        std::string error;
        auto center = NotificationCenter::start(options, error);
        if (!center) {
            qWarning("%s", error.c_str());
        }
        return center;
    }
    std::string deliveryText(std::uint64_t id, const char* channel, const char* column)
    {
        sqlite3* db = nullptr;
        std::string value;
        sqlite3_open_v2(m_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
        const std::string sql = std::string("SELECT ") + column +
                                " FROM notification_deliveries WHERE notification_id = " + std::to_string(id) +
                                " AND channel = '" + channel + "'";
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        }
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return value;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = (m_dir.path() + "/" + QTest::currentTestFunction() + ".db").toStdString();
        std::string error;
        m_writer = openWriter(m_path, error);
        QVERIFY2(m_writer, error.c_str());
    }
    void cleanup() { m_writer.reset(); }

    void retryPolicyHasFullJitterUnderADoublingCeiling()
    {
        NotifyConfig config;
        config.backoffBaseMs = 100;
        config.backoffMaxMs = 1000;
        config.maxAttempts = 4;
        RetryPolicy policy(config, 42);
        QCOMPARE(policy.ceilingAfter(1), 100 * kNsPerMs);
        QCOMPARE(policy.ceilingAfter(2), 200 * kNsPerMs);
        QCOMPARE(policy.ceilingAfter(4), 800 * kNsPerMs);
        QCOMPARE(policy.ceilingAfter(5), 1000 * kNsPerMs);
        QCOMPARE(policy.ceilingAfter(60), 1000 * kNsPerMs);
        QVERIFY(!policy.exhausted(3));
        QVERIFY(policy.exhausted(4));
        // Full jitter: anywhere from nothing to the ceiling, spread evenly (mean near half the ceiling).
        TimeNs sum = 0;
        TimeNs least = 1000 * kNsPerMs;
        TimeNs most = 0;
        for (int i = 0; i < 2000; ++i) {
            const TimeNs delay = policy.delayAfter(3);
            QVERIFY(delay >= 0 && delay <= 400 * kNsPerMs);
            sum += delay;
            least = std::min(least, delay);
            most = std::max(most, delay);
        }
        const double meanMs = static_cast<double>(sum) / 2000 / kNsPerMs;
        QVERIFY2(meanMs > 180 && meanMs < 220, qPrintable(QString::number(meanMs)));
        QVERIFY(least < 20 * kNsPerMs);
        QVERIFY(most > 380 * kNsPerMs);
    }

    void breakerOpensHalfOpensAndCloses()
    {
        NotifyConfig config;
        config.breakerFailures = 2;
        config.breakerOpenMs = 1000;
        CircuitBreaker breaker(config);
        const TimeNs t0 = 1000 * kNsPerSec;
        QVERIFY(breaker.allow(t0));
        breaker.onFailure(t0);
        QCOMPARE(breaker.state(), BreakerState::Closed);
        breaker.onFailure(t0);
        QCOMPARE(breaker.state(), BreakerState::Open);
        QVERIFY(!breaker.allow(t0 + 999 * kNsPerMs));
        QVERIFY(breaker.allow(t0 + 1000 * kNsPerMs));  // the one trial
        QCOMPARE(breaker.state(), BreakerState::HalfOpen);
        QVERIFY(!breaker.allow(t0 + 1000 * kNsPerMs));
        breaker.onFailure(t0 + 1001 * kNsPerMs);  // the trial failed: open again
        QCOMPARE(breaker.state(), BreakerState::Open);
        QCOMPARE(breaker.openUntil(), t0 + 2001 * kNsPerMs);
        QVERIFY(breaker.allow(t0 + 2001 * kNsPerMs));
        breaker.onSuccess();
        QCOMPARE(breaker.state(), BreakerState::Closed);
    }

    void webhookPostsTheNotificationAsJson()
    {
        Receiver receiver;
        QVERIFY2(receiver.running(), receiver.error().c_str());
        NotifySecrets secrets;
        secrets.webhookUrl = receiver.url("/ops/T0KEN");
        auto center = startCenter(fastConfig(), secrets);
        QVERIFY(center);
        Notification n = notificationFor(11, {{Channel::InApp, ""}, {Channel::Webhook, ""}});
        QVERIFY(center->offer(n));
        QTRY_COMPARE(receiver.count(), std::size_t{1});
        const Received got = receiver.received().front();
        QCOMPARE(got.path, std::string("/ops/T0KEN"));
        QCOMPARE(got.contentType, std::string("application/json"));
        const QJsonObject body = jsonOf(got.body);
        QCOMPARE(body.value("id").toInteger(), 11);
        QCOMPARE(body.value("type").toString(), QString("flagged"));
        QCOMPARE(body.value("key").toString(), QString("alice"));
        QCOMPARE(body.value("recipient").toString(), QString("alice"));
        QCOMPARE(body.value("severity").toInt(), 1);
        QCOMPARE(body.value("title").toString(), QString("Key alice is now flagged (score 18.5)"));
        QCOMPARE(body.value("at_ms").toInteger(), 1'700'000'000'011);
        QTRY_COMPARE(deliveryText(11, "webhook", "state"), std::string("sent"));
        QCOMPARE(deliveryText(11, "webhook", "attempts"), std::string("1"));
        QVERIFY(deliveryText(11, "webhook", "sent_at") != "0");
        QCOMPARE(deliveryText(11, "in_app", "state"), std::string("sent"));
        QCOMPARE(queryInt(m_path, "SELECT dispatched FROM notifications WHERE id = 11"), 1);
        QCOMPARE(queryInt(m_path, "SELECT spilled FROM notifications WHERE id = 11"), 0);
        const NotifyView view = center->view();
        QCOMPARE(view.accepted, 1U);
        QCOMPARE(view.channels[static_cast<std::size_t>(Channel::InApp)].sent, 1U);
        QCOMPARE(view.channels[static_cast<std::size_t>(Channel::Webhook)].sent, 1U);
    }

    void slackBodyIsText()
    {
        Receiver receiver;
        NotifyConfig config = fastConfig();
        config.webhook.slack = true;
        auto center = startCenter(config);
        QVERIFY(center);
        // A key owner's own webhook: the address comes with the notification.
        Notification n = notificationFor(12, {{Channel::Webhook, receiver.url("/services/X")}});
        QVERIFY(center->offer(n));
        QTRY_COMPARE(receiver.count(), std::size_t{1});
        const Received got = receiver.received().front();
        QCOMPARE(got.path, std::string("/services/X"));
        const QJsonObject body = jsonOf(got.body);
        QCOMPARE(body.keys(), QStringList{"text"});
        QCOMPARE(body.value("text").toString(), QString("*Key alice is now flagged (score 18.5)*\nNotification 12: "
                                                        "the key went over its limit too often."));
    }

    void smsIsAFormPostWithBasicAuth()
    {
        Receiver receiver;
        NotifyConfig config = fastConfig();
        config.sms.url = receiver.url("/2010-04-01/Accounts/AC1/Messages.json");
        config.sms.username = "AC1";
        config.sms.from = "+15550000";
        config.sms.opsRecipients = {"+15550001", "+15550002"};
        NotifySecrets secrets;
        secrets.smsPassword = "s3cret";
        auto center = startCenter(config, secrets);
        QVERIFY(center);
        Notification n = notificationFor(13, {{Channel::Sms, ""}});
        n.title = "Throttle at 50 %";
        n.body = "CPU 91 & rising";
        QVERIFY(center->offer(n));
        QTRY_COMPARE(receiver.count(), std::size_t{2});
        const auto got = receiver.received();
        QCOMPARE(got[0].contentType, std::string("application/x-www-form-urlencoded"));
        QCOMPARE(got[0].authorization, std::string("Basic ") + QByteArray("AC1:s3cret").toBase64().toStdString());
        QCOMPARE(got[0].body,
                 std::string("To=%2B15550001&From=%2B15550000&Body=Throttle+at+50+%25%0ACPU+91+%26+rising"));
        QCOMPARE(got[1].body.substr(0, 14), std::string("To=%2B15550002"));
        QTRY_COMPARE(deliveryText(13, "sms", "state"), std::string("sent"));
    }

    void failuresRetryWithBackoffUntilSent()
    {
        Receiver receiver({500, 500});
        NotifyConfig config = fastConfig();
        config.backoffBaseMs = 200;
        config.backoffMaxMs = 2000;
        auto center = startCenter(config);
        QVERIFY(center);
        Notification n = notificationFor(21, {{Channel::Webhook, receiver.url()}});
        QVERIFY(center->offer(n));
        QTRY_COMPARE_WITH_TIMEOUT(deliveryText(21, "webhook", "state"), std::string("sent"), 10000);
        QCOMPARE(deliveryText(21, "webhook", "attempts"), std::string("3"));
        QCOMPARE(deliveryText(21, "webhook", "last_error"),
                 std::string("the server answered HTTP status 500: try later"));
        const auto got = receiver.received();
        QCOMPARE(got.size(), std::size_t{3});
        // The waits the worker drew: the webhook worker's jitter comes from seed + 3 (email, SMS and webhook take
        // seed + 1, + 2, + 3). Each retry came no sooner than its wait after the previous attempt ended, and not
        // much later (the attempt itself and a busy machine's wake-up).
        RetryPolicy policy(config, 7 + 3);
        const auto wait1 = std::chrono::nanoseconds(policy.delayAfter(1));
        const auto wait2 = std::chrono::nanoseconds(policy.delayAfter(2));
        QVERIFY(wait1 <= 200ms && wait2 <= 400ms);
        const auto gap1 = got[1].at - got[0].at;
        const auto gap2 = got[2].at - got[1].at;
        const auto ms = [](auto d) { return QString::number(std::chrono::duration<double, std::milli>(d).count()); };
        QVERIFY2(gap1 >= wait1 && gap1 <= wait1 + 300ms, qPrintable(ms(gap1) + " after a wait of " + ms(wait1)));
        QVERIFY2(gap2 >= wait2 && gap2 <= wait2 + 300ms, qPrintable(ms(gap2) + " after a wait of " + ms(wait2)));
        const ChannelView channel = channelOf(*center, Channel::Webhook);
        QCOMPARE(channel.attempts, 3U);
        QCOMPARE(channel.sent, 1U);
        QCOMPARE(channel.breaker, BreakerState::Closed);
    }

    void attemptsRunOutThenFailed()
    {
        Receiver receiver({503, 503, 503, 503, 503, 503});
        NotifyConfig config = fastConfig();
        config.maxAttempts = 3;
        config.breakerFailures = 10;
        auto center = startCenter(config);
        QVERIFY(center);
        Notification n = notificationFor(22, {{Channel::Webhook, receiver.url()}});
        QVERIFY(center->offer(n));
        QTRY_COMPARE_WITH_TIMEOUT(deliveryText(22, "webhook", "state"), std::string("failed"), 10000);
        QCOMPARE(deliveryText(22, "webhook", "attempts"), std::string("3"));
        QCOMPARE(receiver.count(), std::size_t{3});
        QCOMPARE(channelOf(*center, Channel::Webhook).failed, 1U);
    }

    void closedPortOpensTheBreakerWhichRecovers()
    {
        std::uint16_t port = 0;
        {
            Receiver gone;
            port = gone.port();
        }  // nothing listens there now
        NotifyConfig config = fastConfig();
        config.backoffBaseMs = 10;
        config.backoffMaxMs = 20;
        config.maxAttempts = 1000;
        config.breakerFailures = 3;
        config.breakerOpenMs = 800;
        auto center = startCenter(config);
        QVERIFY(center);
        Notification n = notificationFor(31, {{Channel::Webhook, "http://127.0.0.1:" + std::to_string(port) + "/h"}});
        QVERIFY(center->offer(n));
        QTRY_COMPARE(channelOf(*center, Channel::Webhook).breaker, BreakerState::Open);
        const ChannelView opened = channelOf(*center, Channel::Webhook);
        QCOMPARE(opened.attempts, 3U);
        QVERIFY(opened.lastError.find("onnect") != std::string::npos);
        // While open, nothing goes out; once its time is up, one trial (half-open) fails and it opens again.
        QTRY_COMPARE_WITH_TIMEOUT(channelOf(*center, Channel::Webhook).attempts, 4U, 5000);
        QCOMPARE(channelOf(*center, Channel::Webhook).breaker, BreakerState::Open);
        QVERIFY(channelOf(*center, Channel::Webhook).openUntil > opened.openUntil);
        // The receiver comes back: the next trial succeeds and the breaker closes by itself.
        Receiver back({}, port);
        QVERIFY2(back.running(), back.error().c_str());
        QTRY_COMPARE_WITH_TIMEOUT(deliveryText(31, "webhook", "state"), std::string("sent"), 5000);
        QCOMPARE(channelOf(*center, Channel::Webhook).breaker, BreakerState::Closed);
        QCOMPARE(channelOf(*center, Channel::Webhook).attempts, 5U);
        QCOMPARE(back.count(), std::size_t{1});
    }

    void retryNowSkipsTheWait()
    {
        Receiver receiver({500, 400});
        NotifyConfig config = fastConfig();
        config.backoffBaseMs = 60'000;  // the next attempt would wait up to a minute
        config.backoffMaxMs = 60'000;
        auto center = startCenter(config);
        QVERIFY(center);
        Notification n = notificationFor(41, {{Channel::Webhook, receiver.url()}});
        QVERIFY(center->offer(n));
        QTRY_COMPARE(deliveryText(41, "webhook", "attempts"), std::string("1"));
        QCOMPARE(deliveryText(41, "webhook", "state"), std::string("pending"));
        // The second answer (400) is permanent: failed at once.
        center->retryNow(41, Channel::Webhook);
        QTRY_COMPARE(deliveryText(41, "webhook", "state"), std::string("failed"));
        QCOMPARE(deliveryText(41, "webhook", "attempts"), std::string("2"));
        // A failed delivery gets one more attempt when asked.
        center->retryNow(41, Channel::Webhook);
        QTRY_COMPARE(deliveryText(41, "webhook", "state"), std::string("sent"));
        QCOMPARE(deliveryText(41, "webhook", "attempts"), std::string("3"));
        QCOMPARE(receiver.count(), std::size_t{3});
    }

    void testMessageReportsItsOutcome()
    {
        Receiver receiver({502});
        auto center = startCenter(fastConfig());
        QVERIFY(center);
        auto first = std::make_shared<std::promise<std::pair<bool, std::string>>>();
        center->sendTest(Channel::Webhook, receiver.url(), [first](bool ok, const std::string& error) {
            first->set_value({ok, error});
        });
        auto outcome = first->get_future();
        QVERIFY(outcome.wait_for(10s) == std::future_status::ready);
        const auto [ok, error] = outcome.get();
        QVERIFY(!ok);
        QCOMPARE(error, std::string("the server answered HTTP status 502: try later"));
        auto second = std::make_shared<std::promise<bool>>();
        center->sendTest(Channel::Webhook, receiver.url(),
                         [second](bool sentOk, const std::string&) { second->set_value(sentOk); });
        auto sent = second->get_future();
        QVERIFY(sent.wait_for(10s) == std::future_status::ready);
        QVERIFY(sent.get());
        QCOMPARE(jsonOf(receiver.received().back().body).value("type").toString(), QString("test"));
        // A test is neither stored nor counted.
        QCOMPARE(queryInt(m_path, "SELECT count(*) FROM notification_deliveries"), 0);
        QCOMPARE(channelOf(*center, Channel::Webhook).attempts, 0U);
    }

    void unconfiguredChannelWaitsUntriedUntilConfigured()
    {
        Receiver receiver;
        NotifyConfig config = fastConfig();
        config.webhook.enabled = false;
        auto center = startCenter(config);
        QVERIFY(center);
        Notification n = notificationFor(51, {{Channel::Webhook, ""}});
        QVERIFY(center->offer(n));
        QTRY_COMPARE(channelOf(*center, Channel::Webhook).pending, 1U);
        QCOMPARE(channelOf(*center, Channel::Webhook).configured, false);
        config.webhook.enabled = true;
        center->configure(config);
        NotifySecrets secrets;
        secrets.webhookUrl = receiver.url("/late");
        center->setSecrets(secrets);
        QTRY_COMPARE(deliveryText(51, "webhook", "state"), std::string("sent"));
        QCOMPARE(deliveryText(51, "webhook", "attempts"), std::string("1"));
        QCOMPARE(receiver.received().front().path, std::string("/late"));
    }
};

QTEST_APPLESS_MAIN(TestNotifyDelivery)
#include "tst_notify_delivery.moc"
