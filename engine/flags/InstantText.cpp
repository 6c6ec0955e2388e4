// SPDX-License-Identifier: Apache-2.0
#include "flags/InstantText.h"

#include "logs/LogTime.h"
#include "vip/VipCsv.h"

#include <cstdio>

namespace sluice::engine::flags {

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
    if (!reader.parseIso8601(text, at)) {
        return std::nullopt;
    }
    return at;
}

}  // namespace sluice::engine::flags
