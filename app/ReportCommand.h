// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::app {

// `sluice report --db FILE (--from T [--to T] | --last D) --out FILE.(pdf|html|csv|json)`: the operations
// report of a period, written without a window.
int runReport(int argc, char* argv[]);

}  // namespace sluice::app
