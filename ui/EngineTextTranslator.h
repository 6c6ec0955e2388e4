// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <string_view>

namespace sluice::ui {

// Shows a text the engine wrote (a refusal, a validation error, a throttle reason) in the user's language.
// The engine writes English from its catalogue (core/EngineText.h); this finds the catalogue entry by its
// fixed words, translates it and puts the arguments back, with decimal numbers in the user's locale and
// nested engine texts translated too. Anything else (a reason an admin typed, a text from an older
// version) comes back unchanged. Safe to call from any thread.
QString localizedEngineText(std::string_view english);
QString localizedEngineText(const QString& english);

}  // namespace sluice::ui
