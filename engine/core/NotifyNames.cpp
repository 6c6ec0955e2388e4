// SPDX-License-Identifier: Apache-2.0
#include "core/NotifyTypes.h"

#include "core/NameTable.h"

#include <array>

namespace sluice::engine {

namespace {

constexpr std::array<std::string_view, kNotificationTypeCount> kTypeNames{
    "tier_change",    "violation",     "vip_assigned",    "vip_expiring", "vip_expired", "flagged", "trusted",
    "reputation_low", "anomaly_alert", "throttle_change", "digest",       "test",        "report"};
constexpr std::array<std::string_view, kChannelCount> kChannelNames{"in_app", "email", "sms", "webhook"};
constexpr std::array<std::string_view, 3> kDeliveryStateNames{"pending", "sent", "failed"};
constexpr std::array<std::string_view, 3> kBreakerStateNames{"closed", "open", "half_open"};

}  // namespace

std::string_view nameOf(NotificationType type) { return kTypeNames.at(static_cast<std::size_t>(type)); }
std::optional<NotificationType> parseNotificationType(std::string_view name)
{
    return parseName<NotificationType>(kTypeNames, name);
}
std::string_view nameOf(Channel channel) { return kChannelNames.at(static_cast<std::size_t>(channel)); }
std::optional<Channel> parseChannel(std::string_view name) { return parseName<Channel>(kChannelNames, name); }
std::string_view nameOf(DeliveryState state) { return kDeliveryStateNames.at(static_cast<std::size_t>(state)); }
std::optional<DeliveryState> parseDeliveryState(std::string_view name)
{
    return parseName<DeliveryState>(kDeliveryStateNames, name);
}
std::string_view nameOf(BreakerState state) { return kBreakerStateNames.at(static_cast<std::size_t>(state)); }

}  // namespace sluice::engine
