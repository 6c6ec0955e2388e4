// SPDX-License-Identifier: Apache-2.0
#include "whatif/WhatIfRun.h"

#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"
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

// Waits for one admin command on a fresh engine; the reason when it is refused.
std::optional<std::string> commandAndWait(EngineRuntime& runtime, Command command)
{
    std::promise<CommandResult> done;
    runtime.command(std::move(command), AdminContext{"what-if", {}},
                    [&done](const CommandResult& r) { done.set_value(r); });
    const CommandResult result = done.get_future().get();
    return result.ok ? std::nullopt : std::optional<std::string>(result.error);
}

// Hands a side's engine its VIP tiers and assignments before any traffic. An assignment that ended before the run
// starts has nothing to decide, and the engine would refuse its expiry: it is left out.
std::optional<std::string> applyVip(EngineRuntime& runtime, const VipSetup& vip, TimeNs start)
{
    for (const VipTier& tier : vip.tiers) {
        if (tier.name.empty()) {
            continue;  // a removed tier's slot in a catalog
        }
        if (auto problem = commandAndWait(runtime, cmd::PutVipTier{tier.name, tier.multiplier})) {
            return "VIP tier " + tier.name + ": " + *problem;
        }
    }
    cmd::ImportVip import;
    for (const store::VipAssignment& a : vip.assignments) {
        if (a.expiresAt == 0 || a.expiresAt > start) {
            import.assignments.push_back(cmd::AssignVip{a.key, a.tier, a.expiresAt, a.notes, a.assignedBy});
        }
    }
    if (import.assignments.empty()) {
        return std::nullopt;
    }
    if (auto problem = commandAndWait(runtime, std::move(import))) {
        return "VIP assignments: " + *problem;
    }
    return std::nullopt;
}

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
    if (spec.log) {
        // A log brings no backend to model, and this machine's load must not decide a comparison.
        o.config.load.kind = LoadSourceKind::None;
    } else {
        o.makeLoadSource = [backend = spec.scenario.backend, faults = spec.faults, start] {
            return std::make_unique<sim::ModelledLoadSource>(backend, faults, start);
        };
    }
    return o;
}

void collect(Side& side, const WhatIfSpec& spec, TimeNs end, SideResult& out)
{
    side.runtime->sync();
    std::promise<void> done;
    side.runtime->post([&](const EngineShards& e) {
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

// The keys A and B denied a different number of times, the most changed first.
void compareKeys(WhatIfTally::KeyCounts a, WhatIfTally::KeyCounts b, WhatIfResult& out)
{
    out.keysSeen = a.size();
    for (auto& [key, countA] : a) {
        const auto it = b.find(key);
        const std::uint64_t deniedB = it == b.end() ? 0 : it->second.denied;
        if (deniedB != countA.denied) {
            ++out.keysChanged;
            out.keyChanges.push_back(KeyChange{key, countA.requests, {countA.denied, deniedB}});
        }
    }
    const auto change = [](const KeyChange& k) {
        return k.denied[1] > k.denied[0] ? k.denied[1] - k.denied[0] : k.denied[0] - k.denied[1];
    };
    const std::size_t top = std::min(out.keyChanges.size(), WhatIfResult::kTopKeyChanges);
    std::partial_sort(out.keyChanges.begin(), out.keyChanges.begin() + static_cast<std::ptrdiff_t>(top),
                      out.keyChanges.end(), [&](const KeyChange& x, const KeyChange& y) {
                          return change(x) != change(y) ? change(x) > change(y) : x.key < y.key;
                      });
    out.keyChanges.resize(top);
}

}  // namespace

std::optional<WhatIfResult> runWhatIf(const WhatIfSpec& spec, WhatIfControl& control, std::string& error)
{
    const auto wallStart = std::chrono::steady_clock::now();
    TimeNs duration = spec.duration > 0 ? spec.duration : spec.scenario.durationS * kNsPerSec;
    TimeNs start = spec.scenario.startUnixS * kNsPerSec;
    std::unique_ptr<WhatIfTraffic> traffic;
    LogTraffic* log = nullptr;
    if (spec.log) {
        const auto span = LogTraffic::span(*spec.log, error);
        if (!span) {
            return std::nullopt;
        }
        start = span->first;
        duration = std::max<TimeNs>(span->second - span->first + kNsPerSec, kNsPerSec);
        auto replay = LogTraffic::open(*spec.log, start, error);
        if (!replay) {
            return std::nullopt;
        }
        log = replay.get();
        traffic = std::move(replay);
    } else {
        traffic = std::make_unique<SimulatedTraffic>(spec.scenario, spec.seed, duration);
    }
    const TimeNs interval = WhatIfTally::intervalFor(duration);
    std::array<Side, kSides> sides;
    std::vector<WhatIfDriver::Side> lanes;
    for (int i = 0; i < kSides; ++i) {
        Side& side = sides[i];
        side.clock.set(start);
        side.tally = std::make_unique<WhatIfTally>(start, duration, interval);
        if (spec.log) {
            side.tally->countKeys();
        }
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
        if (auto problem = applyVip(*side.runtime, spec.vip[static_cast<std::size_t>(i)], start)) {
            error = std::string(i == 0 ? "A" : "B") + ": " + *problem;
            return std::nullopt;
        }
        lanes.push_back({side.runtime.get(), &side.clock, side.tally.get()});
    }
    WhatIfResult result;
    {
        WhatIfDriver driver(lanes, std::move(traffic));
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
        if (log != nullptr) {
            if (!log->error().empty()) {
                error = log->error();
                return std::nullopt;
            }
            result.log = spec.log->path;
            result.linesRead = log->ingest().read();
            result.linesRejected = log->ingest().rejected().count();
        }
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
    if (spec.log) {
        compareKeys(sides[0].tally->takeKeys(), sides[1].tally->takeKeys(), result);
    }
    control.progress = 1;
    result.scenario = spec.log ? std::string() : spec.scenario.name;
    result.seed = spec.seed;
    result.start = start;
    result.duration = duration;
    result.interval = interval;
    result.faults = spec.faults;
    result.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    return result;
}

}  // namespace sluice::engine::whatif
