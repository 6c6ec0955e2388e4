// SPDX-License-Identifier: Apache-2.0
// What-if speed: one scenario judged by two configurations at once (one generated traffic, two engines, all
// cores), against the same scenario run once as `sluice simulate` runs it, in the same process. Wall time,
// since the point is using both cores. Prints one `name value unit` line per figure; runs alternate so that a
// noisy machine slows both alike, and the medians are compared.
#include "decision/Engine.h"
#include "runtime/EngineRuntime.h"
#include "sim/ModelledLoadSource.h"
#include "sim/ScenarioLoader.h"
#include "sources/SimulationDriver.h"
#include "whatif/WhatIfRun.h"

#ifdef SLUICE_REPORT_BENCH
#include "ReportBench.h"

#include <QGuiApplication>
#endif

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace sluice::engine;

namespace {

using Wall = std::chrono::steady_clock;

RuntimeOptions simulationOptions(const sim::Scenario& scenario, const EngineConfig& config)
{
    RuntimeOptions o;
    o.config = config;
    o.followRequestTime = true;
    o.snapshotInterval = std::chrono::milliseconds(500);
    o.makeLoadSource = [backend = scenario.backend] { return std::make_unique<sim::ModelledLoadSource>(backend); };
    return o;
}

// Decisions per wall second of one engine fed by SimulationDriver, as `sluice simulate` does.
double simulateOnce(const sim::Scenario& scenario, const EngineConfig& config, TimeNs duration)
{
    ManualClock clock(scenario.startUnixS * kNsPerSec);
    std::string error;
    auto runtime = EngineRuntime::start(simulationOptions(scenario, config), clock, {}, error);
    if (!runtime) {
        std::fprintf(stderr, "engine: %s\n", error.c_str());
        std::exit(1);
    }
    const auto t0 = Wall::now();
    std::uint64_t requests = 0;
    {
        SimulationDriver driver(*runtime, clock, scenario, scenario.seed, duration);
        driver.setSpeed(SimulationDriver::kMaxSpeed);
        driver.start();
        driver.waitFinished();
        runtime->sync();
        requests = driver.handedOver();
    }
    const double s = std::chrono::duration<double>(Wall::now() - t0).count();
    return static_cast<double>(requests) / s;
}

// Decisions per wall second of both engines together.
double whatIfOnce(const whatif::WhatIfSpec& spec)
{
    whatif::WhatIfControl control;
    std::string error;
    const auto t0 = Wall::now();
    const auto result = whatif::runWhatIf(spec, control, error);
    if (!result) {
        std::fprintf(stderr, "what-if: %s\n", error.c_str());
        std::exit(1);
    }
    const double s = std::chrono::duration<double>(Wall::now() - t0).count();
    return 2.0 * static_cast<double>(result->requests) / s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

// Optional arguments: runs (default 5: a run lasts about two seconds, and medians of three moved by ±0.05 between
// runs of the benchmark) and simulated minutes (default 20) of the ddos-wave scenario.
int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const TimeNs duration = (argc > 2 ? std::max(1, std::atoi(argv[2])) : 20) * 60 * kNsPerSec;
    whatif::WhatIfSpec spec;
    std::string error;
    if (!sim::loadScenario("ddos-wave", spec.scenario, error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    for (EngineConfig& config : spec.configs) {
        sim::applyEngineConfig(spec.scenario, config);
    }
    // B halves every limit: a real question, so the engines do different work.
    for (Policy& p : spec.configs[1].policies) {
        p.limit = std::max<std::uint32_t>(1, p.limit / 2);
        p.burst = std::max<std::uint32_t>(1, p.burst / 2);
    }
    spec.seed = spec.scenario.seed;
    spec.duration = duration;
    std::vector<double> single;
    std::vector<double> both;
    for (int run = 0; run < runs; ++run) {
        single.push_back(simulateOnce(spec.scenario, spec.configs[0], duration));
        both.push_back(whatIfOnce(spec));
    }
    const double s = median(single);
    const double w = median(both);
    std::printf("simulate_requests_per_sec %.6g req/s\n", s);
    std::printf("whatif_requests_per_sec %.6g req/s\n", w);
    std::printf("whatif_over_simulate_ratio %.3f x\n", w / s);
#ifdef SLUICE_REPORT_BENCH
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");  // fonts and the PDF writer, no window
    }
    QGuiApplication app(argc, argv);
    if (!runReportBench(runs)) {
        return 1;
    }
#endif
    return 0;
}
