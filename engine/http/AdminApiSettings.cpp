// SPDX-License-Identifier: Apache-2.0
// The admin API's settings routes: the per-route policies and the reputation parameters, read and replaced whole
// in the form the settings file uses.
#include "config/ConfigJson.h"
#include "decision/Engine.h"
#include "http/AdminApi.h"
#include "http/AdminBodies.h"
#include "http/AdminReplies.h"
#include "runtime/EngineRuntime.h"

#include <memory>

namespace sluice::engine::http {

using json = nlohmann::json;

namespace {

// The engine's current value of a setting, as JSON.
void answerSetting(EngineRuntime& runtime, Responder& responder, std::string name)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    runtime.post([shared, name = std::move(name)](const Engine& e) {
        const auto text = ConfigJson::settingValue(name, e.config());
        shared->send(text ? jsonResponse(200, json::parse(*text)) : problem(500, "no setting " + name));
    });
}

}  // namespace

void AdminApi::policies(Responder& responder) { answerSetting(m_runtime, responder, "engine.policies"); }

void AdminApi::setPolicies(const HttpRequest& request, Responder& responder, const std::string& actor)
{
    cmd::SetPolicies c = readPoliciesBody(request.body);
    const std::size_t count = c.policies.size();
    send(std::move(c), AdminContext{actor, {}}, responder, json{{"policies", count}});
}

void AdminApi::reputation(Responder& responder) { answerSetting(m_runtime, responder, "engine.reputation"); }

void AdminApi::setReputation(const HttpRequest& request, Responder& responder, const std::string& actor)
{
    cmd::SetReputationConfig c = readReputationBody(request.body);
    send(std::move(c), AdminContext{actor, {}}, responder, json{{"reputation", "set"}});
}

}  // namespace sluice::engine::http
