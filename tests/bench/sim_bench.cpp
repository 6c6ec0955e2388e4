// SPDX-License-Identifier: Apache-2.0
// Request generation speed of the traffic simulator on one core (processor time of this single-threaded
// process): the built-in normal-day scenario, handed over in batches as the engine host would. Prints one
// `name value unit` line per figure.
#include "sim/ScenarioLoader.h"
#include "sim/Simulator.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

using namespace sluice::engine;

namespace {

constexpr std::size_t kBatch = 4096;
constexpr std::size_t kRequestsPerRun = 20'000'000;
constexpr int kRuns = 5;

double generate(const sim::Scenario& scenario, std::size_t requests, std::uint64_t& sink)
{
    sim::Simulator simulator(scenario, scenario.seed);
    RequestBatch batch;
    std::size_t total = 0;
    // Processor time, not wall time: on a shared machine other processes would count against the simulator.
    const std::clock_t t0 = std::clock();
    while (total < requests) {
        batch.clear();
        if (!simulator.fill(batch, kBatch) && batch.requests.empty()) {
            break;
        }
        total += batch.requests.size();
        sink += batch.requests.back().key.size() + batch.tags.back();
    }
    const double s = static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC;
    return static_cast<double>(total) / s;
}

}  // namespace

// Optional arguments: requests per run, number of runs (small values for profiling under valgrind) and a built-in
// scenario (normal-day).
int main(int argc, char** argv)
{
    const std::size_t requests = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : kRequestsPerRun;
    const int runs = argc > 2 ? std::atoi(argv[2]) : kRuns;
    const std::string name = argc > 3 ? argv[3] : "normal-day";
    const auto scenario = sim::builtinScenario(name);
    if (!scenario) {
        std::fprintf(stderr, "no built-in scenario is called %s\n", name.c_str());
        return 1;
    }
    std::uint64_t sink = 0;
    std::vector<double> rates;
    for (int run = 0; run < std::max(1, runs); ++run) {
        rates.push_back(generate(*scenario, requests, sink));
    }
    std::sort(rates.begin(), rates.end());
    std::string figure = name;
    std::replace(figure.begin(), figure.end(), '-', '_');
    std::printf("sim_generate_per_sec.%s %.6g req/s\n", figure.c_str(), rates[rates.size() / 2]);
    std::fprintf(stderr, "(checksum %llu)\n", static_cast<unsigned long long>(sink));
    return 0;
}
