// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::app {

class AppSettings;
class EngineHost;

// Keeps the access logs the console follows across restarts: once the engine has started they are added
// again from `settings`, and from then on every change to the sources is written back. Logs read once (a
// replay) are not kept: they would be read again from the start. A read-only console adds none.
void keepLogSources(EngineHost& host, AppSettings& settings);

}  // namespace sluice::app
