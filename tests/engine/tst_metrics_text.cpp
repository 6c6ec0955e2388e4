// SPDX-License-Identifier: Apache-2.0
// /metrics as Prometheus reads it: the text from a real engine's snapshot goes through the Python
// prometheus_client parser (Debian python3-prometheus-client), which must accept it with the names, types and
// labels a dashboard relies on.
#include "RuntimeTestSupport.h"

#include "http/MetricsText.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <mutex>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {

// Prints one line per family ("family NAME TYPE") and per sample ("sample NAME label=value,... VALUE").
constexpr const char* kParse = R"(
import sys
from prometheus_client.parser import text_string_to_metric_families
for f in text_string_to_metric_families(open(sys.argv[1]).read()):
    print('family', f.name, f.type)
    for s in f.samples:
        labels = ','.join('%s=%s' % kv for kv in sorted(s.labels.items()))
        print('sample', s.name, labels or '-', repr(float(s.value)))
)";

QString python()
{
    // Debian's own interpreter, where python3-prometheus-client installs; a python3 earlier on PATH may lack it.
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

}  // namespace

class TestMetricsText final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aRealEngineSnapshotParsesWithItsNamesAndTypes();
    void labelValuesAreEscaped();
    void eachRouteNameIsOneSeries();

private:
    // The parser's lines for `text`; fails the test when it refuses the text.
    QStringList parsed(const std::string& text);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMetricsText::initTestCase()
{
    QProcess probe;
    probe.start(python(), {QStringLiteral("-c"), QStringLiteral("import prometheus_client.parser")});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0) {
        QSKIP("python3 with prometheus_client is not installed (Debian: python3-prometheus-client)");
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList TestMetricsText::parsed(const std::string& text)
{
    const QString path = m_dir->filePath(QStringLiteral("metrics.txt"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(text.data(), qint64(text.size())) != qint64(text.size())) {
        return {QStringLiteral("cannot write ") + path};
    }
    f.close();
    QProcess p;
    p.start(python(), {QStringLiteral("-c"), QString::fromLatin1(kParse), path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        return {QStringLiteral("parser refused the text: ") + QString::fromUtf8(p.readAllStandardError())};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestMetricsText::aRealEngineSnapshotParsesWithItsNamesAndTypes()
{
    ManualClock clock(kT0);
    SnapshotPtr latest;
    std::mutex mutex;
    auto options = optionsFor(m_dir->filePath(QStringLiteral("sluice.db")));
    options->config.policies.push_back(Policy{"login", 5, kNsPerMin, 2});
    std::string error;
    auto runtime = EngineRuntime::start(
        *options, clock,
        [&](SnapshotPtr s) {
            const std::lock_guard lock(mutex);
            latest = std::move(s);
        },
        error);
    QVERIFY2(runtime, error.c_str());
    // One key far over its burst of 10, one well under it; the second also over the login route's burst of 2.
    QVERIFY(runtime->submit(batchOf("greedy", kT0, 25)));
    QVERIFY(runtime->submit(batchOf("modest", kT0, 3)));
    auto login = batchOf("modest", kT0, 3);
    for (Request& r : login->requests) {
        r.route = "login";
    }
    QVERIFY(runtime->submit(std::move(login)));
    // Decided while their second is the engine's present: a request the engine takes after its clock moved on
    // counts in the new second, which is still open.
    runtime->sync();
    clock.advance(2 * kNsPerSec);  // the requests' second closes
    runtime->sync();
    SnapshotPtr snapshot;
    {
        const std::lock_guard lock(mutex);
        snapshot = latest;
    }
    QVERIFY(snapshot);
    QCOMPARE(snapshot->allowed, std::uint64_t(15));
    QCOMPARE(snapshot->denied, std::uint64_t(16));

    http::TierTally tiers;
    tiers.add(*snapshot);
    tiers.add(*snapshot);  // a second scrape of the same snapshot adds nothing
    std::vector<SourceState> sources(1);
    sources[0].id = "access.log";
    sources[0].kind = SourceKind::LogTail;
    sources[0].running = true;
    sources[0].lagNs = kNsPerSec / 2;
    sources[0].read = 120;
    sources[0].requests = 117;
    sources[0].rejected = 3;
    http::HttpCounters counters;
    counters.requests = 30;
    counters.byStatusClass[2] = 13;
    counters.byStatusClass[4] = 17;
    counters.unauthorized = 2;
    counters.latencyBoundsSec = {0.0005, 0.001, 0.01};
    counters.latencyCounts = {20, 8, 1, 1};
    counters.latencySumSec = 0.05;
    const http::EngineUse use{2.5, 40, 3};
    const std::string text = http::metricsText({.snapshot = snapshot.get(),
                                                .tiers = &tiers,
                                                .sources = sources,
                                                .http = &counters,
                                                .checkpointAgeSec = 1.5,
                                                .engine = &use});

    const QStringList lines = parsed(text);
    QVERIFY2(!lines.isEmpty() && lines.first().startsWith(QLatin1String("family")), qPrintable(lines.join('\n')));
    // prometheus_client names a counter family without its _total, and its samples with it.
    for (const char* family :
         {"family sluice_decisions counter", "family sluice_route_decisions counter",
          "family sluice_tier_decisions counter", "family sluice_throttle_level gauge",
          "family sluice_throttle_multiplier gauge", "family sluice_keys gauge", "family sluice_reputation_keys gauge",
          "family sluice_reputation_tier_keys gauge", "family sluice_store_queue_depth gauge",
          "family sluice_store_checkpoint_age_seconds gauge", "family sluice_source_lines_read counter",
          "family sluice_source_lines_rejected counter", "family sluice_source_lag_seconds gauge",
          "family sluice_http_requests counter", "family sluice_http_unauthorized_requests counter",
          "family sluice_http_request_duration_seconds histogram", "family sluice_engine_busy_seconds counter",
          "family sluice_engine_loop_batches counter"}) {
        QVERIFY2(lines.contains(QLatin1String(family)), family);
    }
    for (const char* sample : {
             "sample sluice_decisions_total result=allowed 15.0",
             "sample sluice_decisions_total result=denied 16.0",
             "sample sluice_route_decisions_total result=allowed,route=default 13.0",
             "sample sluice_route_decisions_total result=denied,route=default 15.0",
             "sample sluice_route_decisions_total result=allowed,route=login 2.0",
             "sample sluice_route_decisions_total result=denied,route=login 1.0",
             "sample sluice_tier_decisions_total result=allowed,tier=standard 15.0",
             "sample sluice_tier_decisions_total result=denied,tier=standard 16.0",
             "sample sluice_tier_decisions_total result=denied,tier=flagged 0.0",
             "sample sluice_throttle_level - 0.0",
             "sample sluice_throttle_multiplier - 1.0",
             "sample sluice_keys state=active 2.0",
             "sample sluice_keys state=dormant 0.0",
             "sample sluice_store_checkpoint_age_seconds - 1.5",
             "sample sluice_engine_busy_seconds_total - 2.5",
             "sample sluice_engine_loop_batches_total - 40.0",
             "sample sluice_engines - 3.0",
             "sample sluice_source_lines_read_total kind=log_tail,source=access.log 120.0",
             "sample sluice_source_lines_rejected_total kind=log_tail,source=access.log 3.0",
             "sample sluice_source_lag_seconds kind=log_tail,source=access.log 0.5",
             "sample sluice_http_requests_total code=2xx 13.0",
             "sample sluice_http_requests_total code=4xx 17.0",
             "sample sluice_http_request_duration_seconds_bucket le=0.0005 20.0",
             "sample sluice_http_request_duration_seconds_bucket le=0.01 29.0",
             "sample sluice_http_request_duration_seconds_bucket le=+Inf 30.0",
             "sample sluice_http_request_duration_seconds_count - 30.0",
         }) {
        QVERIFY2(lines.contains(QLatin1String(sample)),
                 qPrintable(QString::fromLatin1(sample) + QLatin1String("\n") + lines.join(QLatin1Char('\n'))));
    }
    // Every active key is in one score bin; both sit at the neutral 50 here.
    std::uint64_t binned = 0;
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("sample sluice_reputation_keys "))) {
            binned += std::uint64_t(line.section(QLatin1Char(' '), -1).toDouble());
        }
    }
    QCOMPARE(binned, std::uint64_t(2));
    QVERIFY(lines.contains(QLatin1String("sample sluice_reputation_keys score_max=55,score_min=50 2.0")));

    // With the server's counts by code, each code is its own series.
    counters.byCode = {{200, 13}, {401, 2}, {429, 15}};
    const QStringList byCode = parsed(http::metricsText({.sources = {}, .http = &counters}));
    for (const char* sample :
         {"sample sluice_http_requests_total code=200 13.0", "sample sluice_http_requests_total code=401 2.0",
          "sample sluice_http_requests_total code=429 15.0"}) {
        QVERIFY2(byCode.contains(QLatin1String(sample)), sample);
    }
    QVERIFY(!byCode.join(QLatin1Char('\n')).contains(QLatin1String("code=2xx")));
    runtime->shutdown();
}

void TestMetricsText::labelValuesAreEscaped()
{
    std::vector<SourceState> sources(1);
    sources[0].id = "odd \"name\"\\with\nbreak";
    sources[0].kind = SourceKind::LogReplay;
    sources[0].read = 1;
    const QStringList lines = parsed(http::metricsText({.sources = sources}));
    QVERIFY2(lines.contains(QStringLiteral("sample sluice_source_lines_read_total kind=log_replay,source=odd "
                                           "\"name\"\\with\nbreak 1.0")
                                .split(QLatin1Char('\n'))
                                .first()),
             qPrintable(lines.join(QLatin1Char('\n'))));
}

void TestMetricsText::eachRouteNameIsOneSeries()
{
    // A route configured as "default" and a second policy for one route share a series: a scrape with a
    // repeated series would be refused.
    Snapshot s;
    s.routeDecisions = {{"", 5, 1}, {"default", 2, 0}, {"a \"b\"", 1, 1}, {"a \"b\"", 0, 0}};
    const std::string text = http::metricsText({.snapshot = &s, .sources = {}});
    const QStringList lines = parsed(text);
    for (const char* sample : {"sample sluice_route_decisions_total result=allowed,route=default 7.0",
                               "sample sluice_route_decisions_total result=denied,route=default 1.0",
                               "sample sluice_route_decisions_total result=allowed,route=a \"b\" 1.0"}) {
        QVERIFY2(lines.contains(QLatin1String(sample)), qPrintable(lines.join(QLatin1Char('\n'))));
    }
    QCOMPARE(lines.filter(QLatin1String("sample sluice_route_decisions_total")).size(), 4);
}

QTEST_APPLESS_MAIN(TestMetricsText)
#include "tst_metrics_text.moc"
