// SPDX-License-Identifier: Apache-2.0
#include "throttle/PrometheusLoadSource.h"

#include "core/Clock.h"
#include "throttle/HttpScrape.h"
#include "throttle/PrometheusLoadReader.h"

#include <chrono>

namespace sluice::engine {

namespace {
TimeNs steadyNow()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
}  // namespace

PrometheusLoadSource::PrometheusLoadSource(PrometheusLoadConfig config) : m_config(std::move(config))
{
    m_thread = std::thread(&PrometheusLoadSource::run, this);
}

PrometheusLoadSource::~PrometheusLoadSource()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

LoadSignals PrometheusLoadSource::sample(const TrafficRates&)
{
    return LoadSignals{m_cpu.load(std::memory_order_relaxed), m_memory.load(std::memory_order_relaxed),
                       m_concurrency.load(std::memory_order_relaxed)};
}

void PrometheusLoadSource::describe(LoadSourceView& out) const
{
    out.kind = LoadSourceKind::Prometheus;
    out.description = m_config.url;
    for (int s = 0; s < kLoadSignalCount; ++s) {
        out.measures[s] = m_config.perSignal[s].reading != PrometheusSignal::Reading::Off;
    }
    std::lock_guard lock(m_mutex);
    out.lastError = m_lastError;
    out.lastErrorAt = m_lastErrorAt;
    out.lastReadingAt = m_lastReadingAt;
    out.readings = m_readings;
    out.failures = m_failures;
}

void PrometheusLoadSource::run()
{
    HttpScrape scrape;
    PrometheusLoadReader reader(m_config);
    const auto interval = std::chrono::nanoseconds(m_config.interval);
    const auto timeout =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::nanoseconds(m_config.timeout));
    auto next = std::chrono::steady_clock::now();
    while (!m_stop.load()) {
        std::string error;
        std::optional<LoadSignals> signals;
        if (auto page = scrape.get(m_config.url, timeout, m_stop, error)) {
            signals = reader.read(*page, steadyNow(), error);
        }
        if (signals) {
            m_cpu.store(signals->cpuPercent, std::memory_order_relaxed);
            m_memory.store(signals->memoryPercent, std::memory_order_relaxed);
            m_concurrency.store(signals->concurrency, std::memory_order_relaxed);
        }
        // A counter's first page gives no reading and no error: the level waits for the next page.
        if (signals || !error.empty()) {
            m_fresh.store(signals.has_value(), std::memory_order_release);
        }
        {
            std::unique_lock lock(m_mutex);
            if (signals) {
                ++m_readings;
                m_lastReadingAt = wallClockNow();
                m_lastError.clear();
            } else if (!error.empty()) {
                ++m_failures;
                m_lastError = std::move(error);
                m_lastErrorAt = wallClockNow();
            }
            next += interval;
            const auto now = std::chrono::steady_clock::now();
            if (next < now) {
                next = now;  // a scrape that took longer than the interval: the next one starts at once
            }
            m_wake.wait_until(lock, next, [this] { return m_stop.load(); });
        }
    }
}

}  // namespace sluice::engine
