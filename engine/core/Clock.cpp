// SPDX-License-Identifier: Apache-2.0
#include "core/Clock.h"

#include <chrono>

namespace sluice::engine {

TimeNs wallClockNow()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

TimeNs SystemClock::now() const { return wallClockNow(); }

}  // namespace sluice::engine
