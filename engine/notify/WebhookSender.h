// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notify/ChannelSender.h"
#include "notify/HttpPost.h"

namespace sluice::engine::notify {

// A JSON POST of the notification to a webhook: Sluice's own fields, or a Slack-compatible {"text": ...} when
// the channel is set to Slack. An empty address is the ops webhook, whose URL (with its token) is a secret.
class WebhookSender final : public ChannelSender {
public:
    WebhookSender(const NotifyConfig& config, const NotifySecrets& secrets);
    SendResult send(const Notification& notification, const std::string& address) override;
    bool configured() const override;

    // The body as it is posted.
    static std::string body(const Notification& notification, bool slack);

private:
    bool m_enabled = false;
    bool m_slack = false;
    std::string m_opsUrl;
    std::chrono::milliseconds m_timeout;
    HttpPost m_post;
};

}  // namespace sluice::engine::notify
