// SPDX-License-Identifier: Apache-2.0
// The admin API's feature flag routes: list, export and import them all, read, create or replace and delete a flag's
// definition, the same for segments, switch on or off, move the rollout, kill and lift the kill switch.
#include "flags/FlagModel.h"
#include "flags/FlagsJson.h"
#include "http/AdminApi.h"
#include "http/AdminBodies.h"
#include "http/AdminReplies.h"
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"

#include <memory>

namespace sluice::engine::http {

using json = nlohmann::json;

void AdminApi::flagList(Responder& responder)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    m_runtime.post([shared](const EngineShards& e) {
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

void AdminApi::flagsExport(Responder& responder)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    m_runtime.post([shared](const EngineShards& e) {
        HttpResponse r;
        r.contentType = "application/json";
        r.body = flags::writeClientFeatures(e.flagSet());
        shared->send(std::move(r));
    });
}

void AdminApi::flagsImport(const HttpRequest& request, Responder& responder, const std::string& actor)
{
    bool ok = true;
    const std::string replace = queryText(request, "replace", ok);
    if (!ok || (!replace.empty() && replace != "true" && replace != "false")) {
        responder.send(problem(400, "replace: true or false is expected"));
        return;
    }
    flags::FlagsRead read = flags::readClientFeatures(request.body);
    if (!read.flags) {
        responder.send(problem(400, "body: " + read.error));
        return;
    }
    json done{{"flags", read.flags->features.size()},
              {"segments", read.flags->segments.size()},
              {"replaced", replace == "true"},
              {"warnings", read.warnings}};
    send(cmd::ImportFlags{std::move(*read.flags), replace == "true", "the admin API", actor}, AdminContext{actor, {}},
         responder, std::move(done));
}

void AdminApi::flagDefinition(std::string name, Responder& responder)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    m_runtime.post([shared, name = std::move(name)](const EngineShards& e) {
        const flags::FeatureFlag* flag = e.flagSet().find(name);
        if (flag == nullptr) {
            shared->send(problem(404, "no flag " + json(name).dump(-1, ' ', false, json::error_handler_t::replace)));
            return;
        }
        HttpResponse r;
        r.contentType = "application/json";
        r.body = flags::writeFeature(*flag);
        shared->send(std::move(r));
    });
}

void AdminApi::putFlag(std::string name, const HttpRequest& request, Responder& responder, const std::string& actor)
{
    std::vector<std::string> warnings;
    cmd::PutFlag c = readFlagBody(std::move(name), request.body, actor, warnings);
    json done{{"name", c.flag.name}, {"warnings", warnings}};
    send(std::move(c), AdminContext{actor, {}}, responder, std::move(done));
}

void AdminApi::removeFlag(std::string name, Responder& responder, const std::string& actor)
{
    json done{{"name", name}, {"removed", true}};
    send(cmd::RemoveFlag{std::move(name), actor}, AdminContext{actor, {}}, responder, std::move(done));
}

void AdminApi::segmentList(Responder& responder)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    m_runtime.post([shared](const EngineShards& e) {
        json items = json::array();
        for (const flags::Segment& s : e.flagSet().segments) {
            items.push_back(json::parse(flags::writeSegment(s)));
        }
        shared->send(jsonResponse(200, json{{"segments", items}}));
    });
}

void AdminApi::putSegment(const std::string& id, const HttpRequest& request, Responder& responder,
                          const std::string& actor)
{
    cmd::PutSegment c = readSegmentBody(segmentIdOf(id), request.body, actor);
    json done{{"id", c.segment.id}};
    send(std::move(c), AdminContext{actor, {}}, responder, std::move(done));
}

void AdminApi::removeSegment(const std::string& id, Responder& responder, const std::string& actor)
{
    const int segment = segmentIdOf(id);
    send(cmd::RemoveSegment{segment, actor}, AdminContext{actor, {}}, responder,
         json{{"id", segment}, {"removed", true}});
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
