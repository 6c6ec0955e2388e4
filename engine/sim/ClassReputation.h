// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/ClassOutcome.h"
#include "sim/Scenario.h"

#include <optional>

namespace sluice::engine {
class EngineShards;
}

namespace sluice::engine::sim {

// The reputation of each class's keys as `engine` holds them now: every key a population or a ddos wave of
// `scenario` names (prefix + number), as far as the engine knows it. Credential stuffing's keys are replaced
// as they go and are not counted. Runs on the engine's thread; a walk over the scenario's keys, not for the
// decision path.
ClassReputations classReputation(const EngineShards& engine, const Scenario& scenario);

// The start of the scenario's first ddos wave when it begins within `durationS`: the moment "before the
// attack" of a report.
std::optional<std::int64_t> firstAttackAtS(const Scenario& scenario, std::int64_t durationS);

}  // namespace sluice::engine::sim
