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
    nlohmann::json doc;
    if (slack) {
        // Slack's incoming webhooks show `text` with their own markup: the title in bold above the body.
        doc["text"] = "*" + notification.title + "*\n" + notification.body;
    } else {
        doc["id"] = notification.id;
        doc["type"] = nameOf(notification.type);
        doc["recipient"] = notification.recipient;
        doc["key"] = notification.key;
        doc["at_ms"] = notification.at / kNsPerMs;
        doc["severity"] = notification.severity;
        doc["title"] = notification.title;
        doc["body"] = notification.body;
    }
    // Keys come from traffic: bytes that are not UTF-8 are sent as U+FFFD rather than failing the delivery.
    return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
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
