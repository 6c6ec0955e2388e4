// SPDX-License-Identifier: Apache-2.0
#include "LogSourcePersistence.h"

#include "AppSettings.h"
#include "EngineHost.h"

#include <QLoggingCategory>

namespace sluice::app {

namespace {
Q_LOGGING_CATEGORY(lcSources, "sluice.sources")
}

void keepLogSources(EngineHost& host, AppSettings& settings)
{
    if (host.readOnly()) {
        return;
    }
    auto restored = std::make_shared<bool>(false);
    QObject::connect(&host, &EngineHost::started, &settings, [&host, &settings, restored] {
        for (const ui::LogSourceSettings& source : settings.logSources()) {
            if (const QString problem = host.addLogSource(source); !problem.isEmpty()) {
                qCWarning(lcSources, "%s: %s", qPrintable(source.path), qPrintable(problem));
            }
        }
        *restored = true;
    });
    QObject::connect(&host, &EngineHost::sourcesChanged, &settings, [&host, &settings, restored] {
        if (!*restored) {
            return;  // nothing to write before the saved ones are back
        }
        QList<ui::LogSourceSettings> followed;
        for (const ui::LogSourceSettings& source : host.logSources()) {
            if (source.follow) {
                followed << source;
            }
        }
        if (followed != settings.logSources()) {
            settings.setLogSources(followed);
        }
    });
}

}  // namespace sluice::app
