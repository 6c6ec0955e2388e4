// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::engine::sim {

// The protected service behind the limiter, reduced to a few numbers a scenario sets ("backend").
struct BackendConfig {
    double capacityRps = 50000;              // allowed requests per second at which the CPU is saturated
    double baseCpuPercent = 10;              // CPU with no traffic
    double baseMemoryPercent = 30;           // memory with no requests in flight
    double latencyMs = 20;                   // service time of one request on an idle backend
    double deniedCost = 0.05;                // work a denied request costs, relative to an allowed one
    double memoryPercentPer1kInflight = 10;  // memory each 1000 concurrent requests hold
    double retryShare = 0;                   // allowed requests that fail and come back once (injected faults)
};

// What the backend would report at a given load; the auto-throttle reads these as its signals.
struct LoadSample {
    double cpuPercent = 0;
    double memoryPercent = 0;
    double concurrency = 0;  // requests in flight
    double latencyMs = 0;
};

// A pure function from the traffic the limiter let through to the backend's load, so a simulation shows
// the effect of limiting: denying more lowers CPU, in-flight requests and memory at once.
class BackendModel final {
public:
    explicit BackendModel(const BackendConfig& config) : m_config(config) {}

    // CPU grows linearly with utilisation (allowed work / capacity) and caps at 100. Latency follows a
    // single-queue curve, latency / (1 - utilisation), bounded near saturation; concurrency is Little's law
    // (arrival rate x time in system) and memory grows with it.
    LoadSample sample(double allowedPerSec, double deniedPerSec) const;

    const BackendConfig& config() const { return m_config; }

private:
    BackendConfig m_config;
};

}  // namespace sluice::engine::sim
