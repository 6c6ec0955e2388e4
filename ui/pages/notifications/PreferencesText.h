// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/NotifyConfig.h"

#include <QString>

namespace sluice::ui {

// A recipient's preferences as their `notification_preferences` row stores them (JSON with the names the
// preferences are known by: enable_tier_notifications, preferred_channels ...). What is missing or of the wrong
// type keeps its default, so a row from a newer version still reads.
engine::NotifyPreferences preferencesFromJson(const QString& json);

}  // namespace sluice::ui
