// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <QString>

namespace sluice::ui {

// A VIP time in the user's locale and time zone, with the date.
QString formatVipTime(engine::TimeNs at);
QString formatVipDate(engine::TimeNs at);
// "never", or the time with how far ahead it lies: "12/03/27 14:00 (in 3 d)".
QString formatExpiry(engine::TimeNs expiresAt, engine::TimeNs now);

}  // namespace sluice::ui
