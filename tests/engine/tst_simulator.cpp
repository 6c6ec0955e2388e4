// SPDX-License-Identifier: Apache-2.0
#include "sim/AliasTable.h"
#include "sim/BackendModel.h"
#include "sim/ExponentialSampler.h"
#include "sim/KeyPicker.h"
#include "sim/ScenarioLoader.h"
#include "sim/Simulator.h"

#include <QtTest>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

using namespace sluice::engine;
using namespace sluice::engine::sim;

namespace {

constexpr int kNormal = static_cast<int>(TrafficClass::Normal);
constexpr int kBursty = static_cast<int>(TrafficClass::Bursty);
constexpr int kHeavy = static_cast<int>(TrafficClass::Heavy);
constexpr int kStuffing = static_cast<int>(TrafficClass::CredentialStuffing);
constexpr int kScraper = static_cast<int>(TrafficClass::Scraper);
constexpr int kDdos = static_cast<int>(TrafficClass::Ddos);

Scenario scenarioFrom(const char* text)
{
    Scenario s;
    std::string error;
    if (!parseScenario(text, "test.json", s, error)) {
        qFatal("%s", error.c_str());
    }
    return s;
}

Scenario builtin(const char* name)
{
    const auto s = builtinScenario(name);
    if (!s) {
        qFatal("missing built-in scenario %s", name);
    }
    return *s;
}

// Runs `sim` to its end (or until `visit` returns false), `batchSize` requests at a time; returns the count.
std::uint64_t run(Simulator& sim, const std::function<bool(const Request&, int tag)>& visit,
                  std::size_t batchSize = 4096)
{
    RequestBatch batch;
    std::uint64_t count = 0;
    bool more = true;
    while (more) {
        batch.clear();
        more = sim.fill(batch, batchSize);
        if (batch.tags.size() != batch.requests.size()) {
            qFatal("tags and requests differ in size");
        }
        for (std::size_t i = 0; i < batch.requests.size(); ++i) {
            ++count;
            if (!visit(batch.requests[i], batch.tags[i])) {
                return count;
            }
        }
    }
    return count;
}

std::uint64_t recordHash(const Request& r, int tag)
{
    const std::hash<std::string_view> h;
    std::uint64_t x = mix64(h(r.key)) ^ static_cast<std::uint64_t>(r.timestamp);
    x = mix64(x ^ h(r.route)) ^ static_cast<std::uint64_t>(tag);
    return mix64(mix64(x ^ h(r.ip)) ^ h(r.country));
}

std::uint64_t keyNumber(std::string_view key, std::string_view prefix)
{
    std::uint64_t n = ~std::uint64_t{0};
    if (key.substr(0, prefix.size()) == prefix) {
        std::from_chars(key.data() + prefix.size(), key.data() + key.size(), n);
    }
    return n;
}

bool wellFormedIp(std::string_view ip)
{
    int dots = 0;
    for (char c : ip) {
        dots += c == '.' ? 1 : 0;
        if (c != '.' && (c < '0' || c > '9')) {
            return false;
        }
    }
    return dots == 3 && ip.size() >= 7 && ip.size() <= 15;
}

// Expected requests per class between `from` and `to` seconds after the start, from the generator's own rates.
std::array<double, kTrafficClassCount> expectedCounts(const Simulator& sim, int fromS, int toS)
{
    std::array<double, kTrafficClassCount> out{};
    for (int s = fromS; s < toS; ++s) {
        const auto rates = sim.expectedRatePerClass(sim.start() + s * kNsPerSec + kNsPerSec / 2);
        for (int c = 0; c < kTrafficClassCount; ++c) {
            out[c] += rates[c];
        }
    }
    return out;
}

bool within(double value, double expected, double tolerance)
{
    return std::fabs(value - expected) <= tolerance * expected;
}

}  // namespace

class TestSimulator final : public QObject {
    Q_OBJECT

private slots:
    void sameSeedSameStreamWhateverTheBatchSizes();
    void everyBuiltinRunsTenMinutes_data();
    void everyBuiltinRunsTenMinutes();
    void keysPerClassIsTheGroundTruth();
    void credentialStuffingUsesFreshKeys();
    void classSharesFollowConfiguredRates();
    void burstyKeysSendInBursts();
    void flashCrowdMultipliesNormalTraffic();
    void ddosWaveAddsKeysOnlyInItsWindow();
    void setDurationEndsTheRunEarly();
    void viewsStayValidWhenTheBufferGrows();
    void backendModelIsMonotoneAndCapped();
    void exponentialSamplerHasMeanOne();
    void aliasTableFollowsWeights();
    void keyPickerFollowsRatesAndCoversEveryKey();
};

void TestSimulator::sameSeedSameStreamWhateverTheBatchSizes()
{
    constexpr std::size_t kRequests = 1'000'000;
    const Scenario s = builtin("normal-day");
    std::vector<std::uint64_t> reference;
    reference.reserve(kRequests);
    Simulator a(s, 42);
    run(a, [&](const Request& r, int tag) {
        reference.push_back(recordHash(r, tag));
        return reference.size() < kRequests;
    });
    QCOMPARE(reference.size(), kRequests);

    // Batch sizes must not matter: 1, 999, 4096 and 10000 in turn.
    Simulator b(s, 42);
    RequestBatch batch;
    const std::size_t sizes[] = {1, 999, 4096, 10000};
    std::size_t at = 0;
    for (int round = 0; at < kRequests; ++round) {
        batch.clear();
        QVERIFY(b.fill(batch, sizes[round % 4]));
        for (std::size_t i = 0; i < batch.requests.size() && at < kRequests; ++i, ++at) {
            if (recordHash(batch.requests[i], batch.tags[i]) != reference[at]) {
                QFAIL(qPrintable(QStringLiteral("streams differ at request %1").arg(at)));
            }
        }
    }

    Simulator c(s, 43);
    std::size_t same = 0;
    std::size_t index = 0;
    run(c, [&](const Request& r, int tag) {
        same += recordHash(r, tag) == reference[index] ? 1 : 0;
        return ++index < 100'000;
    });
    QVERIFY2(same < 100, qPrintable(QString::number(same)));
}

void TestSimulator::everyBuiltinRunsTenMinutes_data()
{
    QTest::addColumn<QString>("name");
    for (const std::string& name : builtinScenarioNames()) {
        QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }
}

void TestSimulator::everyBuiltinRunsTenMinutes()
{
    QFETCH(QString, name);
    const Scenario s = builtin(name.toStdString().c_str());
    Simulator sim(s, s.seed);
    sim.setDuration(10 * kNsPerMin);
    QCOMPARE(sim.start(), fromUnixSec(s.startUnixS));
    QCOMPARE(sim.end(), sim.start() + 10 * kNsPerMin);

    TimeNs last = sim.start();
    std::array<std::uint64_t, kTrafficClassCount> perClass{};
    bool ok = true;
    const std::uint64_t count = run(sim, [&](const Request& r, int tag) {
        ok = ok && r.timestamp >= last && r.timestamp < sim.end() && tag >= 0 && tag < kTrafficClassCount &&
             !r.key.empty() && !r.route.empty() && wellFormedIp(r.ip) && r.country.size() == 2 && r.country[0] >= 'A' &&
             r.country[0] <= 'Z' && r.cost == 1;
        last = r.timestamp;
        ++perClass[tag];
        return ok;
    });
    QVERIFY2(ok, "a malformed request or a timestamp out of order or out of range");
    QCOMPARE(sim.now(), sim.end());
    QCOMPARE(sim.generated(), count);
    RequestBatch after;
    QVERIFY(!sim.fill(after, 10));
    QVERIFY(after.requests.empty());

    // The count follows the generator's own rates (Poisson noise is far below 2 % at these volumes).
    const auto expected = expectedCounts(sim, 0, 600);
    double total = 0;
    for (int c = 0; c < kTrafficClassCount; ++c) {
        total += expected[c];
        if (expected[c] > 10000) {
            QVERIFY2(within(static_cast<double>(perClass[c]), expected[c], 0.03),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(c).arg(perClass[c]).arg(expected[c])));
        }
    }
    QVERIFY2(within(static_cast<double>(count), total, 0.02), qPrintable(QString::number(count)));
    qInfo("%s: %llu requests in 10 simulated minutes", qPrintable(name), static_cast<unsigned long long>(count));
}

void TestSimulator::keysPerClassIsTheGroundTruth()
{
    const Scenario s = builtin("normal-day");
    Simulator sim(s, 1);
    const std::array<std::uint64_t, kTrafficClassCount> configured{88000, 11700, 200, 90, 0, 10, 0};
    QCOMPARE(sim.keysPerClass(), configured);
    QCOMPARE(Simulator::classNames()[kStuffing], std::string_view("credential_stuffing"));
    QCOMPARE(Simulator::classNames().size(), std::size_t{kTrafficClassCount});

    // Every key is prefix + a number below the population's count, and (nearly) every key shows up.
    std::map<int, std::pair<std::string, std::uint64_t>> population;
    for (const Population& p : s.populations) {
        population[static_cast<int>(p.trafficClass)] = {p.keyPrefix, p.keys};
    }
    std::array<std::unordered_set<std::string_view>, kTrafficClassCount> seen;
    std::unordered_set<std::string> all;
    bool ok = true;
    sim.setDuration(10 * kNsPerMin);
    run(sim, [&](const Request& r, int tag) {
        const auto& [prefix, keys] = population[tag];
        ok = ok && keyNumber(r.key, prefix) < keys;
        const auto [it, inserted] = all.emplace(r.key);
        if (inserted) {
            seen[tag].insert(*it);
        }
        return ok;
    });
    QVERIFY2(ok, "a key outside its population");
    for (int c = 0; c < kTrafficClassCount; ++c) {
        QVERIFY(seen[c].size() <= configured[c]);
        QVERIFY2(seen[c].size() >= configured[c] * 8 / 10,
                 qPrintable(QStringLiteral("class %1: %2 keys seen").arg(c).arg(seen[c].size())));
    }
    QCOMPARE(sim.keysPerClass(), configured);
}

void TestSimulator::credentialStuffingUsesFreshKeys()
{
    const Scenario s = builtin("credential-stuffing");
    const Population& p = s.populations.at(1);
    QCOMPARE(p.trafficClass, TrafficClass::CredentialStuffing);
    Simulator sim(s, s.seed);
    sim.setDuration(10 * kNsPerMin);
    QCOMPARE(sim.keysPerClass()[kStuffing], std::uint64_t{0});

    std::unordered_map<std::string, std::uint32_t> uses;
    std::unordered_set<std::string> ips;
    std::uint64_t attempts = 0;
    std::uint64_t keysAtHalfTime = 0;
    RequestBatch batch;
    bool more = true;
    while (more) {
        batch.clear();
        more = sim.fill(batch, 4096);
        for (std::size_t i = 0; i < batch.requests.size(); ++i) {
            if (batch.tags[i] == kStuffing) {
                const Request& r = batch.requests[i];
                ++uses[std::string(r.key)];
                ips.emplace(r.ip);
                ++attempts;
                QCOMPARE(r.route, std::string_view("/login"));
            }
        }
        // At every batch boundary the ground truth equals the keys seen so far.
        QCOMPARE(sim.keysPerClass()[kStuffing], std::uint64_t{uses.size()});
        if (keysAtHalfTime == 0 && sim.now() >= sim.start() + 5 * kNsPerMin) {
            keysAtHalfTime = uses.size();
        }
    }
    const double perKey = p.requestsPerKey;
    QVERIFY(std::all_of(uses.begin(), uses.end(), [&](const auto& u) { return u.second <= p.requestsPerKey; }));
    QVERIFY(uses.size() >= attempts / perKey && uses.size() <= attempts / perKey + p.keys);
    QVERIFY(within(static_cast<double>(attempts), p.keys * p.ratePerKey.value * 600, 0.03));
    QVERIFY2(within(static_cast<double>(uses.size()) / keysAtHalfTime, 2.0, 0.1), "keys used grow with time");
    QVERIFY(ips.size() <= p.shape.ipPool.size);
}

void TestSimulator::classSharesFollowConfiguredRates()
{
    const Scenario s = scenarioFrom(R"({"duration_s": 600, "seed": 3, "populations": [
        {"class": "normal", "keys": 1000, "rate_per_key": 1},
        {"class": "bursty", "keys": 500, "rate_per_key": 0.4, "burst": {"on_s": 10, "off_s": 50}},
        {"class": "heavy", "keys": 100, "rate_per_key": {"distribution": "uniform", "min": 1, "max": 3}},
        {"class": "abusive", "keys": 5, "rate_per_key": 40},
        {"class": "credential_stuffing", "keys": 10, "rate_per_key": 10, "requests_per_key": 2},
        {"class": "scraper", "keys": 2, "rate_per_key": 5, "ramp": {"factor": 3, "over_s": 600}}]})");
    Simulator sim(s, s.seed);
    std::array<double, kTrafficClassCount> counts{};
    double scraperFirst = 0;
    double scraperLast = 0;
    run(sim, [&](const Request& r, int tag) {
        ++counts[tag];
        if (tag == kScraper) {
            const TimeNs t = r.timestamp - sim.start();
            scraperFirst += t < 100 * kNsPerSec ? 1 : 0;
            scraperLast += t >= 500 * kNsPerSec ? 1 : 0;
        }
        return true;
    });
    // Configured mean rates x 600 s; the scraper ramps from 10 to 30 requests per second, 20 on average.
    const std::array<double, kTrafficClassCount> configured{600000, 120000, 120000, 120000, 60000, 12000, 0};
    const auto expected = expectedCounts(sim, 0, 600);
    for (int c = 0; c < kTrafficClassCount; ++c) {
        if (configured[c] > 0) {
            QVERIFY2(within(counts[c], configured[c], 0.15),
                     qPrintable(QStringLiteral("class %1: %2 vs %3").arg(c).arg(counts[c]).arg(configured[c])));
            QVERIFY2(within(counts[c], expected[c], 0.03),
                     qPrintable(QStringLiteral("class %1: %2 vs %3").arg(c).arg(counts[c]).arg(expected[c])));
        }
    }
    QCOMPARE(counts[kDdos], 0.0);
    // Mean rate over the last 100 s against the first: 10 x (1 + 2 x 550/600) / (10 x (1 + 2 x 50/600)).
    QVERIFY2(within(scraperLast / scraperFirst, 28.33 / 11.67, 0.1), qPrintable(QString::number(scraperLast)));
}

void TestSimulator::burstyKeysSendInBursts()
{
    const Scenario s = scenarioFrom(R"({"duration_s": 600, "populations": [
        {"class": "bursty", "keys": 200, "key_prefix": "b-", "rate_per_key": 0.5,
         "burst": {"on_s": 10, "off_s": 50}}]})");
    Simulator sim(s, 9);
    std::unordered_map<std::string, std::vector<double>> phases;  // seconds into the 60 s cycle
    std::map<std::int64_t, int> perSecond;
    run(sim, [&](const Request& r, int) {
        const double t = static_cast<double>(r.timestamp - sim.start()) / 1e9;
        phases[std::string(r.key)].push_back(std::fmod(t, 60.0));
        ++perSecond[static_cast<std::int64_t>(t)];
        return true;
    });
    QCOMPARE(phases.size(), std::size_t{200});
    for (auto& [key, p] : phases) {
        // All of a key's requests fall in one window of the cycle: the largest circular gap is the pause.
        std::sort(p.begin(), p.end());
        double gap = p.front() + 60.0 - p.back();
        for (std::size_t i = 1; i < p.size(); ++i) {
            gap = std::max(gap, p[i] - p[i - 1]);
        }
        QVERIFY2(gap >= 48.0,
                 qPrintable(QStringLiteral("%1: largest pause %2 s").arg(QString::fromStdString(key)).arg(gap)));
    }
    // Staggered lanes keep the population's total rate steady: 200 x 0.5 = 100 per second on average.
    double sum = 0;
    for (const auto& [second, n] : perSecond) {
        sum += n;
    }
    QVERIFY(within(sum / 600, 100, 0.05));
}

void TestSimulator::flashCrowdMultipliesNormalTraffic()
{
    const Scenario s = builtin("flash-crowd");
    QCOMPARE(s.flashCrowds.size(), std::size_t{1});
    const FlashCrowd f = s.flashCrowds[0];
    Simulator sim(s, s.seed);
    sim.setDuration(fromUnixSec(f.atS + 300));
    std::array<double, kTrafficClassCount> before{};
    std::array<double, kTrafficClassCount> during{};
    run(sim, [&](const Request& r, int tag) {
        const TimeNs t = r.timestamp - sim.start();
        if (t >= fromUnixSec(f.atS - 300) && t < fromUnixSec(f.atS)) {
            ++before[tag];
        } else if (t >= fromUnixSec(f.atS)) {
            ++during[tag];
        }
        return true;
    });
    QVERIFY2(within(during[kNormal] / before[kNormal], f.factor, 0.1),
             qPrintable(QString::number(during[kNormal] / before[kNormal])));
    QVERIFY(within(during[kBursty] / before[kBursty], 1.0, 0.1));
    QVERIFY(within(during[kHeavy] / before[kHeavy], 1.0, 0.1));
    // After the window the crowd is gone.
    const auto after = sim.expectedRatePerClass(sim.start() + fromUnixSec(f.atS + f.durationS) + kNsPerSec);
    const auto inside = sim.expectedRatePerClass(sim.start() + fromUnixSec(f.atS) + kNsPerSec);
    QVERIFY(within(inside[kNormal] / after[kNormal], f.factor, 0.05));
}

void TestSimulator::ddosWaveAddsKeysOnlyInItsWindow()
{
    const Scenario s = scenarioFrom(R"({"duration_s": 300, "populations": [
        {"class": "normal", "keys": 100, "rate_per_key": 1, "key_prefix": "user-"}],
        "events": [{"type": "ddos_wave", "at_s": 100, "duration_s": 50, "keys": 1000, "rate_per_key": 2,
                    "key_prefix": "bot-"}]})");
    Simulator sim(s, 5);
    QCOMPARE(sim.keysPerClass()[kDdos], std::uint64_t{0});
    std::unordered_set<std::string> bots;
    std::uint64_t ddos = 0;
    bool ok = true;
    RequestBatch batch;
    bool more = true;
    while (more) {
        batch.clear();
        more = sim.fill(batch, 1000);
        for (std::size_t i = 0; i < batch.requests.size(); ++i) {
            const Request& r = batch.requests[i];
            const TimeNs t = r.timestamp - sim.start();
            const bool bot = r.key.substr(0, 4) == "bot-";
            ok = ok && bot == (batch.tags[i] == kDdos);
            if (bot) {
                ok = ok && t >= 100 * kNsPerSec && t < 150 * kNsPerSec && keyNumber(r.key, "bot-") < 1000;
                bots.emplace(r.key);
                ++ddos;
            }
        }
        const bool begun = sim.now() >= sim.start() + 100 * kNsPerSec;
        QCOMPARE(sim.keysPerClass()[kDdos], std::uint64_t{begun ? 1000U : 0U});
    }
    QVERIFY2(ok, "a ddos request outside the wave's window or a wave key outside the ddos class");
    QCOMPARE(bots.size(), std::size_t{1000});
    QVERIFY(within(static_cast<double>(ddos), 1000 * 2 * 50, 0.02));

    const Scenario builtIn = builtin("ddos-wave");
    Simulator waves(builtIn, 1);
    QCOMPARE(waves.expectedRatePerClass(waves.start() + 500 * kNsPerSec)[kDdos], 0.0);
    QCOMPARE(waves.expectedRatePerClass(waves.start() + 700 * kNsPerSec)[kDdos], 60000.0);
    QCOMPARE(waves.expectedRatePerClass(waves.start() + 1250 * kNsPerSec)[kDdos], 50000.0);
    QCOMPARE(waves.expectedRatePerClass(waves.start() + 1500 * kNsPerSec)[kDdos], 0.0);
}

void TestSimulator::setDurationEndsTheRunEarly()
{
    Simulator sim(builtin("normal-day"), 2);
    QCOMPARE(sim.end() - sim.start(), kNsPerDay);
    sim.setDuration(2 * kNsPerSec);
    bool ok = true;
    const std::uint64_t n = run(sim, [&](const Request& r, int) {
        ok = ok && r.timestamp < sim.start() + 2 * kNsPerSec;
        return true;
    });
    QVERIFY(ok);
    QVERIFY(n > 10000);
    QCOMPARE(sim.now(), sim.start() + 2 * kNsPerSec);
}

void TestSimulator::viewsStayValidWhenTheBufferGrows()
{
    const Scenario s = builtin("normal-day");
    Simulator reference(s, 8);
    RequestBatch one;
    reference.fill(one, 5000);

    // Fifty small fills into one batch without clearing it: the byte buffer moves several times.
    Simulator sim(s, 8);
    RequestBatch batch;
    for (int i = 0; i < 50; ++i) {
        sim.fill(batch, 100);
    }
    QCOMPARE(batch.requests.size(), std::size_t{5000});
    const char* lo = batch.bytes.data();
    const char* hi = lo + batch.bytes.size();
    for (std::size_t i = 0; i < batch.requests.size(); ++i) {
        const Request& r = batch.requests[i];
        for (std::string_view v : {r.key, r.route, r.ip, r.country}) {
            QVERIFY(v.data() >= lo && v.data() + v.size() <= hi);
        }
        QCOMPARE(r.key, one.requests[i].key);
        QCOMPARE(r.ip, one.requests[i].ip);
        QCOMPARE(batch.tags[i], one.tags[i]);
    }
}

void TestSimulator::backendModelIsMonotoneAndCapped()
{
    const BackendModel model(BackendConfig{});
    const LoadSample idle = model.sample(0, 0);
    QCOMPARE(idle.cpuPercent, BackendConfig{}.baseCpuPercent);
    QCOMPARE(idle.memoryPercent, BackendConfig{}.baseMemoryPercent);
    QCOMPARE(idle.concurrency, 0.0);

    LoadSample previous = idle;
    for (double allowed = 1000; allowed <= 80000; allowed += 1000) {
        const LoadSample s = model.sample(allowed, 5000);
        QVERIFY(s.cpuPercent >= previous.cpuPercent);
        QVERIFY(s.cpuPercent > previous.cpuPercent || s.cpuPercent == 100.0);
        QVERIFY(s.cpuPercent <= 100.0 && s.memoryPercent <= 100.0);
        QVERIFY(s.concurrency > previous.concurrency);
        QVERIFY(s.latencyMs >= previous.latencyMs);
        QVERIFY(s.memoryPercent >= previous.memoryPercent);
        previous = s;
    }
    QCOMPARE(model.sample(1e9, 0).cpuPercent, 100.0);
    QCOMPARE(model.sample(1e12, 0).memoryPercent, 100.0);
    // Denying costs the backend a little, far less than serving.
    QVERIFY(model.sample(10000, 10000).cpuPercent > model.sample(10000, 0).cpuPercent);
    QVERIFY(model.sample(10000, 10000).cpuPercent < model.sample(20000, 0).cpuPercent);
    // Nonsense in, idle out.
    const LoadSample junk = model.sample(-5, std::nan(""));
    QCOMPARE(junk.cpuPercent, idle.cpuPercent);
    QCOMPARE(junk.concurrency, 0.0);
    // A scenario's backend section sets the model.
    QCOMPARE(BackendModel(builtin("normal-day").backend).config().capacityRps, 25000.0);
}

void TestSimulator::exponentialSamplerHasMeanOne()
{
    const ExponentialSampler exponential;
    Random rng(1);
    constexpr int kDraws = 1'000'000;
    double sum = 0;
    double squares = 0;
    int aboveThree = 0;
    for (int i = 0; i < kDraws; ++i) {
        const double x = exponential(rng);
        QVERIFY(x >= 0);
        sum += x;
        squares += x * x;
        aboveThree += x > 3 ? 1 : 0;
    }
    const double mean = sum / kDraws;
    QVERIFY2(std::fabs(mean - 1) < 0.005, qPrintable(QString::number(mean)));
    QVERIFY(std::fabs(squares / kDraws - mean * mean - 1) < 0.02);
    QVERIFY(std::fabs(aboveThree / double(kDraws) - std::exp(-3.0)) < 0.002);
}

void TestSimulator::aliasTableFollowsWeights()
{
    const std::vector<double> weights{1, 2, 3, 4, 0};
    const AliasTable table(weights);
    Random rng(2);
    std::array<int, 5> counts{};
    for (int i = 0; i < 1'000'000; ++i) {
        ++counts[table.pick(rng.next())];
    }
    for (int i = 0; i < 5; ++i) {
        QVERIFY(std::fabs(counts[i] / 1e6 - weights[i] / 10) < 0.003);
    }
    QCOMPARE(counts[4], 0);
}

void TestSimulator::keyPickerFollowsRatesAndCoversEveryKey()
{
    // Half the keys at rate 1, half at 9: the levels must keep the 1 : 9 split and reach every key number.
    constexpr std::uint32_t kKeys = 10000;
    std::vector<double> rates(kKeys);
    for (std::uint32_t i = 0; i < kKeys; ++i) {
        rates[i] = i % 2 == 0 ? 1.0 : 9.0;
    }
    KeyPicker picker;
    picker.setRates(rates);
    Random rng(3);
    std::vector<int> counts(kKeys);
    constexpr int kPicks = 2'000'000;
    for (int i = 0; i < kPicks; ++i) {
        const std::uint32_t k = picker.pick(rng);
        QVERIFY(k < kKeys);
        ++counts[k];
    }
    std::sort(counts.begin(), counts.end());
    QVERIFY(counts.front() > 0);
    const double low = std::accumulate(counts.begin(), counts.begin() + kKeys / 2, 0.0) / kPicks;
    QVERIFY2(std::fabs(low - 0.1) < 0.005, qPrintable(QString::number(low)));
}

QTEST_APPLESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
