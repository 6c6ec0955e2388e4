// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/NotifyTypes.h"
#include "core/Time.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sluice::engine {

// Where one delivery of a notification goes. The address is what the recipient's contact names (an email
// address, a phone number, a webhook URL); empty means the channel's configured ops destination (its recipients,
// or the webhook URL kept in the keychain).
struct Destination {
    Channel channel = Channel::InApp;
    std::string address;
};

// One notification as the engine produced it: for one recipient, with the channels chosen by that recipient's
// preferences. Ids rise across restarts; the producer assigns them, so a notification written twice (spilled,
// then accepted after a crash) is still one row.
struct Notification {
    std::uint64_t id = 0;
    NotificationType type = NotificationType::Violation;
    std::string recipient;                  // kOpsRecipient, or the key whose owner it is for
    std::string key;                        // the key it is about; empty for ops-wide events (throttle, most anomalies)
    TimeNs at = 0;                          // engine time
    int severity = 0;                       // 0 info, 1 warning, 2 critical
    std::string title;                      // one line, English (the engine's texts)
    std::string body;                       // plain text, English
    std::vector<Destination> destinations;  // in-app always first when chosen
    // Files that go with it where a channel can carry them (email attaches them; the others name them in the
    // body). Read when sent, not when produced: a report is not copied into the database.
    std::vector<std::string> attachments;
};

}  // namespace sluice::engine
