// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::app {

// `sluice flags eval --state <flags.json> (--toggle <name> [--context <json>] | --cases <cases.jsonl>)`
// evaluates toggles of an Unleash client-features file as an Unleash client would; `sluice flags import
// <file.json>` and `sluice flags export <file.json>` move flags in and out of a database without a display,
// through the engine runtime like `sluice vip`: an import is all or nothing.
int runFlags(int argc, char* argv[]);

}  // namespace sluice::app
