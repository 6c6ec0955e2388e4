// SPDX-License-Identifier: Apache-2.0
#include "core/AnomalyNames.h"

#include "core/NameTable.h"

#include <array>

namespace sluice::engine {

namespace {
constexpr std::array<std::string_view, kAnomalyKindCount> kKindNames{
    "spike", "drop", "level_shift", "key_surge", "new_key_flood", "route_stuffing", "country_shift"};
constexpr std::array<std::string_view, 3> kStateNames{"open", "acknowledged", "resolved"};
}  // namespace

std::string_view nameOf(AnomalyKind kind) { return kKindNames[static_cast<std::size_t>(kind)]; }

std::optional<AnomalyKind> parseAnomalyKind(std::string_view name) { return parseName<AnomalyKind>(kKindNames, name); }

std::string_view nameOf(AlertState state) { return kStateNames[static_cast<std::size_t>(state)]; }

std::optional<AlertState> parseAlertState(std::string_view name) { return parseName<AlertState>(kStateNames, name); }

}  // namespace sluice::engine
