// SPDX-License-Identifier: Apache-2.0
// Faults injected into the modelled backend: what each does to it while in force, how overlapping ones combine,
// and how a faults file is read (errors name the file and the field).
#include "sim/BackendModel.h"
#include "sim/Faults.h"
#include "sim/ModelledLoadSource.h"

#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::sim;

namespace {
FaultSchedule parsed(const char* text)
{
    FaultSchedule out;
    std::string error;
    if (!parseFaults(text, "faults.json", out, error)) {
        qFatal("%s", error.c_str());
    }
    return out;
}

std::string errorOf(const char* text)
{
    FaultSchedule out;
    std::string error;
    return parseFaults(text, "faults.json", out, error) ? std::string() : error;
}
}  // namespace

class TestFaultSchedule final : public QObject {
    Q_OBJECT

private slots:
    void eachFaultChangesTheBackendOnlyWhileInForce();
    void overlappingFaultsCombine();
    void aFaultedBackendLoadsTheThrottlesSignals();
    void badFilesAreRefusedNamingTheField_data();
    void badFilesAreRefusedNamingTheField();
};

void TestFaultSchedule::eachFaultChangesTheBackendOnlyWhileInForce()
{
    const BackendConfig base;
    const FaultSchedule s = parsed(R"({"faults": [
        {"kind": "latency", "at_s": 10, "duration_s": 10, "added_ms": 200},
        {"kind": "errors", "at_s": 30, "duration_s": 10, "rate": 0.25},
        {"kind": "capacity", "at_s": 50, "duration_s": 10, "remaining": 0.5},
        {"kind": "outage", "at_s": 70, "duration_s": 10, "timeout_ms": 3000}]})");
    QCOMPARE(s.faults().size(), std::size_t{4});
    QCOMPARE(s.backendAt(base, 9.9).latencyMs, base.latencyMs);
    QCOMPARE(s.backendAt(base, 10).latencyMs, base.latencyMs + 200);
    QCOMPARE(s.backendAt(base, 20).latencyMs, base.latencyMs);  // ends after duration_s
    QCOMPARE(s.backendAt(base, 35).retryShare, 0.25);
    QCOMPARE(s.backendAt(base, 45).retryShare, 0.0);
    QCOMPARE(s.backendAt(base, 55).capacityRps, base.capacityRps / 2);
    const BackendConfig outage = s.backendAt(base, 75);
    QCOMPARE(outage.latencyMs, 3000.0);
    QCOMPARE(outage.retryShare, 1.0);
}

void TestFaultSchedule::overlappingFaultsCombine()
{
    const BackendConfig base;
    const FaultSchedule s = parsed(R"({"faults": [
        {"kind": "latency", "at_s": 0, "duration_s": 100, "added_ms": 100},
        {"kind": "latency", "at_s": 0, "duration_s": 100, "added_ms": 50},
        {"kind": "errors", "at_s": 0, "duration_s": 100, "rate": 0.5},
        {"kind": "errors", "at_s": 0, "duration_s": 100, "rate": 0.5},
        {"kind": "capacity", "at_s": 0, "duration_s": 100, "remaining": 0.5},
        {"kind": "capacity", "at_s": 0, "duration_s": 100, "remaining": 0.5}]})");
    const BackendConfig b = s.backendAt(base, 1);
    QCOMPARE(b.latencyMs, base.latencyMs + 150);
    QCOMPARE(b.retryShare, 0.75);  // half of what the first left fails too
    QCOMPARE(b.capacityRps, base.capacityRps / 4);
}

void TestFaultSchedule::aFaultedBackendLoadsTheThrottlesSignals()
{
    BackendConfig base;
    base.capacityRps = 1000;
    const TimeNs start = 1000 * kNsPerSec;
    ModelledLoadSource source(base, parsed(R"({"faults": [
        {"kind": "capacity", "at_s": 60, "duration_s": 60, "remaining": 0.5},
        {"kind": "latency", "at_s": 200, "duration_s": 60, "added_ms": 980},
        {"kind": "errors", "at_s": 300, "duration_s": 60, "rate": 1}]})"),
                              start);
    auto at = [&](std::int64_t s) {
        TrafficRates rates;
        rates.allowedPerSec = 400;
        rates.at = start + s * kNsPerSec;
        return source.sample(rates);
    };
    const LoadSignals calm = at(0);
    QVERIFY(at(90).cpuPercent > calm.cpuPercent * 1.5);    // half the capacity: the same traffic, more CPU
    QVERIFY(at(230).concurrency > calm.concurrency * 20);  // a second per request: many more in flight
    QVERIFY(at(230).memoryPercent > calm.memoryPercent);
    QVERIFY(at(330).cpuPercent > calm.cpuPercent * 1.5);  // every request served twice
    QCOMPARE(at(400).cpuPercent, calm.cpuPercent);        // all over
}

void TestFaultSchedule::badFilesAreRefusedNamingTheField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("not json") << "{"
                              << "faults.json: not valid JSON (line 1, column 2";
    QTest::newRow("no list") << "{}"
                             << "faults.json: faults: missing";
    QTest::newRow("unknown top") << R"({"faults": [], "fault": 1})"
                                 << "faults.json: fault";
    QTest::newRow("unknown kind") << R"({"faults": [{"kind": "fire", "at_s": 0, "duration_s": 1}]})"
                                  << "faults.json: faults[0].kind: expected latency, errors, capacity or outage";
    QTest::newRow("wrong value field")
        << R"({"faults": [{"kind": "errors", "at_s": 0, "duration_s": 1, "added_ms": 5}]})"
        << "faults.json: faults[0].added_ms: unknown field";
    QTest::newRow("rate above one") << R"({"faults": [{"kind": "latency", "at_s": 0, "duration_s": 1, "added_ms": 1},
        {"kind": "errors", "at_s": 0, "duration_s": 1, "rate": 1.5}]})"
                                    << "faults.json: faults[1].rate: must be between 0 and 1";
    QTest::newRow("no duration") << R"({"faults": [{"kind": "outage", "at_s": 0, "timeout_ms": 100}]})"
                                 << "faults.json: faults[0].duration_s: missing";
    QTest::newRow("negative start")
        << R"({"faults": [{"kind": "outage", "at_s": -5, "duration_s": 1, "timeout_ms": 1}]})"
        << "faults.json: faults[0].at_s:";
}

void TestFaultSchedule::badFilesAreRefusedNamingTheField()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const QString got = QString::fromStdString(errorOf(text.toUtf8().constData()));
    QVERIFY2(got.startsWith(error), qPrintable(got));
}

QTEST_APPLESS_MAIN(TestFaultSchedule)
#include "tst_fault_schedule.moc"
