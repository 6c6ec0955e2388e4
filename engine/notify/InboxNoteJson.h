// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/FleetView.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace sluice::engine::notify {

// A notification of an engine's ops inbox as the engine tells its fleet (redis/FleetRoster) and /api/fleet passes
// it on: its time as an RFC 3339 instant.
nlohmann::json inboxNoteJson(const EngineSummary::InboxNote& note);
// The same read back; nullopt when `j` is not one (the reader leaves that entry out, never the engine). Fields it
// does not know are left alone.
std::optional<EngineSummary::InboxNote> inboxNoteOf(const nlohmann::json& j);

}  // namespace sluice::engine::notify
