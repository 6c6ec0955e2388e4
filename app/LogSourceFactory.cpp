// SPDX-License-Identifier: Apache-2.0
#include "LogSourceFactory.h"

#include "sources/LogFileSource.h"

namespace sluice::app {

std::unique_ptr<engine::TrafficSource> makeLogSource(engine::EngineRuntime& runtime,
                                                     const ui::LogSourceSettings& settings, const std::string& id,
                                                     QString& error)
{
    auto ingest = ui::ingestOptionsOf(settings, error);
    if (!ingest) {
        return nullptr;
    }
    engine::LogFileSource::Options options;
    options.id = id;
    options.path = settings.path.toStdString();
    options.follow = settings.follow;
    options.ingest = std::move(*ingest);
    return std::make_unique<engine::LogFileSource>(runtime, std::move(options));
}

}  // namespace sluice::app
