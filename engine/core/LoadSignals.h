// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <string_view>

namespace sluice::engine {

// The load the auto-throttle watches. Concurrency counts requests in flight or queued.
enum class LoadSignal { Cpu = 0, Memory = 1, Concurrency = 2 };
inline constexpr int kLoadSignalCount = 3;
inline constexpr std::array<std::string_view, kLoadSignalCount> kLoadSignalNames{"cpu_percent", "memory_percent",
                                                                                 "concurrency"};

struct LoadSignals {
    double cpuPercent = 0;
    double memoryPercent = 0;
    double concurrency = 0;

    double of(LoadSignal s) const
    {
        return s == LoadSignal::Cpu ? cpuPercent : s == LoadSignal::Memory ? memoryPercent : concurrency;
    }
};

}  // namespace sluice::engine
