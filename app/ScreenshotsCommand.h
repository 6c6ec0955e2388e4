// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::app {

// `sluice screenshots`: warms the engine with simulated traffic and renders every page offscreen to PNG.
int runScreenshots(int argc, char* argv[]);

}  // namespace sluice::app
