// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "decision/Engine.h"
#include "snapshot/Snapshot.h"

// Helpers shared by the load source tests.
namespace sluice::engine::testing {

// The load source as a snapshot at `at` shows it.
inline LoadSourceView loadSourceViewOf(Engine& e, TimeNs at)
{
    Snapshot s;
    e.fillSnapshot(at, s);
    return s.throttle.source;
}

}  // namespace sluice::engine::testing
