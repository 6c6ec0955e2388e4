// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::app {

// `sluice vip import <file.csv>` and `sluice vip export <file.csv>`: VIP assignments in and out of a database
// without a display, through the engine runtime, so an import is validated and committed exactly as the
// console would do it.
int runVip(int argc, char* argv[]);

}  // namespace sluice::app
