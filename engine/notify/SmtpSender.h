// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/NotifyConfig.h"
#include "notify/ChannelSender.h"

namespace sluice::engine::notify {

// Email through libcurl's SMTP: STARTTLS required (smtp:// with every command after it encrypted) or TLS from
// the first byte (smtps://), AUTH with the configured user and the SMTP password from the keychain, the
// server's certificate checked against email.caFile or the system's CAs. One connection per message, bounded
// by NotifyConfig::timeoutMs. A 5xx answer (a refused login, an unknown mailbox) is permanent, anything else
// (4xx, no connection, a timeout) worth another try. No error text holds the password.
class SmtpSender final : public ChannelSender {
public:
    SmtpSender(EmailChannelConfig config, std::string password, std::int64_t timeoutMs);

    SendResult send(const Notification& notification, const std::string& address) override;
    bool configured() const override;

private:
    std::string url() const;

    EmailChannelConfig m_config;
    std::string m_password;
    std::int64_t m_timeoutMs;
};

}  // namespace sluice::engine::notify
