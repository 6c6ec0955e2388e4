// SPDX-License-Identifier: Apache-2.0
#include "runtime/ThreadPriority.h"

#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

namespace sluice::engine {

void moveThreadToBackground()
{
    sched_param param{};
    param.sched_priority = 0;
    if (::pthread_setschedparam(::pthread_self(), SCHED_IDLE, &param) == 0) {
        return;
    }
    // On Linux a nice value belongs to a thread (PRIO_PROCESS with a thread id). A failure here leaves the
    // priority as it was, which is harmless.
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 19);
}

}  // namespace sluice::engine
