// SPDX-License-Identifier: Apache-2.0
#include "runtime/ThreadPriority.h"

#include <algorithm>
#include <cerrno>

#include <sys/resource.h>
#include <unistd.h>

namespace sluice::engine {

void lowerThreadPriority(int niceness)
{
    niceness = std::clamp(niceness, 0, 19);
    if (niceness == 0) {
        return;
    }
    // On Linux a nice value belongs to a thread, not to the process (PRIO_PROCESS with a thread id), and
    // threads started later inherit it from the thread that starts them.
    // Relative to the thread's present value, so a console started with `nice` keeps the same spacing.
    const auto tid = static_cast<id_t>(::gettid());
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);  // -1 is a valid value: errno tells a failure
    if (errno != 0) {
        return;
    }
    ::setpriority(PRIO_PROCESS, tid, std::min(current + niceness, 19));
}

}  // namespace sluice::engine
