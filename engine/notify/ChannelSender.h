// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/NotifyConfig.h"
#include "core/Notification.h"

#include <memory>
#include <string>

namespace sluice::engine::notify {

// The outcome of one attempt. `permanent`: trying again cannot help (a malformed address, a 4xx other than 408
// and 429), so the delivery fails at once instead of retrying.
struct SendResult {
    bool ok = false;
    bool permanent = false;
    std::string error;  // for a person; never holds a secret
};

// One channel's way out (email, webhook, SMS). Called only from that channel's own worker thread, so a slow
// server holds up nothing but its own channel. Every call is bounded by NotifyConfig::timeoutMs.
class ChannelSender {
public:
    virtual ~ChannelSender() = default;
    // Sends `notification` to `address`, or to the channel's configured ops destinations when it is empty.
    virtual SendResult send(const Notification& notification, const std::string& address) = 0;
    // Whether the configuration and secrets hold what sending needs.
    virtual bool configured() const = 0;
};

// The senders. Each takes what it needs from the configuration and the secrets when made; a change makes a new one.
std::unique_ptr<ChannelSender> makeEmailSender(const NotifyConfig& config, const NotifySecrets& secrets);
std::unique_ptr<ChannelSender> makeWebhookSender(const NotifyConfig& config, const NotifySecrets& secrets);
std::unique_ptr<ChannelSender> makeSmsSender(const NotifyConfig& config, const NotifySecrets& secrets);

}  // namespace sluice::engine::notify
