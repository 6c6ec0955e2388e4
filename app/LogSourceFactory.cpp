// SPDX-License-Identifier: Apache-2.0
#include "LogSourceFactory.h"

#include "sources/LogReplaySource.h"
#include "sources/LogTailSource.h"

namespace sluice::app {

std::unique_ptr<engine::TrafficSource> makeLogSource(engine::EngineRuntime& runtime, const engine::Clock& clock,
                                                     const ui::LogSourceSettings& settings, const std::string& id,
                                                     QString& error)
{
    auto ingest = ui::ingestOptionsOf(settings, error);
    if (!ingest) {
        return nullptr;
    }
    if (settings.follow) {
        engine::LogTailSource::Options options;
        options.path = settings.path.toStdString();
        options.id = id;
        options.ingest = std::move(*ingest);
        return std::make_unique<engine::LogTailSource>(runtime, std::move(options), clock);
    }
    engine::LogReplayOptions options;
    options.path = settings.path.toStdString();
    options.id = id;
    options.ingest = std::move(*ingest);
    std::string problem;
    auto replay = engine::LogReplaySource::open(runtime, std::move(options), problem);
    if (!replay) {
        error = QString::fromStdString(problem);
        return nullptr;
    }
    replay->start();
    return replay;
}

}  // namespace sluice::app
