// SPDX-License-Identifier: Apache-2.0
#include "flags/InstantText.h"

#include "core/UtcTime.h"
#include "flags/Constraints.h"

#include <cstdio>

namespace sluice::engine::flags {

namespace {
constexpr TimeNs kEndOfRange = 7'289'654'400LL * kNsPerSec;  // 2201-01-01T00:00:00Z
}

std::string instantText(TimeNs at)
{
    const TimeNs belowMs = at % kNsPerMs;
    std::string text = formatUtc(at - belowMs);
    if (belowMs != 0) {
        char fraction[16];
        std::snprintf(fraction, sizeof fraction, ".%09lldZ", static_cast<long long>(at % kNsPerSec));
        text = text.substr(0, text.find_first_of(".Z")) + fraction;  // the seconds, then all nine digits
    }
    return text;
}

std::optional<TimeNs> readInstantText(std::string_view text)
{
    // Only the years the writer writes: an offset can carry a time of the first or last year across them.
    const std::optional<TimeNs> at = parseInstant(text);
    return at && *at >= 0 && *at < kEndOfRange ? at : std::nullopt;
}

}  // namespace sluice::engine::flags
