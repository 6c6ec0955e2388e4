// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string_view>

namespace sluice::engine::flags {

// A number as Unleash reads one (JavaScript's Number()): surrounding blanks allowed, decimal or exponent form,
// an optional sign; nullopt for anything else, the empty text included. Never allocates.
std::optional<double> parseNumber(std::string_view text);

// ASCII case-insensitive comparisons, without allocating a folded copy.
bool startsWithFolded(std::string_view text, std::string_view prefix);
bool endsWithFolded(std::string_view text, std::string_view suffix);
bool containsFolded(std::string_view text, std::string_view part);

}  // namespace sluice::engine::flags
