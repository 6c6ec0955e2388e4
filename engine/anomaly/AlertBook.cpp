// SPDX-License-Identifier: Apache-2.0
#include "anomaly/AlertBook.h"

#include <algorithm>

namespace sluice::engine::anomaly {

namespace {
void noteOnce(std::vector<std::uint64_t>& ids, std::uint64_t id)
{
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
        ids.push_back(id);
    }
}

// The incident's keys: requests summed over its samples, most first, the top ones kept.
void mergeKeys(std::vector<std::pair<std::string, std::uint64_t>>& into,
               const std::vector<std::pair<std::string, std::uint64_t>>& more, std::size_t keep)
{
    for (const auto& entry : more) {
        const auto same = std::find_if(into.begin(), into.end(), [&](const auto& k) { return k.first == entry.first; });
        if (same != into.end()) {
            same->second += entry.second;
        } else {
            into.push_back(entry);
        }
    }
    std::stable_sort(into.begin(), into.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (into.size() > keep) {
        into.resize(keep);
    }
}
}  // namespace

AlertBook::AlertBook(const AnomalyConfig& config) : m_config(config) {}

void AlertBook::configure(const AnomalyConfig& config) { m_config = config; }

std::string AlertBook::incidentKey(AnomalyKind kind, const std::string& metric)
{
    std::string key(1, static_cast<char>('a' + static_cast<int>(kind)));
    key += metric;
    return key;
}

void AlertBook::observe(std::span<const Finding> findings, TimeNs now, std::vector<std::uint64_t>& changed,
                        std::vector<std::uint64_t>& opened)
{
    const std::size_t changedBefore = changed.size();
    for (const Finding& finding : findings) {
        const std::string key = incidentKey(finding.kind, finding.metric);
        if (const auto incident = m_incidents.find(key); incident != m_incidents.end()) {
            grow(*find(incident->second), finding);
            noteOnce(changed, incident->second);
        } else if (finding.confidence >= m_config.alertThreshold) {
            const std::uint64_t id = open(finding).id;
            noteOnce(changed, id);
            noteOnce(opened, id);
        }
    }
    // A metric with no finding in a sample was normal in it: after long enough, its incident is over.
    for (auto it = m_incidents.begin(); it != m_incidents.end();) {
        AnomalyAlert& alert = *find(it->second);
        if (now - alert.lastAnomalous >= m_config.autoResolveAfter) {
            closeIncident(alert, {}, now);
            noteOnce(changed, alert.id);
            it = m_incidents.erase(it);
        } else {
            ++it;
        }
    }
    if (changed.size() != changedBefore) {
        ++m_version;
        prune();
    }
}

AnomalyAlert& AlertBook::open(const Finding& finding)
{
    AnomalyAlert alert;
    alert.id = m_nextId++;
    alert.kind = finding.kind;
    alert.metric = finding.metric;
    alert.confidence = finding.confidence;
    alert.start = finding.at;
    alert.lastAnomalous = finding.at;
    alert.value = finding.value;
    alert.expected = finding.expected;
    alert.spread = finding.spread;
    mergeKeys(alert.affectedKeys, finding.affectedKeys, kMaxAffectedKeys);
    m_incidents.emplace(incidentKey(alert.kind, alert.metric), alert.id);
    m_alerts.push_back(std::move(alert));
    return m_alerts.back();
}

void AlertBook::grow(AnomalyAlert& alert, const Finding& finding)
{
    if (finding.confidence > alert.confidence) {
        alert.confidence = finding.confidence;
        alert.value = finding.value;
        alert.expected = finding.expected;
        alert.spread = finding.spread;
    }
    alert.lastAnomalous = std::max(alert.lastAnomalous, finding.at);
    mergeKeys(alert.affectedKeys, finding.affectedKeys, kMaxAffectedKeys);
}

void AlertBook::closeIncident(AnomalyAlert& alert, const std::string& actor, TimeNs now)
{
    alert.state = AlertState::Resolved;
    alert.resolvedBy = actor;
    alert.resolvedAt = now;
    // Resolved on its own, the incident ended with its last anomalous sample; by hand, when someone closed it.
    alert.end = actor.empty() ? alert.lastAnomalous : now;
}

const AnomalyAlert* AlertBook::find(std::uint64_t id) const
{
    const auto it = std::lower_bound(m_alerts.begin(), m_alerts.end(), id,
                                     [](const AnomalyAlert& a, std::uint64_t want) { return a.id < want; });
    return it != m_alerts.end() && it->id == id ? &*it : nullptr;
}

AnomalyAlert* AlertBook::find(std::uint64_t id)
{
    return const_cast<AnomalyAlert*>(static_cast<const AlertBook&>(*this).find(id));
}

void AlertBook::acknowledge(std::uint64_t id, const std::string& actor, TimeNs now)
{
    if (AnomalyAlert* alert = find(id)) {
        alert->state = AlertState::Acknowledged;
        alert->acknowledgedBy = actor;
        alert->acknowledgedAt = now;
        ++m_version;
    }
}

void AlertBook::resolve(std::uint64_t id, const std::string& actor, TimeNs now)
{
    AnomalyAlert* alert = find(id);
    if (alert == nullptr || alert->state == AlertState::Resolved) {
        return;
    }
    m_incidents.erase(incidentKey(alert->kind, alert->metric));
    closeIncident(*alert, actor, now);
    ++m_version;
    prune();
}

void AlertBook::setResponse(std::uint64_t id, AlertResponse response)
{
    if (AnomalyAlert* alert = find(id)) {
        alert->response = std::move(response);
        ++m_version;
    }
}

void AlertBook::restore(std::vector<AnomalyAlert> alerts)
{
    std::sort(alerts.begin(), alerts.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    m_alerts = std::move(alerts);
    m_incidents.clear();
    m_nextId = 1;
    for (const AnomalyAlert& alert : m_alerts) {
        m_nextId = std::max(m_nextId, alert.id + 1);
        if (alert.state != AlertState::Resolved) {
            m_incidents[incidentKey(alert.kind, alert.metric)] = alert.id;
        }
    }
    ++m_version;
    prune();
}

void AlertBook::prune()
{
    const auto resolved = static_cast<std::size_t>(std::count_if(
        m_alerts.begin(), m_alerts.end(), [](const AnomalyAlert& a) { return a.state == AlertState::Resolved; }));
    if (resolved <= kResolvedKept) {
        return;
    }
    std::size_t toDrop = resolved - kResolvedKept;  // the oldest resolved ones
    std::erase_if(m_alerts, [&](const AnomalyAlert& a) {
        if (toDrop == 0 || a.state != AlertState::Resolved) {
            return false;
        }
        --toDrop;
        return true;
    });
}

}  // namespace sluice::engine::anomaly
