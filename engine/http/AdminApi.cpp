// SPDX-License-Identifier: Apache-2.0
#include "http/AdminApi.h"

#include "core/TextCheck.h"

#include "core/JsonRead.h"
#include "http/AdminReplies.h"
#include "http/ApiDocuments.h"
#include "runtime/EngineRuntime.h"

#include <nlohmann/json.hpp>

#include <array>
#include <memory>

namespace sluice::engine::http {

using json = nlohmann::json;

namespace {
using enum AdminOp;

constexpr TokenScope kRead = TokenScope::Read;
constexpr TokenScope kAdmin = TokenScope::Admin;

constexpr std::array<AdminRoute, 47> kRoutes{{
    {"GET", "/api/openapi.json", kRead, OpenApi},
    {"GET", "/api/throttle", kRead, ThrottleStatus},
    {"GET", "/api/throttle/history", kRead, ThrottleHistory},
    {"PUT", "/api/throttle/override", kAdmin, SetOverride},
    {"DELETE", "/api/throttle/override", kAdmin, ClearOverride},
    {"GET", "/api/vip", kRead, VipList},
    {"GET", "/api/vip.csv", kRead, VipExport},
    {"POST", "/api/vip.csv", kAdmin, VipImport},
    {"GET", "/api/vip/tiers", kRead, VipTiers},
    {"PUT", "/api/vip/tiers/{name}", kAdmin, PutTier},
    {"DELETE", "/api/vip/tiers/{name}", kAdmin, RemoveTier},
    {"PUT", "/api/vip/{key}", kAdmin, AssignVip},
    {"DELETE", "/api/vip/{key}", kAdmin, RevokeVip},
    {"GET", "/api/policies", kRead, Policies},
    {"PUT", "/api/policies", kAdmin, SetPolicies},
    {"GET", "/api/reputation", kRead, Reputation},
    {"PUT", "/api/reputation", kAdmin, SetReputation},
    {"GET", "/api/anomaly", kRead, AnomalySettings},
    {"PUT", "/api/anomaly", kAdmin, SetAnomalySettings},
    {"GET", "/api/alerts", kRead, Alerts},
    {"POST", "/api/alerts/{id}/acknowledge", kAdmin, AcknowledgeAlert},
    {"POST", "/api/alerts/{id}/resolve", kAdmin, ResolveAlert},
    {"POST", "/api/alerts/{id}/undo", kAdmin, UndoAlertResponse},
    {"GET", "/api/flags", kRead, Flags},
    {"GET", "/api/flags.json", kRead, FlagsExport},
    {"POST", "/api/flags.json", kAdmin, FlagsImport},
    {"GET", "/api/flags/{name}", kRead, FlagDefinition},
    {"PUT", "/api/flags/{name}", kAdmin, PutFlag},
    {"DELETE", "/api/flags/{name}", kAdmin, RemoveFlag},
    {"GET", "/api/segments", kRead, Segments},
    {"PUT", "/api/segments/{id}", kAdmin, PutSegment},
    {"DELETE", "/api/segments/{id}", kAdmin, RemoveSegment},
    {"PUT", "/api/flags/{name}/enabled", kAdmin, SetFlagEnabled},
    {"PUT", "/api/flags/{name}/rollout", kAdmin, SetFlagRollout},
    {"PUT", "/api/flags/{name}/kill", kAdmin, SetFlagKilled},
    {"GET", "/api/notifications", kRead, Notifications},
    {"GET", "/api/notifications/unread", kRead, UnreadCount},
    {"POST", "/api/notifications/read", kAdmin, MarkRead},
    // Admin even to read: contacts, accounts and URLs that may carry credentials.
    {"GET", "/api/notifications/settings", kAdmin, NotifySettings},
    {"PUT", "/api/notifications/settings", kAdmin, SetNotifySettings},
    {"POST", "/api/notifications/{id}/acknowledge", kAdmin, AcknowledgeNotification},
    {"GET", "/api/notifications/preferences/{recipient}", kRead, Preferences},
    {"PUT", "/api/notifications/preferences/{recipient}", kAdmin, SetPreferences},
    {"GET", "/api/audit", kRead, Audit},
    {"GET", "/api/audit.csv", kRead, AuditExport},
    {"GET", "/api/fleet", kRead, FleetList},
    {"GET", "/api/report", kRead, Report},
    // Keep the size above in step; the OpenAPI test checks the document against this table both ways.
}};

// A path matches a route when its segments are equal, a "{…}" segment matching any one non-empty segment.
bool pathMatches(std::string_view route, std::string_view path)
{
    while (!route.empty() && !path.empty()) {
        const auto routeEnd = route.find('/', 1);
        const auto pathEnd = path.find('/', 1);
        const std::string_view routeSegment = route.substr(0, routeEnd);
        const std::string_view pathSegment = path.substr(0, pathEnd);
        const bool parameter = routeSegment.size() > 2 && routeSegment[1] == '{';
        if (parameter ? pathSegment.size() < 2 : routeSegment != pathSegment) {
            return false;
        }
        route = routeEnd == std::string_view::npos ? std::string_view() : route.substr(routeEnd);
        path = pathEnd == std::string_view::npos ? std::string_view() : path.substr(pathEnd);
    }
    return route.empty() && path.empty();
}

// The decoded value of the route's one parameter segment, 1 to 255 bytes; nullopt (and a 400 sent) when it is
// malformed.
std::optional<std::string> parameterOf(const AdminRoute& route, std::string_view path, Responder& responder)
{
    std::size_t index = 0;
    std::string_view name;
    for (std::string_view rest = route.path.substr(1);; ++index) {
        const std::size_t end = rest.find('/');
        const std::string_view segment = rest.substr(0, end);
        if (segment.starts_with('{')) {
            name = segment.substr(1, segment.size() - 2);
            break;
        }
        rest = rest.substr(end + 1);
    }
    auto value = pathSegment(path, index);
    // Names, keys and ids travel on as JSON text, which must be UTF-8.
    if (!value || value->empty() || value->size() > 255 || !TextCheck::isValidUtf8(*value)) {
        responder.send(problem(400, std::string(name) + ": a percent-encoded UTF-8 value of 1 to 255 bytes is "
                                                        "expected in the path"));
        return std::nullopt;
    }
    return value;
}

}  // namespace

AdminApi::AdminApi(EngineRuntime& runtime, const Clock& clock, std::string databasePath, FleetHooks fleet)
    : m_runtime(runtime), m_clock(clock), m_applied(std::move(fleet.applied)), m_fleet(std::move(fleet.fleet)),
      m_forward(std::move(fleet.forward)), m_self(std::move(fleet.self)), m_databasePath(databasePath),
      m_reads(std::move(databasePath))
{
}

std::span<const AdminRoute> AdminApi::routes() { return kRoutes; }

const AdminRoute* AdminApi::match(std::string_view method, std::string_view path, bool& pathKnown)
{
    pathKnown = false;
    // Literal routes first: /api/vip/tiers is not the VIP key "tiers".
    for (const bool literal : {true, false}) {
        const AdminRoute* found = nullptr;
        for (const AdminRoute& route : kRoutes) {
            if ((route.path.find('{') == std::string_view::npos) != literal || !pathMatches(route.path, path)) {
                continue;
            }
            pathKnown = true;
            if (route.method == method || (method == "HEAD" && route.method == "GET")) {
                found = &route;
            }
        }
        if (pathKnown) {
            return found;
        }
    }
    return nullptr;
}

void AdminApi::send(Command command, AdminContext context, Responder& responder, json done)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    const std::string actor = context.actor;
    auto copy = m_applied ? std::make_shared<Command>(command) : nullptr;
    m_runtime.command(std::move(command), std::move(context),
                      [shared, done = std::move(done), copy, actor, applied = m_applied](const CommandResult& result) {
                          if (!result.ok || !applied) {
                              shared->send(result.ok ? jsonResponse(200, done) : problem(422, result.error));
                              return;
                          }
                          applied(*copy, actor, [shared, done](const std::string& id) {
                              json answer = done;
                              if (!id.empty()) {
                                  answer["fleet_change"] = id;  // the Fleet page follows it to every engine
                              }
                              shared->send(jsonResponse(200, answer));
                          });
                      });
}

void AdminApi::read(Responder& responder,
                    std::function<HttpResponse(store::Database* db, const std::string& error)> job)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    const bool queued = m_reads.post([shared, job = std::move(job)](store::Database* db, const std::string& error) {
        shared->send(db == nullptr ? problem(503, "the database cannot be read: " + error) : job(db, error));
    });
    if (!queued) {
        shared->send(problem(503, "too many database reads are waiting; try again shortly"));
    }
}

void AdminApi::handle(const AdminRoute& route, const HttpRequest& request, Responder responder,
                      const std::string& actor)
{
    try {
        std::optional<std::string> parameter;
        if (route.path.find('{') != std::string_view::npos) {
            parameter = parameterOf(route, request.path, responder);
            if (!parameter) {
                return;
            }
        }
        switch (route.op) {
        case OpenApi: {
            HttpResponse r;
            r.contentType = "application/json";
            r.body = embeddedApiDocuments()[0].text;
            responder.send(std::move(r));
            return;
        }
        case ThrottleStatus:
            return throttleStatus(responder);
        case ThrottleHistory:
            return throttleHistory(request, responder);
        case SetOverride:
            return setOverride(request, responder, actor);
        case ClearOverride:
            return clearOverride(request, responder, actor);
        case VipList:
            return vipList(request, responder);
        case VipExport:
            return vipExport(responder);
        case VipImport:
            return vipImport(request, responder, actor);
        case VipTiers:
            return vipTiers(responder);
        case PutTier:
            return putTier(std::move(*parameter), request, responder, actor);
        case RemoveTier:
            return removeTier(std::move(*parameter), responder, actor);
        case AssignVip:
            return assignVip(std::move(*parameter), request, responder, actor);
        case RevokeVip:
            return revokeVip(std::move(*parameter), responder, actor);
        case Policies:
            return policies(responder);
        case SetPolicies:
            return setPolicies(request, responder, actor);
        case Reputation:
            return reputation(responder);
        case SetReputation:
            return setReputation(request, responder, actor);
        case AnomalySettings:
            return anomalySettings(responder);
        case SetAnomalySettings:
            return setAnomalySettings(request, responder, actor);
        case NotifySettings:
            return notifySettings(responder);
        case SetNotifySettings:
            return setNotifySettings(request, responder, actor);
        case Alerts:
            return alerts(request, responder);
        case AcknowledgeAlert:
        case ResolveAlert:
        case UndoAlertResponse:
            return alertAction(route, *parameter, request, responder, actor);
        case Flags:
            return flagList(responder);
        case FlagsExport:
            return flagsExport(responder);
        case FlagsImport:
            return flagsImport(request, responder, actor);
        case FlagDefinition:
            return flagDefinition(std::move(*parameter), responder);
        case PutFlag:
            return putFlag(std::move(*parameter), request, responder, actor);
        case RemoveFlag:
            return removeFlag(std::move(*parameter), responder, actor);
        case Segments:
            return segmentList(responder);
        case PutSegment:
            return putSegment(*parameter, request, responder, actor);
        case RemoveSegment:
            return removeSegment(*parameter, responder, actor);
        case SetFlagEnabled:
            return setFlagEnabled(std::move(*parameter), request, responder, actor);
        case SetFlagRollout:
            return setFlagRollout(std::move(*parameter), request, responder, actor);
        case SetFlagKilled:
            return setFlagKilled(std::move(*parameter), request, responder, actor);
        case Notifications:
            return notifications(request, responder);
        case UnreadCount:
            return unreadCount(request, responder);
        case MarkRead:
            return markRead(request, responder, actor);
        case AcknowledgeNotification:
            return acknowledgeNotification(*parameter, request, responder, actor);
        case Preferences:
            return preferences(std::move(*parameter), responder);
        case SetPreferences:
            return setPreferences(std::move(*parameter), request, responder, actor);
        case Audit:
            return audit(request, responder, false);
        case AuditExport:
            return audit(request, responder, true);
        case FleetList:
            return fleet(responder);
        case Report:
            return report(request, responder);
        }
    } catch (const JsonRead::Error& e) {
        responder.send(problem(400, e.message));
    }
}

}  // namespace sluice::engine::http
