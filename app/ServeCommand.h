// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::app {

// `sluice serve`: the engine, the HTTP check API and /metrics without a display. SIGTERM or SIGINT stops taking
// requests, writes a final checkpoint and exits 0; SIGHUP reads the --config file again and applies what changed
// as audited admin commands. Logs to standard error, one line per event.
int runServe(int argc, char* argv[]);

}  // namespace sluice::app
