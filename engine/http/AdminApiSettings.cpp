// SPDX-License-Identifier: Apache-2.0
// The admin API's settings routes: the per-route policies, the reputation parameters, anomaly detection's and the
// notification channels' settings, read and replaced whole in the form the settings file uses.
#include "config/ConfigJson.h"
#include "http/AdminApi.h"
#include "http/AdminBodies.h"
#include "http/AdminReplies.h"
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"

#include <memory>

namespace sluice::engine::http {

using json = nlohmann::json;

namespace {

// The engine's current value of a setting, as JSON.
void answerSetting(EngineRuntime& runtime, Responder& responder, std::string name)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    runtime.post([shared, name = std::move(name)](const EngineShards& e) {
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

void AdminApi::anomalySettings(Responder& responder) { answerSetting(m_runtime, responder, "engine.anomaly"); }

void AdminApi::setAnomalySettings(const HttpRequest& request, Responder& responder, const std::string& actor)
{
    cmd::SetAnomalyConfig c = readAnomalyBody(request.body);
    send(std::move(c), AdminContext{actor, {}}, responder, json{{"anomaly", "set"}});
}

void AdminApi::notifySettings(Responder& responder) { answerSetting(m_runtime, responder, "engine.notify"); }

void AdminApi::setNotifySettings(const HttpRequest& request, Responder& responder, const std::string& actor)
{
    cmd::SetNotifyConfig c = readNotifyBody(request.body);
    send(std::move(c), AdminContext{actor, {}}, responder, json{{"notifications", "set"}});
}

}  // namespace sluice::engine::http
