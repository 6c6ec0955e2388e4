// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/SourceText.h"

#include "Format.h"

#include <QCoreApplication>

namespace sluice::ui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("sluice::ui::SourcesPage", text); }
}  // namespace

QString sourceKindName(engine::SourceKind kind)
{
    switch (kind) {
    case engine::SourceKind::Simulation:
        return tr("Simulation");
    case engine::SourceKind::LogTail:
        return tr("Followed log");
    case engine::SourceKind::LogReplay:
        return tr("Replayed log");
    case engine::SourceKind::HttpListener:
        return tr("HTTP listener");
    }
    return {};
}

QString sourceStateName(const engine::SourceState& state)
{
    if (!state.lastError.empty()) {
        return tr("Error");
    }
    if (state.paused) {
        return tr("Paused");
    }
    if (state.running) {
        return tr("Running");
    }
    if (state.progress >= 1.0) {
        return tr("Finished");
    }
    return state.name.empty() ? tr("Idle") : tr("Stopped");
}

QString sourceRateText(engine::SourceKind kind, double perSecond)
{
    const QString number = formatNumber(perSecond, perSecond < 10 ? 1 : 0);
    return readsLines(kind) ? tr("%1 lines/s").arg(number) : tr("%1 requests/s").arg(number);
}

bool readsLines(engine::SourceKind kind)
{
    return kind == engine::SourceKind::LogTail || kind == engine::SourceKind::LogReplay;
}

}  // namespace sluice::ui
