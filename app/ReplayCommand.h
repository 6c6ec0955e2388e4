// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::app {

// `sluice replay`: decides an access log (plain or .gz) headless, at its own timing or as fast as possible, and
// writes a JSON report. Needs no display.
int runReplay(int argc, char* argv[]);

}  // namespace sluice::app
