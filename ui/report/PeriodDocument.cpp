// SPDX-License-Identifier: Apache-2.0
#include "report/PeriodDocument.h"

#include "EngineTextTranslator.h"
#include "Format.h"
#include "history/AdminActionText.h"
#include "pages/anomalies/AnomalyText.h"
#include "pages/notifications/NotificationText.h"

#include "core/AnomalyNames.h"

#include <QTimeZone>

#include <algorithm>

namespace sluice::ui {

namespace {

using engine::report::PeriodReport;

// Reports are read on white paper whatever the console's palette.
const QColor kAllowedColor(0x2f, 0x6f, 0xb5);
const QColor kDeniedColor(0xd0, 0x45, 0x3c);
const QColor kThrottleColor(0xd9, 0x82, 0x1e);

qint64 ms(engine::TimeNs t) { return engine::toUnixMs(t); }

QString count(const QLocale& locale, std::uint64_t n) { return locale.toString(static_cast<qulonglong>(n)); }
QString percent(const QLocale& locale, double value)
{
    return PeriodDocument::tr("%1 %").arg(locale.toString(value, 'f', 2));
}

QString throttleLevelWords(const std::string& stored)
{
    engine::ThrottleLevel level = engine::ThrottleLevel::None;
    return engine::parseThrottleLevel(stored, level) ? throttleName(level) : QString::fromStdString(stored);
}

QString vipChangeWords(const std::string& kind)
{
    if (kind == "vip_assigned") {
        return PeriodDocument::tr("Assigned");
    }
    if (kind == "vip_revoked") {
        return PeriodDocument::tr("Revoked");
    }
    if (kind == "vip_expired") {
        return PeriodDocument::tr("Expired");
    }
    return QString::fromStdString(kind);
}

QString stepWords(engine::TimeNs step) { return formatSpan(engine::toUnixMs(step)); }

ReportSection keyFigures(const PeriodReport& r, const QLocale& l)
{
    ReportSection s;
    s.heading = PeriodDocument::tr("Key figures");
    s.text = PeriodDocument::tr("%1 requests were decided in this period; %2 of them were denied.")
                 .arg(count(l, r.allowed + r.denied), percent(l, r.deniedPercent()));
    ReportTable t;
    t.id = QStringLiteral("kpis");
    t.columns = {PeriodDocument::tr("Figure"), PeriodDocument::tr("Value")};
    t.numeric = {false, true};
    std::uint64_t notifications = 0;
    for (const auto& n : r.notificationsByType) {
        notifications += n.count;
    }
    t.rows = {
        {PeriodDocument::tr("Requests"), count(l, r.allowed + r.denied)},
        {PeriodDocument::tr("Allowed"), count(l, r.allowed)},
        {PeriodDocument::tr("Denied"), count(l, r.denied)},
        {PeriodDocument::tr("Denied share"), percent(l, r.deniedPercent())},
        {PeriodDocument::tr("Busiest second (requests)"), count(l, r.peakPerSecond)},
        {PeriodDocument::tr("Busiest second (denials)"), count(l, r.peakDeniedPerSecond)},
        {PeriodDocument::tr("Minutes with traffic"), count(l, r.minutesWithTraffic)},
        {PeriodDocument::tr("Violations"), count(l, r.violations)},
        {PeriodDocument::tr("Anomaly alerts"), count(l, r.alerts.size())},
        {PeriodDocument::tr("Notifications"), count(l, notifications)},
        {PeriodDocument::tr("Admin changes"), count(l, r.auditTotal)},
    };
    s.tables << t;
    return s;
}

ReportSection traffic(const PeriodReport& r, const QLocale& l)
{
    ReportSection s;
    s.heading = PeriodDocument::tr("Traffic and denials");
    s.text = PeriodDocument::tr("Requests allowed and denied, counted per %1.").arg(stepWords(r.step));
    ReportChart chart;
    chart.id = QStringLiteral("traffic");
    chart.title = PeriodDocument::tr("Allowed and denied requests");
    chart.yTitle = PeriodDocument::tr("requests per %1").arg(stepWords(r.step));
    chart.series = {PeriodDocument::tr("Allowed"), PeriodDocument::tr("Denied")};
    chart.colors = {kAllowedColor, kDeniedColor};
    chart.values = {{}, {}};
    ReportTable points;
    points.id = QStringLiteral("traffic");
    points.columns = {PeriodDocument::tr("Start"), PeriodDocument::tr("Allowed"), PeriodDocument::tr("Denied")};
    points.numeric = {false, true, true};
    points.dataOnly = true;
    for (const PeriodReport::TrafficPoint& p : r.traffic) {
        chart.times << ms(p.start);
        chart.values[0] << static_cast<double>(p.allowed);
        chart.values[1] << static_cast<double>(p.denied);
        points.rows << QStringList{PeriodDocument::moment(p.start, l), count(l, p.allowed), count(l, p.denied)};
    }
    s.charts << chart;
    ReportTable tiers;
    tiers.id = QStringLiteral("tiers");
    tiers.title = PeriodDocument::tr("Decisions by reputation tier");
    tiers.columns = {PeriodDocument::tr("Tier"), PeriodDocument::tr("Allowed"), PeriodDocument::tr("Denied"),
                     PeriodDocument::tr("Denied share")};
    tiers.numeric = {false, true, true, true};
    for (int t = 0; t < engine::kReputationTierCount; ++t) {
        const auto i = static_cast<std::size_t>(t);
        const std::uint64_t all = r.allowedByTier[i] + r.deniedByTier[i];
        tiers.rows << QStringList{
            tierName(static_cast<engine::ReputationTier>(t)), count(l, r.allowedByTier[i]), count(l, r.deniedByTier[i]),
            percent(l, all == 0 ? 0.0 : 100.0 * static_cast<double>(r.deniedByTier[i]) / static_cast<double>(all))};
    }
    s.tables << tiers << points;
    return s;
}

ReportSection reputation(const PeriodReport& r, const QLocale& l)
{
    ReportSection s;
    s.heading = PeriodDocument::tr("Reputation");
    s.text = PeriodDocument::tr("Scores as the database holds them now; tier changes within the period.");
    ReportChart histogram;
    histogram.kind = ReportChart::Kind::Bars;
    histogram.id = QStringLiteral("score-bands");
    histogram.title = PeriodDocument::tr("Keys by reputation score");
    histogram.yTitle = PeriodDocument::tr("keys");
    histogram.series = {PeriodDocument::tr("Keys")};
    histogram.colors = {kAllowedColor};
    histogram.values = {{}};
    for (std::size_t band = 0; band < r.scoreBands.size(); ++band) {
        histogram.categories << QStringLiteral("%1–%2").arg(band * 10).arg(band * 10 + 10);
        histogram.values[0] << static_cast<double>(r.scoreBands[band]);
    }
    s.charts << histogram;
    ReportTable tiers;
    tiers.id = QStringLiteral("keys-by-tier");
    tiers.title = PeriodDocument::tr("Keys by tier");
    tiers.columns = {PeriodDocument::tr("Tier"), PeriodDocument::tr("Keys")};
    tiers.numeric = {false, true};
    for (int t = 0; t < engine::kReputationTierCount; ++t) {
        tiers.rows << QStringList{tierName(static_cast<engine::ReputationTier>(t)),
                                  count(l, r.keysByTier[static_cast<std::size_t>(t)])};
    }
    ReportTable moves;
    moves.id = QStringLiteral("tier-changes");
    moves.title = PeriodDocument::tr("Tier changes");
    moves.columns = {PeriodDocument::tr("From"), PeriodDocument::tr("To"), PeriodDocument::tr("Keys")};
    moves.numeric = {false, false, true};
    moves.empty = PeriodDocument::tr("No key changed its tier.");
    for (const auto& move : r.tierMoves) {
        moves.rows << QStringList{tierName(move.from), tierName(move.to), count(l, move.keys)};
    }
    s.tables << tiers << moves;
    return s;
}

ReportSection throttle(const PeriodReport& r, const QLocale& l)
{
    ReportSection s;
    s.heading = PeriodDocument::tr("Throttle");
    ReportChart timeline;
    timeline.id = QStringLiteral("throttle");
    timeline.title = PeriodDocument::tr("Throttle multiplier");
    timeline.yTitle = PeriodDocument::tr("lowest in each %1").arg(stepWords(r.step));
    timeline.series = {PeriodDocument::tr("Multiplier")};
    timeline.colors = {kThrottleColor};
    timeline.values = {{}};
    // The lowest multiplier in force during each step of the traffic chart (so both share their time axis): a
    // minute at critical inside a ten-minute step still shows.
    for (const PeriodReport::TrafficPoint& p : r.traffic) {
        double lowest = 1.0;
        for (const auto& period : r.throttle) {
            const bool overlaps = period.start < p.start + r.step && (period.end == 0 || period.end > p.start);
            if (overlaps) {
                lowest = std::min(lowest, period.multiplier);
            }
        }
        timeline.times << ms(p.start);
        timeline.values[0] << lowest;
    }
    s.charts << timeline;
    ReportTable levels;
    levels.id = QStringLiteral("throttle-levels");
    levels.title = PeriodDocument::tr("Time at each level");
    levels.columns = {PeriodDocument::tr("Level"), PeriodDocument::tr("Time"), PeriodDocument::tr("Share")};
    levels.numeric = {false, true, true};
    const double span = static_cast<double>(r.to - r.from) / static_cast<double>(engine::kNsPerSec);
    double recorded = 0;
    const auto row = [&](const QString& name, double seconds) {
        levels.rows << QStringList{name, formatDuration(static_cast<qint64>(seconds * 1000.0)),
                                   percent(l, span > 0 ? 100.0 * seconds / span : 0.0)};
    };
    for (int level = 0; level < engine::kThrottleLevelCount; ++level) {
        const double seconds = r.secondsAtLevel[static_cast<std::size_t>(level)];
        recorded += seconds;
        row(throttleName(static_cast<engine::ThrottleLevel>(level)), seconds);
    }
    // The engine was not running (or kept no database) for the rest of the period.
    row(PeriodDocument::tr("Not recorded"), std::max(0.0, span - recorded));
    ReportTable periods;
    periods.id = QStringLiteral("throttle-periods");
    periods.title = PeriodDocument::tr("Throttle periods");
    periods.columns = {PeriodDocument::tr("Start"), PeriodDocument::tr("End"), PeriodDocument::tr("Level"),
                       PeriodDocument::tr("Set by"), PeriodDocument::tr("Reason")};
    periods.numeric = {false, false, false, false, false};
    periods.empty = PeriodDocument::tr("The throttle did not change.");
    for (const auto& p : r.throttle) {
        periods.rows << QStringList{PeriodDocument::moment(p.start, l),
                                    p.end == 0 ? PeriodDocument::tr("in force") : PeriodDocument::moment(p.end, l),
                                    throttleLevelWords(p.level),
                                    p.automatic ? PeriodDocument::tr("automatic") : QString::fromStdString(p.actor),
                                    localizedEngineText(p.reason)};
    }
    s.tables << levels << periods;
    return s;
}

ReportSection alerts(const PeriodReport& r, const QLocale& l)
{
    ReportSection s;
    s.heading = PeriodDocument::tr("Anomaly alerts");
    ReportTable t;
    t.id = QStringLiteral("alerts");
    t.columns = {PeriodDocument::tr("Alert"),     PeriodDocument::tr("Kind"),  PeriodDocument::tr("Metric"),
                 PeriodDocument::tr("Started"),   PeriodDocument::tr("Ended"), PeriodDocument::tr("State"),
                 PeriodDocument::tr("Confidence")};
    t.numeric = {true, false, false, false, false, false, true};
    t.empty = PeriodDocument::tr("No anomaly alert in this period.");
    for (const auto& a : r.alerts) {
        const auto kind = engine::parseAnomalyKind(a.kind);
        const auto state = engine::parseAlertState(a.state);
        t.rows << QStringList{count(l, a.id),
                              kind ? anomalyKindName(*kind) : QString::fromStdString(a.kind),
                              metricName(a.metric),
                              PeriodDocument::moment(a.start, l),
                              a.end == 0 ? PeriodDocument::tr("open") : PeriodDocument::moment(a.end, l),
                              state ? alertStateName(*state) : QString::fromStdString(a.state),
                              percent(l, a.confidence * 100.0)};
    }
    s.tables << t;
    return s;
}

ReportSection notifications(const PeriodReport& r, const QLocale& l)
{
    ReportSection s;
    s.heading = PeriodDocument::tr("Notifications");
    ReportTable types;
    types.id = QStringLiteral("notifications-by-type");
    types.title = PeriodDocument::tr("By type");
    types.columns = {PeriodDocument::tr("Type"), PeriodDocument::tr("Notifications")};
    types.numeric = {false, true};
    types.empty = PeriodDocument::tr("No notification in this period.");
    for (const auto& n : r.notificationsByType) {
        types.rows << QStringList{notificationTypeName(QString::fromStdString(n.name)), count(l, n.count)};
    }
    ReportTable severities;
    severities.id = QStringLiteral("notifications-by-severity");
    severities.title = PeriodDocument::tr("By severity");
    severities.columns = {PeriodDocument::tr("Severity"), PeriodDocument::tr("Notifications")};
    severities.numeric = {false, true};
    for (std::size_t i = 0; i < r.notificationsBySeverity.size(); ++i) {
        severities.rows << QStringList{severityName(static_cast<int>(i)), count(l, r.notificationsBySeverity[i].count)};
    }
    ReportTable deliveries;
    deliveries.id = QStringLiteral("deliveries");
    deliveries.title = PeriodDocument::tr("Deliveries");
    deliveries.columns = {PeriodDocument::tr("Channel"), PeriodDocument::tr("State"), PeriodDocument::tr("Deliveries")};
    deliveries.numeric = {false, false, true};
    deliveries.empty = PeriodDocument::tr("Nothing was delivered.");
    for (const auto& d : r.deliveries) {
        deliveries.rows << QStringList{channelName(QString::fromStdString(d.channel)),
                                       deliveryStateName(QString::fromStdString(d.state)), count(l, d.count)};
    }
    s.tables << types << severities << deliveries;
    return s;
}

ReportSection changes(const PeriodReport& r, const QLocale& l)
{
    ReportSection s;
    s.heading = PeriodDocument::tr("VIP and flag changes");
    ReportTable vip;
    vip.id = QStringLiteral("vip-changes");
    vip.title = PeriodDocument::tr("VIP changes");
    vip.columns = {PeriodDocument::tr("When"), PeriodDocument::tr("Key"), PeriodDocument::tr("Change"),
                   PeriodDocument::tr("Tier")};
    vip.numeric = {false, false, false, false};
    vip.empty = PeriodDocument::tr("No VIP assignment changed.");
    for (const auto& v : r.vipChanges) {
        vip.rows << QStringList{PeriodDocument::moment(v.at, l), QString::fromStdString(v.key), vipChangeWords(v.kind),
                                QString::fromStdString(v.tier)};
    }
    ReportTable flags;
    flags.id = QStringLiteral("flag-changes");
    flags.title = PeriodDocument::tr("Feature flag changes");
    flags.columns = {PeriodDocument::tr("When"), PeriodDocument::tr("Flag"), PeriodDocument::tr("Change"),
                     PeriodDocument::tr("By"), PeriodDocument::tr("Reason")};
    flags.numeric = {false, false, false, false, false};
    flags.empty = PeriodDocument::tr("No feature flag changed.");
    for (const auto& f : r.flagChanges) {
        flags.rows << QStringList{PeriodDocument::moment(f.at, l), QString::fromStdString(f.target),
                                  adminActionWords(QString::fromStdString(f.action)), QString::fromStdString(f.actor),
                                  QString::fromStdString(f.reason)};
    }
    s.tables << vip << flags;
    return s;
}

ReportSection topDenied(const PeriodReport& r, const QLocale& l)
{
    ReportSection s;
    s.heading = PeriodDocument::tr("Top denied keys");
    s.text = PeriodDocument::tr("The keys that went over their limit most often (one violation per penalty window).");
    ReportTable t;
    t.id = QStringLiteral("top-denied-keys");
    t.columns = {PeriodDocument::tr("Key"), PeriodDocument::tr("Violations"), PeriodDocument::tr("Worst severity"),
                 PeriodDocument::tr("Tier now")};
    t.numeric = {false, true, true, false};
    t.empty = PeriodDocument::tr("No key went over its limit.");
    for (const auto& k : r.topDenied) {
        t.rows << QStringList{QString::fromStdString(k.key), count(l, k.violations), l.toString(k.worstSeverity),
                              tierName(k.tier)};
    }
    s.tables << t;
    return s;
}

ReportSection audit(const PeriodReport& r, const QLocale& l)
{
    ReportSection s;
    s.heading = PeriodDocument::tr("Audit summary");
    s.text = PeriodDocument::tr("%1, made by %2.")
                 .arg(PeriodDocument::tr("%n admin change(s)", nullptr, static_cast<int>(r.auditTotal)),
                      PeriodDocument::tr("%n account(s)", nullptr, static_cast<int>(r.auditActors)));
    ReportTable t;
    t.id = QStringLiteral("audit");
    t.columns = {PeriodDocument::tr("Action"), PeriodDocument::tr("Changes")};
    t.numeric = {false, true};
    t.empty = PeriodDocument::tr("No admin change in this period.");
    for (const auto& a : r.auditByAction) {
        t.rows << QStringList{adminActionWords(QString::fromStdString(a.name)), count(l, a.count)};
    }
    s.tables << t;
    return s;
}

}  // namespace

QString PeriodDocument::moment(engine::TimeNs at, const QLocale& locale)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms(at));
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(local.time(), QLocale::ShortFormat);
}

QString PeriodDocument::periodText(engine::TimeNs from, engine::TimeNs to, const QLocale& locale)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(ms(from));
    return tr("%1 – %2 (%3)").arg(moment(from, locale), moment(to, locale), start.timeZoneAbbreviation());
}

ReportDocument PeriodDocument::frame(const QString& title, const QString& period, const QDateTime& generated)
{
    ReportDocument d;
    d.locale = QLocale();
    d.title = title;
    d.period = period;
    d.generated = tr("Generated %1 by Sluice %2")
                      .arg(moment(engine::fromUnixMs(generated.toMSecsSinceEpoch()), d.locale),
                           QCoreApplication::applicationVersion());
    d.pageWord = tr("Page %1 of %2");
    return d;
}

ReportDocument PeriodDocument::build(const PeriodReport& report, const QDateTime& generated)
{
    ReportDocument d = frame(tr("Sluice operations report"), periodText(report.from, report.to, QLocale()), generated);
    const QLocale& l = d.locale;
    d.sections << keyFigures(report, l) << traffic(report, l) << reputation(report, l) << throttle(report, l)
               << alerts(report, l) << notifications(report, l) << changes(report, l) << topDenied(report, l)
               << audit(report, l);
    return d;
}

}  // namespace sluice::ui
