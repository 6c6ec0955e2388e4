// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AnomalyView.h"

#include <optional>

namespace sluice::ui {

// Which alerts the list shows: of one kind, in one state, at least this confident; nothing set shows all.
struct AlertFilter {
    std::optional<engine::AnomalyKind> kind;
    std::optional<engine::AlertState> state;
    double minConfidence = 0;

    bool matches(const engine::AnomalyAlert& alert) const
    {
        return (!kind || alert.kind == *kind) && (!state || alert.state == *state) && alert.confidence >= minConfidence;
    }
};

}  // namespace sluice::ui
