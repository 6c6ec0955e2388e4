// SPDX-License-Identifier: Apache-2.0
#include "HeadlessImport.h"

#include "CommandLine.h"
#include "EngineHost.h"
#include "EngineTextTranslator.h"

#include "core/Clock.h"
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"

#include <cstdio>
#include <future>

namespace sluice::app {

int runHeadlessImport(const HeadlessImport& import, engine::Command command, const engine::AdminContext& context)
{
    const engine::SystemClock clock;
    engine::RuntimeOptions options;
    options.databasePath = import.db.toStdString();
    std::string problem;
    auto runtime = engine::EngineRuntime::start(options, clock, {}, problem);
    if (!runtime) {
        return fail(kExitFailure, QString::fromStdString(problem));
    }
    auto checkedPromise = std::make_shared<std::promise<engine::CommandResult>>();
    auto checkedAnswer = checkedPromise->get_future();
    runtime->post([checkedPromise, &command, &clock](const engine::EngineShards& e) {
        checkedPromise->set_value(e.validate(command, clock.now()));
    });
    const engine::CommandResult checked = checkedAnswer.get();
    if (!checked.ok) {
        fail(kExitBadInput, QStringLiteral("%1: %2").arg(import.file, ui::localizedEngineText(checked.error)));
        return fail(kExitBadInput, import.nothingImported);
    }
    auto promise = std::make_shared<std::promise<engine::CommandResult>>();
    auto done = promise->get_future();
    runtime->command(std::move(command), context, [promise](const engine::CommandResult& r) { promise->set_value(r); });
    const engine::CommandResult result = done.get();
    const engine::StoreHealth health = runtime->shutdown();
    runtime.reset();
    if (!result.ok) {
        return fail(kExitFailure, QStringLiteral("%1: %2").arg(import.file, ui::localizedEngineText(result.error)));
    }
    std::printf("%s\n", qPrintable(import.done));
    // The change is stored (durable before reported done); only its history events can be missing.
    return health.lostAnything() ? fail(kExitFailure, EngineHost::notStoredMessage(health)) : kExitOk;
}

}  // namespace sluice::app
