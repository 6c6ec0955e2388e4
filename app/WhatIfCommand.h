// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::app {

// `sluice whatif`: runs one scenario's traffic under two configurations side by side and writes the comparison.
// Needs no display.
int runWhatIf(int argc, char* argv[]);

}  // namespace sluice::app
