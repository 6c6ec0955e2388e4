// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace sluice::ui {

// The OS user running the console: who admin actions (overrides, VIP changes, ...) are recorded as.
QString currentUserName();

}  // namespace sluice::ui
