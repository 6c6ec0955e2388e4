// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/NotifyConfig.h"
#include "core/Event.h"
#include "core/NotifyTypes.h"

#include <string>

namespace sluice::engine::notify {

// What a notification says about an event: one specific line and a few sentences, in English (the engine's
// language in the database and in mail), and how serious it is (0 info, 1 warning, 2 critical).
struct Wording {
    std::string title;
    std::string body;
    int severity = 0;
};

Wording wordingFor(NotificationType type, const Event& event, const NotifyConfig& config);

}  // namespace sluice::engine::notify
