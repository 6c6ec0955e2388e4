// SPDX-License-Identifier: Apache-2.0
// The prometheus load source: the text reader, the load it derives (CPU from two scrapes of a counter, memory
// from available and total, a service's own gauge), and the throttle following a real endpoint on 127.0.0.1,
// including one that stops answering (the level is held and the error says why).
#include "EngineTestSupport.h"
#include "LoadSourceTestSupport.h"
#include "MetricsServer.h"

#include "throttle/PrometheusLoadReader.h"
#include "throttle/PrometheusLoadSource.h"
#include "throttle/PrometheusText.h"

#include <QtTest>

#include <atomic>
#include <string>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {
// A node exporter on a two-CPU host: every page adds one second of each CPU's time, `busy` of it not idle,
// as a live exporter's counters grow between scrapes.
class NodeExporter final {
public:
    void setBusy(double share) { m_busyPerMille = static_cast<int>(share * 1000); }
    void setMemoryUsed(double share) { m_usedPerMille = static_cast<int>(share * 1000); }

    std::string page()
    {
        std::lock_guard lock(m_mutex);
        const double busy = m_busyPerMille.load() / 1000.0;
        m_idle += 1.0 - busy;
        m_user += busy;
        std::string out = "# HELP node_cpu_seconds_total Seconds the CPUs spent in each mode.\n"
                          "# TYPE node_cpu_seconds_total counter\n";
        for (int cpu = 0; cpu < 2; ++cpu) {
            const std::string labels = "{cpu=\"" + std::to_string(cpu) + "\",mode=";
            out += "node_cpu_seconds_total" + labels + "\"idle\"} " + std::to_string(m_idle) + "\n";
            out += "node_cpu_seconds_total" + labels + "\"user\"} " + std::to_string(m_user) + "\n";
        }
        const double total = 8e9;
        out += "# TYPE node_memory_MemAvailable_bytes gauge\nnode_memory_MemAvailable_bytes " +
               std::to_string(total * (1.0 - m_usedPerMille.load() / 1000.0)) + "\n";
        out += "# TYPE node_memory_MemTotal_bytes gauge\nnode_memory_MemTotal_bytes 8e9\n";
        return out;
    }

private:
    std::mutex m_mutex;
    std::atomic<int> m_busyPerMille{0};
    std::atomic<int> m_usedPerMille{300};
    double m_idle = 1000;
    double m_user = 100;
};

PrometheusLoadConfig fastScrape(const std::string& url)
{
    PrometheusLoadConfig c;
    c.url = url;
    c.interval = 50 * kNsPerMs;
    c.timeout = 1000 * kNsPerMs;
    return c;
}
}  // namespace

class TestPrometheusLoad final : public QObject {
    Q_OBJECT

private slots:
    void textReadsSamplesLabelsAndEscapes();
    void textSkipsBadLinesAndCountsThem();
    void cpuComesFromTwoScrapesOfTheIdleCounter();
    void aServicesOwnGaugeAndRate();
    void aMissingMetricIsNamed();
    void aResetCounterStartsOver();
    void levelsFollowTheServedLoad();
    void anUnreachableEndpointHoldsTheLevel();
    void anEndpointNeverReachedLeavesTheThrottleAlone();
};

void TestPrometheusLoad::textReadsSamplesLabelsAndEscapes()
{
    PrometheusText text;
    std::vector<std::string> seen;
    const auto counts = text.parse("# HELP m A metric.\n# TYPE m gauge\n"
                                   "m{a=\"x\\\\y\",b=\"q\\\"uote\",c=\"two\\nlines\",} 1.5\r\n"
                                   "  spaced { a = \"1\" }  +Inf  1712345678901\n"
                                   "plain -2e3\n\n",
                                   [&](const PrometheusSample& s) {
                                       std::string line(s.name);
                                       for (const auto& [name, value] : s.labels) {
                                           line.append(" ").append(name).append("=").append(value);
                                       }
                                       seen.push_back(line + " " + std::to_string(s.value));
                                   });
    QCOMPARE(counts.samples, 3u);
    QCOMPARE(counts.rejected, 0u);
    QCOMPARE(seen.at(0), std::string("m a=x\\y b=q\"uote c=two\nlines 1.500000"));
    QCOMPARE(seen.at(1), std::string("spaced a=1 inf"));
    QCOMPARE(seen.at(2), std::string("plain -2000.000000"));
}

void TestPrometheusLoad::textSkipsBadLinesAndCountsThem()
{
    PrometheusText text;
    int good = 0;
    const auto counts = text.parse("ok 1\nbad{a=\"x} 2\nbad{1a=\"x\"} 3\nworse{a=\"x\"} notanumber\n"
                                   "also 1 2 3\nok{a=\"b\"} 2\n",
                                   [&](const PrometheusSample&) { ++good; });
    QCOMPARE(good, 2);
    QCOMPARE(counts.rejected, 4u);
    QCOMPARE(counts.firstRejectedLine, 2u);
    QVERIFY(!counts.firstReason.empty());
}

void TestPrometheusLoad::cpuComesFromTwoScrapesOfTheIdleCounter()
{
    NodeExporter exporter;
    exporter.setBusy(0.75);
    exporter.setMemoryUsed(0.4);
    PrometheusLoadReader reader(PrometheusLoadConfig{});
    std::string error;
    QVERIFY(!reader.read(exporter.page(), kNsPerSec, error));
    QVERIFY2(error.empty(), error.c_str());  // a counter's first page: no reading yet, and nothing wrong
    const auto load = reader.read(exporter.page(), 2 * kNsPerSec, error);
    QVERIFY2(load, error.c_str());
    QCOMPARE(qRound(load->cpuPercent), 75);
    QCOMPARE(qRound(load->memoryPercent), 40);
    QCOMPARE(load->concurrency, 0.0);  // a node exporter knows nothing of requests in flight
}

void TestPrometheusLoad::aServicesOwnGaugeAndRate()
{
    PrometheusLoadConfig c;
    c.perSignal[0] = {PrometheusSignal::Reading::Rate, "process_cpu_seconds_total", {}, {}, 100};
    c.perSignal[1] = {PrometheusSignal::Reading::OfTotal, "process_resident_memory_bytes", {}, "limit_bytes", 1};
    c.perSignal[2] = {PrometheusSignal::Reading::Gauge, "http_requests_in_flight", {{"job", "api"}}, {}, 1};
    PrometheusLoadReader reader(c);
    auto page = [](double cpuSeconds) {
        return "process_cpu_seconds_total " + std::to_string(cpuSeconds) +
               "\nprocess_resident_memory_bytes 250\nlimit_bytes 1000\n"
               "http_requests_in_flight{job=\"api\",handler=\"/a\"} 30\n"
               "http_requests_in_flight{job=\"api\",handler=\"/b\"} 12\n"
               "http_requests_in_flight{job=\"batch\"} 500\n";
    };
    std::string error;
    QVERIFY(!reader.read(page(10), 0, error));
    const auto load = reader.read(page(13), 10 * kNsPerSec, error);  // 3 CPU seconds in 10 s
    QVERIFY2(load, error.c_str());
    QCOMPARE(qRound(load->cpuPercent), 30);
    QCOMPARE(qRound(load->memoryPercent), 25);
    QCOMPARE(load->concurrency, 42.0);  // the api's handlers, not the batch job
}

void TestPrometheusLoad::aMissingMetricIsNamed()
{
    PrometheusLoadReader reader(PrometheusLoadConfig{});
    std::string error;
    QVERIFY(!reader.read("up 1\n", 0, error));
    QCOMPARE(error, std::string("no series node_cpu_seconds_total{mode=\"idle\"} on the page"));
    QVERIFY(!reader.read("<html>not metrics</html>\n", 0, error));
    QVERIFY2(error.find("no valid sample on the page (line 1") == 0, error.c_str());
}

void TestPrometheusLoad::aResetCounterStartsOver()
{
    NodeExporter exporter;
    exporter.setBusy(0.5);
    PrometheusLoadReader reader(PrometheusLoadConfig{});
    std::string error;
    QVERIFY(!reader.read(exporter.page(), kNsPerSec, error));
    QVERIFY(reader.read(exporter.page(), 2 * kNsPerSec, error));
    NodeExporter restarted;  // counters from zero: a negative increase is no reading, not a wild percentage
    restarted.setBusy(0.5);
    QVERIFY(!reader.read("node_cpu_seconds_total{cpu=\"0\",mode=\"idle\"} 1\n"
                         "node_cpu_seconds_total{cpu=\"0\",mode=\"user\"} 1\n"
                         "node_memory_MemAvailable_bytes 1\nnode_memory_MemTotal_bytes 2\n",
                         3 * kNsPerSec, error));
    QVERIFY2(error.empty(), error.c_str());
}

void TestPrometheusLoad::levelsFollowTheServedLoad()
{
    NodeExporter exporter;
    MetricsServer server([&] { return exporter.page(); });
    QVERIFY(server.port() != 0);
    exporter.setBusy(0.97);
    Engine e(smallConfig());
    auto owned = std::make_unique<PrometheusLoadSource>(fastScrape(server.url()));
    PrometheusLoadSource& source = *owned;
    e.setLoadSource(std::move(owned));
    e.restore({}, kT0);
    QTRY_VERIFY(source.hasReading() && source.sample({}).cpuPercent > 95);
    TimeNs now = kT0 + 10 * kNsPerSec;
    e.tick(now);
    QCOMPARE(e.throttle().level(), ThrottleLevel::Critical);
    const LoadSourceView view = loadSourceViewOf(e, now);
    QCOMPARE(view.kind, LoadSourceKind::Prometheus);
    QCOMPARE(view.description, server.url());
    QVERIFY(view.measures[0] && view.measures[1] && !view.measures[2]);  // a node exporter: no requests in flight
    QVERIFY(view.hasSample);
    QCOMPARE(view.sampleAt, now);
    QVERIFY(view.sample.cpuPercent > 95);
    QVERIFY(view.readings > 0);
    QVERIFY(view.lastError.empty());

    exporter.setBusy(0.10);
    QTRY_VERIFY(source.sample({}).cpuPercent < 15);
    // Down one level per calm cooldown (30 s), so it is back to none within a few minutes of engine time.
    for (int i = 0; i < 30 && e.throttle().level() != ThrottleLevel::None; ++i) {
        now += 10 * kNsPerSec;
        e.tick(now);
    }
    QCOMPARE(e.throttle().level(), ThrottleLevel::None);
}

void TestPrometheusLoad::anUnreachableEndpointHoldsTheLevel()
{
    NodeExporter exporter;
    exporter.setBusy(0.9);
    MetricsServer server([&] { return exporter.page(); });
    Engine e(smallConfig());
    auto owned = std::make_unique<PrometheusLoadSource>(fastScrape(server.url()));
    PrometheusLoadSource& source = *owned;
    e.setLoadSource(std::move(owned));
    e.restore({}, kT0);
    QTRY_VERIFY(source.hasReading());
    TimeNs now = kT0 + 10 * kNsPerSec;
    e.tick(now);
    QCOMPARE(e.throttle().level(), ThrottleLevel::High);

    server.stop();
    QTRY_VERIFY(!source.hasReading());
    for (int i = 0; i < 12; ++i) {  // two minutes: long past the cooldown that would otherwise lower it
        now += 10 * kNsPerSec;
        e.tick(now);
    }
    QCOMPARE(e.throttle().level(), ThrottleLevel::High);
    const LoadSourceView view = loadSourceViewOf(e, now);
    QVERIFY(view.holding);
    QVERIFY(view.failures > 0);
    QVERIFY2(view.lastError.find("onnect") != std::string::npos, view.lastError.c_str());
    QVERIFY(view.lastErrorAt > 0);
    QCOMPARE(view.sampleAt, kT0 + 10 * kNsPerSec);  // the last sample taken, while it answered
}

void TestPrometheusLoad::anEndpointNeverReachedLeavesTheThrottleAlone()
{
    std::string url;
    {
        MetricsServer closed([] { return std::string(); });
        url = closed.url();
    }  // the port is free again: connections are refused
    Engine e(smallConfig());
    auto owned = std::make_unique<PrometheusLoadSource>(fastScrape(url));
    PrometheusLoadSource& source = *owned;
    e.setLoadSource(std::move(owned));
    e.restore({}, kT0);
    QTRY_VERIFY(!loadSourceViewOf(e, kT0).lastError.empty());
    e.tick(kT0 + kNsPerMin);
    QCOMPARE(e.throttle().level(), ThrottleLevel::None);
    QVERIFY(!source.hasReading());
    const LoadSourceView view = loadSourceViewOf(e, kT0 + kNsPerMin);
    QVERIFY(!view.hasSample);
    QVERIFY(view.holding);
    QCOMPARE(view.readings, 0u);
}

QTEST_APPLESS_MAIN(TestPrometheusLoad)
#include "tst_prometheus_load.moc"
