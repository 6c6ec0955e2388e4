// SPDX-License-Identifier: Apache-2.0
#include "core/Clock.h"

#include <chrono>

namespace sluice::engine {

TimeNs SystemClock::now() const
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace sluice::engine
