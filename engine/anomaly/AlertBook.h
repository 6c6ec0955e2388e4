// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/Finding.h"
#include "config/AnomalyConfig.h"
#include "core/AnomalyView.h"

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace sluice::engine::anomaly {

// The alerts: findings grouped into incidents, one alert per (kind, metric) from its first anomalous sample until
// the metric was normal for AnomalyConfig::autoResolveAfter, and each alert's lifecycle (open, acknowledged,
// resolved). Keeps every unresolved alert and the most recent resolved ones; the store keeps them all.
class AlertBook final {
public:
    static constexpr std::size_t kMaxAffectedKeys = 20;
    // Resolved alerts kept in memory beyond the unresolved ones (the store loads as many back).
    static constexpr std::size_t kResolvedKept = 200;

    explicit AlertBook(const AnomalyConfig& config = {});
    void configure(const AnomalyConfig& config);

    // One sample's findings at `now`: each grows the incident of its (kind, metric) or, confident enough, opens
    // one; then incidents whose metric was normal long enough resolve. The ids of alerts that changed go to
    // `changed` and those of newly opened ones to `opened` (in order, each once).
    void observe(std::span<const Finding> findings, TimeNs now, std::vector<std::uint64_t>& changed,
                 std::vector<std::uint64_t>& opened);

    const AnomalyAlert* find(std::uint64_t id) const;
    AnomalyAlert* find(std::uint64_t id);
    // The lifecycle by hand; the caller checked the alert exists and is not resolved.
    void acknowledge(std::uint64_t id, const std::string& actor, TimeNs now);
    void resolve(std::uint64_t id, const std::string& actor, TimeNs now);
    // What the engine did on its own, or that an admin took it back.
    void setResponse(std::uint64_t id, AlertResponse response);

    // Alerts a previous run stored, oldest first; ids go on after the highest.
    void restore(std::vector<AnomalyAlert> alerts);

    const std::vector<AnomalyAlert>& alerts() const { return m_alerts; }  // oldest first
    std::uint64_t openCount() const { return m_incidents.size(); }        // open or acknowledged
    // Changes whenever an alert did: the view needs rebuilding.
    std::uint64_t version() const { return m_version; }

private:
    static std::string incidentKey(AnomalyKind kind, const std::string& metric);
    AnomalyAlert& open(const Finding& finding);
    static void grow(AnomalyAlert& alert, const Finding& finding);
    void closeIncident(AnomalyAlert& alert, const std::string& actor, TimeNs now);
    void prune();

    AnomalyConfig m_config;
    std::vector<AnomalyAlert> m_alerts;                          // by id, oldest first
    std::unordered_map<std::string, std::uint64_t> m_incidents;  // unresolved alerts by (kind, metric)
    std::uint64_t m_nextId = 1;
    std::uint64_t m_version = 0;
};

}  // namespace sluice::engine::anomaly
