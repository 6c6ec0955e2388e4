// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/SourceText.h"

#include "Format.h"

#include <QCoreApplication>

namespace sluice::ui {

namespace {
// Texts of the page they appear on, so they are translated there.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sluice::ui::SourcesPage)
};
}  // namespace

QString sourceKindName(engine::SourceKind kind)
{
    switch (kind) {
    case engine::SourceKind::Simulation:
        return Text::tr("Simulation");
    case engine::SourceKind::LogTail:
        return Text::tr("Followed log");
    case engine::SourceKind::LogReplay:
        return Text::tr("Replayed log");
    case engine::SourceKind::HttpListener:
        return Text::tr("HTTP listener");
    }
    return {};
}

QString sourceStateName(const engine::SourceState& state)
{
    if (!state.lastError.empty()) {
        return Text::tr("Error");
    }
    if (state.paused) {
        return Text::tr("Paused");
    }
    if (state.running) {
        return Text::tr("Running");
    }
    if (state.progress >= 1.0) {
        return Text::tr("Finished");
    }
    return state.name.empty() ? Text::tr("Idle") : Text::tr("Stopped");
}

QString sourceRateText(engine::SourceKind kind, double perSecond)
{
    const QString number = formatNumber(perSecond, perSecond < 10 ? 1 : 0);
    return readsLines(kind) ? Text::tr("%1 lines/s").arg(number) : Text::tr("%1 requests/s").arg(number);
}

bool readsLines(engine::SourceKind kind)
{
    return kind == engine::SourceKind::LogTail || kind == engine::SourceKind::LogReplay;
}

}  // namespace sluice::ui
