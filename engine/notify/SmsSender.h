// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notify/ChannelSender.h"
#include "notify/HttpPost.h"

namespace sluice::engine::notify {

// A text message through an HTTP gateway: a Twilio-style form POST (To, From, Body by default; the field names
// are configurable) to the configured URL with HTTP basic auth (the account as user, the secret token as
// password). An empty address sends one message to each of the ops team's numbers.
class SmsSender final : public ChannelSender {
public:
    SmsSender(const NotifyConfig& config, const NotifySecrets& secrets);
    SendResult send(const Notification& notification, const std::string& address) override;
    bool configured() const override;

    // The form as it is posted to `to` (fields percent-encoded).
    std::string form(const Notification& notification, const std::string& to) const;

private:
    SmsChannelConfig m_config;
    std::string m_password;
    std::chrono::milliseconds m_timeout;
    HttpPost m_post;
};

}  // namespace sluice::engine::notify
