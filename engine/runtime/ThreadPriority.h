// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::engine {

// Moves the calling thread to the background: it runs only when no normal thread of the machine wants its
// core (Linux SCHED_IDLE), or, where that is refused, at the lowest nice value. For a console's engine and
// simulated traffic: with a mere nice value the scheduler still lets a running engine finish its slice
// before a waking UI thread gets the core (a stutter of several milliseconds per frame on two cores); an
// idle-class thread is preempted at once. The engine loses nothing while the UI is idle, which is nearly
// always.
void moveThreadToBackground();

}  // namespace sluice::engine
