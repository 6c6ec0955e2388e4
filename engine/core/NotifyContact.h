// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace sluice::engine {

// A key owner's optional contact. Imported and exported as CSV like VIP assignments. In core/ so the store can
// keep contacts without depending on the configuration.
struct NotifyContact {
    std::string key;
    std::string email;
    std::string phone;
    std::string webhook;
    bool operator==(const NotifyContact&) const = default;
};

}  // namespace sluice::engine
