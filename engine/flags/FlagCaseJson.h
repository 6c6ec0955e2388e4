// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "flags/FlagContext.h"
#include "flags/FlagEvaluator.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice::engine::flags {

// A context as JSON gives it (`sluice flags eval --context`), owning its strings; view() lends them to the
// evaluator while this lives. Keys as Unleash names them: userId, sessionId, remoteAddress, environment,
// appName, currentTime (RFC 3339), properties {name: value}.
struct OwnedContext {
    std::string userId;
    std::string sessionId;
    std::string remoteAddress;
    std::string environment = "default";
    std::string appName;
    std::optional<TimeNs> currentTime;
    std::vector<std::pair<std::string, std::string>> properties;

    FlagContext view() const;
};

// One case of a cases file: {"toggle": ..., "context": {...}}.
struct FlagCase {
    std::string toggle;
    OwnedContext context;
};

// nullopt with `error` naming the JSON path ("context.currentTime: expected an RFC 3339 instant ...").
std::optional<OwnedContext> readFlagContext(std::string_view json, std::string& error);
std::optional<FlagCase> readFlagCase(std::string_view json, std::string& error);

// {"enabled": ..., "variant": {"name": ..., "enabled": ..., "feature_enabled": ..., "payload": {...}}} on one
// line; "payload" only when the variant has one.
std::string writeEvaluation(const Evaluation& evaluation);

}  // namespace sluice::engine::flags
