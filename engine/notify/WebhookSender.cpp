// SPDX-License-Identifier: Apache-2.0
#include "notify/WebhookSender.h"

#include "core/EngineText.h"

#include <nlohmann/json.hpp>

namespace sluice::engine::notify {

WebhookSender::WebhookSender(const NotifyConfig& config, const NotifySecrets& secrets)
    : m_enabled(config.webhook.enabled), m_slack(config.webhook.slack), m_opsUrl(secrets.webhookUrl),
      m_timeout(config.timeoutMs)
{
}

bool WebhookSender::configured() const { return m_enabled && !m_opsUrl.empty(); }

std::string WebhookSender::body(const Notification& notification, bool slack)
{
    nlohmann::json json;
    if (slack) {
        // Slack's incoming webhooks show `text` with their own markup: the title in bold above the body.
        json["text"] = "*" + notification.title + "*\n" + notification.body;
    } else {
        json["id"] = notification.id;
        json["type"] = nameOf(notification.type);
        json["recipient"] = notification.recipient;
        json["key"] = notification.key;
        json["at_ms"] = notification.at / kNsPerMs;
        json["severity"] = notification.severity;
        json["title"] = notification.title;
        json["body"] = notification.body;
    }
    // Keys come from traffic: bytes that are not UTF-8 are sent as U+FFFD rather than failing the delivery.
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

SendResult WebhookSender::send(const Notification& notification, const std::string& address)
{
    const std::string& url = address.empty() ? m_opsUrl : address;
    if (url.empty()) {
        return SendResult{false, false, say(Text::NotifyNoOpsWebhook)};
    }
    HttpPost::Request request;
    request.url = url;
    request.contentType = "application/json";
    request.body = body(notification, m_slack);
    request.timeout = m_timeout;
    return m_post.post(request);
}

std::unique_ptr<ChannelSender> makeWebhookSender(const NotifyConfig& config, const NotifySecrets& secrets)
{
    return std::make_unique<WebhookSender>(config, secrets);
}

}  // namespace sluice::engine::notify
