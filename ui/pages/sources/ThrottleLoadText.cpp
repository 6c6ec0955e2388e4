// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/ThrottleLoadText.h"

#include "Format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace sluice::ui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("sluice::ui::SourcesPage", text); }
}  // namespace

QString throttleLoadSourceName(const engine::Snapshot& snapshot, const QList<engine::SourceState>& sources)
{
    Q_UNUSED(snapshot);  // the engine's own word on its load source goes here once the snapshot carries it
    const bool simulating = std::any_of(sources.begin(), sources.end(), [](const engine::SourceState& s) {
        return s.kind == engine::SourceKind::Simulation && s.running;
    });
    return simulating ? tr("the simulated backend") : QString();
}

QString throttleLoadText(const engine::Snapshot& snapshot, const QList<engine::SourceState>& sources)
{
    const engine::ThrottleView& throttle = snapshot.throttle;
    QString source = throttleLoadSourceName(snapshot, sources);
    if (source.isEmpty()) {
        source = tr("not reported");
    }
    if (!throttle.hasSignals) {
        return tr("Throttle load source: %1 · no sample yet").arg(source);
    }
    const QString at = QLocale().toString(QDateTime::fromMSecsSinceEpoch(throttle.signalsAt / engine::kNsPerMs).time(),
                                          QLocale::LongFormat);
    return tr("Throttle load source: %1 · CPU %2, memory %3, %4 in flight or queued at %5")
        .arg(source, formatPercent(throttle.load.cpuPercent / 100.0),
             formatPercent(throttle.load.memoryPercent / 100.0), formatNumber(throttle.load.concurrency), at);
}

}  // namespace sluice::ui
