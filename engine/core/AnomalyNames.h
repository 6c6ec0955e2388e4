// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AnomalyView.h"

#include <optional>
#include <string_view>

namespace sluice::engine {

// The stored names of alert kinds and states (the database, audit rows, settings): never renamed.
std::string_view nameOf(AnomalyKind kind);
std::optional<AnomalyKind> parseAnomalyKind(std::string_view name);
std::string_view nameOf(AlertState state);
std::optional<AlertState> parseAlertState(std::string_view name);

}  // namespace sluice::engine
