// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/FlagsView.h"

#include <QString>

namespace sluice::ui {

// The words of a flag's row, for people: what the flag does, what is scheduled, where its plan is.
QString flagEffectText(const std::string& effect);
QString flagScheduleText(const engine::FlagRowView& flag);  // empty when nothing is scheduled
QString flagPlanText(const engine::FlagRowView& flag);      // empty without a plan
QString flagShareText(const engine::FlagRowView& flag);     // the share of active keys inside
QString flagTimeText(engine::TimeNs at);

}  // namespace sluice::ui
