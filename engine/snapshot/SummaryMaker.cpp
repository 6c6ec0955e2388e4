// SPDX-License-Identifier: Apache-2.0
#include "snapshot/SummaryMaker.h"

#include "core/TextCheck.h"
#include "core/Tiers.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace sluice::engine {

namespace {
// How many closed seconds of the snapshot's ring split the denials by tier: long enough that a quiet second
// does not zero the split, short enough to follow an incident.
constexpr std::size_t kTierSplitSeconds = 10;

// `deniedPerSec` split in the proportions of the denials by tier over the latest closed seconds; all standard when
// there were none (the rate then is 0 or the ring does not reach the rate's interval).
std::vector<double> deniedByTier(const Snapshot& s, double deniedPerSec)
{
    std::array<double, kReputationTierCount> counts{};
    // The ring ends with the second still open, which is left out.
    const auto& ring = s.lastHourBySecond;
    std::size_t to = ring.size();
    while (to > 0 && ring[to - 1].startSec >= toUnixSec(s.at)) {
        --to;
    }
    const std::size_t from = to > kTierSplitSeconds ? to - kTierSplitSeconds : 0;
    double total = 0;
    for (std::size_t i = from; i < to; ++i) {
        for (std::size_t t = 0; t < counts.size(); ++t) {
            counts[t] += ring[i].denied[t];
            total += ring[i].denied[t];
        }
    }
    std::vector<double> out(counts.size(), 0.0);
    if (total <= 0) {
        out[static_cast<std::size_t>(ReputationTier::Standard)] = deniedPerSec;
        return out;
    }
    for (std::size_t t = 0; t < counts.size(); ++t) {
        out[t] = deniedPerSec * counts[t] / total;
    }
    return out;
}

// A text a client sent (a key, a metric naming one) that the fleet's readers would refuse once written.
bool clientText(const std::string& text) { return TextCheck::isValidUtf8(text); }

// The alerts not resolved, newest first. A key that is not UTF-8 would be written with replacement characters and
// refused: such a key is left out of the alert's lists, and an alert whose metric names one (or whose actor is not
// UTF-8) is left out. The writers leave out an alert a reader would refuse for another reason.
void unresolvedAlerts(const AnomalyView& view, EngineSummary& s)
{
    for (auto it = view.alerts.begin(); it != view.alerts.end() && s.alerts.size() < EngineSummary::kAlerts; ++it) {
        if (it->state == AlertState::Resolved || !clientText(it->metric) || !clientText(it->acknowledgedBy) ||
            !clientText(it->response.undoneBy)) {
            continue;
        }
        AnomalyAlert told = *it;
        std::erase_if(told.affectedKeys, [](const auto& k) { return !clientText(k.first); });
        AlertResponse& r = told.response;
        r.pointsTaken.resize(r.keysLowered.size());
        for (std::size_t i = r.keysLowered.size(); i-- > 0;) {
            if (!clientText(r.keysLowered[i])) {
                r.keysLowered.erase(r.keysLowered.begin() + static_cast<std::ptrdiff_t>(i));
                r.pointsTaken.erase(r.pointsTaken.begin() + static_cast<std::ptrdiff_t>(i));
            }
        }
        s.alerts.push_back(std::move(told));
    }
    std::sort(s.alerts.begin(), s.alerts.end(), [](const AnomalyAlert& a, const AnomalyAlert& b) {
        return a.start != b.start ? a.start > b.start : a.id > b.id;
    });
    s.unresolvedAlerts = view.openAlerts;
}
}  // namespace

SummaryMaker::SummaryMaker(std::string host, std::string version, TimeNs startedAt)
    : m_host(std::move(host)), m_version(std::move(version)), m_startedAt(startedAt)
{
}

EngineSummary SummaryMaker::make(const Snapshot* latest, TimeNs now)
{
    EngineSummary s;
    s.host = m_host;
    s.version = m_version;
    s.startedAt = m_startedAt;
    s.at = now;
    if (latest == nullptr) {
        return s;
    }
    // Rates between two snapshots; the same snapshot twice keeps the rate it gave (snapshots may come slower
    // than summaries).
    if (m_seen && latest->at > m_lastAt) {
        const double seconds = static_cast<double>(latest->at - m_lastAt) / static_cast<double>(kNsPerSec);
        m_decisionsPerSec =
            static_cast<double>(latest->requests - std::min(latest->requests, m_lastRequests)) / seconds;
        m_deniedPerSec = static_cast<double>(latest->denied - std::min(latest->denied, m_lastDenied)) / seconds;
    }
    if (!m_seen || latest->at > m_lastAt) {
        m_seen = true;
        m_lastAt = latest->at;
        m_lastRequests = latest->requests;
        m_lastDenied = latest->denied;
    }
    s.decisionsPerSec = m_decisionsPerSec;
    s.deniedPerSec = m_deniedPerSec;
    s.lagMs = static_cast<double>(std::max<TimeNs>(0, now - latest->at)) / 1e6;
    s.activeKeys = latest->activeKeys;
    s.histogram.assign(latest->histogram.begin(), latest->histogram.end());
    s.tiers.assign(latest->tierCounts.begin(), latest->tierCounts.end());
    s.vipAssignments = latest->vipAssignments;
    s.deniedByTierPerSec = deniedByTier(*latest, m_deniedPerSec);
    for (const TopDeniedEntry& e : latest->topDenied) {
        if (s.topDenied.size() == EngineSummary::kTopDenied) {
            break;
        }
        // A key is bytes a client sent, cut to 255 of them: one that is not UTF-8 (or was cut inside a character)
        // would be written with replacement characters, longer than a key may be, and the summary refused.
        if (clientText(e.key)) {
            s.topDenied.push_back({e.key, e.denied});
        }
    }
    if (latest->anomaly) {
        unresolvedAlerts(*latest->anomaly, s);
    }
    const ThrottleView& t = latest->throttle;
    s.throttle = std::string(nameOf(t.level));
    s.throttleAutomatic = t.automatic;
    s.throttleMultiplier = t.multiplier;
    // A reading the fleet's readers could not take (a scaled Prometheus gauge can be anything) counts as none.
    const auto measured = [&t](LoadSignal signal) {
        const double v = t.load.of(signal);
        return t.hasSignals && t.source.measures[static_cast<std::size_t>(signal)] && std::isfinite(v) && v >= 0
                   ? std::min(v, kMaxLoadReading)
                   : -1.0;
    };
    s.cpuPercent = measured(LoadSignal::Cpu);
    s.memoryPercent = measured(LoadSignal::Memory);
    s.concurrency = measured(LoadSignal::Concurrency);
    s.shared = latest->shared.configured;
    s.degraded = latest->shared.configured && latest->shared.degraded;
    s.nodes = static_cast<std::uint32_t>(latest->shared.nodes.size());
    s.scoresShared = latest->shared.scoresShared;
    s.scoreChangesAlone = latest->shared.scoreChangesAlone;
    for (const SharedNodeView& node : latest->shared.nodes) {
        s.nodesUp += node.breaker == BreakerState::Closed ? 1 : 0;
    }
    return s;
}

}  // namespace sluice::engine
