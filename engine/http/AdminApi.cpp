// SPDX-License-Identifier: Apache-2.0
#include "http/AdminApi.h"

#include "core/JsonRead.h"
#include "core/Tiers.h"
#include "decision/Engine.h"
#include "flags/InstantText.h"
#include "http/AdminBodies.h"
#include "http/ApiDocuments.h"
#include "runtime/EngineRuntime.h"

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <memory>

namespace sluice::engine::http {

namespace {

using json = nlohmann::json;

constexpr std::array<AdminRoute, 8> kRoutes{{
    {"GET", "/api/openapi.json", TokenScope::Read},
    {"GET", "/api/throttle", TokenScope::Read},
    {"PUT", "/api/throttle/override", TokenScope::Admin},
    {"DELETE", "/api/throttle/override", TokenScope::Admin},
    {"GET", "/api/vip", TokenScope::Read},
    {"GET", "/api/vip/tiers", TokenScope::Read},
    {"PUT", "/api/vip/{key}", TokenScope::Admin},
    {"DELETE", "/api/vip/{key}", TokenScope::Admin},
}};

HttpResponse jsonResponse(int status, const json& body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = body.dump(2, ' ', false, json::error_handler_t::replace);
    r.body += '\n';
    return r;
}

HttpResponse problem(int status, const std::string& message) { return jsonResponse(status, json{{"error", message}}); }

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

// The last segment of a path, percent-decoded ('+' stays a plus: this is a path, not a query). Nullopt when an
// escape is malformed.
std::optional<std::string> lastSegment(std::string_view path)
{
    const std::string_view raw = path.substr(path.rfind('/') + 1);
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '%') {
            out += raw[i];
            continue;
        }
        unsigned value = 0;
        if (i + 2 >= raw.size() ||
            std::from_chars(raw.data() + i + 1, raw.data() + i + 3, value, 16).ptr != raw.data() + i + 3) {
            return std::nullopt;
        }
        out += static_cast<char>(value);
        i += 2;
    }
    return out;
}

std::size_t queryNumber(const HttpRequest& request, std::string_view name, std::size_t fallback, std::size_t max,
                        bool& ok)
{
    const std::string_view raw = request.queryParam(name);
    if (raw.empty()) {
        return fallback;
    }
    std::size_t value = 0;
    const auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    ok = ok && ec == std::errc() && end == raw.data() + raw.size() && value <= max;
    return value;
}

}  // namespace

AdminApi::AdminApi(EngineRuntime& runtime, const Clock& clock, Applied applied)
    : m_runtime(runtime), m_clock(clock), m_applied(std::move(applied))
{
}

void AdminApi::send(Command command, AdminContext context, Responder& responder, json done)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    const std::string actor = context.actor;
    auto copy = m_applied ? std::make_shared<Command>(command) : nullptr;
    m_runtime.command(std::move(command), std::move(context),
                      [shared, done = std::move(done), copy, actor, applied = m_applied](const CommandResult& result) {
                          if (result.ok && applied) {
                              applied(*copy, actor);
                          }
                          shared->send(result.ok ? jsonResponse(200, done) : problem(422, result.error));
                      });
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

void AdminApi::handle(const AdminRoute& route, const HttpRequest& request, Responder responder,
                      const std::string& actor)
{
    try {
        if (route.path == "/api/openapi.json") {
            HttpResponse r;
            r.contentType = "application/json";
            r.body = embeddedApiDocuments()[0].text;
            responder.send(std::move(r));
        } else if (route.path == "/api/throttle") {
            throttleStatus(responder);
        } else if (route.path == "/api/throttle/override") {
            if (route.method == "PUT") {
                setOverride(request, responder, actor);
            } else {
                clearOverride(request, responder, actor);
            }
        } else if (route.path == "/api/vip") {
            vipList(request, responder);
        } else if (route.path == "/api/vip/tiers") {
            vipTiers(responder);
        } else {
            const auto key = lastSegment(request.path);
            if (!key || key->empty() || key->size() > 255) {
                responder.send(problem(400, "key: a percent-encoded key of 1 to 255 bytes is expected in the path"));
            } else if (route.method == "PUT") {
                assignVip(*key, request, responder, actor);
            } else {
                revokeVip(*key, responder, actor);
            }
        }
    } catch (const JsonRead::Error& e) {
        responder.send(problem(400, e.message));
    }
}

void AdminApi::throttleStatus(Responder& responder)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    m_runtime.post([shared](const Engine& e) {
        const AutoThrottle& t = e.throttle();
        json out{{"level", nameOf(t.level())},
                 {"multiplier", throttleMultiplier(t.level())},
                 {"controller_level", nameOf(t.controllerLevel())},
                 {"automatic", !t.override().has_value()},
                 {"override", nullptr}};
        if (const auto& o = t.override()) {
            out["override"] = {
                {"level", nameOf(o->level)},
                {"reason", o->reason},
                {"actor", o->actor},
                {"set_at", flags::instantText(o->setAt)},
                {"expires_at", o->expiresAt == 0 ? json(nullptr) : json(flags::instantText(o->expiresAt))}};
        }
        shared->send(jsonResponse(200, out));
    });
}

void AdminApi::setOverride(const HttpRequest& request, Responder& responder, const std::string& actor)
{
    cmd::SetThrottleOverride c = readOverrideBody(request.body, m_clock.now(), actor);
    json done{{"level", nameOf(c.level)},
              {"reason", c.reason},
              {"expires_at", c.expiresAt == 0 ? json(nullptr) : json(flags::instantText(c.expiresAt))}};
    AdminContext context{actor, c.reason};
    send(std::move(c), std::move(context), responder, std::move(done));
}

void AdminApi::clearOverride(const HttpRequest& request, Responder& responder, const std::string& actor)
{
    cmd::ClearThrottleOverride c = readClearBody(request.body, actor);
    AdminContext context{actor, c.reason};
    send(std::move(c), std::move(context), responder, json{{"automatic", true}});
}

void AdminApi::vipTiers(Responder& responder)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    m_runtime.post([shared](const Engine& e) {
        json tiers = json::array();
        const auto& all = e.vipCatalog().tiers();
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (all[i].name.empty()) {
                continue;  // a removed tier's slot
            }
            tiers.push_back({{"name", all[i].name},
                             {"multiplier", all[i].multiplier},
                             {"assignments", e.vipTierUsers(static_cast<int>(i + 1))}});
        }
        shared->send(jsonResponse(200, json{{"tiers", tiers}}));
    });
}

void AdminApi::vipList(const HttpRequest& request, Responder& responder)
{
    bool ok = true;
    const std::size_t offset = queryNumber(request, "offset", 0, 1'000'000'000, ok);
    const std::size_t limit = queryNumber(request, "limit", 100, 1000, ok);
    if (!ok) {
        responder.send(problem(400, "offset, limit: whole numbers, limit at most 1000"));
        return;
    }
    auto shared = std::make_shared<Responder>(std::move(responder));
    m_runtime.post([shared, offset, limit](const Engine& e) {
        const std::vector<store::VipAssignment> all = e.vipAssignments();
        json items = json::array();
        for (std::size_t i = offset; i < all.size() && i < offset + limit; ++i) {
            const store::VipAssignment& a = all[i];
            items.push_back({{"key", a.key},
                             {"tier", a.tier},
                             {"expires_at", a.expiresAt == 0 ? json(nullptr) : json(flags::instantText(a.expiresAt))},
                             {"notes", a.notes},
                             {"assigned_by", a.assignedBy}});
        }
        shared->send(jsonResponse(200, json{{"total", all.size()}, {"offset", offset}, {"items", items}}));
    });
}

void AdminApi::assignVip(std::string key, const HttpRequest& request, Responder& responder, const std::string& actor)
{
    cmd::AssignVip c = readAssignBody(std::move(key), request.body, actor);
    json done{{"key", c.key},
              {"tier", c.tier},
              {"expires_at", c.expiresAt == 0 ? json(nullptr) : json(flags::instantText(c.expiresAt))}};
    send(std::move(c), AdminContext{actor, {}}, responder, std::move(done));
}

void AdminApi::revokeVip(std::string key, Responder& responder, const std::string& actor)
{
    json done{{"key", key}, {"revoked", true}};
    send(cmd::RevokeVip{std::move(key)}, AdminContext{actor, {}}, responder, std::move(done));
}

}  // namespace sluice::engine::http
