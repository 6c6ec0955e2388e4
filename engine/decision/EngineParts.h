// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "part/PartContext.h"
#include "snapshot/Snapshot.h"

#include <concepts>
#include <optional>

// The hooks a part of the engine may offer; every one is optional. The engine lists its parts once
// (Engine::forEachPart) and calls the hooks in that order, never on the per-request path:
//   TimeNs nextDue() const                                   earliest instant runDue() has work (kNever: none)
//   void runDue(TimeNs now, PartContext&)                   timers up to `now`
//   void fillSnapshot(Snapshot&) const                      its share of the published picture
//   std::optional<CommandResult> validate(const Command&, TimeNs now) const   nullopt: not its command
//   std::optional<CommandResult> apply(const Command&, TimeNs now, PartContext&)
// The calls are resolved at compile time: a part needs no base class and costs no virtual call.
namespace sluice::engine::parts {

template <class Part>
TimeNs nextDue(const Part& part)
{
    if constexpr (requires {
                      {
                          part.nextDue()
                          } -> std::same_as<TimeNs>;
                  }) {
        return part.nextDue();
    } else {
        return kNever;
    }
}

template <class Part>
void runDue(Part& part, TimeNs now, PartContext& context)
{
    if constexpr (requires { part.runDue(now, context); }) {
        part.runDue(now, context);
    }
}

template <class Part>
void fillSnapshot(const Part& part, Snapshot& out)
{
    if constexpr (requires { part.fillSnapshot(out); }) {
        part.fillSnapshot(out);
    }
}

template <class Part>
std::optional<CommandResult> validate(const Part& part, const Command& command, TimeNs now)
{
    if constexpr (requires {
                      {
                          part.validate(command, now)
                          } -> std::same_as<std::optional<CommandResult>>;
                  }) {
        return part.validate(command, now);
    } else {
        return std::nullopt;
    }
}

template <class Part>
std::optional<CommandResult> apply(Part& part, const Command& command, TimeNs now, PartContext& context)
{
    if constexpr (requires {
                      {
                          part.apply(command, now, context)
                          } -> std::same_as<std::optional<CommandResult>>;
                  }) {
        return part.apply(command, now, context);
    } else {
        return std::nullopt;
    }
}

}  // namespace sluice::engine::parts
