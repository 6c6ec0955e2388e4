// SPDX-License-Identifier: Apache-2.0
// The check API's loops decide a batch themselves when the engine is free (EngineRuntime::decideNow), instead of
// handing it to the engine thread and waiting for it back. The engine is still one: several loops and the engine
// thread's own rounds (commands, snapshots, queries) take turns, and a batch never overtakes one queued before it.
#include "EngineTestSupport.h"

#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"
#include "shard/KeyShard.h"
#include "snapshot/Snapshot.h"

#include <QScopeGuard>
#include <QTest>

#include <array>
#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {

constexpr int kKeys = 200;

// One request for each of the keys, all at `at`.
std::unique_ptr<RequestBatch> keysBatch(TimeNs at, std::atomic<std::uint64_t>* allowed = nullptr,
                                        std::atomic<std::uint64_t>* answered = nullptr)
{
    auto batch = std::make_unique<RequestBatch>();
    batch->bytes.reserve(kKeys * 16);
    for (int k = 0; k < kKeys; ++k) {
        batch->requests.push_back(request(batch->store("key-" + std::to_string(k)), at));
    }
    if (allowed != nullptr) {
        batch->done = [allowed, answered](std::unique_ptr<RequestBatch> decided) {
            std::uint64_t yes = 0;
            for (const Decision& d : decided->decisions) {
                yes += d.allowed ? 1 : 0;
            }
            allowed->fetch_add(yes);
            answered->fetch_add(decided->decisions.size());
        };
    }
    return batch;
}

RuntimeOptions liveOptions(std::uint32_t engines = 1)
{
    RuntimeOptions options;  // no database: the engine thread and its snapshots
    options.config.policies = {Policy{"", 10, kNsPerMin, 10}};
    options.snapshotInterval = std::chrono::milliseconds(5);
    options.engines = engines;
    return options;
}

}  // namespace

class TestDecideNow final : public QObject {
    Q_OBJECT

private slots:
    void checksFromSeveralLoopsAreDecidedByOneEngineAsIfInTurn_data()
    {
        QTest::addColumn<std::uint32_t>("engines");
        QTest::newRow("one engine") << 1U;
        // Keys split over three engines: a loop decides each engine's part of its batch under that engine alone.
        QTest::newRow("three engines") << 3U;
    }

    void checksFromSeveralLoopsAreDecidedByOneEngineAsIfInTurn()
    {
        QFETCH(std::uint32_t, engines);
        constexpr int kThreads = 4;
        constexpr int kRounds = 60;
        SystemClock clock;
        const TimeNs at = clock.now();

        // The same requests one after another on one engine: every key admits its burst and no more, whatever the
        // order, because they all come at one moment.
        Engine reference(liveOptions().config);
        std::uint64_t referenceAllowed = 0;
        for (int n = 0; n < kThreads * kRounds; ++n) {
            auto batch = keysBatch(at);
            batch->decisions.resize(batch->requests.size());
            reference.decide(batch->requests, batch->decisions);
            for (const Decision& d : batch->decisions) {
                referenceAllowed += d.allowed ? 1 : 0;
            }
        }
        QCOMPARE(referenceAllowed, std::uint64_t{kKeys} * 10);

        std::mutex snapshotMutex;
        SnapshotPtr latest;
        std::uint64_t snapshots = 0;
        std::atomic<int> changes{0};  // before the runtime, whose commands count into it
        std::string error;
        auto runtime = EngineRuntime::start(
            liveOptions(engines), clock,
            [&](SnapshotPtr s) {
                std::lock_guard lock(snapshotMutex);
                latest = std::move(s);
                ++snapshots;
            },
            error);
        QVERIFY2(runtime, error.c_str());
        // A server that has been up a moment: its first traffic and its timers are behind it (a batch that would
        // run timed work is left to the engine thread).
        {
            auto first = std::make_unique<RequestBatch>();
            first->requests.push_back(request("warm-up", at));
            QVERIFY(runtime->submit(std::move(first)));
            runtime->sync();
        }
        std::atomic<std::uint64_t> allowed{0};
        std::atomic<std::uint64_t> answered{0};
        std::atomic<std::uint64_t> queued{0};
        std::vector<std::thread> loops;
        for (int t = 0; t < kThreads; ++t) {
            loops.emplace_back([&] {
                for (int n = 0; n < kRounds; ++n) {
                    auto batch = keysBatch(at, &allowed, &answered);
                    if (runtime->decideNow(batch)) {
                        continue;
                    }
                    queued.fetch_add(1);
                    while (!runtime->submitWait(batch, EngineRuntime::kSubmitRetry)) {
                    }
                }
            });
        }
        // Meanwhile the engine thread applies admin changes and publishes snapshots between the loops' batches.
        for (int c = 0; c < 8; ++c) {
            runtime->command(Command{cmd::PutVipTier{"tier-" + std::to_string(c), 2.0}}, AdminContext{"test", ""},
                             [&](const CommandResult& r) {
                                 if (r.ok) {
                                     changes.fetch_add(1);
                                 }
                             });
        }
        for (std::thread& loop : loops) {
            loop.join();
        }
        runtime->sync();
        QCOMPARE(answered.load(), std::uint64_t{kThreads} * kRounds * kKeys);
        QCOMPARE(allowed.load(), referenceAllowed);
        QTRY_COMPARE(changes.load(), 8);
        // Most batches found the engine free; the others went through its queue, as before.
        QCOMPARE(runtime->batchesDecidedNow() + queued.load(), std::uint64_t{kThreads} * kRounds);
        // How many found the engines free depends on the machine; once the engine thread is idle, each does.
        const std::uint64_t before = runtime->batchesDecidedNow();
        for (int t = 0; t < kThreads; ++t) {
            auto batch = keysBatch(at, &allowed, &answered);
            QVERIFY(QTest::qWaitFor([&] { return runtime->decideNow(batch); }));
        }
        QCOMPARE(runtime->batchesDecidedNow(), before + kThreads);
        runtime->sync();  // a part the engine thread took meanwhile is answered by now
        QCOMPARE(answered.load(), std::uint64_t{kThreads} * (kRounds + 1) * kKeys);
        QCOMPARE(allowed.load(), referenceAllowed);  // every key's burst was spent already

        // The engine counted every request once: sync() published a snapshot after the last.
        std::lock_guard lock(snapshotMutex);
        QVERIFY(snapshots > 1);
        QVERIFY(latest);
        QCOMPARE(latest->requests, std::uint64_t{kThreads} * (kRounds + 1) * kKeys + 1);
        QCOMPARE(latest->allowed, referenceAllowed + 1);
    }

    void aBatchWaitsBehindTheEngineThreadAndWhatIsQueued()
    {
        // Before the runtime: its engine thread may still wait on them when a failed check ends the test early.
        std::mutex mutex;
        std::condition_variable changed;
        bool querying = false;
        bool release = false;
        const auto releaseQuery = [&] {
            {
                std::lock_guard lock(mutex);
                release = true;
            }
            changed.notify_all();
        };
        SystemClock clock;
        std::string error;
        auto runtime = EngineRuntime::start(liveOptions(), clock, {}, error);
        QVERIFY2(runtime, error.c_str());
        const auto guard = qScopeGuard([&] {
            releaseQuery();
            runtime.reset();
        });

        // The engine thread busy with a query: a loop's batch is not decided then, and stays the caller's.
        runtime->post([&](const EngineShards&) {
            std::unique_lock lock(mutex);
            querying = true;
            changed.notify_all();
            changed.wait(lock, [&] { return release; });
        });
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return querying; });
        }
        std::atomic<std::uint64_t> allowed{0};
        std::atomic<std::uint64_t> answered{0};
        auto first = keysBatch(clock.now(), &allowed, &answered);
        QVERIFY(!runtime->decideNow(first));
        QVERIFY(first != nullptr);
        QVERIFY(first->done);
        QCOMPARE(answered.load(), std::uint64_t{0});
        QVERIFY(runtime->submit(std::move(first)));
        // Queued behind the query: the next batch must not overtake it, even once the query is over.
        auto second = keysBatch(clock.now(), &allowed, &answered);
        QVERIFY(!runtime->decideNow(second));
        releaseQuery();
        runtime->sync();
        QCOMPARE(answered.load(), std::uint64_t{kKeys});

        // Nothing queued and the engine free: decided and answered before the call returns.
        QVERIFY(QTest::qWaitFor([&] { return runtime->decideNow(second); }));
        QCOMPARE(answered.load(), std::uint64_t{2} * kKeys);
        QCOMPARE(runtime->batchesDecidedNow(), std::uint64_t{1});
    }

    void aBatchIsDecidedInPartsWhenSomeOfItsEnginesAreNotFree()
    {
        // Three engines. The third has a closed violation window to assess when the batch comes, which is timed
        // work and the engine thread's; the second has none. A batch over all three is decided on the caller for the
        // second engine's keys and by the engine thread for the rest, and comes back once, whole.
        ManualClock clock(kT0);  // on a whole hour: no decay step falls in the seconds below
        std::string error;
        auto runtime = EngineRuntime::start(liveOptions(3), clock, {}, error);
        QVERIFY2(runtime, error.c_str());
        std::array<std::vector<std::string>, 3> keys;
        for (int k = 0; keys[0].size() < 5 || keys[1].size() < 5 || keys[2].size() < 5; ++k) {
            const std::string key = "key-" + std::to_string(k);
            keys[shardOfKey(key, 3)].push_back(key);
        }
        {
            auto first = std::make_unique<RequestBatch>();
            for (const auto& own : keys) {
                first->requests.push_back(request(own.front(), kT0));
            }
            for (int i = 0; i < 12; ++i) {  // two over the limit: a violation window to assess at its end
                first->requests.push_back(request(keys[2].back(), kT0));
            }
            QVERIFY(runtime->submit(std::move(first)));
            runtime->sync();
        }
        // Each request a cost of its own, so each decision's remaining allowance says which request it answers.
        auto batch = std::make_unique<RequestBatch>();
        batch->bytes.reserve(256);
        std::vector<std::uint32_t> costs;
        for (const auto& own : keys) {
            for (std::size_t i = 0; i + 1 < own.size(); ++i) {
                costs.push_back(1 + static_cast<std::uint32_t>(costs.size() % 9));
                batch->requests.push_back(request(batch->store(own[i]), kT0 + 11 * kNsPerSec, costs.back()));
            }
        }
        std::atomic<int> returned{0};
        std::atomic<std::size_t> answeredRight{0};
        std::atomic<bool> onCaller{true};
        const auto caller = std::this_thread::get_id();
        batch->done = [&](std::unique_ptr<RequestBatch> decided) {
            std::size_t right = 0;
            for (std::size_t i = 0; i < decided->decisions.size(); ++i) {
                const Decision& d = decided->decisions[i];
                // Each engine's first key had one request at kT0, 11 s before: its burst is whole again.
                right += d.allowed && d.limit == 10 && d.remaining == 10 - costs[i] ? 1 : 0;
            }
            answeredRight.store(right);
            onCaller.store(std::this_thread::get_id() == caller);
            returned.fetch_add(1);
        };
        const std::size_t checks = batch->requests.size();
        // Declined, untouched, while the engine thread holds the engines for a snapshot.
        QVERIFY(QTest::qWaitFor([&] { return runtime->decideNow(batch); }));
        QCOMPARE(runtime->batchesDecidedNow(), std::uint64_t{1});
        QTRY_COMPARE(returned.load(), 1);
        QCOMPARE(answeredRight.load(), checks);
        // The third engine's part was the engine thread's: the batch came back from there, once.
        QVERIFY(!onCaller.load());
        runtime->sync();
        QCOMPARE(returned.load(), 1);
    }

    void anomalySamplesAddUpOverEveryEngine()
    {
        // Three engines, a one-second detection grid, the loops deciding each engine's part themselves: each engine
        // closes its own samples (a part whose engine has a grid point due goes to the engine thread), and the leader
        // judges each second with the requests of all three added up, as one engine would count them.
        ManualClock clock(kT0);
        RuntimeOptions options = liveOptions(3);
        options.config.anomaly.sampleInterval = kNsPerSec;
        std::string error;
        auto runtime = EngineRuntime::start(options, clock, {}, error);
        QVERIFY2(runtime, error.c_str());
        constexpr int kSeconds = 5;
        std::atomic<std::uint64_t> allowed{0};
        std::atomic<std::uint64_t> answered{0};
        for (int s = 0; s < kSeconds; ++s) {
            clock.set(kT0 + s * kNsPerSec);
            auto batch = keysBatch(clock.now(), &allowed, &answered);
            QVERIFY(QTest::qWaitFor([&] { return runtime->decideNow(batch); }));
        }
        clock.set(kT0 + kSeconds * kNsPerSec + kNsPerSec / 2);  // the fifth second closed, the sixth not yet
        QTRY_COMPARE(answered.load(), std::uint64_t{kSeconds} * kKeys);
        // Judged at the engine thread's next rounds: every second's point holds all 200 requests.
        std::vector<MetricPoint> points;
        const auto judged = [&] {
            std::promise<std::vector<MetricPoint>> read;
            runtime->post([&](const EngineShards& engines) {
                const auto& view = engines.anomaly();
                Snapshot snapshot;
                view.fillSnapshot(snapshot);
                std::vector<MetricPoint> out;
                for (const MetricSeries& series : snapshot.anomaly->series) {
                    if (series.metric == "requests") {
                        out = series.points;
                    }
                }
                read.set_value(out);
            });
            points = read.get_future().get();
            return points.size() >= kSeconds;
        };
        QVERIFY(QTest::qWaitFor(judged));
        QCOMPARE(points.size(), std::size_t{kSeconds});
        for (int s = 0; s < kSeconds; ++s) {
            QCOMPARE(points[static_cast<std::size_t>(s)].at, kT0 + (s + 1) * kNsPerSec);
            QCOMPARE(points[static_cast<std::size_t>(s)].value, static_cast<float>(kKeys));
        }
        QVERIFY(runtime->batchesDecidedNow() > 0);
    }

    void aSimulationOrAStoppedRuntimeDecidesOnlyOnItsThread()
    {
        SystemClock clock;
        std::string error;
        RuntimeOptions simulated = liveOptions();
        simulated.followRequestTime = true;
        auto simulation = EngineRuntime::start(simulated, clock, {}, error);
        QVERIFY2(simulation, error.c_str());
        auto batch = keysBatch(clock.now());
        QVERIFY(!simulation->decideNow(batch));
        // A simulation's engine time follows one queue: its keys are never split over several engines.
        simulated.engines = 2;
        QVERIFY(!EngineRuntime::start(simulated, clock, {}, error));
        QVERIFY2(error.find("several engines") != std::string::npos, error.c_str());

        auto live = EngineRuntime::start(liveOptions(), clock, {}, error);
        QVERIFY2(live, error.c_str());
        live->setDecideNow(false);
        QVERIFY(!live->decideNow(batch));
        live->setDecideNow(true);
        QVERIFY(QTest::qWaitFor([&] { return live->decideNow(batch); }));
        batch = keysBatch(clock.now());
        live->shutdown();
        QVERIFY(!live->decideNow(batch));
        QVERIFY(batch != nullptr);
    }
};

QTEST_GUILESS_MAIN(TestDecideNow)
#include "tst_decide_now.moc"
