// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/AlertBook.h"
#include "anomaly/AnomalyDetectors.h"
#include "config/Command.h"
#include "part/PartContext.h"
#include "snapshot/Snapshot.h"
#include "store/StoreTypes.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice::engine::anomaly {

// Who the audit log and the throttle history name for what anomaly detection did on its own.
inline constexpr std::string_view kResponseActor = "anomaly-detection";

// Anomaly detection as a part of the engine: samples the metrics on its grid, keeps the alerts and their
// lifecycle, and takes the alert commands. A part reaches no other part: what an alert asks of the throttle and
// the key reputations it leaves as requests, which the engine carries out after running its parts, through the
// code paths of the admin commands, and hands back with recordResponse().
class AnomalyMonitor final {
public:
    // What the engine is asked to do for an alert.
    struct Request {
        enum class Kind : std::uint8_t { Respond, Undo };
        Kind kind = Kind::Respond;
        std::uint64_t alertId = 0;
        std::string actor;  // Undo: who took the response back
    };

    explicit AnomalyMonitor(const AnomalyConfig& config = {});
    void configure(const AnomalyConfig& config);
    const AnomalyConfig& config() const { return m_config; }
    // The anomaly_detection feature gate: off, findings open no alerts and nothing responds.
    void setEnabled(bool enabled);
    bool enabled() const { return m_enabled; }

    TrafficTally& tally() { return m_detectors.tally(); }
    void countingStarted() { m_detectors.countingStarted(); }
    void noteTraffic(TimeNs from, TimeNs to) { m_detectors.noteTraffic(from, to); }
    bool gridStarted() const { return m_detectors.gridStarted(); }
    void policiesChanged() { m_detectors.policiesChanged(); }

    TimeNs nextDue() const { return m_detectors.nextSample(); }
    // Samples the grid; with one engine also judges the samples and observes the findings.
    void runDue(TimeNs now, PartContext& context);

    // Keys split over several engines (AnomalyDetectors::setEngines): runDue() only closes this engine's samples,
    // and the leader judges every engine's samples of a grid point added up.
    void setEngines(std::uint32_t engines) { m_detectors.setEngines(engines); }
    void takeClosed(std::vector<ClosedSample>& out) { m_detectors.takeClosed(out); }
    TimeNs nextToClose() const { return m_detectors.nextToClose(); }
    void judge(std::span<const ClosedSample> samples, const std::vector<Policy>* policies, TimeNs now);
    // One sample's findings, from the detectors (runDue) or from a caller that has its own: grouped into alerts;
    // an alert that opens asks for its response at once.
    void observe(std::span<const Finding> findings, TimeNs now);
    void fillSnapshot(Snapshot& out) const;
    std::optional<CommandResult> validate(const Command& command, TimeNs now) const;
    std::optional<CommandResult> apply(const Command& command, TimeNs now, PartContext& context);
    // The alert as an alert command leaves it: what the store writes before the command applies.
    std::optional<AnomalyAlert> preview(const Command& command, TimeNs now) const;

    const AlertBook& alerts() const { return m_book; }
    void takeRequests(std::vector<Request>& out);
    // What the engine did for an alert's request, with the audit and settings rows that go with it to the store.
    void recordResponse(std::uint64_t id, AlertResponse response, std::vector<store::AuditEntry> audits = {},
                        std::vector<std::pair<std::string, std::string>> settings = {});
    // The alerts that changed since the last call, as the store writes them.
    void takeWrites(std::vector<store::AlertWrite>& out);
    // What the detectors learned, at most every kBaselineInterval of engine time and only when it changed;
    // `force` (at shutdown) skips the interval.
    void takeBaselines(std::vector<std::pair<std::string, std::string>>& out, TimeNs now, bool force);
    // What a previous run stored.
    void restore(std::vector<AnomalyAlert> alerts, const std::vector<std::pair<std::string, std::string>>& baselines);

    static constexpr TimeNs kBaselineInterval = 5 * kNsPerMin;
    static constexpr std::size_t kViewAlerts = 100;  // resolved alerts a snapshot shows besides the open ones

private:
    store::AlertWrite& pendingWrite(std::uint64_t id);
    std::optional<CommandResult> check(std::uint64_t id, bool undo, bool acknowledge) const;

    AnomalyConfig m_config;
    bool m_enabled = true;
    AnomalyDetectors m_detectors;
    AlertBook m_book;
    std::vector<Finding> m_findings;
    std::vector<std::uint64_t> m_changed;  // scratch for observe()
    std::vector<std::uint64_t> m_opened;
    std::vector<Request> m_requests;
    std::vector<store::AlertWrite> m_writes;  // by alert, in the order they first changed
    std::uint64_t m_settingsVersion = 0;      // enabled or configured
    std::uint64_t m_savedDetectorsVersion = 0;
    TimeNs m_nextBaselineSave = 0;
    struct ViewStamp {
        std::uint64_t book = 0;
        std::uint64_t detectors = 0;
        std::uint64_t settings = 0;
        bool operator==(const ViewStamp&) const = default;
    };
    mutable ViewStamp m_viewStamp;
    mutable std::shared_ptr<const AnomalyView> m_view;  // rebuilt when something changed
};

}  // namespace sluice::engine::anomaly
