// SPDX-License-Identifier: Apache-2.0
#include "decision/Engine.h"

namespace sluice::engine {

void Engine::takeNotifications(std::vector<Notification>& out)
{
    out.clear();  // placeholder: notifications are not produced yet
}

}  // namespace sluice::engine
