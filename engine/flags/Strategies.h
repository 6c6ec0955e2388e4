// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "flags/FlagContext.h"
#include "flags/FlagModel.h"

#include <string_view>

namespace sluice::engine::flags {

// Whether one strategy lets the context in: its constraints and segments hold and its own check passes
// (an unknown strategy never does). `flagName` is the groupId when the strategy names none.
bool strategyMatches(const Strategy& strategy, std::string_view flagName, const FlagSet& flags,
                     const FlagContext& context);

// The draw of `random` stickiness and gradualRolloutRandom: the context's, or a fresh one in 1..100.
int randomPercent(const FlagContext& context);

// A strategy's groupId parameter, or the flag's name when it has none.
std::string_view groupIdOf(const Strategy& strategy, std::string_view flagName);

}  // namespace sluice::engine::flags
