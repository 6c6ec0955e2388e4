// SPDX-License-Identifier: Apache-2.0
#include "LogSourceSettings.h"

#include <QCoreApplication>

namespace sluice::ui {

std::optional<engine::logs::IngestOptions> ingestOptionsOf(const LogSourceSettings& settings, QString& error)
{
    std::string problem;
    auto format = engine::logs::logFormatFromText(settings.format.toStdString(), problem);
    if (!format) {
        error = QCoreApplication::translate("sluice::ui::AddLogSourceDialog", "Format: %1")
                    .arg(QString::fromStdString(problem));
        return std::nullopt;
    }
    auto key = engine::logs::keySpecFromText(settings.key.toStdString(), problem);
    if (!key) {
        error = QCoreApplication::translate("sluice::ui::AddLogSourceDialog", "Key: %1")
                    .arg(QString::fromStdString(problem));
        return std::nullopt;
    }
    engine::logs::IngestOptions options{std::move(*format), std::move(*key), {}};
    for (const auto& [prefix, route] : settings.routes) {
        options.routes.add(prefix.toStdString(), route.toStdString());
    }
    return options;
}

}  // namespace sluice::ui
