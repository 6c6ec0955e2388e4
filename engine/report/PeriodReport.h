// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"
#include "core/Time.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sluice::engine::report {

// What an operations report says about one period [from, to), read from a Sluice database. Plain data: the
// console lays it out (PDF, HTML, CSV) and `writePeriodJson` writes it as is. Times are engine time, as the
// database keeps them.
struct PeriodReport {
    struct TrafficPoint {
        TimeNs start = 0;
        std::uint64_t allowed = 0;
        std::uint64_t denied = 0;
    };
    struct ThrottlePeriod {
        TimeNs start = 0;
        TimeNs end = 0;  // 0: still in force
        std::string level;
        double multiplier = 1.0;
        bool automatic = true;
        std::string actor;
        std::string reason;
    };
    struct Alert {
        std::uint64_t id = 0;
        std::string kind;
        std::string metric;
        TimeNs start = 0;
        TimeNs end = 0;  // 0: open
        std::string state;
        double confidence = 0;
        double value = 0;
        double expected = 0;
    };
    struct Count {
        std::string name;
        std::uint64_t count = 0;
    };
    struct VipChange {
        TimeNs at = 0;
        std::string key;
        std::string kind;  // vip_assigned, vip_revoked, vip_expired
        std::string tier;
    };
    struct AdminChange {
        TimeNs at = 0;
        std::string actor;
        std::string action;
        std::string target;
        std::string reason;
    };
    struct DeniedKey {
        std::string key;
        std::uint64_t violations = 0;
        int worstSeverity = 0;
        ReputationTier tier = ReputationTier::Standard;  // the key's tier now
    };
    struct TierMove {
        ReputationTier from = ReputationTier::Standard;
        ReputationTier to = ReputationTier::Standard;
        std::uint64_t keys = 0;
    };
    struct Delivery {
        std::string channel;
        std::string state;
        std::uint64_t count = 0;
    };

    TimeNs from = 0;
    TimeNs to = 0;
    std::string database;

    // KPIs.
    std::uint64_t allowed = 0;
    std::uint64_t denied = 0;
    std::array<std::uint64_t, kReputationTierCount> allowedByTier{};
    std::array<std::uint64_t, kReputationTierCount> deniedByTier{};
    std::uint64_t peakPerSecond = 0;
    std::uint64_t peakDeniedPerSecond = 0;
    std::uint64_t minutesWithTraffic = 0;
    double deniedPercent() const
    {
        const std::uint64_t all = allowed + denied;
        return all == 0 ? 0.0 : 100.0 * static_cast<double>(denied) / static_cast<double>(all);
    }

    // Traffic over the period in at most kMaxPoints even steps of `step`.
    static constexpr std::size_t kMaxPoints = 240;
    TimeNs step = 0;
    std::vector<TrafficPoint> traffic;

    // Reputation: keys by score band (ten bands of ten points) and by tier, as the database holds them now, and
    // the tier changes of the period (from -> to, counted).
    std::array<std::uint64_t, 10> scoreBands{};
    std::array<std::uint64_t, kReputationTierCount> keysByTier{};
    std::vector<TierMove> tierMoves;
    std::uint64_t violations = 0;

    // Throttle periods that overlap the period, and seconds spent at each level within it.
    std::vector<ThrottlePeriod> throttle;
    std::array<double, kThrottleLevelCount> secondsAtLevel{};

    std::vector<Alert> alerts;  // opened within the period or still open during it
    std::vector<Count> notificationsByType;
    std::vector<Count> notificationsBySeverity;  // info, warning, critical
    std::vector<Delivery> deliveries;            // by channel and state
    std::vector<VipChange> vipChanges;
    std::vector<AdminChange> flagChanges;
    std::vector<DeniedKey> topDenied;  // by violations in the period, at most kTopKeys
    static constexpr std::size_t kTopKeys = 20;
    std::vector<Count> auditByAction;
    std::uint64_t auditTotal = 0;
    std::uint64_t auditActors = 0;
};

// Progress in [0, 1] and a cancel flag, both read across threads.
struct ReportProgress {
    std::function<void(double)> progress;
    const std::atomic<bool>* cancel = nullptr;
    bool cancelled() const { return cancel != nullptr && cancel->load(std::memory_order_relaxed); }
};

// Reads the period from the database at `path` (read-only, beside a running Sluice). nullopt on success;
// otherwise a sentence naming the file and what is wrong. A cancelled read answers "cancelled".
std::optional<std::string> readPeriodReport(const std::string& path, TimeNs from, TimeNs to, PeriodReport& out,
                                            const ReportProgress& progress = {});

// The report as JSON (docs/report.md describes the shape).
std::string writePeriodJson(const PeriodReport& report, TimeNs generatedAt);

}  // namespace sluice::engine::report
