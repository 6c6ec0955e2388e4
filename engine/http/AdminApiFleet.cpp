// SPDX-License-Identifier: Apache-2.0
// The admin API's fleet route: the engines this server knows of (its roster, read from Redis every second) with
// the fleet's totals, answered from memory. And what another engine of the fleet alone can make (its alerts, its
// inbox), asked of it through the fleet.
#include "http/AdminApi.h"
#include "http/AdminReplies.h"
#include "http/FleetJson.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace sluice::engine::http {

using json = nlohmann::json;

void AdminApi::fleet(Responder& responder)
{
    if (!m_fleet) {
        responder.send(problem(503, "this server keeps no fleet roster"));
        return;
    }
    responder.send(jsonResponse(200, encodeFleetAnswer(fleetAnswerOf(m_fleet()))));
}

std::optional<std::string> AdminApi::otherEngine(const HttpRequest& request, Responder& responder) const
{
    bool ok = true;
    std::string engine = queryText(request, "engine", ok);
    if (!ok) {
        responder.send(problem(400, "engine: a percent-encoded engine id (host:pid) is expected"));
        return std::nullopt;
    }
    if (engine.empty() || engine == m_self) {
        return std::string();
    }
    if (!m_forward || !m_fleet) {
        responder.send(problem(404, "engine: this server is in no fleet, so there is no engine " + engine));
        return std::nullopt;
    }
    const std::vector<FleetEntry> engines = m_fleet();
    const FleetEntry* target = nullptr;
    std::string ownVersion;
    for (const FleetEntry& entry : engines) {
        if (entry.summary.id == engine) {
            target = &entry;
        } else if (entry.summary.id == m_self) {
            ownVersion = entry.summary.version;
        }
    }
    if (target == nullptr) {
        responder.send(problem(404, "engine: the fleet has no engine " + engine));
        return std::nullopt;
    }
    if (target->silent) {
        // A stopped engine started again has another id (another pid), and would not take it.
        responder.send(problem(409, "engine: " + engine + " has gone silent, so it cannot be asked now"));
        return std::nullopt;
    }
    if (versionBefore(target->summary.version, ownVersion)) {
        // An older engine does not know a change asked of it alone: it would pass over it.
        responder.send(problem(409, "engine: " + engine + " runs Sluice " + target->summary.version +
                                        ", older than this server's " + ownVersion + ", and cannot be asked"));
        return std::nullopt;
    }
    return engine;
}

void AdminApi::forward(const std::string& engine, Command command, const std::string& actor, Responder& responder,
                       json done)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    done["engine"] = engine;
    m_forward(engine, std::move(command), actor, [shared, done = std::move(done)](const std::string& id) {
        if (id.empty()) {
            shared->send(problem(503, "the fleet's change log did not take the change for " +
                                          done.at("engine").get<std::string>() + " (Redis did not answer); ask again"));
            return;
        }
        json answer = done;
        answer["fleet_change"] = id;  // taken once the engine's change cursor reaches it
        shared->send(jsonResponse(202, answer));
    });
}

void AdminApi::sendHere(Command command, const std::string& actor, Responder& responder, json done)
{
    if (!m_self.empty()) {
        done["engine"] = m_self;  // which engine made it: a console that asked for another can tell
    }
    send(std::move(command), AdminContext{actor, {}}, responder, std::move(done));
}

}  // namespace sluice::engine::http
