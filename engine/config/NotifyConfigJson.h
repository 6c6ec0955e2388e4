// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/NotifyConfig.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace sluice::engine {

// Whether a notification setting is usable; the sentence names the JSON path of what is not
// ("notify.digest_minute: must be between 0 and 1439").
std::optional<std::string> validate(const NotifyConfig& config);

// The `notify` part of a configuration and the engine.notify settings row:
// {"enabled": true, "reputation_low_below": 10, "violation_window_s": 900, "queue_capacity": 1000,
//  "max_attempts": 8, "backoff_base_ms": 1000, "backoff_max_ms": 300000, "breaker_failures": 5,
//  "breaker_open_ms": 30000, "timeout_ms": 10000, "retention_days": 90, "digest_minute": 480,
//  "email": {"host", "port", "security": "starttls|tls|none", "username", "from", "ops_recipients", "ca_file"},
//  "webhook": {"enabled", "slack"}, "sms": {"url", "username", "from", "to_field", "from_field", "body_field",
//  "ops_recipients"}}. Fields left out keep the values of `base`; decoding throws JsonRead::Error naming the field.
nlohmann::json encodeNotify(const NotifyConfig& config);
NotifyConfig decodeNotify(const nlohmann::json& j, const std::string& path, NotifyConfig base);

// One recipient's preferences (notification_preferences.preferences):
// {"enable_tier_notifications": true, "enable_violation_alerts": true, "enable_vip_notifications": true,
//  "preferred_channels": ["in_app", "email"], "notify_on_violation": true, "notify_on_decay": false,
//  "aggregate_daily": false, "quiet_start_minute": 1320, "quiet_end_minute": 420}.
nlohmann::json encodePreferences(const NotifyPreferences& preferences);
NotifyPreferences decodePreferences(const nlohmann::json& j, const std::string& path, NotifyPreferences base);
// The stored text of a preferences row, and reading one back (nullopt with `error` set when it cannot be read).
std::string preferencesText(const NotifyPreferences& preferences);
std::optional<NotifyPreferences> preferencesFromText(const std::string& text, std::string& error);
// The defaults of a recipient without a row: the ops team hears nothing of single violations (they would
// flood its inbox; anomaly alerts cover a flood), a key's owner hears of everything in the inbox.
NotifyPreferences defaultPreferences(bool ops);

}  // namespace sluice::engine
