// SPDX-License-Identifier: Apache-2.0
#include "anomaly/AnomalyDetectors.h"

#include "keys/KeyTable.h"
#include "limiter/Policy.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace sluice::engine::anomaly {

namespace {

constexpr std::uint32_t kBaselineMagic = 0x53414442;  // "BDAS"
constexpr std::uint16_t kBaselineVersion = 3;         // 2: a metric keeps its recent peak; 3: the sample interval
constexpr std::string_view kCountriesRow = "countries";
constexpr std::string_view kRoutePrefix = "route:";
constexpr std::string_view kCountryPrefix = "country:";
constexpr double kChartedShare = 0.05;  // a country with this usual share of the traffic is always charted
constexpr std::string_view kKeyPrefix = "key:";
constexpr std::size_t kMaxSeriesPoints = 2880;
constexpr double kKeySurgePerSec = 5;     // a key surges from this many requests per second of the sample up
constexpr double kMinPriorRequests = 10;  // and only with this many requests before the sample
// Credential stuffing and sign-up bots without history: most of the sample's new keys start on one route, far
// more often than the known keys do.
constexpr double kStuffingNewShare = 0.5;
constexpr double kStuffingRatio = 3;
constexpr double kStuffingKeysPerMin = 100;
constexpr double kStuffingSettleMin = 2;

// The single-series detector's score as evidence (its score is 1 - 5^(-e^2) too).
double evidenceOfScore(double score)
{
    if (score <= 0) {
        return 0;
    }
    return std::sqrt(-std::log(std::max(1e-9, 1.0 - score)) / std::log(5.0));
}

std::uint32_t heavyThresholdAfter(std::uint64_t requests)
{
    // Three times what a sketch counter holds on average: a candidate stands out from the collisions.
    return static_cast<std::uint32_t>(std::clamp<std::uint64_t>(3 * requests / HeavyHitters::kWidth, 16, 1U << 30));
}

// Counts are per sample: a row learned at another sample interval is in other units and is not read back.
std::string header(TimeNs interval)
{
    BaselineWriter w;
    w.put(kBaselineMagic);
    w.put(kBaselineVersion);
    w.put(interval);
    return w.take();
}

bool readHeader(BaselineReader& in, TimeNs interval)
{
    std::uint32_t magic = 0;
    std::uint16_t version = 0;
    TimeNs learnedAt = 0;
    return in.get(magic) && in.get(version) && in.get(learnedAt) && magic == kBaselineMagic &&
           version == kBaselineVersion && learnedAt == interval;
}

std::string routeName(const std::vector<Policy>* policies, std::size_t p)
{
    if (policies == nullptr || p >= policies->size() || (*policies)[p].route.empty()) {
        return std::string(kDefaultPolicyName);
    }
    return (*policies)[p].route;
}

}  // namespace

AnomalyDetectors::AnomalyDetectors(const AnomalyConfig& config)
    : m_config(config), m_globals{Global{"requests", AnomalyKind::Spike, true, {}, {}, {}, 0, 0, {}},
                                  Global{"denials", AnomalyKind::Spike, false, {}, {}, {}, 0, 0, {}},
                                  Global{"active_keys", AnomalyKind::Spike, false, {}, {}, {}, 0, 0, {}},
                                  Global{"new_keys", AnomalyKind::NewKeyFlood, false, {}, {}, {}, 0, 0, {}}}
{
}

void AnomalyDetectors::configure(const AnomalyConfig& config)
{
    const TimeNs before = interval();
    m_config = config;
    if (interval() != before) {
        // Levels, spreads and peaks are counts per sample: learned at another interval they are in other units, and
        // every metric would look like a spike or a drop. Learn afresh, on a grid of the new interval.
        const bool counting = m_tally.counting();
        const std::uint64_t version = m_version;
        const std::uint32_t engines = m_engines;
        *this = AnomalyDetectors(config);
        m_tally.setCounting(counting);
        m_version = version + 1;
        m_engines = engines;
    }
}

TimeNs AnomalyDetectors::interval() const { return std::max(m_config.sampleInterval, kNsPerSec); }

double AnomalyDetectors::samplesPerHour() const
{
    return static_cast<double>(kNsPerHour) / static_cast<double>(interval());
}

std::size_t AnomalyDetectors::seriesCapacity() const
{
    return std::min<std::size_t>(kMaxSeriesPoints,
                                 static_cast<std::size_t>(std::max<TimeNs>(1, kNsPerDay / interval())));
}

double AnomalyDetectors::learnedDays() const
{
    return static_cast<double>(m_globals[0].track.learnedNs()) / static_cast<double>(kNsPerDay);
}

void AnomalyDetectors::sample(TimeNs now, const PartContext& context, std::vector<Finding>& out)
{
    const TimeNs step = interval();
    if (m_next == kNever) {
        // The grid starts with the traffic, not with a clock that may run ahead of a simulation's time.
        if (m_tally.requests() == 0 && context.allowed + context.denied == 0) {
            return;
        }
        // From the first request counted: a grid started later (an engine of several that saw no request and no
        // tick since its first batch) still closes the sample that request belongs to.
        const TimeNs from = std::min(m_trafficFrom, now);
        const TimeNs to = m_trafficTo == kNever ? from : m_trafficTo;
        m_next = (from / step + 1) * step;
        m_tally.setSampleStart(m_next - step);
        m_partial = from != m_next - step;
        m_lumpedUntil = to >= m_next ? to : std::numeric_limits<TimeNs>::min();
        m_trafficFrom = kNever;
        m_trafficTo = kNever;
    }
    while (now >= m_next) {
        const TimeNs end = m_next;
        if (m_engines > 1) {
            // The leader judges this engine's part with the others' (shard/EngineShards), a part it counted or not.
            m_closed.push_back(closeSample(end, context));
        } else if (m_tally.counting() && !m_partial) {
            ClosedSample closed = closeSample(end, context);
            judge(closed, context.policies, out);
        }
        m_partial = false;
        m_policiesChanged = false;
        m_deniedBefore = context.denied;
        // A key needs what it would need with all the keys in one engine: each engine counts about its share.
        m_tally.startSample(end, heavyThresholdAfter(m_tally.requests() * m_engines));
        m_next = end + step;
        if (now - m_next > kMaxCatchUp) {
            // A gap longer than a day (a clock jump, a long pause): start the grid afresh rather than judge
            // every empty sample of it.
            m_next = (now / step + 1) * step;
            m_tally.setSampleStart(m_next - step);
            m_partial = now > m_next - step;
        }
    }
}

TimeNs AnomalyDetectors::nextToClose() const
{
    if (m_next != kNever || m_trafficFrom == kNever) {
        return m_next;
    }
    return (m_trafficFrom / interval() + 1) * interval();  // where the grid will start, with what was counted
}

void AnomalyDetectors::setEngines(std::uint32_t engines) { m_engines = std::max<std::uint32_t>(engines, 1); }

void AnomalyDetectors::takeClosed(std::vector<ClosedSample>& out)
{
    std::move(m_closed.begin(), m_closed.end(), std::back_inserter(out));
    m_closed.clear();
}

ClosedSample AnomalyDetectors::closeSample(TimeNs end, const PartContext& context)
{
    ClosedSample closed = ClosedSample::close(m_tally, context.keys, end);
    closed.interval = interval();
    closed.counting = m_tally.counting();
    closed.whole = !m_partial;
    closed.exact = end - interval() > m_lumpedUntil;
    closed.policiesChanged = m_policiesChanged;
    closed.denials = context.denied - std::min(context.denied, m_deniedBefore);
    return closed;
}

void AnomalyDetectors::judge(const ClosedSample& sample, const std::vector<Policy>* policies, std::vector<Finding>& out)
{
    if (!sample.counting || !sample.whole || !sample.exact || sample.interval != interval()) {
        // A part of a sample, judged against a whole sample's baseline, would look like a drop; one closed before
        // the interval changed counts in other units.
        return;
    }
    const TimeNs end = sample.end;
    const TimeNs start = end - interval();
    AffectedKeys keys(sample);
    // The baselines learned before this grid started: a restart, with an empty key table.
    m_returning = static_cast<double>(m_samples) < samplesPerHour() &&
                  m_globals[3].track.learnedNs() > static_cast<TimeNs>(m_samples) * interval();
    judgeGlobals(start, sample, keys, out);
    judgeRoutes(start, sample, policies, keys, out);
    judgeCountries(sample, keys, out);
    judgeKeys(sample, out);
    ++m_samples;
    ++m_version;
    m_latest = end;
    std::erase_if(m_charted, [&](const auto& entry) {
        const std::string_view metric = entry.first;
        const std::uint16_t code = metric.starts_with(kCountryPrefix)
                                       ? TrafficTally::countryCode(metric.substr(kCountryPrefix.size()))
                                       : TrafficTally::kNoCountry;
        const bool usualCountry = code < TrafficTally::kCountryCodes && m_countries.usualShare(code) >= kChartedShare;
        return !metric.starts_with(kRoutePrefix) && !usualCountry && entry.second.lastFinding < end - kNsPerDay;
    });
}

Finding* AnomalyDetectors::report(std::vector<Finding>& out, AnomalyKind kind, const std::string& metric,
                                  double evidence, TimeNs at, double value, double expected, double spread)
{
    const double scaled = evidence * sensitivity(kind);
    if (!(scaled >= kReportEvidence)) {
        return nullptr;
    }
    out.push_back(Finding{kind, metric, confidenceOf(scaled), at, value, expected, spread, {}});
    if (std::none_of(m_globals.begin(), m_globals.end(), [&](const Global& g) { return g.name == metric; })) {
        if (m_charted.size() >= kMaxCharted && !m_charted.contains(metric)) {
            // Many keys surging in turn: the chart that has waited longest for a finding goes.
            const auto stalest = std::min_element(m_charted.begin(), m_charted.end(), [](const auto& a, const auto& b) {
                return a.second.lastFinding < b.second.lastFinding;
            });
            m_charted.erase(stalest);
        }
        m_charted[metric].lastFinding = at;
    }
    return &out.back();
}

void AnomalyDetectors::chart(const std::string& metric, const MetricPoint& point)
{
    m_charted[metric].series.push(point, seriesCapacity());
}

void AnomalyDetectors::judgeGlobals(TimeNs start, const ClosedSample& sample, const AffectedKeys& keys,
                                    std::vector<Finding>& out)
{
    const TimeNs end = sample.end;
    const std::array<double, 4> values{
        static_cast<double>(sample.counts.requests()), static_cast<double>(sample.denials),
        static_cast<double>(sample.counts.activeKeys()), static_cast<double>(sample.counts.newKeys)};
    const bool seasonalOn = learnedDays() >= m_config.minDataDays;
    const double perHour = samplesPerHour();
    const int shiftBlock = std::max(1, static_cast<int>(kShiftBlock / interval()));
    const bool keysReturning = m_returning;
    for (std::size_t i = 0; i < m_globals.size(); ++i) {
        Global& g = m_globals[i];
        const double value = values[i];
        const Judgement j = g.track.judge(start, value, seasonalOn, perHour);
        const bool shifts = g.rise != AnomalyKind::NewKeyFlood;  // new keys come in waves; a flood is the news
        // The single-series detector is tuned for samples a few minutes apart: it judges blocks of samples,
        // and its latest verdict stands for the samples of the next block.
        if (shifts) {
            g.blockSum += value;
            if (++g.blockSamples >= shiftBlock) {
                g.shiftVerdict = g.shift.observe(start, g.blockSum / g.blockSamples);
                g.blockSum = 0;
                g.blockSamples = 0;
            }
        }
        const AnomalyVerdict& shift = g.shiftVerdict;
        const bool newOnly = g.rise == AnomalyKind::NewKeyFlood;
        // Every key is new to a table that just started: not a flood, and not the usual either.
        const bool judged = !(newOnly && keysReturning);
        // A spike or drop first: a sudden change is that, whatever follows. A level shift when neither is
        // worth reporting; downwards only for the request rate.
        AnomalyKind kind = g.rise;
        double evidence = j.rise * sensitivity(g.rise);
        double expected = j.expected;
        double spread = j.spread;
        if (g.drops && j.fall * sensitivity(AnomalyKind::Drop) > evidence) {
            kind = AnomalyKind::Drop;
            evidence = j.fall * sensitivity(AnomalyKind::Drop);
        }
        // The verdict is on the block before: it stands while this sample is still as far off, the same way.
        const double off = (value - shift.expected) / std::max(1e-9, shift.spread * std::sqrt(shiftBlock));
        const bool stillOff = off > 2 || (g.drops && off < -2);
        if (const double e = evidenceOfScore(shift.score) * sensitivity(AnomalyKind::LevelShift);
            shifts && evidence < kReportEvidence && e > evidence && stillOff) {
            kind = AnomalyKind::LevelShift;
            evidence = e;
            expected = shift.expected;
            spread = shift.spread;
        }
        if (Finding* f = judged ? report(out, kind, g.name, evidence / std::max(1e-9, sensitivity(kind)), end, value,
                                         expected, spread)
                                : nullptr) {
            f->affectedKeys = keys.top(kMaxAffectedKeys, newOnly);
        }
        if (judged) {
            g.track.learn(start, value, perHour, interval());
        }
        const bool ownBaseline = j.judged || !shifts;
        g.series.push(MetricPoint{end, static_cast<float>(value),
                                  static_cast<float>(ownBaseline ? j.expected : shift.expected),
                                  static_cast<float>(ownBaseline ? j.spread : shift.spread)},
                      seriesCapacity());
    }
}

void AnomalyDetectors::judgeRoutes(TimeNs start, const ClosedSample& sample, const std::vector<Policy>* policyList,
                                   const AffectedKeys& keys, std::vector<Finding>& out)
{
    const TimeNs end = sample.end;
    if (sample.policiesChanged) {
        return;  // the sample's counts are by policy position, and the positions moved during it
    }
    // The default policy takes whatever no route names: its rate is the global one's business. With more policies
    // than slots the last slot counts all the rest together, and is no one route's rate.
    const std::size_t policies = policyList == nullptr ? 0 : policyList->size();
    const std::size_t routes = policies > TrafficTally::kMaxRoutes ? TrafficTally::kMaxRoutes - 1 : policies;
    const bool seasonalOn = learnedDays() >= m_config.minDataDays;
    const double perHour = samplesPerHour();
    const double minutes = static_cast<double>(interval()) / static_cast<double>(kNsPerMin);
    const auto newKeys = static_cast<double>(sample.counts.newKeys);
    const auto activeKeys = static_cast<double>(sample.counts.activeKeys());
    // Where new keys go says something once the usual keys are known: not while the table fills (the first
    // minutes, and the first hour after a restart).
    const bool settled = static_cast<double>(m_samples) * minutes >= kStuffingSettleMin && !m_returning;
    for (std::size_t p = 1; p < routes; ++p) {
        const std::string metric = std::string(kRoutePrefix) + routeName(policyList, p);
        Route& route = m_routes[metric];
        const SampleCounts::Route& counted = sample.counts.routes[p];
        const auto requests = static_cast<double>(counted.requests);
        const auto routeKeys = static_cast<double>(counted.keys);
        const Judgement r = route.requests.judge(start, requests, seasonalOn, perHour);
        const Judgement k = route.keys.judge(start, routeKeys, seasonalOn, perHour);
        const auto routeKeysOf = [&](Finding* f) {
            if (f != nullptr) {
                f->affectedKeys = keys.top(kMaxAffectedKeys, false, static_cast<int>(p));
            }
        };
        // Many keys on the route is the sharper news than its rate: stuffing raises both. Judged against the
        // route's history, and without one by where the new keys go.
        const auto routeNew = static_cast<double>(counted.newKeys);
        const double newShare = routeNew / std::max(1.0, newKeys);
        const double knownShare = (routeKeys - routeNew) / std::max(1.0, activeKeys - newKeys);
        const double structural =
            settled ? std::min({newShare / kStuffingNewShare, newShare / std::max(knownShare, 0.01) / kStuffingRatio,
                                routeNew / (kStuffingKeysPerMin * minutes)})
                    : 0.0;
        // What the route would have if its new keys came like its known ones.
        const double spreadLike = routeKeys - routeNew + knownShare * newKeys;
        Finding* f = k.rise >= structural
                         ? report(out, AnomalyKind::RouteStuffing, metric, k.rise, end, routeKeys, k.expected, k.spread)
                         : report(out, AnomalyKind::RouteStuffing, metric, structural, end, routeKeys, spreadLike,
                                  std::max(1.0, std::sqrt(spreadLike)));
        routeKeysOf(f);
        if (f == nullptr) {
            routeKeysOf(r.rise > 0
                            ? report(out, AnomalyKind::Spike, metric, r.rise, end, requests, r.expected, r.spread)
                            : report(out, AnomalyKind::Drop, metric, r.fall, end, requests, r.expected, r.spread));
        }
        route.requests.learn(start, requests, perHour, interval());
        route.keys.learn(start, routeKeys, perHour, interval());
        chart(metric, MetricPoint{end, static_cast<float>(requests), static_cast<float>(r.expected),
                                  static_cast<float>(r.spread)});
    }
}

void AnomalyDetectors::judgeCountries(const ClosedSample& sample, const AffectedKeys& keys, std::vector<Finding>& out)
{
    const TimeNs end = sample.end;
    const auto& counts = sample.counts.countries;
    double total = 0;
    for (std::uint16_t c = 0; c < TrafficTally::kCountryCodes; ++c) {
        total += counts[c];
    }
    const std::optional<CountryMix::Shift> shift = m_countries.sample(counts, samplesPerHour());
    std::array<char, 2> name{};
    if (shift) {
        const std::string metric =
            std::string(kCountryPrefix) + std::string(TrafficTally::countryName(shift->country, name));
        if (Finding* f = report(out, AnomalyKind::CountryShift, metric, shift->evidence, end, shift->share,
                                shift->expected, shift->spread)) {
            f->affectedKeys = keys.top(kMaxAffectedKeys, false, AffectedKeys::kAny, shift->country);
        }
    }
    // The charts of the usual countries, so an alert about one shows what came before it, and of those that
    // shifted lately, in shares.
    for (std::uint16_t c = 0; c < TrafficTally::kCountryCodes; ++c) {
        if (m_countries.usualShare(c) >= kChartedShare) {
            m_charted.try_emplace(std::string(kCountryPrefix) + std::string(TrafficTally::countryName(c, name)));
        }
    }
    for (auto& [metric, charted] : m_charted) {
        if (!metric.starts_with(kCountryPrefix) || metric.size() != kCountryPrefix.size() + 2) {
            continue;
        }
        const std::uint16_t code = TrafficTally::countryCode(std::string_view(metric).substr(kCountryPrefix.size()));
        const double share = total > 0 ? counts[code] / total : 0;
        charted.series.push(MetricPoint{end, static_cast<float>(share),
                                        static_cast<float>(m_countries.usualShare(code)),
                                        static_cast<float>(shift ? shift->spread : 0)},
                            seriesCapacity());
    }
}

void AnomalyDetectors::judgeKeys(const ClosedSample& sample, std::vector<Finding>& out)
{
    const TimeNs end = sample.end;
    const double intervalSec = static_cast<double>(interval()) / static_cast<double>(kNsPerSec);
    std::vector<KeySurgeDetector::Surge> surges;
    m_keys.sample(sample.candidates, sample.sketch.threshold(), kKeySurgePerSec * intervalSec, 24 * samplesPerHour(),
                  m_samples >= kWarmupSamples && sensitivity(AnomalyKind::KeySurge) > 0, surges);
    std::size_t reported = 0;
    for (const KeySurgeDetector::Surge& s : surges) {
        if (reported >= kMaxKeySurges) {
            break;
        }
        // A key without requests before this sample has no history to be far above: a new key in numbers
        // is a flood, found as one.
        if (static_cast<double>(s.key->total) < s.requests + kMinPriorRequests) {
            continue;
        }
        const std::string metric = std::string(kKeyPrefix) + s.key->key;
        const double spread = std::max(1.0, std::sqrt(s.history));
        if (Finding* f = report(out, AnomalyKind::KeySurge, metric, s.evidence, end, s.requests, s.history, spread)) {
            f->affectedKeys = {{s.key->key, s.requests}};
            ++reported;
        }
    }
    // The charts of the keys that surged lately, in requests per sample.
    for (auto& [metric, charted] : m_charted) {
        if (!metric.starts_with(kKeyPrefix)) {
            continue;
        }
        const std::string_view key = std::string_view(metric).substr(kKeyPrefix.size());
        // A candidate's count is exact; any other key had fewer than the threshold, whatever its estimate says.
        const HeavyHitters& sketch = sample.sketch;
        const std::uint64_t hash = KeyTable::hash(key);
        const auto found = std::find_if(sample.candidates.begin(), sample.candidates.end(),
                                        [&](const SampleKey& c) { return c.hash == hash; });
        const auto requests = static_cast<float>(found != sample.candidates.end()
                                                     ? found->requests
                                                     : std::min(sketch.estimate(hash), sketch.threshold() - 1));
        charted.series.push(MetricPoint{end, requests, 0, 0}, seriesCapacity());
    }
}

void AnomalyDetectors::fillView(AnomalyView& out) const
{
    out.learnedDays = learnedDays();
    out.minDataDays = m_config.minDataDays;
    out.series.clear();
    for (const Global& g : m_globals) {
        out.series.push_back(MetricSeries{g.name, g.series.points()});
    }
    for (const auto& [metric, charted] : m_charted) {
        if (charted.lastFinding != 0 && charted.lastFinding >= m_latest - kNsPerDay && !charted.series.empty()) {
            out.series.push_back(MetricSeries{metric, charted.series.points()});
        }
    }
}

std::vector<std::pair<std::string, std::string>> AnomalyDetectors::saveBaselines() const
{
    std::vector<std::pair<std::string, std::string>> rows;
    for (const Global& g : m_globals) {
        BaselineWriter w;
        w.putBytes(header(interval()));
        g.track.save(w);
        w.putBytes(g.shift.saveState());
        rows.emplace_back(g.name, w.take());
    }
    for (const auto& [metric, route] : m_routes) {
        BaselineWriter w;
        w.putBytes(header(interval()));
        route.requests.save(w);
        route.keys.save(w);
        rows.emplace_back(metric, w.take());
    }
    BaselineWriter w;
    w.putBytes(header(interval()));
    m_countries.save(w);
    rows.emplace_back(std::string(kCountriesRow), w.take());
    return rows;
}

void AnomalyDetectors::restoreBaselines(const std::vector<std::pair<std::string, std::string>>& rows)
{
    for (const auto& [metric, bytes] : rows) {
        BaselineReader in(bytes);
        std::string_view head;
        if (!in.getBytes(head)) {
            continue;
        }
        BaselineReader headIn(head);
        if (!readHeader(headIn, interval())) {
            continue;  // another version, or not ours: that metric learns afresh
        }
        if (metric == kCountriesRow) {
            CountryMix mix;
            if (mix.restore(in) && in.atEnd()) {
                m_countries = mix;
            }
            continue;
        }
        if (metric.starts_with(kRoutePrefix)) {
            Route route;
            if (route.requests.restore(in) && route.keys.restore(in) && in.atEnd()) {
                m_routes[metric] = route;
            }
            continue;
        }
        for (Global& g : m_globals) {
            MetricTrack track;
            std::string_view shift;
            if (g.name == metric && track.restore(in) && in.getBytes(shift) && in.atEnd()) {
                g.track = track;
                if (!shift.empty()) {
                    g.shift.restoreState(shift);  // refused bytes leave it learning afresh
                }
            }
        }
    }
    ++m_version;
}

}  // namespace sluice::engine::anomaly
