// SPDX-License-Identifier: Apache-2.0
// A followed access log feeds a real engine: lines appended are decided, a rotation loses and repeats nothing,
// and a restart goes on after the last line whose decisions were stored.
#include "RuntimeTestSupport.h"
#include "sources/LogTailSource.h"

#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {

constexpr TimeNs kLogStart = 1'796'439'600LL * kNsPerSec;  // 05/Dec/2026:03:00:00 +0000

std::string combinedLine(int number)
{
    const int second = number % 60;
    return "10.0.0." + std::to_string(number % 7) + " - - [05/Dec/2026:03:00:" + (second < 10 ? "0" : "") +
           std::to_string(second) + " +0000] \"GET /items/" + std::to_string(number) +
           " HTTP/1.1\" 200 512 \"-\" \"curl/7.88\"\n";
}

bool append(const std::string& path, const std::string& text)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    const bool ok = fd >= 0 && ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    ::close(fd);
    return ok;
}

bool appendLines(const std::string& path, int from, int to)
{
    std::string text;
    for (int i = from; i <= to; ++i) {
        text += combinedLine(i);
    }
    return append(path, text);
}

// A runtime on a real database, whose snapshots say how many requests it decided since it started.
struct Running {
    explicit Running(const QString& database, TimeNs now = kLogStart + 3600 * kNsPerSec) : clock(now)
    {
        std::string error;
        runtime = EngineRuntime::start(
            *optionsFor(database), clock, [this](SnapshotPtr s) { decided = s->requests; }, error);
        if (!runtime) {
            qWarning("%s", error.c_str());
        }
    }

    ManualClock clock;
    std::atomic<std::uint64_t> decided{0};
    std::unique_ptr<EngineRuntime> runtime;
};

LogTailSource::Options followOptions(const std::string& path)
{
    LogTailSource::Options options;
    options.path = path;
    std::string error;
    options.ingest.format = *logs::logFormatFromText("combined", error);
    options.ingest.key = *logs::keySpecFromText("ip", error);
    options.idlePoll = std::chrono::milliseconds(5);
    return options;
}

}  // namespace

class TestLogTailSource final : public QObject {
    Q_OBJECT

private slots:
    void linesAppendedAreDecided();
    void aRotationMidStreamLosesAndRepeatsNothing();
    void aRestartGoesOnAfterTheStoredPosition();
    void badLinesAreCountedAndKept();
    void pausedReadsNothingUntilResumed();
    void aLineIsDecidedAtItsTimeButNeverAheadOfTheClock();
};

void TestLogTailSource::linesAppendedAreDecided()
{
    QTemporaryDir dir;
    const std::string log = dir.filePath("access.log").toStdString();
    QVERIFY(appendLines(log, 1, 20));
    Running engine(dir.filePath("sluice.db"));
    QVERIFY(engine.runtime);
    LogTailSource source(*engine.runtime, followOptions(log), engine.clock);
    QTRY_COMPARE(engine.decided.load(), std::uint64_t(20));
    QVERIFY(appendLines(log, 21, 50));
    QTRY_COMPARE(engine.decided.load(), std::uint64_t(50));
    const SourceState state = source.state();
    QCOMPARE(state.id, "log:" + log);
    QCOMPARE(state.kind, SourceKind::LogTail);
    QCOMPARE(state.read, std::uint64_t(50));
    QCOMPARE(state.requests, std::uint64_t(50));
    QCOMPARE(state.rejected, std::uint64_t(0));
    QCOMPARE(state.lagNs, TimeNs(0));  // read to the end
    QVERIFY(state.running && state.lastError.empty());
    QVERIFY(source.control(control::SetSpeed{2.0}).has_value());
}

void TestLogTailSource::aRotationMidStreamLosesAndRepeatsNothing()
{
    QTemporaryDir dir;
    const std::string log = dir.filePath("access.log").toStdString();
    Running engine(dir.filePath("sluice.db"));
    QVERIFY(engine.runtime);
    LogTailSource source(*engine.runtime, followOptions(log), engine.clock);
    QVERIFY(appendLines(log, 1, 100));
    QTRY_COMPARE(engine.decided.load(), std::uint64_t(100));
    // Rename + create, the old file still written after the rename.
    std::filesystem::rename(log, log + ".1");
    QVERIFY(appendLines(log + ".1", 101, 150));
    QVERIFY(appendLines(log, 151, 200));
    QTRY_COMPARE(engine.decided.load(), std::uint64_t(200));
    // Copy + truncate.
    QVERIFY(appendLines(log, 201, 250));
    std::filesystem::remove(log + ".1");
    QTRY_COMPARE(engine.decided.load(), std::uint64_t(250));
    std::filesystem::copy_file(log, log + ".1");
    std::filesystem::resize_file(log, 0);
    QVERIFY(appendLines(log, 251, 300));
    QTRY_COMPARE(engine.decided.load(), std::uint64_t(300));
    QCOMPARE(source.state().read, std::uint64_t(300));
    engine.runtime->sync();
    QCOMPARE(engine.decided.load(), std::uint64_t(300));
}

void TestLogTailSource::aRestartGoesOnAfterTheStoredPosition()
{
    QTemporaryDir dir;
    const std::string log = dir.filePath("access.log").toStdString();
    const QString database = dir.filePath("sluice.db");
    QVERIFY(appendLines(log, 1, 40));
    QVERIFY(append(log, "10.0.0.9 - - [05/Dec/2026:03:01:00 +0000] \"GET /unfini"));
    {
        Running engine(database);
        QVERIFY(engine.runtime);
        LogTailSource source(*engine.runtime, followOptions(log), engine.clock);
        QTRY_COMPARE(engine.decided.load(), std::uint64_t(40));
    }  // the source stops, then the runtime writes its last checkpoint
    QVERIFY(append(log, "shed HTTP/1.1\" 200 1 \"-\" \"curl/7.88\"\n"));
    QVERIFY(appendLines(log, 41, 45));
    Running engine(database);
    QVERIFY(engine.runtime);
    LogTailSource source(*engine.runtime, followOptions(log), engine.clock);
    QTRY_COMPARE(engine.decided.load(), std::uint64_t(6));  // the finished line and five more, nothing twice
    engine.runtime->sync();
    QCOMPARE(engine.decided.load(), std::uint64_t(6));
    QCOMPARE(source.state().rejected, std::uint64_t(0));
}

void TestLogTailSource::badLinesAreCountedAndKept()
{
    QTemporaryDir dir;
    const std::string log = dir.filePath("access.log").toStdString();
    QVERIFY(appendLines(log, 1, 3));
    QVERIFY(append(log, "this is not an access log line\n"));
    QVERIFY(appendLines(log, 4, 5));
    Running engine(dir.filePath("sluice.db"));
    QVERIFY(engine.runtime);
    LogTailSource source(*engine.runtime, followOptions(log), engine.clock);
    QTRY_COMPARE(source.state().read, std::uint64_t(6));
    QTRY_COMPARE(engine.decided.load(), std::uint64_t(5));
    QCOMPARE(source.state().rejected, std::uint64_t(1));
    const std::vector<logs::RejectedLine> rejected = source.rejectedLines();
    QCOMPARE(rejected.size(), std::size_t(1));
    QCOMPARE(rejected[0].number, std::uint64_t(4));
    QVERIFY(!rejected[0].reason.empty());
    // The console sees them through any source.
    const std::vector<RejectedInput> shown = static_cast<const TrafficSource&>(source).rejectedInputs();
    QCOMPARE(shown.size(), std::size_t(1));
    QCOMPARE(shown[0].number, std::uint64_t(4));
    QCOMPARE(shown[0].head, rejected[0].head);
}

void TestLogTailSource::pausedReadsNothingUntilResumed()
{
    QTemporaryDir dir;
    const std::string log = dir.filePath("access.log").toStdString();
    Running engine(dir.filePath("sluice.db"));
    QVERIFY(engine.runtime);
    LogTailSource source(*engine.runtime, followOptions(log), engine.clock);
    QVERIFY(!source.control(control::SetPaused{true}));
    QVERIFY(source.state().paused);
    QVERIFY(appendLines(log, 1, 10));
    QVERIFY(!source.control(control::SetPaused{false}));
    QTRY_COMPARE(engine.decided.load(), std::uint64_t(10));
}

void TestLogTailSource::aLineIsDecidedAtItsTimeButNeverAheadOfTheClock()
{
    QTemporaryDir dir;
    const std::string log = dir.filePath("access.log").toStdString();
    QVERIFY(appendLines(log, 1, 30));  // 03:00:01 .. 03:00:30
    auto latest = [](EngineRuntime& runtime) {
        return query<TimeNs>(runtime, [](const sluice::engine::EngineShards& e) { return e.latestRequestTime(); });
    };
    {
        Running engine(dir.filePath("one.db"));
        QVERIFY(engine.runtime);
        LogTailSource source(*engine.runtime, followOptions(log), engine.clock);
        QTRY_COMPARE(engine.decided.load(), std::uint64_t(30));
        QCOMPARE(latest(*engine.runtime), kLogStart + 30 * kNsPerSec);
    }
    // The writer's clock runs ten seconds ahead of ours: its lines are decided at our present.
    Running engine(dir.filePath("two.db"), kLogStart + 20 * kNsPerSec);
    QVERIFY(engine.runtime);
    LogTailSource source(*engine.runtime, followOptions(log), engine.clock);
    QTRY_COMPARE(engine.decided.load(), std::uint64_t(30));
    QCOMPARE(latest(*engine.runtime), kLogStart + 20 * kNsPerSec);
}

QTEST_GUILESS_MAIN(TestLogTailSource)
#include "tst_log_tail_source.moc"
