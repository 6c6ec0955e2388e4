// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::app {

// `sluice detect --series FILE.csv [--out FILE.csv]`: scores a metric series (timestamp,value, the Numenta
// Anomaly Benchmark format) with the engine's anomaly detector and writes timestamp,value,score,alert per row.
// Streaming: each row is scored from the rows before it, so appending rows never changes earlier scores.
// Needs no display.
int runDetect(int argc, char* argv[]);

}  // namespace sluice::app
