// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::app {

// `sluice simulate`: runs a scenario headless and writes a JSON report. Needs no display.
int runSimulate(int argc, char* argv[]);

}  // namespace sluice::app
