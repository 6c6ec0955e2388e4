// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace sluice::engine {

// What a notification is about. The first eight reach a key's owner and the ops team; anomaly alerts and
// throttle level changes reach the ops team only. Their stored names (nameOf) are never renamed.
enum class NotificationType : std::uint8_t {
    TierChange,      // tier_change: flagged <-> standard <-> trusted
    Violation,       // violation: a key went over its limit (at most one notice per key per window)
    VipAssigned,     // vip_assigned
    VipExpiring,     // vip_expiring
    VipExpired,      // vip_expired
    Flagged,         // flagged: a key's tier became flagged
    Trusted,         // trusted: a key's tier became trusted
    ReputationLow,   // reputation_low: a key's score went under the configured threshold
    AnomalyAlert,    // anomaly_alert (ops)
    ThrottleChange,  // throttle_change (ops)
    Digest,          // digest: one message a day summarising a recipient's events (aggregate_daily)
    Test,            // test: "send test message" of a channel
    Report,          // report: a scheduled operations report was written (ops); email carries the files
};
inline constexpr int kNotificationTypeCount = 13;

// Where a notification goes. In-app is the inbox (the notifications table itself).
enum class Channel : std::uint8_t { InApp, Email, Sms, Webhook };
inline constexpr int kChannelCount = 4;

// A set of channels, one bit per Channel.
using ChannelSet = std::uint8_t;
constexpr ChannelSet channelBit(Channel channel)
{
    return static_cast<ChannelSet>(1U << static_cast<unsigned>(channel));
}
constexpr bool hasChannel(ChannelSet set, Channel channel) { return (set & channelBit(channel)) != 0; }

// A delivery's state: pending until sent, or failed once its attempts are used up.
enum class DeliveryState : std::uint8_t { Pending, Sent, Failed };

// A channel's circuit breaker: closed (sending), open (refusing for a while after repeated failures), half-open
// (one trial delivery decides).
enum class BreakerState : std::uint8_t { Closed, Open, HalfOpen };

// The recipient of notifications for the ops team; any other recipient is a key (its owner).
inline constexpr std::string_view kOpsRecipient = "ops";

// The stored names (database, settings, CSV, audit rows): never renamed.
std::string_view nameOf(NotificationType type);
std::optional<NotificationType> parseNotificationType(std::string_view name);
std::string_view nameOf(Channel channel);
std::optional<Channel> parseChannel(std::string_view name);
std::string_view nameOf(DeliveryState state);
std::optional<DeliveryState> parseDeliveryState(std::string_view name);
std::string_view nameOf(BreakerState state);

}  // namespace sluice::engine
