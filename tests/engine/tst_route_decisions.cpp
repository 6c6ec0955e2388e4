// SPDX-License-Identifier: Apache-2.0
// Decisions by route policy in the snapshot, what /metrics counts per route: each route's allowed and denied
// requests, an unknown route counted as the default policy, and the routes adding up to the engine's totals,
// also after the policies change (a removed route keeps its counts, one that comes back goes on from them).
#include "EngineTestSupport.h"

#include <QTest>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {

EngineConfig routedConfig()
{
    EngineConfig c = smallConfig();                          // default: burst 10
    c.policies.push_back(Policy{"login", 5, kNsPerMin, 2});  // burst 2
    c.policies.push_back(Policy{"search", 60, kNsPerMin, 4});
    return c;
}

Snapshot snapshotOf(Engine& e, TimeNs now)
{
    Snapshot s;
    e.fillSnapshot(now, s);
    return s;
}

const RouteDecisions* find(const Snapshot& s, std::string_view route)
{
    for (const RouteDecisions& r : s.routeDecisions) {
        if (r.route == route) {
            return &r;
        }
    }
    return nullptr;
}

void verifyAddsUp(const Snapshot& s)
{
    std::uint64_t allowed = 0;
    std::uint64_t denied = 0;
    for (const RouteDecisions& r : s.routeDecisions) {
        allowed += r.allowed;
        denied += r.denied;
    }
    QCOMPARE(allowed, s.allowed);
    QCOMPARE(denied, s.denied);
    QCOMPARE(allowed + denied, s.requests);
}

}  // namespace

class TestRouteDecisions final : public QObject {
    Q_OBJECT

private slots:
    void eachRouteCountsItsOwnDecisions()
    {
        Engine e(routedConfig());
        QCOMPARE(burst(e, "alice", kT0, 12), 10);           // default: 10 allowed, 2 denied
        QCOMPARE(burst(e, "alice", kT0, 5, "login"), 2);    // 2 allowed, 3 denied
        QCOMPARE(burst(e, "bob", kT0, 6, "search"), 4);     // 4 allowed, 2 denied
        QCOMPARE(burst(e, "carol", kT0, 3, "nowhere"), 3);  // no such route: the default policy
        const Snapshot s = snapshotOf(e, kT0);
        QCOMPARE(s.routeDecisions.size(), std::size_t(3));
        QCOMPARE(s.routeDecisions[0].route, std::string());  // the default policy first
        QCOMPARE(s.routeDecisions[0].allowed, std::uint64_t(13));
        QCOMPARE(s.routeDecisions[0].denied, std::uint64_t(2));
        QCOMPARE(find(s, "login")->allowed, std::uint64_t(2));
        QCOMPARE(find(s, "login")->denied, std::uint64_t(3));
        QCOMPARE(find(s, "search")->allowed, std::uint64_t(4));
        QCOMPARE(find(s, "search")->denied, std::uint64_t(2));
        verifyAddsUp(s);
    }

    void routesStillAddUpAfterThePoliciesChange()
    {
        Engine e(routedConfig());
        burst(e, "alice", kT0, 4, "login");
        burst(e, "bob", kT0, 6, "search");
        burst(e, "carol", kT0, 3);

        // search goes, upload comes; login stays.
        EngineConfig changed = smallConfig();
        changed.policies.push_back(Policy{"upload", 10, kNsPerMin, 1});
        changed.policies.push_back(Policy{"login", 5, kNsPerMin, 2});
        QVERIFY(e.apply(cmd::SetPolicies{changed.policies}, kT0).ok);
        const TimeNs later = kT0 + kNsPerMin;
        burst(e, "bob", later, 3, "search");  // now the default policy's
        burst(e, "dave", later, 2, "upload");
        burst(e, "alice", later, 1, "login");
        Snapshot s = snapshotOf(e, later);
        QCOMPARE(s.routeDecisions.size(), std::size_t(4));  // three configured, then the removed search
        QCOMPARE(s.routeDecisions[1].route, std::string("upload"));
        QCOMPARE(s.routeDecisions[1].allowed, std::uint64_t(1));
        QCOMPARE(s.routeDecisions[1].denied, std::uint64_t(1));
        QCOMPARE(s.routeDecisions[2].route, std::string("login"));
        QCOMPARE(s.routeDecisions[2].allowed, std::uint64_t(3));
        QCOMPARE(s.routeDecisions[2].denied, std::uint64_t(2));
        QCOMPARE(s.routeDecisions[3].route, std::string("search"));
        QCOMPARE(s.routeDecisions[3].allowed, std::uint64_t(4));
        QCOMPARE(s.routeDecisions[3].denied, std::uint64_t(2));
        QCOMPARE(s.routeDecisions[0].allowed, std::uint64_t(6));
        verifyAddsUp(s);

        // search comes back and goes on from its counts.
        QVERIFY(e.apply(cmd::SetPolicies{routedConfig().policies}, later).ok);
        burst(e, "erin", later, 1, "search");
        s = snapshotOf(e, later);
        QCOMPARE(s.routeDecisions.size(), std::size_t(4));  // upload is kept now
        QCOMPARE(find(s, "search")->allowed, std::uint64_t(5));
        QCOMPARE(s.routeDecisions[3].route, std::string("upload"));
        verifyAddsUp(s);
    }
};

QTEST_APPLESS_MAIN(TestRouteDecisions)
#include "tst_route_decisions.moc"
