// SPDX-License-Identifier: Apache-2.0
#include "HttpListenerPersistence.h"

#include "AppSettings.h"
#include "EngineHost.h"

namespace sluice::app {

void keepHttpListener(EngineHost& host, AppSettings& settings)
{
    host.setHttpListenerAddress(settings.httpListenerAddress());
    if (host.readOnly()) {
        return;
    }
    QObject::connect(&host, &EngineHost::started, &settings, [&host, &settings] {
        if (settings.httpListenerOn()) {
            host.startHttpListener(settings.httpListenerAddress());
        }
    });
    QObject::connect(&host, &EngineHost::httpListenerChanged, &settings, [&host, &settings] {
        const ui::HttpListenerState state = host.httpListener();
        settings.setHttpListener(state.switchedOn, state.address);
    });
}

}  // namespace sluice::app
