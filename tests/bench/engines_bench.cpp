// SPDX-License-Identifier: Apache-2.0
// How many checks a runtime's callers decide themselves (EngineRuntime::decideNow, as the check API's loops do)
// with one engine and with the keys split over one engine per caller (RuntimeOptions::engines), in the same run.
// Each caller hands over batches of 16 checks of keys spread over a million, as fast as it can: what is measured is
// the engines' share of a check, without HTTP. Prints `name value unit` lines.
#include "core/Clock.h"
#include "runtime/EngineRuntime.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace sluice;
using engine::RequestBatch;

namespace {

constexpr std::size_t kBatch = 16;
constexpr std::size_t kSlots = 4096;  // batches per caller, reused in turn
constexpr std::uint32_t kKeys = 1'000'000;

// One batch of a caller, back in its slot once its checks are answered (at once, or by the engine thread).
struct Slot {
    std::unique_ptr<RequestBatch> batch;
    std::atomic<bool> back{true};
};

struct Caller {
    std::vector<std::unique_ptr<Slot>> slots;
    std::size_t next = 0;
};

Caller makeCaller(std::uint64_t seed)
{
    Caller caller;
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::uint32_t> key(0, kKeys - 1);
    for (std::size_t s = 0; s < kSlots; ++s) {
        auto slot = std::make_unique<Slot>();
        slot->batch = std::make_unique<RequestBatch>();
        slot->batch->bytes.reserve(kBatch * 16);
        for (std::size_t i = 0; i < kBatch; ++i) {
            engine::Request r;
            r.key = slot->batch->store("user-" + std::to_string(key(rng)));
            slot->batch->requests.push_back(r);
        }
        caller.slots.push_back(std::move(slot));
    }
    return caller;
}

// Hands over the caller's batches until `until`; returns the checks handed over.
std::uint64_t drive(engine::EngineRuntime& runtime, const engine::Clock& clock, Caller& caller,
                    std::chrono::steady_clock::time_point until)
{
    std::uint64_t checks = 0;
    while (std::chrono::steady_clock::now() < until) {
        Slot& slot = *caller.slots[caller.next];
        caller.next = (caller.next + 1) % caller.slots.size();
        while (!slot.back.load(std::memory_order_acquire)) {
            std::this_thread::yield();
        }
        slot.back.store(false, std::memory_order_relaxed);
        std::unique_ptr<RequestBatch> batch = std::move(slot.batch);
        const engine::TimeNs now = clock.now();
        for (engine::Request& r : batch->requests) {
            r.timestamp = now;
        }
        batch->done = [&slot](std::unique_ptr<RequestBatch> decided) {
            slot.batch = std::move(decided);
            slot.back.store(true, std::memory_order_release);
        };
        if (!runtime.decideNow(batch)) {
            // Handed to the engine thread (its round holds the engines): wait for it back before the next, as a loop
            // with its checks answered no sooner would, rather than bury that thread in a queue no caller overtakes.
            while (!runtime.submitWait(batch, engine::EngineRuntime::kSubmitRetry)) {
            }
            while (!slot.back.load(std::memory_order_acquire)) {
                std::this_thread::yield();
            }
        }
        checks += kBatch;
    }
    return checks;
}

struct Figures {
    double checksPerSec = 0;
    double decidedNowShare = 0;
};

Figures run(std::uint32_t engines, std::vector<Caller>& callers, double seconds)
{
    engine::SystemClock clock;
    engine::RuntimeOptions options;  // no database, no load source: the engines and their thread alone
    options.engines = engines;
    options.config.policies = {engine::Policy{"", 600, engine::kNsPerMin, 100}};
    std::string error;
    auto runtime = engine::EngineRuntime::start(options, clock, {}, error);
    if (!runtime) {
        std::fprintf(stderr, "engines_bench: %s\n", error.c_str());
        std::exit(1);
    }
    // Every caller's keys in the tables first, by the engine thread.
    for (Caller& caller : callers) {
        for (auto& slot : caller.slots) {
            auto copy = std::make_unique<RequestBatch>();
            copy->bytes.reserve(slot->batch->bytes.size());
            for (const engine::Request& r : slot->batch->requests) {
                engine::Request q = r;
                q.key = copy->store(r.key);
                q.timestamp = clock.now();
                copy->requests.push_back(q);
            }
            while (!runtime->submitWait(copy, engine::EngineRuntime::kSubmitRetry)) {
            }
        }
    }
    runtime->sync();
    const std::uint64_t batchesBefore = runtime->batchesDecidedNow();
    std::vector<std::uint64_t> checks(callers.size());
    const auto t0 = std::chrono::steady_clock::now();
    const auto until =
        t0 + std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(seconds));
    std::vector<std::thread> threads;
    for (std::size_t c = 0; c < callers.size(); ++c) {
        threads.emplace_back([&, c] { checks[c] = drive(*runtime, clock, callers[c], until); });
    }
    for (std::thread& t : threads) {
        t.join();
    }
    runtime->sync();  // every batch answered
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::uint64_t total = 0;
    for (const std::uint64_t n : checks) {
        total += n;
    }
    Figures f;
    f.checksPerSec = static_cast<double>(total) / elapsed;
    f.decidedNowShare =
        static_cast<double>(runtime->batchesDecidedNow() - batchesBefore) / static_cast<double>(total / kBatch);
    return f;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void print(const char* name, double value, const char* unit)
{
    std::printf("%s %.6g %s\n", name, value, unit);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv)
{
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    const double seconds = argc > 2 ? std::max(0.5, std::atof(argv[2])) : 3.0;
    const unsigned callers = std::max(2U, std::thread::hardware_concurrency());
    std::vector<Caller> built;
    for (unsigned c = 0; c < callers; ++c) {
        built.push_back(makeCaller(1000 + c));
    }
    std::vector<double> one;
    std::vector<double> split;
    std::vector<double> ratios;
    std::vector<double> oneShare;
    std::vector<double> splitShare;
    for (int round = 0; round < rounds; ++round) {
        // Who goes first alternates: a busy machine slows both alike.
        const bool splitFirst = round % 2 == 1;
        const Figures a = splitFirst ? run(callers, built, seconds) : run(1, built, seconds);
        const Figures b = splitFirst ? run(1, built, seconds) : run(callers, built, seconds);
        const Figures& single = splitFirst ? b : a;
        const Figures& many = splitFirst ? a : b;
        one.push_back(single.checksPerSec);
        split.push_back(many.checksPerSec);
        ratios.push_back(many.checksPerSec / single.checksPerSec);
        oneShare.push_back(single.decidedNowShare);
        splitShare.push_back(many.decidedNowShare);
    }
    // One caller alone, the keys in one engine and split: what splitting a batch costs a check.
    std::vector<Caller> alone;
    alone.push_back(makeCaller(7));
    std::vector<double> splitCost;
    for (int round = 0; round < rounds; ++round) {
        const double whole = run(1, alone, seconds).checksPerSec;
        const double parts = run(callers, alone, seconds).checksPerSec;
        splitCost.push_back(1e9 / parts - 1e9 / whole);
    }
    print("callers", callers, "threads");
    print("split_cost_ns_per_check.one_caller", median(splitCost), "ns");
    print("caller_checks_per_sec.one_engine", median(one), "ops/s");
    print("caller_checks_per_sec.engine_per_caller", median(split), "ops/s");
    print("engine_per_caller_over_one_engine_ratio", median(ratios), "ratio");
    print("decided_by_callers_share.one_engine", median(oneShare), "ratio");
    print("decided_by_callers_share.engine_per_caller", median(splitShare), "ratio");
    return 0;
}
