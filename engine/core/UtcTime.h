// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <string>

namespace sluice::engine {

// ISO 8601 in UTC, as the files Sluice writes hold instants: "2027-03-01T12:00:00Z", with ".mmm" only when the
// instant has milliseconds.
std::string formatUtc(TimeNs t);

}  // namespace sluice::engine
