// SPDX-License-Identifier: Apache-2.0
#include "report/RunDocument.h"

#include "EngineTextTranslator.h"
#include "Format.h"
#include "report/PeriodDocument.h"

#include "core/Time.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>
#include <climits>

namespace sluice::ui {

namespace {
namespace rundoc {

using engine::sim::SimulationSummary;
using engine::sim::TrafficClass;

// Reports are read on white paper whatever the console's palette: the period report's colours.
const QColor kAllowed(0x2f, 0x6f, 0xb5);
const QColor kDenied(0xd0, 0x45, 0x3c);

constexpr int kMaxPoints = 240;  // as the period report: enough for a page's width
constexpr int kTopKeys = 20;

QString count(const QLocale& l, std::uint64_t n) { return l.toString(static_cast<qulonglong>(n)); }
QString share(const QLocale& l, std::uint64_t part, std::uint64_t whole)
{
    const double value = whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
    return RunDocument::tr("%1 %").arg(l.toString(value, 'f', 2));
}
QString seconds(double s) { return formatDuration(static_cast<qint64>(s * 1000.0)); }
QString span(double s) { return formatSpan(static_cast<qint64>(s * 1000.0)); }
// A run's wall time: most take seconds or less, and "0 s" would say nothing.
QString wall(const QLocale& l, double s)
{
    return s < 60 ? RunDocument::tr("%1 s").arg(l.toString(s, 'f', 2)) : seconds(s);
}

QString className(TrafficClass c)
{
    switch (c) {
    case TrafficClass::Normal:
        return RunDocument::tr("Normal");
    case TrafficClass::Bursty:
        return RunDocument::tr("Bursty");
    case TrafficClass::Heavy:
        return RunDocument::tr("Heavy API clients");
    case TrafficClass::Abusive:
        return RunDocument::tr("Abusive");
    case TrafficClass::CredentialStuffing:
        return RunDocument::tr("Credential stuffing");
    case TrafficClass::Scraper:
        return RunDocument::tr("Scrapers");
    case TrafficClass::Ddos:
        return RunDocument::tr("DDoS waves");
    }
    return QString::fromUtf8(engine::sim::nameOf(c).data(), static_cast<qsizetype>(engine::sim::nameOf(c).size()));
}

// The run's traffic over time from the snapshot's rings: the finest ring that holds the whole run (seconds up to
// an hour, minutes up to a day, ten minutes beyond), its buckets merged so that at most kMaxPoints remain.
struct Steps {
    std::vector<engine::RollupBucket> points;  // startSec: each step's start
    std::uint32_t stepSec = 1;
    bool whole = true;  // false: the run is longer than the coarsest ring, which holds its end
};

Steps trafficSteps(const engine::Snapshot& s, double runSeconds)
{
    const std::vector<engine::RollupBucket>* ring = &s.lastHourBySecond;
    std::uint32_t bucketSec = 1;
    if (runSeconds > 3600) {
        ring = &s.lastDayByMinute;
        bucketSec = 60;
    }
    if (runSeconds > 24 * 3600) {
        ring = &s.lastWeekByTenMinutes;
        bucketSec = 600;
    }
    const auto end = static_cast<std::int64_t>(engine::toUnixMs(s.at) / 1000);
    const std::int64_t start = end - static_cast<std::int64_t>(runSeconds);
    std::vector<engine::RollupBucket> buckets;
    for (const engine::RollupBucket& b : *ring) {
        if (b.startSec != 0 && static_cast<std::int64_t>(b.startSec) + bucketSec > start &&
            static_cast<std::int64_t>(b.startSec) <= end) {
            buckets.push_back(b);
        }
    }
    std::sort(buckets.begin(), buckets.end(), [](const auto& a, const auto& b) { return a.startSec < b.startSec; });
    Steps steps;
    steps.whole = runSeconds <= 7 * 24 * 3600;
    if (buckets.empty()) {
        return steps;
    }
    const std::uint32_t first = buckets.front().startSec;
    const std::uint32_t span = buckets.back().startSec + bucketSec - first;
    const std::uint32_t perStep = std::max<std::uint32_t>(1, (span / bucketSec + kMaxPoints - 1) / kMaxPoints);
    steps.stepSec = perStep * bucketSec;
    for (const engine::RollupBucket& b : buckets) {
        const std::uint32_t stepStart = first + (b.startSec - first) / steps.stepSec * steps.stepSec;
        if (steps.points.empty() || steps.points.back().startSec != stepStart) {
            engine::RollupBucket fresh;
            fresh.startSec = stepStart;
            steps.points.push_back(fresh);
        }
        engine::RollupBucket& into = steps.points.back();
        for (int t = 0; t < engine::kReputationTierCount; ++t) {
            into.allowed[static_cast<std::size_t>(t)] += b.allowed[static_cast<std::size_t>(t)];
            into.denied[static_cast<std::size_t>(t)] += b.denied[static_cast<std::size_t>(t)];
        }
        into.peakTotal = std::max(into.peakTotal, b.peakTotal);
        into.peakDenied = std::max(into.peakDenied, b.peakDenied);
    }
    return steps;
}

struct Totals {
    std::uint64_t allowed = 0;
    std::uint64_t denied = 0;
    std::uint64_t keys = 0;  // known at the end: active and dormant
    double wallSeconds = 0;
    double runSeconds = 0;
};

ReportSection keyFigures(const Totals& t, const Steps& steps, const engine::Snapshot& s, const QLocale& l,
                         const QList<QStringList>& extra)
{
    ReportSection section;
    section.heading = RunDocument::tr("Key figures");
    section.text = RunDocument::tr("%1 requests were decided in %2 of traffic; %3 of them were denied. The run took "
                                   "%4 of wall time.")
                       .arg(count(l, t.allowed + t.denied), span(t.runSeconds),
                            share(l, t.denied, t.allowed + t.denied), wall(l, t.wallSeconds));
    std::uint32_t peak = 0;
    std::uint32_t peakDenied = 0;
    for (const auto& p : steps.points) {
        peak = std::max(peak, p.peakTotal);
        peakDenied = std::max(peakDenied, p.peakDenied);
    }
    ReportTable table;
    table.id = QStringLiteral("kpis");
    table.columns = {RunDocument::tr("Figure"), RunDocument::tr("Value")};
    table.numeric = {false, true};
    table.rows = {
        {RunDocument::tr("Requests"), count(l, t.allowed + t.denied)},
        {RunDocument::tr("Allowed"), count(l, t.allowed)},
        {RunDocument::tr("Denied"), count(l, t.denied)},
        {RunDocument::tr("Denied share"), share(l, t.denied, t.allowed + t.denied)},
        {RunDocument::tr("Busiest second (requests)"), count(l, peak)},
        {RunDocument::tr("Busiest second (denials)"), count(l, peakDenied)},
        {RunDocument::tr("Keys known at the end"), count(l, t.keys)},
        {RunDocument::tr("Flagged keys at the end"),
         count(l, s.tierCounts[static_cast<std::size_t>(engine::ReputationTier::Flagged)])},
        {RunDocument::tr("Requests per wall second"),
         count(l, t.wallSeconds > 0
                      ? static_cast<std::uint64_t>(static_cast<double>(t.allowed + t.denied) / t.wallSeconds)
                      : 0)},
    };
    table.rows << extra;
    section.tables << table;
    return section;
}

ReportSection traffic(const Steps& steps, const QLocale& l)
{
    ReportSection section;
    section.heading = RunDocument::tr("Traffic and denials");
    const QString step = formatSpan(qint64{steps.stepSec} * 1000);
    section.text = steps.whole ? RunDocument::tr("Requests per second, averaged over each %1.").arg(step)
                               : RunDocument::tr("Requests per second, averaged over each %1, in the last week of "
                                                 "the run: the engine keeps a week of history.")
                                     .arg(step);
    ReportChart chart;
    chart.id = QStringLiteral("traffic");
    chart.title = RunDocument::tr("Allowed and denied requests");
    chart.yTitle = RunDocument::tr("per second");
    chart.series = {RunDocument::tr("Allowed"), RunDocument::tr("Denied")};
    chart.colors = {kAllowed, kDenied};
    chart.values = {{}, {}};
    ReportTable points;
    points.id = QStringLiteral("traffic");
    points.columns = {RunDocument::tr("Start"), RunDocument::tr("Allowed"), RunDocument::tr("Denied")};
    points.numeric = {false, true, true};
    points.dataOnly = true;
    std::array<std::uint64_t, engine::kReputationTierCount> allowed{};
    std::array<std::uint64_t, engine::kReputationTierCount> denied{};
    const auto perSecond = static_cast<double>(steps.stepSec);
    for (const engine::RollupBucket& p : steps.points) {
        const engine::TimeNs at = engine::TimeNs{p.startSec} * engine::kNsPerSec;
        chart.times << engine::toUnixMs(at);
        chart.values[0] << static_cast<double>(p.totalAllowed()) / perSecond;
        chart.values[1] << static_cast<double>(p.totalDenied()) / perSecond;
        points.rows << QStringList{PeriodDocument::moment(at, l), count(l, p.totalAllowed()),
                                   count(l, p.totalDenied())};
        for (std::size_t t = 0; t < allowed.size(); ++t) {
            allowed[t] += p.allowed[t];
            denied[t] += p.denied[t];
        }
    }
    section.charts << chart;
    ReportTable tiers;
    tiers.id = QStringLiteral("tiers");
    tiers.title = RunDocument::tr("Decisions by reputation tier");
    tiers.columns = {RunDocument::tr("Tier"), RunDocument::tr("Allowed"), RunDocument::tr("Denied"),
                     RunDocument::tr("Denied share")};
    tiers.numeric = {false, true, true, true};
    for (std::size_t t = 0; t < allowed.size(); ++t) {
        tiers.rows << QStringList{tierName(static_cast<engine::ReputationTier>(t)), count(l, allowed[t]),
                                  count(l, denied[t]), share(l, denied[t], allowed[t] + denied[t])};
    }
    section.tables << tiers << points;
    return section;
}

QString score(const QLocale& l, double value) { return l.toString(value, 'f', 1); }

ReportTable reputationTable(const QString& id, const QString& title, const engine::sim::ClassReputations& r,
                            const QLocale& l)
{
    ReportTable table;
    table.id = id;
    table.title = title;
    table.columns = {RunDocument::tr("Class"), RunDocument::tr("Keys"), RunDocument::tr("Mean score"),
                     RunDocument::tr("Median score")};
    table.numeric = {false, true, true, true};
    for (int t = 0; t < engine::kReputationTierCount; ++t) {
        table.columns << tierName(static_cast<engine::ReputationTier>(t));
        table.numeric << true;
    }
    for (int c = 0; c < engine::sim::kTrafficClassCount; ++c) {
        const engine::sim::ClassReputation& cr = r[static_cast<std::size_t>(c)];
        if (cr.keys == 0) {
            continue;
        }
        QStringList row{className(static_cast<TrafficClass>(c)), count(l, cr.keys), score(l, cr.meanScore),
                        score(l, cr.medianScore)};
        for (const std::uint64_t n : cr.tiers) {
            row << count(l, n);
        }
        table.rows << row;
    }
    return table;
}

ReportSection classes(const SimulationSummary& s, const QLocale& l)
{
    ReportSection section;
    section.heading = RunDocument::tr("Traffic classes");
    section.text = RunDocument::tr("The simulator knows which kind of client sent each request: what the engine did "
                                   "with each, and where their keys' reputations stand.");
    ReportTable outcomes;
    outcomes.id = QStringLiteral("classes");
    outcomes.title = RunDocument::tr("Decisions by class");
    outcomes.columns = {RunDocument::tr("Class"),   RunDocument::tr("Keys"),   RunDocument::tr("Requests"),
                        RunDocument::tr("Allowed"), RunDocument::tr("Denied"), RunDocument::tr("Denied share")};
    outcomes.numeric = {false, true, true, true, true, true};
    for (int c = 0; c < engine::sim::kTrafficClassCount; ++c) {
        const auto i = static_cast<std::size_t>(c);
        const engine::sim::ClassOutcome& o = s.outcomes[i];
        if (o.requests == 0 && s.keysPerClass[i] == 0) {
            continue;
        }
        outcomes.rows << QStringList{className(static_cast<TrafficClass>(c)),
                                     count(l, s.keysPerClass[i]),
                                     count(l, o.requests),
                                     count(l, o.allowed),
                                     count(l, o.denied),
                                     share(l, o.denied, o.requests)};
    }
    section.tables << outcomes;
    if (s.reputationBeforeAttack) {
        section.tables << reputationTable(QStringLiteral("reputation-before-attack"),
                                          RunDocument::tr("Reputation just before the first attack (%1 into the run)")
                                              .arg(span(static_cast<double>(s.attackAtS))),
                                          *s.reputationBeforeAttack, l);
    }
    section.tables << reputationTable(QStringLiteral("reputation-at-end"), RunDocument::tr("Reputation at the end"),
                                      s.reputationAtEnd, l);
    return section;
}

ReportSection routes(const engine::Snapshot& s, const QLocale& l)
{
    ReportSection section;
    section.heading = RunDocument::tr("Routes");
    ReportTable table;
    table.id = QStringLiteral("routes");
    table.columns = {RunDocument::tr("Route"), RunDocument::tr("Allowed"), RunDocument::tr("Denied"),
                     RunDocument::tr("Denied share")};
    table.numeric = {false, true, true, true};
    table.empty = RunDocument::tr("No request was decided.");
    for (const engine::RouteDecisions& r : s.routeDecisions) {
        table.rows << QStringList{r.route.empty() ? RunDocument::tr("Default policy") : QString::fromStdString(r.route),
                                  count(l, r.allowed), count(l, r.denied), share(l, r.denied, r.allowed + r.denied)};
    }
    section.tables << table;
    return section;
}

ReportSection reputation(const engine::Snapshot& s, const QLocale& l)
{
    ReportSection section;
    section.heading = RunDocument::tr("Reputation");
    section.text = RunDocument::tr("The keys in the engine's table at the end of the run, by score.");
    ReportChart histogram;
    histogram.kind = ReportChart::Kind::Bars;
    histogram.id = QStringLiteral("score-bands");
    histogram.title = RunDocument::tr("Keys by reputation score");
    histogram.yTitle = RunDocument::tr("keys");
    histogram.series = {RunDocument::tr("Keys")};
    histogram.colors = {kAllowed};
    histogram.values = {{}};
    // Bands of ten points, as the period report draws them: twenty bars leave no room for their labels.
    constexpr int kBinsPerBand = 2;
    constexpr int kBandPoints = 100 / engine::kHistogramBins * kBinsPerBand;
    for (int band = 0; band < engine::kHistogramBins / kBinsPerBand; ++band) {
        histogram.categories << QStringLiteral("%1–%2").arg(band * kBandPoints).arg(band * kBandPoints + kBandPoints);
        double keys = 0;
        for (int bin = band * kBinsPerBand; bin < (band + 1) * kBinsPerBand; ++bin) {
            keys += static_cast<double>(s.histogram[static_cast<std::size_t>(bin)]);
        }
        histogram.values[0] << keys;
    }
    section.charts << histogram;
    ReportTable tiers;
    tiers.id = QStringLiteral("keys-by-tier");
    tiers.title = RunDocument::tr("Keys by tier");
    tiers.columns = {RunDocument::tr("Tier"), RunDocument::tr("Keys")};
    tiers.numeric = {false, true};
    for (int t = 0; t < engine::kReputationTierCount; ++t) {
        tiers.rows << QStringList{tierName(static_cast<engine::ReputationTier>(t)),
                                  count(l, s.tierCounts[static_cast<std::size_t>(t)])};
    }
    section.tables << tiers;
    return section;
}

ReportSection throttle(const engine::sim::ThrottleHistory& h, double runSeconds, const QLocale& l)
{
    ReportSection section;
    section.heading = RunDocument::tr("Throttle");
    ReportTable levels;
    levels.id = QStringLiteral("throttle-levels");
    levels.title = RunDocument::tr("Time at each level");
    levels.columns = {RunDocument::tr("Level"), RunDocument::tr("Time"), RunDocument::tr("Share")};
    levels.numeric = {false, true, true};
    for (int level = 0; level < engine::kThrottleLevelCount; ++level) {
        const double s = h.secondsInLevel[static_cast<std::size_t>(level)];
        levels.rows << QStringList{
            throttleName(static_cast<engine::ThrottleLevel>(level)), seconds(s),
            RunDocument::tr("%1 %").arg(l.toString(runSeconds > 0 ? 100.0 * s / runSeconds : 0.0, 'f', 2))};
    }
    ReportTable changes;
    changes.id = QStringLiteral("throttle-changes");
    changes.title = RunDocument::tr("Level changes");
    changes.columns = {RunDocument::tr("At"), RunDocument::tr("From"), RunDocument::tr("To"), RunDocument::tr("Set by"),
                       RunDocument::tr("Reason")};
    changes.numeric = {false, false, false, false, false};
    changes.empty = RunDocument::tr("The throttle did not change.");
    for (const engine::ThrottleTransition& t : h.transitions) {
        changes.rows << QStringList{PeriodDocument::moment(t.at, l), throttleName(t.from), throttleName(t.to),
                                    t.automatic ? RunDocument::tr("automatic") : QString::fromStdString(t.actor),
                                    localizedEngineText(t.reason)};
    }
    section.tables << levels << changes;
    return section;
}

ReportSection topDenied(const engine::Snapshot& s, const QLocale& l)
{
    ReportSection section;
    section.heading = RunDocument::tr("Most denied keys");
    ReportTable table;
    table.id = QStringLiteral("top-denied-keys");
    table.columns = {RunDocument::tr("Key"), RunDocument::tr("Denied")};
    table.numeric = {false, true};
    table.empty = RunDocument::tr("No request was denied.");
    const auto shown = std::min<std::size_t>(s.topDenied.size(), kTopKeys);
    for (std::size_t i = 0; i < shown; ++i) {
        table.rows << QStringList{QString::fromStdString(s.topDenied[i].key), count(l, s.topDenied[i].denied)};
    }
    section.tables << table;
    return section;
}

}  // namespace rundoc
}  // namespace

ReportOutput RunDocument::simulation(const engine::sim::SimulationSummary& s)
{
    using namespace rundoc;
    ReportOutput out;
    out.document =
        PeriodDocument::frame(tr("Sluice simulation report"),
                              tr("%1, seed %2, %3 of simulated traffic")
                                  .arg(QString::fromStdString(s.scenario),
                                       QLocale().toString(static_cast<qulonglong>(s.seed)), span(s.simulatedSeconds)),
                              QDateTime::currentDateTime());
    ReportDocument& d = out.document;
    const engine::Snapshot& snap = s.finalSnapshot;
    const Totals totals{snap.allowed, snap.denied, snap.activeKeys + snap.dormantKeys, s.wallSeconds,
                        s.simulatedSeconds};
    const Steps steps = trafficSteps(snap, s.simulatedSeconds);
    d.sections << keyFigures(totals, steps, snap, d.locale, {}) << traffic(steps, d.locale) << classes(s, d.locale)
               << routes(snap, d.locale) << reputation(snap, d.locale)
               << throttle(s.throttle, s.simulatedSeconds, d.locale) << topDenied(snap, d.locale);
    out.json = QByteArray::fromStdString(engine::sim::reportJson(s));
    return out;
}

ReportOutput RunDocument::replay(const engine::LogReplaySummary& s)
{
    using namespace rundoc;
    ReportOutput out;
    out.document = PeriodDocument::frame(tr("Sluice replay report"),
                                         tr("Access log %1 (%2 format, keyed by %3), %4 of traffic")
                                             .arg(QFileInfo(QString::fromStdString(s.log)).fileName(),
                                                  QString::fromStdString(s.format), QString::fromStdString(s.key),
                                                  span(s.run.simulatedSeconds)),
                                         QDateTime::currentDateTime());
    ReportDocument& d = out.document;
    const QLocale& l = d.locale;
    const engine::Snapshot& snap = s.run.finalSnapshot;
    const Totals totals{s.allowed, s.denied, snap.activeKeys + snap.dormantKeys, s.run.wallSeconds,
                        s.run.simulatedSeconds};
    const Steps steps = trafficSteps(snap, s.run.simulatedSeconds);
    const QList<QStringList> lines{{tr("Lines read"), count(l, s.linesRead)},
                                   {tr("Lines decided"), count(l, s.linesParsed)},
                                   {tr("Lines rejected"), count(l, s.linesRejected)}};
    ReportSection figures = keyFigures(totals, steps, snap, l, lines);
    if (!s.complete) {
        figures.text += QLatin1Char(' ') + tr("The replay was cancelled: this covers the lines read until then.");
    }
    d.sections << figures << traffic(steps, l) << routes(snap, l) << reputation(snap, l)
               << throttle(s.run.throttle, s.run.simulatedSeconds, l) << topDenied(snap, l);
    ReportSection rejected;
    rejected.heading = tr("Rejected lines");
    rejected.text = tr("%n line(s) could not be read as requests; the first ones:", nullptr,
                       static_cast<int>(std::min<std::uint64_t>(s.linesRejected, INT_MAX)));
    ReportTable table;
    table.id = QStringLiteral("rejected-lines");
    table.columns = {tr("Line"), tr("Reason"), tr("Text")};
    table.numeric = {true, false, false};
    table.empty = tr("Every line was read.");
    for (const engine::logs::RejectedLine& r : s.rejectedLines) {
        table.rows << QStringList{count(l, r.number), localizedEngineText(r.reason), QString::fromStdString(r.head)};
    }
    rejected.tables << table;
    d.sections << rejected;
    out.json = QByteArray::fromStdString(engine::logReplayReportJson(s));
    return out;
}

}  // namespace sluice::ui
