// SPDX-License-Identifier: Apache-2.0
#include "notify/SmsSender.h"

#include "core/EngineText.h"

namespace sluice::engine::notify {

namespace {
// application/x-www-form-urlencoded: unreserved bytes as they are, a space as '+', the rest %XX.
void appendFormEncoded(std::string& out, const std::string& text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') || c == '-' ||
            c == '_' || c == '.' || c == '~') {
            out += c;
        } else if (c == ' ') {
            out += '+';
        } else {
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        }
    }
}

void appendField(std::string& out, const std::string& name, const std::string& value)
{
    if (!out.empty()) {
        out += '&';
    }
    appendFormEncoded(out, name);
    out += '=';
    appendFormEncoded(out, value);
}
}  // namespace

SmsSender::SmsSender(const NotifyConfig& config, const NotifySecrets& secrets)
    : m_config(config.sms), m_password(secrets.smsPassword), m_timeout(config.timeoutMs)
{
}

// With an account, its password too: before the keychain's secrets arrive, messages wait rather than fail on 401.
bool SmsSender::configured() const
{
    return !m_config.url.empty() && (m_config.username.empty() || !m_password.empty());
}

std::string SmsSender::form(const Notification& notification, const std::string& to) const
{
    std::string out;
    appendField(out, m_config.toField, to);
    if (!m_config.from.empty()) {
        appendField(out, m_config.fromField, m_config.from);
    }
    // A text message has no subject: the title leads the body.
    appendField(out, m_config.bodyField,
                notification.body.empty() ? notification.title : notification.title + "\n" + notification.body);
    return out;
}

SendResult SmsSender::send(const Notification& notification, const std::string& address)
{
    if (m_config.url.empty()) {
        return SendResult{false, false, say(Text::NotifyNoSmsGateway)};
    }
    const std::vector<std::string> recipients =
        address.empty() ? m_config.opsRecipients : std::vector<std::string>{address};
    if (recipients.empty()) {
        return SendResult{false, true, say(Text::NotifyNoOpsPhones)};
    }
    // All or nothing for the delivery: a failure after some numbers got it retries them all (at least once).
    for (const std::string& to : recipients) {
        HttpPost::Request request;
        request.url = m_config.url;
        request.contentType = "application/x-www-form-urlencoded";
        request.body = form(notification, to);
        request.username = m_config.username;
        request.password = m_password;
        request.timeout = m_timeout;
        if (SendResult result = m_post.post(request); !result.ok) {
            return result;
        }
    }
    return SendResult{true, false, {}};
}

std::unique_ptr<ChannelSender> makeSmsSender(const NotifyConfig& config, const NotifySecrets& secrets)
{
    return std::make_unique<SmsSender>(config, secrets);
}

}  // namespace sluice::engine::notify
