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

namespace {

// Whether dotted version `a` ("0.1.0") comes before `b`; false when either is empty or not numbers.
bool versionBefore(const std::string& a, const std::string& b)
{
    std::vector<unsigned long> parts[2];
    for (int i = 0; i < 2; ++i) {
        const std::string& text = i == 0 ? a : b;
        std::size_t start = 0;
        while (start <= text.size()) {
            const std::size_t end = std::min(text.find('.', start), text.size());
            const std::string part = text.substr(start, end - start);
            if (part.empty() || part.size() > 9 || part.find_first_not_of("0123456789") != std::string::npos) {
                return false;
            }
            parts[i].push_back(std::stoul(part));
            start = end + 1;
        }
    }
    return parts[0] < parts[1];
}

}  // namespace

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
