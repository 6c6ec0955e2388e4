// SPDX-License-Identifier: Apache-2.0
#include "flags/InstantText.h"

#include "logs/LogTime.h"
#include "vip/VipCsv.h"

#include <cstdio>

namespace sluice::engine::flags {

namespace {
constexpr TimeNs kEndOfRange = 7'289'654'400LL * kNsPerSec;  // 2201-01-01T00:00:00Z
}

std::string instantText(TimeNs at)
{
    const TimeNs belowMs = at % kNsPerMs;
    std::string text = VipCsv::formatTime(at - belowMs);
    if (belowMs != 0) {
        char fraction[16];
        std::snprintf(fraction, sizeof fraction, ".%09lldZ", static_cast<long long>(at % kNsPerSec));
        text = text.substr(0, text.find_first_of(".Z")) + fraction;  // the seconds, then all nine digits
    }
    return text;
}

std::optional<TimeNs> readInstantText(std::string_view text)
{
    TimeNs at = 0;
    logs::LogTime reader;
    // An offset can carry a time of the first or last year across the bounds; what is written must read again.
    if (!reader.parseIso8601(text, at) || at < 0 || at >= kEndOfRange) {
        return std::nullopt;
    }
    return at;
}

}  // namespace sluice::engine::flags
