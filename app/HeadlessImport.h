// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"

#include <QString>

namespace sluice::app {

// What an import without a display says, in the words of its command.
struct HeadlessImport {
    QString db;               // the database to change
    QString file;             // what was read; prefixes the engine's refusals
    QString nothingImported;  // the last line of a refusal
    QString done;             // printed when the change is stored
};

// Starts an engine runtime on the database, checks `command` on its own first (a refusal is bad input, exit
// code 2, told apart from a store failure, exit code 1), submits it with `context` for the audit row and shuts
// the runtime down, so everything is written before the process ends. Returns the exit code.
int runHeadlessImport(const HeadlessImport& import, engine::Command command, const engine::AdminContext& context);

}  // namespace sluice::app
