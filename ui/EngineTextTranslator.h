// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <string_view>

namespace sluice::ui {

// Shows a text the engine wrote (a refusal, a validation error, a throttle reason) in the user's language.
// The engine writes English from its catalogue (core/EngineText.h); this finds the catalogue entry by its
// fixed words, translates it and puts the arguments back: numbers in the user's locale, a nested engine text
// translated too, names, keys and values from files exactly as written. A text that is no entry (one from
// an older version) comes back unchanged; texts people typed (override reasons) should not be passed in,
// since one could read like an entry. Safe to call from any thread.
QString localizedEngineText(std::string_view english);
QString localizedEngineText(const QString& english);

}  // namespace sluice::ui
