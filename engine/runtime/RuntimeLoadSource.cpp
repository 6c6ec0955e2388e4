// SPDX-License-Identifier: Apache-2.0
// Where the runtime's auto-throttle reads its signals from, when the host does not hand it a source.
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"
#include "throttle/HostLoadProbe.h"
#include "throttle/HostLoadSource.h"
#include "throttle/PrometheusLoadSource.h"
#include "throttle/TrafficLoadSource.h"

namespace sluice::engine {

void EngineRuntime::useConfiguredLoadSource(const LoadSourceConfig& config)
{
    switch (config.kind) {
    case LoadSourceKind::Host: {
        // The requests queued here stand for the concurrency: the host's own figure for requests in flight.
        auto host = std::make_unique<HostLoadSource>();
        m_hostLoad = host.get();
        m_probe = std::make_unique<HostLoadProbe>();
        m_engine->setLoadSource(std::move(host));
        break;
    }
    case LoadSourceKind::Prometheus:
        m_engine->setLoadSource(std::make_unique<PrometheusLoadSource>(config.prometheus));
        break;
    case LoadSourceKind::Traffic:
        m_observed = std::make_shared<ObservedTraffic>();
        m_engine->setLoadSource(std::make_unique<TrafficLoadSource>(
            m_observed, config.traffic,
            m_options.config.throttle.thresholds[static_cast<int>(LoadSignal::Concurrency)]));
        break;
    case LoadSourceKind::None:
    case LoadSourceKind::Modelled:
        break;
    }
}

void EngineRuntime::readHostLoad()
{
    if (const auto load = m_probe->read()) {
        m_hostLoad->setHostLoad(load->cpuPercent, load->memoryPercent);
    } else {
        m_hostLoad->setReadFailed(m_clock.now());
    }
}

}  // namespace sluice::engine
