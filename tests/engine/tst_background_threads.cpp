// SPDX-License-Identifier: Apache-2.0
// A console runs the engine and its simulated traffic in the background so the UI thread always gets a
// core; a headless run keeps them at normal priority.
#include "EngineTestSupport.h"

#include "runtime/EngineRuntime.h"

#include <QTest>

#include <future>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {

struct Priority {
    int policy = SCHED_OTHER;
    int nice = 0;
};

Priority currentThread()
{
    return Priority{sched_getscheduler(0), getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()))};
}

bool inBackground(const Priority& p) { return p.policy == SCHED_IDLE || p.nice == 19; }

Priority engineThreadOf(EngineRuntime& rt)
{
    auto promise = std::make_shared<std::promise<Priority>>();
    rt.post([promise](const EngineShards&) { promise->set_value(currentThread()); });
    return promise->get_future().get();
}

}  // namespace

class TestBackgroundThreads final : public QObject {
    Q_OBJECT

private slots:
    void consoleEngineRunsInTheBackground();
    void headlessEngineKeepsNormalPriority();
};

void TestBackgroundThreads::consoleEngineRunsInTheBackground()
{
    ManualClock clock(kT0);
    RuntimeOptions o;
    o.backgroundThreads = true;
    std::string error;
    auto rt = EngineRuntime::start(o, clock, {}, error);
    QVERIFY2(rt, error.c_str());
    QVERIFY(inBackground(engineThreadOf(*rt)));
    QVERIFY(!inBackground(currentThread()));  // the caller (the UI thread) is left alone
}

void TestBackgroundThreads::headlessEngineKeepsNormalPriority()
{
    ManualClock clock(kT0);
    std::string error;
    auto rt = EngineRuntime::start(RuntimeOptions{}, clock, {}, error);
    QVERIFY2(rt, error.c_str());
    const Priority p = engineThreadOf(*rt);
    QCOMPARE(p.policy, currentThread().policy);
    QCOMPARE(p.nice, currentThread().nice);
}

QTEST_APPLESS_MAIN(TestBackgroundThreads)
#include "tst_background_threads.moc"
