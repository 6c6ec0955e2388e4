// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "flags/FlagModel.h"

#include <string>
#include <vector>

namespace sluice::engine {

class Engine;

// What a flag command leaves: the flags it puts, each whole as it will stand, and those it removes; the same
// for segments. Computed from the flags in force before the command, as the store writes it before the engine
// applies it (the engine's own apply must come to the same flags).
struct FlagCommandChanges {
    std::vector<flags::FeatureFlag> put;
    std::vector<std::string> removed;
    std::vector<flags::Segment> segmentsPut;
    std::vector<int> segmentsRemoved;
};

bool isFlagCommand(const Command& command);
// Empty for any other command, and for a command naming a flag that does not exist (validation refuses it).
FlagCommandChanges flagChangesOf(const Command& command, const flags::FlagSet& current, TimeNs now);
// A flag a command puts whose plan has no next step yet (a new plan from the editor or a file, or a finished one
// given a further target) has it started now: the first step one interval away. Paused and halted plans wait.
flags::FeatureFlag withPlanStarted(flags::FeatureFlag flag, TimeNs now);
// One of Sluice's own features' flags (flags::builtInFlag): an import with replaceAll keeps them.
bool isBuiltInFlag(std::string_view name);
// Whether the import removes flag `name`: it replaces all, and the flag is neither in its file nor Sluice's own.
bool removedByImport(const cmd::ImportFlags& c, std::string_view name);

}  // namespace sluice::engine
