// SPDX-License-Identifier: Apache-2.0
// A live engine records a flood's violations in bounded passes a millisecond apart (reputation/ReputationTracker).
// Without traffic, the runtime runs those passes at their time rather than with its snapshots, a tenth of a second
// apart, so the keys' new reputations are not spread over seconds.
#include "EngineTestSupport.h"

#include "reputation/ReputationTracker.h"
#include "runtime/EngineRuntime.h"

#include <QTest>

#include <algorithm>
#include <mutex>
#include <numeric>
#include <string>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::testing;

class TestRuntimePasses final : public QObject {
    Q_OBJECT

private slots:
    void anIdleEngineRecordsAFloodWithoutWaitingForItsSnapshots_data()
    {
        QTest::addColumn<bool>("onCaller");
        QTest::newRow("queued to the engine thread") << false;
        // As an HTTP loop decides a batch when the engine is free (EngineRuntime::decideNow): the engine thread is
        // asleep meanwhile and must still wake for the passes the batch left.
        QTest::newRow("decided on the caller's thread") << true;
    }

    void anIdleEngineRecordsAFloodWithoutWaitingForItsSnapshots()
    {
        QFETCH(bool, onCaller);
        constexpr std::size_t kPasses = 20;
        constexpr std::size_t kKeys = kPasses * ReputationTracker::kAssessPerPass;
        RuntimeOptions options;  // no database: only the engine thread and its snapshots
        options.config.policies = {Policy{"", 1, kNsPerMin, 1}};
        options.config.reputation.violationWindow = kNsPerSec;
        options.snapshotInterval = std::chrono::milliseconds(100);

        // Per snapshot: its sequence and how many keys it shows below the neutral score.
        struct Seen {
            std::uint64_t sequence = 0;
            std::uint64_t lowered = 0;
        };
        std::mutex mutex;
        std::vector<Seen> seen;
        SystemClock clock;
        std::string error;
        auto runtime = EngineRuntime::start(
            options, clock,
            [&](SnapshotPtr s) {
                const auto& h = s->histogram;
                const std::uint64_t lowered =
                    std::accumulate(h.begin(), h.begin() + kHistogramBins / 2, std::uint64_t{0});
                const std::lock_guard lock(mutex);
                seen.push_back({s->sequence, lowered});
            },
            error);
        QVERIFY2(runtime, error.c_str());

        // Every key twice at once, over its limit of one: each window becomes a violation once it closes. Then nothing.
        auto batch = std::make_unique<RequestBatch>();
        batch->bytes.reserve(kKeys * 16);
        const TimeNs at = clock.now();
        for (std::size_t k = 0; k < kKeys; ++k) {
            const std::string_view key = batch->store("flood-" + std::to_string(k));
            batch->requests.push_back(request(key, at));
            batch->requests.push_back(request(key, at));
        }
        if (onCaller) {
            // A server up for a moment: its first traffic and timers behind it, so the flood is not left to the
            // engine thread for timed work.
            auto first = std::make_unique<RequestBatch>();
            first->requests.push_back(request("warm-up", at));
            QVERIFY(runtime->submit(std::move(first)));
            runtime->sync();
            // The engine thread lets the engine go at the start of its next round, just after sync() returns.
            QVERIFY(QTest::qWaitFor([&] { return runtime->decideNow(batch); }));
            QCOMPARE(runtime->batchesDecidedNow(), std::uint64_t{1});
        } else {
            QVERIFY(runtime->submit(std::move(batch)));
        }

        const auto latest = [&] {
            const std::lock_guard lock(mutex);
            return seen.empty() ? Seen{} : seen.back();
        };
        QTRY_COMPARE_WITH_TIMEOUT(latest().lowered, std::uint64_t{kKeys}, 20000);
        std::vector<Seen> all;
        {
            const std::lock_guard lock(mutex);
            all = seen;
        }
        const auto first = std::find_if(all.begin(), all.end(), [](const Seen& s) { return s.lowered > 0; });
        const auto last = std::find_if(all.begin(), all.end(), [](const Seen& s) { return s.lowered == kKeys; });
        QVERIFY(first != all.end() && last != all.end());
        // One pass per snapshot would take kPasses snapshots from the first keys lowered to the last; the passes
        // come a millisecond apart instead, a few snapshots at most even on a slow or busy machine.
        QVERIFY2(last->sequence - first->sequence < kPasses / 2,
                 qPrintable(QStringLiteral("snapshots %1 to %2").arg(first->sequence).arg(last->sequence)));
        runtime->shutdown();
    }
};

QTEST_GUILESS_MAIN(TestRuntimePasses)
#include "tst_runtime_passes.moc"
