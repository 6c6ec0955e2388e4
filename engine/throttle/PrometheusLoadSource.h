// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "throttle/LoadSource.h"
#include "throttle/LoadSourceConfig.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace sluice::engine {

// The load of the protected service from its Prometheus endpoint (its own /metrics or a node exporter), scraped
// on a thread of its own every `interval`. The engine's sample reads the latest figures from atomics and never
// waits for the network. While scrapes fail the source has no reading, so the throttle holds its level (a
// service too busy to answer its metrics is no reason to lift every limit); the last error says why.
class PrometheusLoadSource final : public LoadSource {
public:
    explicit PrometheusLoadSource(PrometheusLoadConfig config);
    ~PrometheusLoadSource() override;  // ends a scrape under way and joins the thread
    PrometheusLoadSource(const PrometheusLoadSource&) = delete;
    PrometheusLoadSource& operator=(const PrometheusLoadSource&) = delete;

    LoadSignals sample(const TrafficRates&) override;
    bool hasReading() const override { return m_fresh.load(std::memory_order_acquire); }
    void describe(LoadSourceView& out) const override;

private:
    void run();

    const PrometheusLoadConfig m_config;
    std::atomic<double> m_cpu{0};
    std::atomic<double> m_memory{0};
    std::atomic<double> m_concurrency{0};
    std::atomic<bool> m_fresh{false};  // the last scrape gave every signal
    std::atomic<bool> m_stop{false};

    mutable std::mutex m_mutex;  // the status below, and the stop wake-up
    std::condition_variable m_wake;
    std::string m_lastError;
    TimeNs m_lastErrorAt = 0;
    TimeNs m_lastReadingAt = 0;
    std::uint64_t m_readings = 0;
    std::uint64_t m_failures = 0;
    std::thread m_thread;
};

}  // namespace sluice::engine
