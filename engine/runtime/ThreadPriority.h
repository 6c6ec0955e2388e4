// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::engine {

// Makes the calling thread yield to the others of the process by `niceness` (added to its Linux nice value):
// a desktop console runs its engine and traffic generator below the UI thread so that, on a machine with
// few cores, a busy engine never delays a frame. Does nothing for 0; a failure (e.g. a seccomp sandbox)
// leaves the priority as it was, which is harmless.
void lowerThreadPriority(int niceness);

}  // namespace sluice::engine
