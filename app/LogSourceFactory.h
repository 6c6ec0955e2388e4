// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LogSourceSettings.h"

#include "core/Clock.h"
#include "runtime/EngineRuntime.h"
#include "traffic/TrafficSource.h"

#include <QString>

#include <memory>
#include <string>

namespace sluice::app {

// The one place the console turns an access log's settings into a running source: followed as it grows, or
// read once. Null with `error` saying what is wrong with the settings (an unknown format, a key that does not
// parse) or, for a log read once, why it cannot be opened; a followed file that cannot be read (yet) is the
// source's own error, shown in its state. `clock` is the runtime's.
std::unique_ptr<engine::TrafficSource> makeLogSource(engine::EngineRuntime& runtime, const engine::Clock& clock,
                                                     const ui::LogSourceSettings& settings, const std::string& id,
                                                     QString& error);

}  // namespace sluice::app
