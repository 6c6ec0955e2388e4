// SPDX-License-Identifier: Apache-2.0
#include "LogSourceFactory.h"

#include <QCoreApplication>

namespace sluice::app {

std::unique_ptr<engine::TrafficSource> makeLogSource(engine::EngineRuntime& runtime, const engine::Clock& clock,
                                                     const ui::LogSourceSettings& settings, const std::string& id,
                                                     QString& error)
{
    Q_UNUSED(runtime);
    Q_UNUSED(clock);
    Q_UNUSED(settings);
    Q_UNUSED(id);
    error = QCoreApplication::translate("sluice::app::EngineHost", "This build cannot read access logs.");
    return nullptr;
}

}  // namespace sluice::app
