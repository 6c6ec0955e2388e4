// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::app {

// `sluice` with no command: the console window on its embedded default (the user's database and the
// normal-day scenario in real time).
int runConsole(int argc, char* argv[]);

}  // namespace sluice::app
