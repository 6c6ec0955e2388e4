// SPDX-License-Identifier: Apache-2.0
#include "anomaly/AnomalyMonitor.h"

#include "core/Overloaded.h"

namespace sluice::engine::anomaly {

AnomalyMonitor::AnomalyMonitor(const AnomalyConfig& config) : m_detectors(config) {}

void AnomalyMonitor::runDue(TimeNs now, PartContext& context)
{
    m_findings.clear();
    m_detectors.sample(now, context, m_findings);
}

void AnomalyMonitor::fillSnapshot(Snapshot& out) const
{
    if (!m_view) {
        auto view = std::make_shared<AnomalyView>();
        m_detectors.fillView(*view);
        m_view = std::move(view);
    }
    out.anomaly = m_view;
}

std::optional<CommandResult> AnomalyMonitor::validate(const Command& command, TimeNs) const
{
    return std::visit(Overloaded{
                          [](const cmd::AcknowledgeAlert&) -> std::optional<CommandResult> {
                              return CommandResult{false, "no such alert"};
                          },
                          [](const cmd::ResolveAlert&) -> std::optional<CommandResult> {
                              return CommandResult{false, "no such alert"};
                          },
                          [](const cmd::UndoAlertResponse&) -> std::optional<CommandResult> {
                              return CommandResult{false, "no such alert"};
                          },
                          [](const cmd::SetAnomalyConfig&) -> std::optional<CommandResult> { return CommandResult{}; },
                          [](const auto&) -> std::optional<CommandResult> { return std::nullopt; },
                      },
                      command);
}

std::optional<CommandResult> AnomalyMonitor::apply(const Command& command, TimeNs now, PartContext&)
{
    if (auto checked = validate(command, now); !checked || !checked->ok) {
        return checked;
    }
    if (const auto* c = std::get_if<cmd::SetAnomalyConfig>(&command)) {
        m_detectors.configure(c->config);
        m_view.reset();
    }
    return CommandResult{};
}

}  // namespace sluice::engine::anomaly
