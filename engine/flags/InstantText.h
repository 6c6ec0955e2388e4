// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <optional>
#include <string>
#include <string_view>

namespace sluice::engine::flags {

// Instants in flag files, as RFC 3339 in UTC: "2026-12-05T17:00:00Z", with as many fraction digits as the
// time needs (milliseconds, else nanoseconds), so writing and reading again gives the same nanosecond.
std::string instantText(TimeNs at);
// As Constraints' parseInstant reads DATE_* values, within 1970 to 2200; nullopt when the text is not one.
std::optional<TimeNs> readInstantText(std::string_view text);

}  // namespace sluice::engine::flags
