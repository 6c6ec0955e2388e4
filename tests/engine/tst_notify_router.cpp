// SPDX-License-Identifier: Apache-2.0
// Who hears what: the notification router per type, preference and channel, the violation window, quiet hours
// and the daily digest on engine time, and ids across a restore; then the same through a whole engine.
#include "EngineTestSupport.h"

#include "notify/NotificationRouter.h"

#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::testing;
using notify::NotificationRouter;

namespace {
constexpr TimeNs kMin = kNsPerMin;
constexpr TimeNs kHour = kNsPerHour;
// kT0 is 08:00 UTC.
constexpr TimeNs kDayStart = kT0 - 8 * kHour;

Event tierEvent(const std::string& key, ReputationTier before, ReputationTier after, float from, float to, TimeNs at)
{
    Event e;
    e.kind = EventKind::TierChanged;
    e.key = key;
    e.at = at;
    e.tierBefore = before;
    e.tierAfter = after;
    e.scoreBefore = from;
    e.scoreAfter = to;
    return e;
}

Event violation(const std::string& key, TimeNs at, float from = 50, float to = 44)
{
    Event e;
    e.kind = EventKind::Violation;
    e.key = key;
    e.at = at;
    e.severity = 2;
    e.scoreBefore = from;
    e.scoreAfter = to;
    return e;
}

Event vipEvent(EventKind kind, const std::string& key, TimeNs at)
{
    Event e;
    e.kind = kind;
    e.key = key;
    e.at = at;
    e.detail = "gold";
    return e;
}

std::vector<Notification> routeAll(NotificationRouter& router, const EventBatch& events)
{
    router.observe(events);
    router.eventsTaken();
    std::vector<Notification> out;
    router.take(out);
    return out;
}

void apply(NotificationRouter& router, const Command& command)
{
    QVERIFY(router.validate(command, kT0).value_or(CommandResult{false, "not the router's"}).ok);
    KeyTable keys;
    EventBatch events;
    PartContext context{keys, events};
    QVERIFY(router.apply(command, kT0, context).has_value());
}

std::vector<Notification> forRecipient(const std::vector<Notification>& all, const std::string& recipient)
{
    std::vector<Notification> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const Notification& n) { return n.recipient == recipient; });
    return out;
}

std::string channelsOf(const Notification& n)
{
    std::string out;
    for (const Destination& d : n.destinations) {
        out.append(out.empty() ? "" : " ").append(nameOf(d.channel));
        if (!d.address.empty()) {
            out.append("=").append(d.address);
        }
    }
    return out;
}

std::string typesOf(const std::vector<Notification>& all)
{
    std::string out;
    for (const Notification& n : all) {
        out.append(out.empty() ? "" : " ").append(nameOf(n.type));
    }
    return out;
}

NotifyPreferences prefs(std::initializer_list<Channel> channels)
{
    NotifyPreferences p;
    p.preferredChannels = 0;
    for (Channel c : channels) {
        p.preferredChannels |= channelBit(c);
    }
    return p;
}

void runTimers(NotificationRouter& router, TimeNs now)
{
    KeyTable keys;
    EventBatch events;
    PartContext context{keys, events};
    router.runDue(now, context);
}
}  // namespace

class TestNotifyRouter final : public QObject {
    Q_OBJECT

private slots:
    void opsHearsOfTierChangesInTheInbox();
    void aKeyOwnerHearsOnlyWithAContactOrPreferences();
    void preferencesChooseTheChannelsTheRecipientHas();
    void opsChannelsAreThoseConfigured();
    void preferencesChooseTheTypes();
    void decayAloneNotifiesOnlyThoseWhoAsk();
    void aTierChangeAnotherEngineMadeIsNotToldTwice();
    void violationNoticesAreLimitedPerKey();
    void reputationLowOncePerCrossing();
    void anomalyAndThrottleReachOpsOnly();
    void quietHoursHoldExternalChannelsOnly();
    void theDailyDigestSummarisesOnExternalChannels();
    void idsRiseAcrossARestore();
    void nothingWhenNotificationsAreOff();
    void theEngineProducesFromItsOwnTraffic();
    void theEngineRunsTheDigestOnItsClock();
    void aWrittenReportReachesOpsOnTheChannelsItNames();
};

void TestNotifyRouter::opsHearsOfTierChangesInTheInbox()
{
    // Per-key tier notices are off for the ops team by default (an attack flags thousands of keys); once they are on,
    // a change is one notice, of the type that says it.
    NotificationRouter router;
    QVERIFY(
        routeAll(router, {tierEvent("carol", ReputationTier::Standard, ReputationTier::Flagged, 21, 19, kT0)}).empty());
    NotifyPreferences ops;
    ops.enableTierNotifications = true;
    apply(router, cmd::SetNotifyPreferences{std::string(kOpsRecipient), ops});
    const auto out =
        routeAll(router, {tierEvent("alice", ReputationTier::Standard, ReputationTier::Flagged, 21.5F, 18.5F, kT0)});
    QCOMPARE(typesOf(out), std::string("flagged"));
    QCOMPARE(out[0].recipient, std::string(kOpsRecipient));
    QCOMPARE(out[0].title, std::string("Key alice is now flagged (score 18.5)"));
    QCOMPARE(out[0].severity, 1);
    QCOMPARE(channelsOf(out[0]), std::string("in_app"));
    QCOMPARE(out[0].key, std::string("alice"));
    QCOMPARE(out[0].at, kT0);

    const auto trusted =
        routeAll(router, {tierEvent("bob", ReputationTier::Standard, ReputationTier::Trusted, 79, 80.5F, kT0)});
    QCOMPARE(typesOf(trusted), std::string("trusted"));
    QCOMPARE(trusted[0].title, std::string("Key bob is now trusted (score 80.5)"));
    QVERIFY(out[0].id < trusted[0].id);
    const auto back =
        routeAll(router, {tierEvent("alice", ReputationTier::Flagged, ReputationTier::Standard, 19.5F, 20.5F, kT0)});
    QCOMPARE(typesOf(back), std::string("tier_change"));
    QCOMPARE(back[0].title, std::string("Key alice moved from flagged to standard (score 20.5)"));
}

void TestNotifyRouter::aKeyOwnerHearsOnlyWithAContactOrPreferences()
{
    NotificationRouter router;
    const Event vip = vipEvent(EventKind::VipAssigned, "alice", kT0);
    QCOMPARE(forRecipient(routeAll(router, {vip}), "alice").size(), std::size_t(0));

    apply(router, cmd::SetNotifyPreferences{"alice", NotifyPreferences{}});
    auto owner = forRecipient(routeAll(router, {vip}), "alice");
    QCOMPARE(owner.size(), std::size_t(1));
    QCOMPARE(owner[0].title, std::string("Key alice is now VIP (gold)"));
    QCOMPARE(channelsOf(owner[0]), std::string("in_app"));

    apply(router, cmd::RemoveNotifyPreferences{"alice"});
    apply(router, cmd::PutNotifyContact{NotifyContact{"bob", "bob@example.org", "", ""}});
    QCOMPARE(forRecipient(routeAll(router, {vip}), "alice").size(), std::size_t(0));
    owner = forRecipient(routeAll(router, {vipEvent(EventKind::VipExpired, "bob", kT0)}), "bob");
    QCOMPARE(owner.size(), std::size_t(1));
    QCOMPARE(owner[0].title, std::string("The VIP tier of key bob has expired (gold)"));
    QCOMPARE(channelsOf(owner[0]), std::string("in_app"));  // the defaults prefer the inbox alone
}

void TestNotifyRouter::preferencesChooseTheChannelsTheRecipientHas()
{
    NotificationRouter router;
    apply(router, cmd::PutNotifyContact{NotifyContact{"alice", "alice@example.org", "+49 30 123", ""}});
    apply(router, cmd::SetNotifyPreferences{"alice", prefs({Channel::InApp, Channel::Email, Channel::Webhook})});
    const Event vip = vipEvent(EventKind::VipExpiring, "alice", kT0);
    auto owner = forRecipient(routeAll(router, {vip}), "alice");
    QCOMPARE(owner.size(), std::size_t(1));
    // The webhook is preferred but alice has none; SMS she has but does not prefer.
    QCOMPARE(channelsOf(owner[0]), std::string("in_app email=alice@example.org"));

    apply(router, cmd::SetNotifyPreferences{"alice", prefs({Channel::Sms})});
    owner = forRecipient(routeAll(router, {vip}), "alice");
    QCOMPARE(channelsOf(owner[0]), std::string("sms=+49 30 123"));

    // Preferring only what the recipient lacks still reaches the inbox: nothing is lost silently.
    apply(router, cmd::SetNotifyPreferences{"alice", prefs({Channel::Webhook})});
    owner = forRecipient(routeAll(router, {vip}), "alice");
    QCOMPARE(channelsOf(owner[0]), std::string("in_app"));
}

void TestNotifyRouter::opsChannelsAreThoseConfigured()
{
    NotifyConfig config;
    config.email.host = "smtp.example.org";
    config.email.opsRecipients = {"ops@example.org"};
    config.webhook.enabled = true;
    NotificationRouter router(config);
    apply(router, cmd::SetNotifyPreferences{std::string(kOpsRecipient),
                                            prefs({Channel::InApp, Channel::Email, Channel::Sms, Channel::Webhook})});
    const auto out = routeAll(router, {vipEvent(EventKind::VipAssigned, "alice", kT0)});
    QCOMPARE(out.size(), std::size_t(1));
    // SMS is preferred but not configured (no gateway URL); the ops destinations have no address of their own.
    QCOMPARE(channelsOf(out[0]), std::string("in_app email webhook"));
}

void TestNotifyRouter::preferencesChooseTheTypes()
{
    NotificationRouter router;
    NotifyPreferences p;
    p.enableVipNotifications = false;
    apply(router, cmd::SetNotifyPreferences{"alice", p});
    const EventBatch events{vipEvent(EventKind::VipAssigned, "alice", kT0),
                            tierEvent("alice", ReputationTier::Standard, ReputationTier::Trusted, 79, 81, kT0),
                            violation("alice", kT0)};
    QCOMPARE(typesOf(forRecipient(routeAll(router, events), "alice")), std::string("trusted violation"));

    p = NotifyPreferences{};
    p.enableTierNotifications = false;
    p.notifyOnViolation = false;
    apply(router, cmd::SetNotifyPreferences{"alice", p});
    NotificationRouter fresh;  // a new violation window
    apply(fresh, cmd::SetNotifyPreferences{"alice", p});
    QCOMPARE(typesOf(forRecipient(routeAll(fresh, events), "alice")), std::string("vip_assigned"));

    // The ops team hears of what concerns the service by default, not of each key's tier.
    QCOMPARE(typesOf(forRecipient(routeAll(fresh, events), std::string(kOpsRecipient))), std::string("vip_assigned"));
}

void TestNotifyRouter::decayAloneNotifiesOnlyThoseWhoAsk()
{
    NotificationRouter router;
    NotifyPreferences p;
    p.notifyOnDecay = true;
    apply(router, cmd::SetNotifyPreferences{"alice", p});
    Event decayed = tierEvent("alice", ReputationTier::Trusted, ReputationTier::Standard, 80.5F, 79.8F, kT0);
    decayed.byDecay = true;
    const auto out = routeAll(router, {decayed});
    QCOMPARE(typesOf(forRecipient(out, "alice")), std::string("tier_change"));
    QVERIFY(forRecipient(out, std::string(kOpsRecipient)).empty());  // ops keeps the default: not for decay
    QVERIFY(forRecipient(out, "alice")[0].body.find("as it decayed towards neutral") != std::string::npos);
}

// In a fleet sharing scores, the engine whose change crossed the tier tells of it; another engine that follows
// the fleet's score neither tells of the tier nor of the score falling under reputation_low.
void TestNotifyRouter::aTierChangeAnotherEngineMadeIsNotToldTwice()
{
    NotificationRouter router;
    apply(router, cmd::SetNotifyPreferences{"alice", NotifyPreferences{}});
    Event followed = tierEvent("alice", ReputationTier::Standard, ReputationTier::Flagged, 30.0F, 5.0F, kT0);
    followed.byFleet = true;
    QVERIFY(routeAll(router, {followed}).empty());
    Event made = followed;
    made.byFleet = false;
    QCOMPARE(typesOf(forRecipient(routeAll(router, {made}), "alice")), std::string("flagged reputation_low"));
}

void TestNotifyRouter::violationNoticesAreLimitedPerKey()
{
    NotifyConfig config;
    config.violationWindow = 15 * kMin;
    NotificationRouter router(config);
    apply(router, cmd::SetNotifyPreferences{"alice", NotifyPreferences{}});
    apply(router, cmd::SetNotifyPreferences{"bob", NotifyPreferences{}});
    EventBatch flood;
    for (int i = 0; i < 100; ++i) {
        flood.push_back(violation("alice", kT0 + i * 5 * kNsPerSec));  // 100 violations in 8 minutes 15 s
    }
    flood.push_back(violation("bob", kT0 + kMin));
    auto out = routeAll(router, flood);
    QCOMPARE(out.size(), std::size_t(2));
    QCOMPARE(out[0].title, std::string("Key alice went over its rate limit (severity 2)"));
    QVERIFY(out[0].body.find("Further violation notices for this key wait 15 minutes.") != std::string::npos);
    QCOMPARE(out[1].recipient, std::string("bob"));

    QCOMPARE(routeAll(router, {violation("alice", kT0 + 15 * kMin - 1)}).size(), std::size_t(0));
    QCOMPARE(routeAll(router, {violation("alice", kT0 + 15 * kMin)}).size(), std::size_t(1));
}

void TestNotifyRouter::reputationLowOncePerCrossing()
{
    NotificationRouter router;                                               // reputation_low under 10
    apply(router, cmd::SetNotifyPreferences{"alice", NotifyPreferences{}});  // the owner hears (the ops team does not)
    // One violation moves the score from 12 to 8 and the event batch carries it twice.
    const Event tier = tierEvent("alice", ReputationTier::Flagged, ReputationTier::Flagged, 12, 8, kT0);
    Event v = violation("alice", kT0, 12, 8);
    auto out = routeAll(router, {tier, v});
    const auto low = std::count_if(out.begin(), out.end(),
                                   [](const Notification& n) { return n.type == NotificationType::ReputationLow; });
    QCOMPARE(low, 1);
    const auto it = std::find_if(out.begin(), out.end(),
                                 [](const Notification& n) { return n.type == NotificationType::ReputationLow; });
    QCOMPARE(it->title, std::string("Key alice has a low reputation (score 8.0)"));
    // Already under it: no new crossing.
    out = routeAll(router, {violation("alice", kT0 + kHour, 8, 5)});
    QVERIFY(std::none_of(out.begin(), out.end(),
                         [](const Notification& n) { return n.type == NotificationType::ReputationLow; }));
}

void TestNotifyRouter::anomalyAndThrottleReachOpsOnly()
{
    NotificationRouter router;
    apply(router, cmd::SetNotifyPreferences{"bot-1", NotifyPreferences{}});
    Event alert;
    alert.kind = EventKind::AnomalyAlert;
    alert.at = kT0;
    alert.alertId = 7;
    alert.key = "bot-1";
    alert.detail = "anomaly alert 7: key_surge on requests, confidence 0.90";
    Event raised;
    raised.kind = EventKind::ThrottleChanged;
    raised.at = kT0;
    raised.throttle.level = ThrottleLevel::High;
    raised.throttle.previous = ThrottleLevel::Low;
    raised.detail = "CPU at 95 %, threshold 90 %";
    Event started = raised;
    started.throttle.previous = ThrottleLevel::High;  // the engine starting at the level it had
    const auto out = routeAll(router, {alert, raised, started});
    QCOMPARE(typesOf(out), std::string("anomaly_alert throttle_change"));
    QCOMPARE(out[0].recipient, std::string(kOpsRecipient));
    QCOMPARE(out[0].title, std::string("Anomaly alert 7 (key bot-1)"));
    QCOMPARE(out[0].severity, 2);
    QCOMPARE(out[1].title, std::string("Throttle raised to high"));
    QCOMPARE(out[1].body, std::string("Raised from low to high by the auto-throttle: CPU at 95 %, threshold 90 %"));
}

void TestNotifyRouter::quietHoursHoldExternalChannelsOnly()
{
    NotificationRouter router;
    apply(router, cmd::PutNotifyContact{NotifyContact{"alice", "alice@example.org", "", ""}});
    NotifyPreferences p = prefs({Channel::InApp, Channel::Email});
    p.quietStartMinute = 22 * 60;
    p.quietEndMinute = 6 * 60;
    apply(router, cmd::SetNotifyPreferences{"alice", p});
    const TimeNs night = kDayStart + 23 * kHour;
    auto out = forRecipient(routeAll(router, {vipEvent(EventKind::VipAssigned, "alice", night)}), "alice");
    QCOMPARE(out.size(), std::size_t(1));
    QCOMPARE(channelsOf(out[0]), std::string("in_app"));  // the inbox copy at once
    const TimeNs morning = kDayStart + kNsPerDay + 6 * kHour;
    QCOMPARE(router.nextDue(), morning);

    runTimers(router, morning - 1);
    router.take(out);
    QVERIFY(out.empty());
    runTimers(router, morning);
    router.take(out);
    QCOMPARE(out.size(), std::size_t(1));
    QCOMPARE(channelsOf(out[0]), std::string("email=alice@example.org"));
    QCOMPARE(out[0].title, std::string("Key alice is now VIP (gold)"));
    QCOMPARE(out[0].at, night);  // what it is about happened then
    QCOMPARE(router.nextDue(), kNever);

    // Outside the quiet hours both go at once.
    out = forRecipient(routeAll(router, {vipEvent(EventKind::VipExpiring, "alice", morning + kHour)}), "alice");
    QCOMPARE(channelsOf(out[0]), std::string("in_app email=alice@example.org"));
}

void TestNotifyRouter::theDailyDigestSummarisesOnExternalChannels()
{
    NotifyConfig config;
    config.digestMinute = 8 * 60;
    NotificationRouter router(config);
    apply(router,
          cmd::PutNotifyContact{NotifyContact{"alice", "alice@example.org", "", "https://hooks.example.org/a"}});
    NotifyPreferences p = prefs({Channel::InApp, Channel::Email, Channel::Webhook});
    p.aggregateDaily = true;
    apply(router, cmd::SetNotifyPreferences{"alice", p});

    const EventBatch day{
        vipEvent(EventKind::VipAssigned, "alice", kT0 + kHour), violation("alice", kT0 + 2 * kHour),
        tierEvent("alice", ReputationTier::Standard, ReputationTier::Flagged, 21, 19, kT0 + 3 * kHour)};
    auto out = forRecipient(routeAll(router, day), "alice");
    QCOMPARE(typesOf(out), std::string("vip_assigned violation flagged"));
    for (const Notification& n : out) {
        QCOMPARE(channelsOf(n), std::string("in_app"));  // one by one in the inbox, nothing outside yet
    }
    const TimeNs digestAt = kT0 + kNsPerDay;  // 08:00 the next day
    QCOMPARE(router.nextDue(), digestAt);
    runTimers(router, digestAt);
    router.take(out);
    QCOMPARE(out.size(), std::size_t(1));
    const Notification& digest = out[0];
    QCOMPARE(digest.type, NotificationType::Digest);
    QCOMPARE(digest.recipient, std::string("alice"));
    QCOMPARE(digest.at, digestAt);
    QCOMPARE(channelsOf(digest), std::string("email=alice@example.org webhook=https://hooks.example.org/a"));
    QCOMPARE(digest.title, std::string("Daily digest: 3 notifications"));
    QVERIFY2(digest.body.find("  flagged: 1\n") != std::string::npos, digest.body.c_str());
    QVERIFY2(digest.body.find("  violation: 1\n") != std::string::npos, digest.body.c_str());
    QVERIFY2(digest.body.find("Latest:\n  - Key alice is now flagged (score 19.0)\n") != std::string::npos,
             digest.body.c_str());
    QCOMPARE(router.nextDue(), kNever);  // nothing more to sum up
}

void TestNotifyRouter::idsRiseAcrossARestore()
{
    NotificationRouter router;
    store::PersistedState state;
    state.notificationMaxId = 41;
    state.notifyPreferences = {{"alice", R"({"preferred_channels":["in_app","email"]})"}, {"bob", "not json"}};
    state.notifyContacts = {NotifyContact{"alice", "alice@example.org", "", ""}};
    router.restore(state);
    QCOMPARE(router.nextId(), std::uint64_t(42));
    QCOMPARE(router.unreadablePreferences(), std::size_t(1));
    const auto out = routeAll(router, {vipEvent(EventKind::VipAssigned, "alice", kT0)});
    QCOMPARE(out.size(), std::size_t(2));
    QCOMPARE(out[0].id, std::uint64_t(42));
    QCOMPARE(out[1].id, std::uint64_t(43));
    QCOMPARE(channelsOf(forRecipient(out, "alice")[0]), std::string("in_app email=alice@example.org"));
}

void TestNotifyRouter::nothingWhenNotificationsAreOff()
{
    NotifyConfig config;
    config.enabled = false;
    NotificationRouter router(config);
    QVERIFY(routeAll(router, {tierEvent("a", ReputationTier::Standard, ReputationTier::Flagged, 21, 19, kT0)}).empty());
}

void TestNotifyRouter::theEngineProducesFromItsOwnTraffic()
{
    EngineConfig config = smallConfig();
    Engine e(config);
    QVERIFY(e.apply(cmd::SetNotifyPreferences{"greedy", NotifyPreferences{}}, kT0).ok);
    // 50 requests at once against a burst of 10: a violation when its window is judged.
    burst(e, "greedy", kT0, 50);
    e.tick(kT0 + config.reputation.violationWindow + kNsPerSec);
    std::vector<Notification> out;
    e.takeNotifications(out);
    QCOMPARE(typesOf(out), std::string("violation"));
    QCOMPARE(out[0].recipient, std::string("greedy"));
    QVERIFY(out[0].id >= 1);
    // Taking the events afterwards hands them on without routing them twice.
    EventBatch events;
    e.takeEvents(events);
    QVERIFY(!events.empty());
    e.takeNotifications(out);
    QVERIFY(out.empty());
}

void TestNotifyRouter::theEngineRunsTheDigestOnItsClock()
{
    Engine e(smallConfig());
    QVERIFY(e.apply(cmd::PutNotifyContact{NotifyContact{"greedy", "g@example.org", "", ""}}, kT0).ok);
    NotifyPreferences p = prefs({Channel::InApp, Channel::Email});
    p.aggregateDaily = true;
    QVERIFY(e.apply(cmd::SetNotifyPreferences{"greedy", p}, kT0).ok);
    burst(e, "greedy", kT0, 50);
    e.tick(kT0 + kMin);
    EventBatch events;
    e.takeEvents(events);  // the runtime takes the events first; they were routed on the way
    std::vector<Notification> out;
    e.takeNotifications(out);
    QCOMPARE(channelsOf(forRecipient(out, "greedy").at(0)), std::string("in_app"));
    e.tick(kT0 + kNsPerDay - 1);
    e.takeNotifications(out);
    QVERIFY(forRecipient(out, "greedy").empty());
    e.tick(kT0 + kNsPerDay);
    e.takeNotifications(out);
    out = forRecipient(out, "greedy");
    QCOMPARE(typesOf(out), std::string("digest"));
    QCOMPARE(channelsOf(out[0]), std::string("email=g@example.org"));
}

void TestNotifyRouter::aWrittenReportReachesOpsOnTheChannelsItNames()
{
    NotifyConfig config;
    config.email.host = "smtp.example.org";
    config.email.opsRecipients = {"ops@example.org"};
    config.webhook.enabled = true;
    NotificationRouter router(config);
    cmd::AnnounceReport report{
        "2026-12-05", {"/srv/reports/sluice-report-2026-12-05.pdf"}, 2000, 150, 3, channelBit(Channel::Email),
        "ops-bot"};
    apply(router, report);
    std::vector<Notification> out;
    router.take(out);
    QCOMPARE(out.size(), std::size_t(1));
    const Notification& n = out[0];
    QCOMPARE(n.type, NotificationType::Report);
    QCOMPARE(n.recipient, std::string(kOpsRecipient));
    QCOMPARE(n.at, kT0);
    // The inbox always; of the ops channels configured (email, webhook) only the one the report names.
    QCOMPARE(channelsOf(n), std::string("in_app email"));
    QCOMPARE(n.title, std::string("Operations report for 2026-12-05"));
    QCOMPARE(n.body, std::string("The operations report for 2026-12-05 is written: 2000 requests, 150 of them denied "
                                 "(7.5 %), and 3 anomaly alerts.\nFiles: /srv/reports/sluice-report-2026-12-05.pdf"));
    QCOMPARE(n.attachments, report.files);

    // The inbox alone when no channel is named; quiet hours hold the external ones as for any notice.
    report.channels = 0;
    apply(router, report);
    router.take(out);
    QCOMPARE(channelsOf(out.at(0)), std::string("in_app"));

    // What cannot be sent is refused, naming what is wrong.
    const auto refusal = [&](cmd::AnnounceReport bad) {
        const auto result = router.validate(bad, kT0);
        return result && !result->ok ? result->error : std::string("accepted");
    };
    cmd::AnnounceReport bad = report;
    bad.files = {"reports/day.pdf"};
    QCOMPARE(refusal(bad), std::string("the report file \"reports/day.pdf\" is not an absolute path"));
    bad.files = {"/srv/a\nb.pdf"};
    QVERIFY(refusal(bad).find("is not an absolute path") != std::string::npos);
    bad.files = {};
    QCOMPARE(refusal(bad), std::string("a report names no file"));
    bad = report;
    bad.period.clear();
    QCOMPARE(refusal(bad), std::string("a report says no period"));
    bad = report;
    bad.channels = static_cast<ChannelSet>(1U << 6U);
    QCOMPARE(refusal(bad), std::string("a report goes to the inbox, email, SMS or a webhook; nothing else"));

    // With notifications off the report is written all the same, and nobody is told.
    config.enabled = false;
    NotificationRouter off(config);
    apply(off, report);
    off.take(out);
    QVERIFY(out.empty());
}

QTEST_APPLESS_MAIN(TestNotifyRouter)
#include "tst_notify_router.moc"
