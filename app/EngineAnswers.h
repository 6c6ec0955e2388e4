// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineQueries.h"

namespace sluice::engine {
class EngineShards;
}

namespace sluice::app {

// Answers a page's question from the engine's state. Runs on the engine thread, between batches.
ui::EngineAnswer answerOnEngine(const engine::EngineShards& engine, const ui::EngineQuery& query);

// What a question gets while the engine is not running: an empty answer of its kind.
ui::EngineAnswer emptyAnswer(const ui::EngineQuery& query);

}  // namespace sluice::app
