// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/ThrottleLoadText.h"

#include "Format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sluice::ui {

namespace {
// Texts of the page they appear on, so they are translated there.
struct LoadText {
    Q_DECLARE_TR_FUNCTIONS(sluice::ui::SourcesPage)
};

QString sampleClockTime(engine::TimeNs at)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at / engine::kNsPerMs).time(), QLocale::LongFormat);
}
}  // namespace

QString loadSourceName(const engine::LoadSourceView& source)
{
    const QString what = QString::fromStdString(source.description);
    switch (source.kind) {
    case engine::LoadSourceKind::None:
        return LoadText::tr("none (overrides only)");
    case engine::LoadSourceKind::Host:
        return what.isEmpty() ? LoadText::tr("this host") : LoadText::tr("this host (%1)").arg(what);
    case engine::LoadSourceKind::Prometheus:
        return LoadText::tr("Prometheus at %1").arg(what);
    case engine::LoadSourceKind::Traffic:
        return what.isEmpty() ? LoadText::tr("the traffic itself") : LoadText::tr("the traffic itself (%1)").arg(what);
    case engine::LoadSourceKind::Modelled:
        return what.isEmpty() ? LoadText::tr("the simulated backend")
                              : LoadText::tr("the simulated backend (%1)").arg(what);
    }
    return what;
}

QString throttleLoadText(const engine::LoadSourceView& source)
{
    const QString name = loadSourceName(source);
    if (source.kind == engine::LoadSourceKind::None) {
        return LoadText::tr("Throttle load source: %1").arg(name);
    }
    QString text;
    if (!source.hasSample) {
        text = LoadText::tr("Throttle load source: %1 · no sample yet").arg(name);
    } else {
        const engine::LoadSignals& s = source.sample;
        text = LoadText::tr("Throttle load source: %1 · CPU %2, memory %3, %4 in flight or queued at %5")
                   .arg(name, formatPercent(s.cpuPercent / 100.0), formatPercent(s.memoryPercent / 100.0),
                        formatNumber(s.concurrency), sampleClockTime(source.sampleAt));
    }
    if (source.holding && !source.lastError.empty()) {
        text += QLatin1Char('\n') + LoadText::tr("Holding the level: %1").arg(QString::fromStdString(source.lastError));
    }
    return text;
}

}  // namespace sluice::ui
