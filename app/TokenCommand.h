// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::app {

// `sluice token create NAME [--scope check|read|admin]`, `sluice token revoke NAME` and `sluice token list`:
// the bearer tokens of the HTTP API, without a display. Works beside a running `sluice serve`, which picks the
// change up within a second. A new token is printed once; only its salted hash is stored.
int runToken(int argc, char* argv[]);

}  // namespace sluice::app
