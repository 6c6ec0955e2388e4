// SPDX-License-Identifier: Apache-2.0
// The admin API's feature flag routes: list, switch on or off, move the rollout, kill and lift the kill switch.
#include "decision/Engine.h"
#include "flags/FlagModel.h"
#include "http/AdminApi.h"
#include "http/AdminBodies.h"
#include "http/AdminReplies.h"
#include "runtime/EngineRuntime.h"

#include <memory>

namespace sluice::engine::http {

using json = nlohmann::json;

void AdminApi::flagList(Responder& responder)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    m_runtime.post([shared](const Engine& e) {
        json items = json::array();
        for (const flags::FeatureFlag& f : e.flagSet().features) {
            const std::optional<int> rollout = flags::rolloutOf(f);
            items.push_back({{"name", f.name},
                             {"description", f.description},
                             {"type", f.type},
                             {"enabled", f.enabled},
                             {"killed", f.killed},
                             {"rollout", rollout ? json(*rollout) : json(nullptr)}});
        }
        shared->send(jsonResponse(200, json{{"flags", items}}));
    });
}

void AdminApi::setFlagEnabled(std::string name, const HttpRequest& request, Responder& responder,
                              const std::string& actor)
{
    cmd::SetFlagEnabled c = readFlagEnabledBody(std::move(name), request.body, actor);
    json done{{"name", c.name}, {"enabled", c.enabled}};
    send(std::move(c), AdminContext{actor, {}}, responder, std::move(done));
}

void AdminApi::setFlagRollout(std::string name, const HttpRequest& request, Responder& responder,
                              const std::string& actor)
{
    cmd::SetFlagRollout c = readRolloutBody(std::move(name), request.body, actor);
    json done{{"name", c.name}, {"rollout", c.percent}};
    send(std::move(c), AdminContext{actor, {}}, responder, std::move(done));
}

void AdminApi::setFlagKilled(std::string name, const HttpRequest& request, Responder& responder,
                             const std::string& actor)
{
    cmd::SetFlagKilled c = readKillBody(std::move(name), request.body, actor);
    json done{{"name", c.name}, {"killed", c.killed}};
    send(std::move(c), AdminContext{actor, {}}, responder, std::move(done));
}

}  // namespace sluice::engine::http
