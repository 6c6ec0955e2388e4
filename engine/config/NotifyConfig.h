// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/NotifyContact.h"
#include "core/NotifyTypes.h"
#include "core/Time.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace sluice::engine {

// What one recipient (the ops team, or a key's owner) wants to hear about and where, in the shape users of such
// systems know. Stored per recipient (notification_preferences); a recipient without a row has the defaults.
struct NotifyPreferences {
    bool enableTierNotifications = true;  // tier_change, flagged, trusted
    bool enableViolationAlerts = true;    // violation, reputation_low
    bool enableVipNotifications = true;   // vip_assigned, vip_expiring, vip_expired
    ChannelSet preferredChannels = channelBit(Channel::InApp);
    bool notifyOnViolation = true;  // a violation notice at all (rate-limited per key by violationWindow)
    bool notifyOnDecay = false;     // tier changes that decay alone caused
    bool aggregateDaily = false;    // external channels get one digest a day instead of each notice
    // Quiet hours, minutes of the day in UTC, [start, end) wrapping past midnight; start == end: none. External
    // deliveries that fall inside are held until the end; the inbox gets them at once.
    int quietStartMinute = 0;
    int quietEndMinute = 0;
    bool operator==(const NotifyPreferences&) const = default;
};

// Channel settings that are not secret. The secrets (SMTP password, the ops webhook URL, the SMS gateway's
// credentials) live in the OS keychain and reach the delivery service as NotifySecrets.
struct EmailChannelConfig {
    std::string host;  // empty: email is not configured
    int port = 587;
    enum class Security : std::uint8_t { StartTls, Tls, None } security = Security::StartTls;
    std::string username;  // empty: no AUTH
    std::string from;      // "Sluice <sluice@example.org>"
    std::vector<std::string> opsRecipients;
    std::string caFile;  // PEM file of the CA that signs the server's certificate; empty: the system's CAs
    bool operator==(const EmailChannelConfig&) const = default;
};
struct WebhookChannelConfig {
    bool enabled = false;  // the URL itself is a secret
    bool slack = false;    // a Slack-compatible body ({"text": ...}) instead of Sluice's JSON
    bool operator==(const WebhookChannelConfig&) const = default;
};
struct SmsChannelConfig {
    std::string url;       // the gateway's POST URL (Twilio-style form POST); empty: SMS is not configured
    std::string username;  // HTTP basic user (the account id); the password is a secret
    std::string from;
    std::string toField = "To";
    std::string fromField = "From";
    std::string bodyField = "Body";
    std::vector<std::string> opsRecipients;  // phone numbers
    bool operator==(const SmsChannelConfig&) const = default;
};

// The whole notification setting (`engine.notify`): production rules, the ops team's preferences, the channels
// and delivery behaviour.
struct NotifyConfig {
    bool enabled = true;
    float reputationLowBelow = 10.0F;         // reputation_low when a score falls under this
    TimeNs violationWindow = 15 * kNsPerMin;  // at most one violation notice per key per window
    std::uint32_t queueCapacity = 1000;       // the in-memory queue from the engine to the delivery service
    std::uint32_t maxAttempts = 8;            // then the delivery is failed
    std::int64_t backoffBaseMs = 1000;        // attempt n waits uniform(0, min(max, base * 2^n)) ("full jitter")
    std::int64_t backoffMaxMs = 5 * 60 * 1000;
    std::uint32_t breakerFailures = 5;       // consecutive failures that open a channel's breaker
    std::int64_t breakerOpenMs = 30 * 1000;  // then one trial delivery (half-open)
    std::int64_t timeoutMs = 10 * 1000;      // one attempt's network timeout
    std::uint32_t retentionDays = 90;        // what cleanup offers by default
    int digestMinute = 8 * 60;               // when (UTC minute of the day) the daily digest goes out
    EmailChannelConfig email;
    WebhookChannelConfig webhook;
    SmsChannelConfig sms;
    bool operator==(const NotifyConfig&) const = default;
};

// Secrets of the channels, from the OS keychain; never stored by the engine, never in the database or logs.
struct NotifySecrets {
    std::string smtpPassword;
    std::string webhookUrl;   // the ops webhook, which usually carries its token in the URL
    std::string smsPassword;  // the gateway's auth token
    bool operator==(const NotifySecrets&) const = default;
};

}  // namespace sluice::engine
