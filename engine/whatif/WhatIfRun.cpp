// SPDX-License-Identifier: Apache-2.0
#include "whatif/WhatIfRun.h"

#include "decision/Engine.h"
#include "runtime/EngineRuntime.h"
#include "sim/ClassReputation.h"
#include "sim/ModelledLoadSource.h"
#include "whatif/WhatIfDriver.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <memory>
#include <mutex>

namespace sluice::engine::whatif {

namespace {

constexpr auto kPoll = std::chrono::milliseconds(50);

// One configuration's engine: its clock, its latest snapshot and its tally.
struct Side {
    ManualClock clock{0};
    std::mutex latestMutex;
    SnapshotPtr latest;
    std::unique_ptr<WhatIfTally> tally;
    std::unique_ptr<EngineRuntime> runtime;
};

RuntimeOptions optionsFor(const WhatIfSpec& spec, const EngineConfig& config, TimeNs start)
{
    RuntimeOptions o;
    o.config = config;
    o.followRequestTime = true;
    // The driver passes a batch from one engine's done callback to the next without waiting: the queue must
    // hold every batch that can be in flight.
    o.maxQueuedBatches = std::max<std::size_t>(o.maxQueuedBatches, kBatchesInFlight * kSides);
    // Nobody watches the snapshots while the run lasts; the last one is taken after it.
    o.snapshotInterval = std::chrono::milliseconds(500);
    o.makeLoadSource = [backend = spec.scenario.backend, faults = spec.faults, start] {
        return std::make_unique<sim::ModelledLoadSource>(backend, faults, start);
    };
    return o;
}

void collect(Side& side, const WhatIfSpec& spec, TimeNs end, SideResult& out)
{
    side.runtime->sync();
    std::promise<void> done;
    side.runtime->post([&](const Engine& e) {
        out.summary.throttle = sim::throttleHistory(e.throttle(), end);
        out.summary.reputationAtEnd = sim::classReputation(e, spec.scenario);
        done.set_value();
    });
    done.get_future().get();
    {
        std::lock_guard lock(side.latestMutex);
        out.summary.finalSnapshot = *side.latest;
    }
    side.runtime->shutdown();
    const WhatIfTally& t = *side.tally;
    out.summary.outcomes = t.outcomes();
    out.deniedByTier = t.deniedByTier();
    out.allowedByTier = t.allowedByTier();
    out.vipDenied = t.vipDenied();
    out.vipAllowed = t.vipAllowed();
    out.timeline = t.timeline();
    // Alert ids count up from 1 in an engine without a database: the highest is the number raised.
    if (const auto& anomaly = out.summary.finalSnapshot.anomaly) {
        for (const AnomalyAlert& a : anomaly->alerts) {
            out.alertsRaised = std::max(out.alertsRaised, a.id);
        }
    }
}

}  // namespace

std::optional<WhatIfResult> runWhatIf(const WhatIfSpec& spec, WhatIfControl& control, std::string& error)
{
    const auto wallStart = std::chrono::steady_clock::now();
    const TimeNs duration = spec.duration > 0 ? spec.duration : spec.scenario.durationS * kNsPerSec;
    const TimeNs start = spec.scenario.startUnixS * kNsPerSec;
    const TimeNs interval = WhatIfTally::intervalFor(duration);
    std::array<Side, kSides> sides;
    std::vector<WhatIfDriver::Side> lanes;
    for (int i = 0; i < kSides; ++i) {
        Side& side = sides[i];
        side.clock.set(start);
        side.tally = std::make_unique<WhatIfTally>(start, duration, interval);
        side.runtime = EngineRuntime::start(
            optionsFor(spec, spec.configs[i], start), side.clock,
            [&side](SnapshotPtr s) {
                std::lock_guard lock(side.latestMutex);
                side.latest = std::move(s);
            },
            error);
        if (!side.runtime) {
            error = std::string(i == 0 ? "A" : "B") + ": " + error;
            return std::nullopt;
        }
        lanes.push_back({side.runtime.get(), &side.clock, side.tally.get()});
    }
    WhatIfResult result;
    {
        WhatIfDriver driver(lanes, spec.scenario, spec.seed, duration);
        driver.start();
        while (!driver.waitFor(kPoll)) {
            control.progress = driver.progress();
            if (control.cancel) {
                driver.cancel();
            }
        }
        if (!driver.waitFinished()) {
            error.clear();
            return std::nullopt;
        }
        result.requests = driver.generated();
        for (auto& side : result.sides) {
            side.summary.keysPerClass = driver.keysPerClass();
        }
    }
    for (int i = 0; i < kSides; ++i) {
        collect(sides[i], spec, start + duration, result.sides[i]);
        result.sides[i].summary.scenario = spec.scenario.name;
        result.sides[i].summary.seed = spec.seed;
        result.sides[i].summary.simulatedSeconds = static_cast<double>(duration) / kNsPerSec;
    }
    control.progress = 1;
    result.scenario = spec.scenario.name;
    result.seed = spec.seed;
    result.start = start;
    result.duration = duration;
    result.interval = interval;
    result.faults = spec.faults;
    result.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    return result;
}

}  // namespace sluice::engine::whatif
