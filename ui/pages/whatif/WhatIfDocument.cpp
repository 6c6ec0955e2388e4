// SPDX-License-Identifier: Apache-2.0
#include "pages/whatif/WhatIfDocument.h"

#include "Format.h"
#include "pages/whatif/WhatIfAnswer.h"
#include "pages/whatif/WhatIfText.h"
#include "report/PeriodDocument.h"

#include "whatif/WhatIfReport.h"

#include <QDateTime>
#include <QFileInfo>

namespace sluice::ui {

namespace {
// Side A and side B, on paper as on the page.
const QColor kColorA(0x2f, 0x6f, 0xb5);
const QColor kColorB(0xd0, 0x45, 0x3c);
}  // namespace

ReportOutput WhatIfDocument::build(const engine::whatif::WhatIfResult& result)
{
    ReportOutput out;
    const bool replay = !result.log.empty();
    const QLocale locale;
    out.document = PeriodDocument::frame(tr("Sluice what-if report"),
                                         replay ? tr("Access log %1, %2 of traffic")
                                                      .arg(QFileInfo(QString::fromStdString(result.log)).fileName(),
                                                           formatSpan(engine::toUnixMs(result.duration)))
                                                : tr("%1, seed %2, %3 of simulated traffic")
                                                      .arg(QString::fromStdString(result.scenario),
                                                           locale.toString(static_cast<qulonglong>(result.seed)),
                                                           formatSpan(engine::toUnixMs(result.duration))),
                                         QDateTime::currentDateTime());
    ReportDocument& d = out.document;

    ReportSection verdict;
    verdict.heading = tr("Verdict");
    verdict.text = WhatIfText::verdict(result) + QLatin1Char(' ') +
                   (replay ? tr("Both configurations judged the same %1 requests of %2 lines read (%3 rejected).")
                                 .arg(d.locale.toString(static_cast<qulonglong>(result.requests)),
                                      d.locale.toString(static_cast<qulonglong>(result.linesRead)),
                                      d.locale.toString(static_cast<qulonglong>(result.linesRejected)))
                           : tr("Both configurations judged the same %1 requests; %n fault(s) were injected into "
                                "the modelled backend.",
                                nullptr, static_cast<int>(result.faults.faults().size()))
                                 .arg(d.locale.toString(static_cast<qulonglong>(result.requests))));
    ReportTable figures;
    figures.id = QStringLiteral("figures");
    figures.columns = {tr("Figure"), QStringLiteral("A"), QStringLiteral("B"), tr("B − A")};
    figures.numeric = {false, true, true, true};
    for (const WhatIfAnswer::Figure& f : WhatIfAnswer::figuresOf(result, false)) {
        figures.rows << QStringList{f.name, WhatIfAnswer::valueText(f, f.a), WhatIfAnswer::valueText(f, f.b),
                                    WhatIfAnswer::changeText(f)};
    }
    verdict.tables << figures;
    d.sections << verdict;
    if (replay) {
        ReportSection keys;
        keys.heading = tr("Keys treated differently");
        keys.text =
            tr("%n key(s) of %1 are denied a different number of times by B than by A; the most changed:", nullptr,
               static_cast<int>(result.keysChanged))
                .arg(d.locale.toString(static_cast<qulonglong>(result.keysSeen)));
        ReportTable changed;
        changed.id = QStringLiteral("changed-keys");
        changed.columns = {tr("Key"), tr("Requests"), tr("Denied by A"), tr("Denied by B")};
        changed.numeric = {false, true, true, true};
        changed.empty = tr("A and B treat every key alike.");
        for (const engine::whatif::KeyChange& k : result.keyChanges) {
            changed.rows << QStringList{QString::fromStdString(k.key),
                                        d.locale.toString(static_cast<qulonglong>(k.requests)),
                                        d.locale.toString(static_cast<qulonglong>(k.denied[0])),
                                        d.locale.toString(static_cast<qulonglong>(k.denied[1]))};
        }
        keys.tables << changed;
        d.sections << keys;
    }

    ReportSection overTime;
    overTime.heading = tr("Over time");
    ReportChart chart;
    chart.id = QStringLiteral("denied");
    chart.title = tr("Denied requests per second");
    chart.yTitle = tr("per second");
    chart.series = {tr("A denied"), tr("B denied"), tr("A legitimate denied"), tr("B legitimate denied")};
    chart.colors = {kColorA, kColorB, kColorA.lighter(150), kColorB.lighter(150)};
    chart.values = {{}, {}, {}, {}};
    const double seconds = static_cast<double>(result.interval) / static_cast<double>(engine::kNsPerSec);
    const std::size_t points = std::min(result.sides[0].timeline.size(), result.sides[1].timeline.size());
    ReportTable timeline;
    timeline.id = QStringLiteral("timeline");
    timeline.dataOnly = true;
    timeline.columns = {tr("Start"), tr("A denied"), tr("B denied"), tr("A legitimate denied"),
                        tr("B legitimate denied")};
    timeline.numeric = {false, true, true, true, true};
    for (std::size_t i = 0; i < points && seconds > 0; ++i) {
        const engine::TimeNs at = result.start + static_cast<engine::TimeNs>(i) * result.interval;
        chart.times << engine::toUnixMs(at);
        QStringList row{PeriodDocument::moment(at, d.locale)};
        for (int s = 0; s < engine::whatif::kSides; ++s) {
            const auto& p = result.sides[static_cast<std::size_t>(s)].timeline[i];
            chart.values[s] << static_cast<double>(p.denied) / seconds;
            chart.values[s + 2] << static_cast<double>(p.legitimateDenied) / seconds;
        }
        for (const auto& p :
             {result.sides[0].timeline[i].denied, result.sides[1].timeline[i].denied,
              result.sides[0].timeline[i].legitimateDenied, result.sides[1].timeline[i].legitimateDenied}) {
            row << d.locale.toString(static_cast<qulonglong>(p));
        }
        timeline.rows << row;
    }
    overTime.charts << chart;
    overTime.tables << timeline;
    d.sections << overTime;
    out.json = QByteArray::fromStdString(engine::whatif::whatIfJson(result));
    return out;
}

}  // namespace sluice::ui
