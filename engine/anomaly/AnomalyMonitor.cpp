// SPDX-License-Identifier: Apache-2.0
#include "anomaly/AnomalyMonitor.h"

#include "core/EngineText.h"
#include "core/Overloaded.h"

#include <algorithm>

namespace sluice::engine::anomaly {

AnomalyMonitor::AnomalyMonitor(const AnomalyConfig& config) : m_config(config), m_detectors(config), m_book(config) {}

void AnomalyMonitor::configure(const AnomalyConfig& config)
{
    m_config = config;
    m_detectors.configure(config);
    m_book.configure(config);
    ++m_settingsVersion;
}

void AnomalyMonitor::setEnabled(bool enabled)
{
    if (enabled != m_enabled) {
        m_enabled = enabled;
        ++m_settingsVersion;
    }
}

void AnomalyMonitor::runDue(TimeNs now, PartContext& context)
{
    m_findings.clear();
    m_detectors.sample(now, context, m_findings);
    if (!m_detectors.judgesLater()) {
        observe(m_findings, now);
    }
}

void AnomalyMonitor::judge(std::span<const ClosedSample> samples, const std::vector<Policy>* policies, TimeNs now)
{
    m_findings.clear();
    for (const ClosedSample& sample : samples) {
        m_detectors.judge(sample, policies, m_findings);
    }
    observe(m_findings, now);
}

void AnomalyMonitor::observe(std::span<const Finding> findings, TimeNs now)
{
    m_changed.clear();
    m_opened.clear();
    // With the gate off nothing new opens, but what is open still resolves once its metric is calm.
    m_book.observe(m_enabled ? findings : std::span<const Finding>(), now, m_changed, m_opened);
    for (const std::uint64_t id : m_changed) {
        pendingWrite(id);
    }
    if (m_enabled && m_config.respond) {
        for (const std::uint64_t id : m_opened) {
            m_requests.push_back(Request{Request::Kind::Respond, id, {}});
        }
    }
}

void AnomalyMonitor::fillSnapshot(Snapshot& out) const
{
    const ViewStamp stamp{m_book.version(), m_detectors.version(), m_settingsVersion};
    if (!m_view || !(stamp == m_viewStamp)) {
        auto view = std::make_shared<AnomalyView>();
        m_detectors.fillView(*view);
        view->enabled = m_enabled;
        view->openAlerts = m_book.openCount();
        const auto& all = m_book.alerts();
        std::size_t resolvedShown = 0;
        for (auto it = all.rbegin(); it != all.rend(); ++it) {
            const bool resolved = it->state == AlertState::Resolved;
            if (resolved && resolvedShown >= kViewAlerts) {
                continue;  // open ones further back are still shown
            }
            resolvedShown += resolved ? 1 : 0;
            view->alerts.push_back(*it);
        }
        m_view = std::move(view);
        m_viewStamp = stamp;
    }
    out.anomaly = m_view;
}

std::optional<CommandResult> AnomalyMonitor::check(std::uint64_t id, bool undo, bool acknowledge) const
{
    const std::string number = std::to_string(id);
    const AnomalyAlert* alert = m_book.find(id);
    if (alert == nullptr) {
        return CommandResult{false, say(Text::AlertUnknown, {number})};
    }
    if (undo) {
        const AlertResponse& r = alert->response;
        if (r.undone) {
            return CommandResult{false, say(Text::AlertResponseAlreadyUndone, {number})};
        }
        if (!r.throttleRaised && r.keysLowered.empty()) {
            return CommandResult{false, say(Text::AlertNothingToUndo, {number})};
        }
        return CommandResult{};
    }
    if (alert->state == AlertState::Resolved) {
        return CommandResult{false, say(Text::AlertAlreadyResolved, {number})};
    }
    if (acknowledge && alert->state == AlertState::Acknowledged) {
        return CommandResult{false, say(Text::AlertAlreadyAcknowledged, {number})};
    }
    return CommandResult{};
}

std::optional<CommandResult> AnomalyMonitor::validate(const Command& command, TimeNs) const
{
    // The anomaly settings are the engine's configuration (Engine::validateOwn), not this part's.
    return std::visit(Overloaded{
                          [&](const cmd::AcknowledgeAlert& c) { return check(c.id, false, true); },
                          [&](const cmd::ResolveAlert& c) { return check(c.id, false, false); },
                          [&](const cmd::UndoAlertResponse& c) { return check(c.id, true, false); },
                          [](const auto&) -> std::optional<CommandResult> { return std::nullopt; },
                      },
                      command);
}

std::optional<CommandResult> AnomalyMonitor::apply(const Command& command, TimeNs now, PartContext&)
{
    if (auto checked = validate(command, now); !checked || !checked->ok) {
        return checked;
    }
    if (const auto* ack = std::get_if<cmd::AcknowledgeAlert>(&command)) {
        m_book.acknowledge(ack->id, ack->actor, now);
        pendingWrite(ack->id);
    } else if (const auto* resolve = std::get_if<cmd::ResolveAlert>(&command)) {
        m_book.resolve(resolve->id, resolve->actor, now);
        pendingWrite(resolve->id);
    } else if (const auto* undo = std::get_if<cmd::UndoAlertResponse>(&command)) {
        m_requests.push_back(Request{Request::Kind::Undo, undo->id, undo->actor});
    }
    return CommandResult{};
}

std::optional<AnomalyAlert> AnomalyMonitor::preview(const Command& command, TimeNs now) const
{
    const auto changed = [&](std::uint64_t id, auto&& change) -> std::optional<AnomalyAlert> {
        const AnomalyAlert* found = m_book.find(id);
        if (found == nullptr) {
            return std::nullopt;
        }
        AnomalyAlert alert = *found;
        change(alert);
        return alert;
    };
    return std::visit(Overloaded{
                          [&](const cmd::AcknowledgeAlert& c) {
                              return changed(c.id, [&](AnomalyAlert& a) {
                                  a.state = AlertState::Acknowledged;
                                  a.acknowledgedBy = c.actor;
                                  a.acknowledgedAt = now;
                              });
                          },
                          [&](const cmd::ResolveAlert& c) {
                              return changed(c.id, [&](AnomalyAlert& a) {
                                  a.state = AlertState::Resolved;
                                  a.resolvedBy = c.actor;
                                  a.resolvedAt = now;
                                  a.end = now;
                              });
                          },
                          [&](const cmd::UndoAlertResponse& c) {
                              return changed(c.id, [&](AnomalyAlert& a) {
                                  a.response.undone = true;
                                  a.response.undoneBy = c.actor;
                                  a.response.undoneAt = now;
                              });
                          },
                          [](const auto&) -> std::optional<AnomalyAlert> { return std::nullopt; },
                      },
                      command);
}

void AnomalyMonitor::takeRequests(std::vector<Request>& out)
{
    out.clear();
    out.swap(m_requests);
}

void AnomalyMonitor::recordResponse(std::uint64_t id, AlertResponse response, std::vector<store::AuditEntry> audits,
                                    std::vector<std::pair<std::string, std::string>> settings)
{
    m_book.setResponse(id, std::move(response));
    store::AlertWrite& write = pendingWrite(id);
    std::move(audits.begin(), audits.end(), std::back_inserter(write.audits));
    std::move(settings.begin(), settings.end(), std::back_inserter(write.settings));
}

store::AlertWrite& AnomalyMonitor::pendingWrite(std::uint64_t id)
{
    auto found =
        std::find_if(m_writes.begin(), m_writes.end(), [&](const store::AlertWrite& w) { return w.alert.id == id; });
    store::AlertWrite& write = found != m_writes.end() ? *found : m_writes.emplace_back();
    // A copy as of this change: should the alert leave memory before the store takes it, this is its last state.
    if (const AnomalyAlert* alert = m_book.find(id)) {
        write.alert = *alert;
    }
    return write;
}

void AnomalyMonitor::takeWrites(std::vector<store::AlertWrite>& out)
{
    for (store::AlertWrite& write : m_writes) {
        // As the alert stands now: several changes since the last call make one row.
        if (const AnomalyAlert* alert = m_book.find(write.alert.id)) {
            write.alert = *alert;
        }
        out.push_back(std::move(write));
    }
    m_writes.clear();
}

void AnomalyMonitor::takeBaselines(std::vector<std::pair<std::string, std::string>>& out, TimeNs now, bool force)
{
    if (m_detectors.version() == m_savedDetectorsVersion || (!force && now < m_nextBaselineSave)) {
        return;
    }
    out = m_detectors.saveBaselines();
    m_savedDetectorsVersion = m_detectors.version();
    m_nextBaselineSave = now + kBaselineInterval;
}

void AnomalyMonitor::restore(std::vector<AnomalyAlert> alerts,
                             const std::vector<std::pair<std::string, std::string>>& baselines)
{
    m_book.restore(std::move(alerts));
    m_detectors.restoreBaselines(baselines);
    m_savedDetectorsVersion = m_detectors.version();  // what was just read is what the store holds
}

}  // namespace sluice::engine::anomaly
