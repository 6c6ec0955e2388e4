// SPDX-License-Identifier: Apache-2.0
// The load source setting: which source drives the auto-throttle, in a --config document and in the engine.load
// settings row. A problem names the field; the console's default reads nothing; the snapshot names the source.
#include "RuntimeTestSupport.h"

#include "config/ConfigJson.h"

#include <QtTest>

#include <memory>
#include <mutex>
#include <string>
#include <utility>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {
QString q(const std::optional<std::string>& s) { return s ? QString::fromStdString(*s) : QStringLiteral("(none)"); }

std::optional<std::string> decode(const std::string& text, EngineConfig& config)
{
    return ConfigJson::decode(text, config);
}
}  // namespace

class TestLoadSourceConfig final : public QObject {
    Q_OBJECT

private slots:
    void defaultIsNoneAndReadsNothing();
    void choosesEachSource();
    void prometheusDefaultsReadANodeExporter();
    void pointsAtAServicesOwnGauge();
    void errorsNameTheField_data();
    void errorsNameTheField();
    void settingsRowRoundTrips();
    void noneGivesNoSamplesAndTheSnapshotSaysSo();
    void theRuntimeBuildsTheChosenSource();
};

void TestLoadSourceConfig::defaultIsNoneAndReadsNothing()
{
    const EngineConfig config;
    QCOMPARE(config.load.kind, LoadSourceKind::None);
}

void TestLoadSourceConfig::choosesEachSource()
{
    for (const auto& [name, kind] : {std::pair{"none", LoadSourceKind::None}, std::pair{"host", LoadSourceKind::Host},
                                     std::pair{"traffic", LoadSourceKind::Traffic}}) {
        EngineConfig c;
        const auto problem = decode(std::string(R"({"load": {"source": ")") + name + R"("}})", c);
        QVERIFY2(!problem, qPrintable(q(problem)));
        QCOMPARE(c.load.kind, kind);
    }
    EngineConfig c;
    const auto problem =
        decode(R"({"load": {"source": "prometheus", "prometheus": {"url": "http://127.0.0.1:9100/metrics"}}})", c);
    QVERIFY2(!problem, qPrintable(q(problem)));
    QCOMPARE(c.load.kind, LoadSourceKind::Prometheus);
    QCOMPARE(c.load.prometheus.url, std::string("http://127.0.0.1:9100/metrics"));
}

void TestLoadSourceConfig::prometheusDefaultsReadANodeExporter()
{
    const PrometheusLoadConfig p;
    const auto& cpu = p.perSignal[static_cast<int>(LoadSignal::Cpu)];
    QCOMPARE(cpu.reading, PrometheusSignal::Reading::IdleCounter);
    QCOMPARE(cpu.metric, std::string("node_cpu_seconds_total"));
    QCOMPARE(cpu.labels.size(), std::size_t(1));
    QCOMPARE(cpu.labels[0].second, std::string("idle"));
    const auto& memory = p.perSignal[static_cast<int>(LoadSignal::Memory)];
    QCOMPARE(memory.reading, PrometheusSignal::Reading::FreeOfTotal);
    QCOMPARE(memory.total, std::string("node_memory_MemTotal_bytes"));
    QCOMPARE(p.perSignal[static_cast<int>(LoadSignal::Concurrency)].reading, PrometheusSignal::Reading::Off);
}

void TestLoadSourceConfig::pointsAtAServicesOwnGauge()
{
    EngineConfig c;
    const auto problem = decode(R"({"load": {"source": "prometheus", "prometheus": {
        "url": "https://api.example:8443/metrics", "interval_ms": 2000, "timeout_ms": 500,
        "cpu_percent": {"reading": "rate", "metric": "process_cpu_seconds_total", "scale": 100},
        "concurrency": {"reading": "gauge", "metric": "http_requests_in_flight", "labels": {"handler": "/api"}}}}})",
                                c);
    QVERIFY2(!problem, qPrintable(q(problem)));
    const auto& p = c.load.prometheus;
    QCOMPARE(p.interval, 2 * kNsPerSec);
    QCOMPARE(p.timeout, 500 * kNsPerMs);
    const auto& cpu = p.perSignal[static_cast<int>(LoadSignal::Cpu)];
    QCOMPARE(cpu.reading, PrometheusSignal::Reading::Rate);
    QVERIFY(cpu.labels.empty());  // another reading: the node exporter's mode="idle" no longer applies
    QCOMPARE(cpu.scale, 100.0);
    const auto& concurrency = p.perSignal[static_cast<int>(LoadSignal::Concurrency)];
    QCOMPARE(concurrency.metric, std::string("http_requests_in_flight"));
    QCOMPARE(concurrency.labels.at(0), (std::pair<std::string, std::string>{"handler", "/api"}));
    // memory keeps the node exporter default
    QCOMPARE(p.perSignal[static_cast<int>(LoadSignal::Memory)].reading, PrometheusSignal::Reading::FreeOfTotal);
}

void TestLoadSourceConfig::errorsNameTheField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown source") << R"({"load": {"source": "laptop"}})"
                                    << "load.source";
    QTest::newRow("modelled is for scenarios") << R"({"load": {"source": "modelled"}})"
                                               << "load.source";
    QTest::newRow("typo") << R"({"load": {"sorce": "host"}})"
                          << "load.sorce";
    QTest::newRow("prometheus without url") << R"({"load": {"source": "prometheus"}})"
                                            << "load.prometheus.url";
    QTest::newRow("not http") << R"({"load": {"prometheus": {"url": "file:///etc/passwd"}}})"
                              << "load.prometheus.url";
    QTest::newRow("interval") << R"({"load": {"prometheus": {"interval_ms": 5}}})"
                              << "load.prometheus.interval_ms";
    QTest::newRow("reading") << R"({"load": {"prometheus": {"cpu_percent": {"reading": "avg"}}}})"
                             << "load.prometheus.cpu_percent.reading";
    QTest::newRow("metric name")
        << R"({"load": {"prometheus": {"concurrency": {"reading": "gauge", "metric": "in flight"}}}})"
        << "load.prometheus.concurrency.metric";
    QTest::newRow("metric missing") << R"({"load": {"prometheus": {"concurrency": {"reading": "gauge"}}}})"
                                    << "load.prometheus.concurrency.metric";
    QTest::newRow("total missing")
        << R"({"load": {"prometheus": {"memory_percent": {"reading": "of_total", "metric": "used"}}}})"
        << "load.prometheus.memory_percent.total";
    QTest::newRow("label name") << R"({"load": {"prometheus": {"cpu_percent": {"labels": {"1x": "a"}}}}})"
                                << "load.prometheus.cpu_percent.labels.1x";
    QTest::newRow("thresholds fall") << R"({"load": {"traffic": {"latency_p95_ms": [500, 250, 1000, 2000]}}})"
                                     << "load.traffic.latency_p95_ms";
    QTest::newRow("error percent") << R"({"load": {"traffic": {"error_percent": [1, 2, 3, 300]}}})"
                                   << "load.traffic.error_percent[3]";
}

void TestLoadSourceConfig::errorsNameTheField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    EngineConfig c;
    const auto problem = decode(text.toStdString(), c);
    QVERIFY(problem);
    QVERIFY2(QString::fromStdString(*problem).startsWith(field + QLatin1Char(':')), problem->c_str());
    QCOMPARE(c.load.kind, LoadSourceKind::None);  // a refused document changes nothing
}

void TestLoadSourceConfig::settingsRowRoundTrips()
{
    EngineConfig c;
    QVERIFY(!decode(R"({"load": {"source": "prometheus", "prometheus": {"url": "http://10.0.0.5:9100/metrics"},
                                 "traffic": {"min_requests": 5}}})",
                    c));
    const auto row = ConfigJson::settingValue("engine.load", c);
    QVERIFY(row);
    EngineConfig back;
    const auto problem = ConfigJson::applySetting("engine.load", *row, back);
    QVERIFY2(!problem, qPrintable(q(problem)));
    QCOMPARE(back.load.kind, LoadSourceKind::Prometheus);
    QCOMPARE(back.load.prometheus.url, c.load.prometheus.url);
    QCOMPARE(back.load.traffic.minRequests, 5u);
    QCOMPARE(ConfigJson::settingValue("engine.load", back), row);
    const auto bad = ConfigJson::applySetting("engine.load", R"({"source": 3})", back);
    QVERIFY(bad);
    QVERIFY2(bad->find("setting engine.load.source") == 0, bad->c_str());
    // the whole document carries it too
    EngineConfig again;
    QVERIFY(!ConfigJson::decode(ConfigJson::encode(c), again));
    QCOMPARE(again.load.kind, LoadSourceKind::Prometheus);
}

void TestLoadSourceConfig::noneGivesNoSamplesAndTheSnapshotSaysSo()
{
    Engine e(smallConfig());
    e.restore({}, kT0);
    Snapshot s;
    e.tick(kT0 + kNsPerMin);
    e.fillSnapshot(kT0 + kNsPerMin, s);
    QCOMPARE(s.throttle.source.kind, LoadSourceKind::None);
    QVERIFY(!s.throttle.source.hasSample);
    QVERIFY(!s.throttle.hasSignals);
    QCOMPARE(s.throttle.level, ThrottleLevel::None);
}

void TestLoadSourceConfig::theRuntimeBuildsTheChosenSource()
{
    for (const LoadSourceKind kind :
         {LoadSourceKind::None, LoadSourceKind::Host, LoadSourceKind::Prometheus, LoadSourceKind::Traffic}) {
        RuntimeOptions o;
        o.config = smallConfig();
        o.config.load.kind = kind;
        o.config.load.prometheus.url = "http://127.0.0.1:1/metrics";
        o.snapshotInterval = std::chrono::milliseconds(20);
        std::string error;
        SystemClock clock;
        auto latest = std::make_shared<std::pair<std::mutex, SnapshotPtr>>();
        auto rt = EngineRuntime::start(
            o, clock,
            [latest](SnapshotPtr s) {
                std::lock_guard lock(latest->first);
                latest->second = std::move(s);
            },
            error);
        QVERIFY2(rt, error.c_str());
        auto current = [latest] {
            std::lock_guard lock(latest->first);
            return latest->second;
        };
        QTRY_VERIFY(current() != nullptr);
        const LoadSourceView view = current()->throttle.source;
        QCOMPARE(view.kind, kind);
        if (kind == LoadSourceKind::Host) {
            QCOMPARE(view.description, std::string("/proc"));
        }
        if (kind == LoadSourceKind::Prometheus) {
            QCOMPARE(view.description, o.config.load.prometheus.url);
        }
        // Traffic sources report responses only where they are used.
        QCOMPARE(rt->observedTraffic() != nullptr, kind == LoadSourceKind::Traffic);
    }
}

QTEST_APPLESS_MAIN(TestLoadSourceConfig)
#include "tst_load_source_config.moc"
