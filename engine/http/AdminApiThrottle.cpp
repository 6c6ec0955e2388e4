// SPDX-License-Identifier: Apache-2.0
// The admin API's throttle routes: status, history, override set and cleared.
#include "core/Tiers.h"
#include "http/AdminApi.h"
#include "http/AdminBodies.h"
#include "http/AdminReplies.h"
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"

#include <memory>

namespace sluice::engine::http {

using json = nlohmann::json;

void AdminApi::throttleStatus(Responder& responder)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    m_runtime.post([shared](const EngineShards& e) {
        const AutoThrottle& t = e.throttle();
        json out{{"level", nameOf(t.level())},
                 {"multiplier", throttleMultiplier(t.level())},
                 {"controller_level", nameOf(t.controllerLevel())},
                 {"automatic", !t.override().has_value()},
                 {"override", nullptr}};
        if (const auto& o = t.override()) {
            out["override"] = {{"level", nameOf(o->level)},
                               {"reason", o->reason},
                               {"actor", o->actor},
                               {"set_at", instantOrNull(o->setAt)},
                               {"expires_at", instantOrNull(o->expiresAt)}};
        }
        shared->send(jsonResponse(200, out));
    });
}

void AdminApi::throttleHistory(const HttpRequest& request, Responder& responder)
{
    bool ok = true;
    const std::size_t limit = queryNumber(request, "limit", 100, 10'000, ok);
    const std::optional<TimeNs> since = queryInstant(request, "since", ok);
    if (!ok) {
        responder.send(problem(400, "limit, since: limit a whole number up to 10000, since an RFC 3339 time"));
        return;
    }
    auto shared = std::make_shared<Responder>(std::move(responder));
    m_runtime.post([shared, limit, since](const EngineShards& e) {
        // The level changes since the engine started, newest first (the database keeps the longer history).
        const auto& all = e.throttle().transitions();
        json items = json::array();
        for (auto it = all.rbegin(); it != all.rend() && items.size() < limit; ++it) {
            if (since && it->at < *since) {
                break;
            }
            items.push_back({{"at", instantOrNull(it->at)},
                             {"from", nameOf(it->from)},
                             {"to", nameOf(it->to)},
                             {"automatic", it->automatic},
                             {"actor", it->actor},
                             {"reason", it->reason}});
        }
        shared->send(jsonResponse(200, json{{"level", nameOf(e.throttle().level())}, {"transitions", items}}));
    });
}

void AdminApi::setOverride(const HttpRequest& request, Responder& responder, const std::string& actor)
{
    cmd::SetThrottleOverride c = readOverrideBody(request.body, m_clock.now(), actor);
    json done{{"level", nameOf(c.level)}, {"reason", c.reason}, {"expires_at", instantOrNull(c.expiresAt)}};
    AdminContext context{actor, c.reason};
    send(std::move(c), std::move(context), responder, std::move(done));
}

void AdminApi::clearOverride(const HttpRequest& request, Responder& responder, const std::string& actor)
{
    cmd::ClearThrottleOverride c = readClearBody(request.body, actor);
    AdminContext context{actor, c.reason};
    send(std::move(c), std::move(context), responder, json{{"automatic", true}});
}

}  // namespace sluice::engine::http
