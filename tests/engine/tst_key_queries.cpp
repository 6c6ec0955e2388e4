// SPDX-License-Identifier: Apache-2.0
#include "EngineTestSupport.h"

#include "query/NaturalOrder.h"

#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::testing;

// What the console asks about keys: limits on the routes a key sends to, keys in natural order, VIP tiers
// in the order of their multipliers.
class TestKeyQueries final : public QObject {
    Q_OBJECT

private slots:
    void aKeyOnARouteGetsThatRoutesBase();
    void vipLimitsFollowTheAskedRoute();
    void naturalCompare_data();
    void naturalCompare();
    void keysSortAsPeopleCount();
    void vipTiersAreListedByMultiplier();

private:
    static Engine engine();
};

Engine TestKeyQueries::engine()
{
    EngineConfig c;
    c.policies = {Policy{"", 300, kNsPerMin, 30}, Policy{"/api/v1/bulk", 3000, kNsPerMin, 300},
                  Policy{"/login", 10, kNsPerMin, 5}};
    Engine e(c);
    e.apply(cmd::PutVipTier{"gold", 2.0}, kT0);
    return e;
}

void TestKeyQueries::aKeyOnARouteGetsThatRoutesBase()
{
    Engine e = engine();
    QVERIFY(e.apply(cmd::AssignVip{"partner-1", "gold", 0, "", "ann"}, kT0).ok);
    QVERIFY(e.apply(cmd::SetThrottleOverride{ThrottleLevel::Critical, "attack", 0, "ann"}, kT0).ok);
    QCOMPARE(burst(e, "partner-1", kT0 + kNsPerSec, 5, "/api/v1/bulk"), 5);

    const LimitBreakdown bulk = e.limitFor("partner-1", "/api/v1/bulk");
    QCOMPARE(bulk.baseLimit, 3000U);
    QCOMPARE(bulk.vipMultiplier, 2.0);
    QCOMPARE(bulk.throttleMultiplier, 0.2);
    QCOMPARE(bulk.effectiveLimit, 1200U);  // 3,000 x 1.0 x 2.0 x 0.2, not the default route's 120
    QCOMPARE(e.limitFor("partner-1").effectiveLimit, 120U);

    // The key's detail names the route it sends to, with that route's base; not the default route it never used.
    const std::optional<KeyView> v = e.inspect("partner-1");
    QVERIFY(v);
    QCOMPARE(v->routes.size(), std::size_t(1));
    QCOMPARE(v->routes[0].route, std::string("/api/v1/bulk"));
    QCOMPARE(v->routes[0].limit.baseLimit, 3000U);
    QCOMPARE(v->routes[0].limit.effectiveLimit, 1200U);
    QCOMPARE(e.inspect("partner-1", "/api/v1/bulk")->limit.effectiveLimit, 1200U);

    // Once it also sends to the default route, both are listed, the default first.
    QCOMPARE(burst(e, "partner-1", kT0 + 2 * kNsPerSec, 1), 1);
    const std::optional<KeyView> both = e.inspect("partner-1");
    QCOMPARE(both->routes.size(), std::size_t(2));
    QCOMPARE(both->routes[0].route, std::string());
    QCOMPARE(both->routes[0].limit.baseLimit, 300U);
    QCOMPARE(both->routes[1].route, std::string("/api/v1/bulk"));

    // A key with no traffic at all shows the default route.
    QVERIFY(e.apply(cmd::AssignVip{"quiet", "gold", 0, "", "ann"}, kT0).ok);
    const std::optional<KeyView> quiet = e.inspect("quiet");
    QCOMPARE(quiet->routes.size(), std::size_t(1));
    QCOMPARE(quiet->routes[0].route, std::string());
}

void TestKeyQueries::vipLimitsFollowTheAskedRoute()
{
    Engine e = engine();
    QVERIFY(e.apply(cmd::AssignVip{"partner-1", "gold", 0, "", "ann"}, kT0).ok);
    VipQuery q;
    const VipPage onDefault = e.queryVip(q);
    QCOMPARE(onDefault.rows.at(0).effectiveLimit, 600U);
    QCOMPARE(onDefault.routes, (std::vector<std::string>{"", "/api/v1/bulk", "/login"}));
    q.route = "/api/v1/bulk";
    QCOMPARE(e.queryVip(q).rows.at(0).effectiveLimit, 6000U);
}

void TestKeyQueries::naturalCompare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("numbers by value") << "bot-1001"
                                      << "bot-10000" << -1;
    QTest::newRow("shorter number first") << "bot-999"
                                          << "bot-1000" << -1;
    QTest::newRow("equal") << "user-17222"
                           << "user-17222" << 0;
    QTest::newRow("text decides before the number") << "bot-5"
                                                    << "user-1" << -1;
    QTest::newRow("a prefix first") << "bot"
                                    << "bot-1" << -1;
    QTest::newRow("second number") << "10.96.0.7"
                                   << "10.96.0.10" << -1;
    QTest::newRow("leading zeros tie-break") << "key-7"
                                             << "key-007" << -1;
    QTest::newRow("leading zeros do not outrank value") << "key-007"
                                                        << "key-8" << -1;
    QTest::newRow("digits before letters") << "a1"
                                           << "ab" << -1;
}

void TestKeyQueries::naturalCompare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    const std::string x = a.toStdString();
    const std::string y = b.toStdString();
    QCOMPARE(sluice::engine::naturalCompare(x, y), order);
    QCOMPARE(sluice::engine::naturalCompare(y, x), -order);
}

void TestKeyQueries::keysSortAsPeopleCount()
{
    Engine e = engine();
    for (const char* key :
         {"bot-10000", "bot-1001", "bot-999", "bot-1000", "alice", "bot-2", "10.0.0.9", "10.0.0.10"}) {
        QCOMPARE(burst(e, key, kT0 + kNsPerSec, 1), 1);
    }
    KeyQuery q;
    q.sort = KeySort::Key;
    std::vector<std::string> keys;
    for (const KeyRow& row : e.queryKeys(q).rows) {
        keys.push_back(row.key);
    }
    QCOMPARE(keys, (std::vector<std::string>{"10.0.0.9", "10.0.0.10", "alice", "bot-2", "bot-999", "bot-1000",
                                             "bot-1001", "bot-10000"}));
    q.descending = true;
    q.limit = 2;
    q.offset = 1;
    const KeyPage page = e.queryKeys(q);
    QCOMPARE(page.rows.at(0).key, std::string("bot-1001"));
    QCOMPARE(page.rows.at(1).key, std::string("bot-1000"));
}

void TestKeyQueries::vipTiersAreListedByMultiplier()
{
    Engine e = engine();
    for (const auto& [name, multiplier] : std::vector<std::pair<std::string, double>>{
             {"platinum", 3.0}, {"bronze", 1.2}, {"silver", 1.5}, {"diamond", 3.0}}) {
        QVERIFY(e.apply(cmd::PutVipTier{name, multiplier}, kT0).ok);
    }
    std::vector<std::string> names;
    for (const VipTierUsage& t : e.queryVip(VipQuery{}).tiers) {
        names.push_back(t.name);
    }
    QCOMPARE(names, (std::vector<std::string>{"bronze", "silver", "gold", "diamond", "platinum"}));
}

QTEST_APPLESS_MAIN(TestKeyQueries)
#include "tst_key_queries.moc"
