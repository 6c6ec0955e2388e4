// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::app {

class AppSettings;
class EngineHost;

// Keeps the console's check API across restarts: its address is offered from `settings` at once, the
// listener starts with the engine when it was on, and from then on every Start and Stop is written back.
// A read-only console starts none (it answers no checks; the server writing the database does).
void keepHttpListener(EngineHost& host, AppSettings& settings);

}  // namespace sluice::app
