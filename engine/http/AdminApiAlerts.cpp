// SPDX-License-Identifier: Apache-2.0
// The admin API's anomaly alert routes: list, acknowledge, resolve, undo the automatic response.
#include "anomaly/AlertJson.h"
#include "anomaly/AnomalyMonitor.h"
#include "core/AnomalyNames.h"
#include "http/AdminApi.h"
#include "http/AdminReplies.h"
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"

#include <limits>
#include <memory>

namespace sluice::engine::http {

using json = nlohmann::json;

void AdminApi::alerts(const HttpRequest& request, Responder& responder)
{
    bool ok = true;
    const std::string stateText = queryText(request, "state", ok);
    const std::optional<AlertState> state = stateText.empty() ? std::nullopt : parseAlertState(stateText);
    if (!ok || (!stateText.empty() && !state)) {
        responder.send(problem(400, "state: open, acknowledged or resolved"));
        return;
    }
    auto shared = std::make_shared<Responder>(std::move(responder));
    m_runtime.post([shared, state](const EngineShards& e) {
        // Every unresolved alert and the latest resolved ones, newest first.
        const auto& all = e.anomaly().alerts().alerts();
        json items = json::array();
        for (auto it = all.rbegin(); it != all.rend(); ++it) {
            if (!state || it->state == *state) {
                items.push_back(anomaly::alertJson(*it));
            }
        }
        shared->send(jsonResponse(200, json{{"alerts", items}}));
    });
}

void AdminApi::alertAction(const AdminRoute& route, const std::string& id, const HttpRequest& request,
                           Responder& responder, const std::string& actor)
{
    const auto parsed = pathId(id, std::numeric_limits<std::uint64_t>::max());
    if (!parsed) {
        responder.send(problem(400, "id: an alert's id, a whole number, is expected in the path"));
        return;
    }
    const std::uint64_t number = *parsed;
    const auto engine = otherEngine(request, responder);
    if (!engine) {
        return;
    }
    Command command;
    json done{{"id", number}};
    if (route.op == AdminOp::AcknowledgeAlert) {
        command = cmd::AcknowledgeAlert{number, actor};
        done["state"] = "acknowledged";
    } else if (route.op == AdminOp::ResolveAlert) {
        command = cmd::ResolveAlert{number, actor};
        done["state"] = "resolved";
    } else {
        // The throttle override and the reputation penalties the engine set on its own go; the alert stays as it is.
        command = cmd::UndoAlertResponse{number, actor};
        done["response"] = "undone";
    }
    if (!engine->empty()) {
        return forward(*engine, std::move(command), actor, responder, std::move(done));  // alert ids are each engine's
    }
    sendHere(std::move(command), actor, responder, std::move(done));
}

}  // namespace sluice::engine::http
