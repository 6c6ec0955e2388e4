// SPDX-License-Identifier: Apache-2.0
#include "pages/throttle/ThrottleSummary.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace sluice::ui {

namespace {
QString storedName(engine::ThrottleLevel level)
{
    const std::string_view name = engine::nameOf(level);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

std::size_t indexOf(const QString& storedLevel)
{
    engine::ThrottleLevel level = engine::ThrottleLevel::None;
    engine::parseThrottleLevel(storedLevel.toStdString(), level);
    return static_cast<std::size_t>(level);
}

// The open period as the snapshot tells it, before the database has it: the reading when it began is the
// latest sample at or before its start, as the engine records it.
ThrottlePeriod openPeriod(const engine::ThrottleView& live)
{
    ThrottlePeriod p;
    p.atMs = live.since / engine::kNsPerMs;
    p.level = storedName(live.level);
    p.multiplier = live.multiplier;
    p.automatic = live.automatic;
    if (!live.automatic) {
        p.actor = QString::fromStdString(live.actor);
        p.reason = QString::fromStdString(live.reason);
    }
    const auto reading = std::find_if(live.recent.rbegin(), live.recent.rend(),
                                      [&live](const engine::ThrottleSample& s) { return s.at <= live.since; });
    if (reading != live.recent.rend()) {
        p.cpuPercent = reading->load.cpuPercent;
        p.memoryPercent = reading->load.memoryPercent;
        p.concurrency = reading->load.concurrency;
    }
    return p;
}

double secondsBetween(qint64 fromMs, qint64 toMs)
{
    return static_cast<double>(std::max<qint64>(0, toMs - fromMs)) / 1000.0;
}
}  // namespace

double ThrottleSummary::fractionIn(engine::ThrottleLevel level) const
{
    return coveredSeconds > 0 ? secondsInLevel[static_cast<std::size_t>(level)] / coveredSeconds : 0.0;
}

ThrottleSummary summarizeThrottle(const ThrottleHistoryData& stored, const std::vector<ThrottlePeriod>& seen,
                                  const engine::ThrottleView& live, engine::TimeNs now, qint64 fromMs)
{
    ThrottleSummary s;
    s.nowMs = now / engine::kNsPerMs;
    ThrottlePeriod open = openPeriod(live);
    const qint64 sinceMs = open.atMs;
    std::vector<ThrottlePeriod> older;  // newest first
    qint64 newestStoredMs = std::numeric_limits<qint64>::min();
    for (const ThrottlePeriod& p : stored.periods) {
        if (p.atMs > sinceMs) {
            continue;  // written after the snapshot was taken: it shows with the snapshot that has it
        }
        newestStoredMs = std::max(newestStoredMs, p.atMs);
        if (p.atMs == sinceMs && p.level == open.level && !s.storedCaughtUp) {
            // The open period as stored: its reason (the controller's, or who cleared an override) and id.
            open.id = p.id;
            open.previousLevel = p.previousLevel;
            open.reason = p.reason;
            open.actor = p.actor;
            open.cpuPercent = p.cpuPercent;
            open.memoryPercent = p.memoryPercent;
            open.concurrency = p.concurrency;
            s.storedCaughtUp = true;
            continue;
        }
        older.push_back(p);
    }
    // Periods seen to end that the store has not written yet go between.
    std::vector<ThrottlePeriod> unstored;
    for (const ThrottlePeriod& p : seen) {
        if (p.atMs > newestStoredMs && p.atMs < sinceMs) {
            unstored.push_back(p);
        }
    }
    s.periods.reserve(1 + unstored.size() + older.size());
    s.periods.push_back(std::move(open));
    // The periods whose time this function counts (the SQL counted the closed stored ones): a prefix.
    std::size_t counted = 1 + unstored.size();
    for (auto& p : unstored) {
        s.periods.push_back(std::move(p));
    }
    bool leading = true;
    for (auto& p : older) {
        leading = leading && (p.endedAtMs == 0 || p.atMs >= stored.toMs);
        counted += leading ? 1 : 0;
        s.periods.push_back(std::move(p));
    }
    for (std::size_t i = 1; i < s.periods.size(); ++i) {
        ThrottlePeriod& p = s.periods[i];
        if (i < counted || p.endedAtMs == 0 || p.endedAtMs > s.periods[i - 1].atMs) {
            p.endedAtMs = s.periods[i - 1].atMs;  // periods follow each other; the next one's start is this end
        }
    }

    std::copy(stored.secondsInLevel.begin(), stored.secondsInLevel.end(), s.secondsInLevel.begin());
    s.transitions = stored.transitions;
    for (std::size_t i = 0; i < counted; ++i) {
        const ThrottlePeriod& p = s.periods[i];
        const qint64 endMs = i == 0 ? s.nowMs : p.endedAtMs;
        s.secondsInLevel[indexOf(p.level)] += secondsBetween(std::max(p.atMs, fromMs), endMs);
        if (p.atMs >= fromMs && i + 1 < s.periods.size() && s.periods[i + 1].level != p.level) {
            ++s.transitions;
        }
    }
    s.coveredSeconds = std::accumulate(s.secondsInLevel.begin(), s.secondsInLevel.end(), 0.0);
    return s;
}

}  // namespace sluice::ui
