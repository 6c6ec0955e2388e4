// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/ThrottleLoadText.h"

#include "Format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sluice::ui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("sluice::ui::SourcesPage", text); }

QString clockTime(engine::TimeNs at)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at / engine::kNsPerMs).time(), QLocale::LongFormat);
}
}  // namespace

QString loadSourceName(const engine::LoadSourceView& source)
{
    const QString what = QString::fromStdString(source.description);
    switch (source.kind) {
    case engine::LoadSourceKind::None:
        return tr("none (overrides only)");
    case engine::LoadSourceKind::Host:
        return what.isEmpty() ? tr("this host") : tr("this host (%1)").arg(what);
    case engine::LoadSourceKind::Prometheus:
        return tr("Prometheus at %1").arg(what);
    case engine::LoadSourceKind::Traffic:
        return what.isEmpty() ? tr("the traffic itself") : tr("the traffic itself (%1)").arg(what);
    case engine::LoadSourceKind::Modelled:
        return what.isEmpty() ? tr("the simulated backend") : tr("the simulated backend (%1)").arg(what);
    }
    return what;
}

QString throttleLoadText(const engine::LoadSourceView& source)
{
    const QString name = loadSourceName(source);
    if (source.kind == engine::LoadSourceKind::None) {
        return tr("Throttle load source: %1").arg(name);
    }
    QString text;
    if (!source.hasSample) {
        text = tr("Throttle load source: %1 · no sample yet").arg(name);
    } else {
        const engine::LoadSignals& s = source.sample;
        text = tr("Throttle load source: %1 · CPU %2, memory %3, %4 in flight or queued at %5")
                   .arg(name, formatPercent(s.cpuPercent / 100.0), formatPercent(s.memoryPercent / 100.0),
                        formatNumber(s.concurrency), clockTime(source.sampleAt));
    }
    if (source.holding && !source.lastError.empty()) {
        text += QLatin1Char('\n') + tr("Holding the level: %1").arg(QString::fromStdString(source.lastError));
    }
    return text;
}

}  // namespace sluice::ui
