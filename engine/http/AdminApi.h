// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "core/Clock.h"
#include "core/FleetView.h"
#include "http/HttpMessage.h"
#include "http/Responder.h"
#include "http/StoreReads.h"
#include "http/TokenScope.h"

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <span>
#include <string>
#include <string_view>

namespace sluice::engine {
class EngineRuntime;
}

namespace sluice::engine::http {

// What a route does; the route table maps method and path to one.
enum class AdminOp {
    OpenApi,
    ThrottleStatus,
    ThrottleHistory,
    SetOverride,
    ClearOverride,
    VipList,
    VipExport,
    VipImport,
    VipTiers,
    PutTier,
    RemoveTier,
    AssignVip,
    RevokeVip,
    Policies,
    SetPolicies,
    Reputation,
    SetReputation,
    AnomalySettings,
    SetAnomalySettings,
    NotifySettings,
    SetNotifySettings,
    Alerts,
    AcknowledgeAlert,
    ResolveAlert,
    UndoAlertResponse,
    Flags,
    FlagsExport,
    FlagsImport,
    FlagDefinition,
    PutFlag,
    RemoveFlag,
    Segments,
    PutSegment,
    RemoveSegment,
    SetFlagEnabled,
    SetFlagRollout,
    SetFlagKilled,
    Notifications,
    UnreadCount,
    MarkRead,
    AcknowledgeNotification,
    Preferences,
    SetPreferences,
    Audit,
    AuditExport,
    FleetList,
    Report,
};

// One route of the admin API: a method and a path below /api/, any of whose segments may be a parameter ("{key}").
struct AdminRoute {
    std::string_view method;
    std::string_view path;
    TokenScope scope;  // read for GET, admin for a change
    AdminOp op;
};

// The admin API (the operations the console performs, for scripts): JSON in and out (CSV for the VIP and audit
// exports), below /api/ on the check API's server. Reads need a token of scope read, changes one of scope admin;
// every change is an admin command of the engine, written durably and audited with the token's name as the actor.
// Validation errors are 400 with the JSON path of the field ("tier: ..."). /api/openapi.json describes every
// route (resources/api/openapi.json). What the engine holds is read on the engine's thread; the notification
// inbox and the audit log come from the database, on a reader thread of their own (StoreReads).
class AdminApi final {
public:
    // Told of every change the API made, once it is applied (on the engine's or the store's thread), with the
    // token's name: a fleet shares it with the other engines. It must not wait on the network there: it calls
    // `shared` later, from any thread, with the change's id in the fleet's change log (empty when it is not
    // shared), and the request is answered then, carrying the id as "fleet_change".
    using Shared = std::function<void(std::string fleetChange)>;
    using Applied = std::function<void(const Command& command, const std::string& actor, Shared shared)>;
    // The engines of the fleet (redis/FleetRoster), for GET /api/fleet.
    using Fleet = std::function<std::vector<FleetEntry>()>;
    // Asks engine `engine` of the fleet (host:pid) to make `command`, which only it can (its own alert or
    // notification): a fleet change for that engine alone. Must not wait on the network; `shared` is called later,
    // from any thread, with the change's id in the fleet's change log, empty when the log could not take it.
    using Forward =
        std::function<void(const std::string& engine, Command command, const std::string& actor, Shared shared)>;
    struct FleetHooks {
        Applied applied;
        Fleet fleet;
        Forward forward;
        std::string self;  // this engine's id in the fleet (host:pid)
    };
    AdminApi(EngineRuntime& runtime, const Clock& clock, std::string databasePath, FleetHooks fleet = {});

    static std::span<const AdminRoute> routes();
    // The route `method` and `path` ask for; null when none (`pathKnown`: the path exists with other methods).
    static const AdminRoute* match(std::string_view method, std::string_view path, bool& pathKnown);

    // Answers a request the router matched and authorized; `actor` is the token's name.
    void handle(const AdminRoute& route, const HttpRequest& request, Responder responder, const std::string& actor);

private:
    // One per route. Each takes the responder over only once the request is valid: a JsonRead::Error thrown before
    // that is answered 400 by handle(). `key` is the route's path parameter, decoded.
    void throttleStatus(Responder& responder);
    void throttleHistory(const HttpRequest& request, Responder& responder);
    void setOverride(const HttpRequest& request, Responder& responder, const std::string& actor);
    void clearOverride(const HttpRequest& request, Responder& responder, const std::string& actor);
    void vipList(const HttpRequest& request, Responder& responder);
    void vipExport(Responder& responder);
    void vipImport(const HttpRequest& request, Responder& responder, const std::string& actor);
    void vipTiers(Responder& responder);
    void putTier(std::string name, const HttpRequest& request, Responder& responder, const std::string& actor);
    void removeTier(std::string name, Responder& responder, const std::string& actor);
    void assignVip(std::string key, const HttpRequest& request, Responder& responder, const std::string& actor);
    void revokeVip(std::string key, Responder& responder, const std::string& actor);
    void policies(Responder& responder);
    void setPolicies(const HttpRequest& request, Responder& responder, const std::string& actor);
    void reputation(Responder& responder);
    void setReputation(const HttpRequest& request, Responder& responder, const std::string& actor);
    void anomalySettings(Responder& responder);
    void setAnomalySettings(const HttpRequest& request, Responder& responder, const std::string& actor);
    void notifySettings(Responder& responder);
    void setNotifySettings(const HttpRequest& request, Responder& responder, const std::string& actor);
    void alerts(const HttpRequest& request, Responder& responder);
    void alertAction(const AdminRoute& route, const std::string& id, const HttpRequest& request, Responder& responder,
                     const std::string& actor);
    void flagList(Responder& responder);
    // Every flag and segment as a client-features file, and such a file imported (every flag and segment of it, or
    // none; `replace=true` also removes the flags it lacks, the built-in ones aside).
    void flagsExport(Responder& responder);
    void flagsImport(const HttpRequest& request, Responder& responder, const std::string& actor);
    void flagDefinition(std::string name, Responder& responder);
    void putFlag(std::string name, const HttpRequest& request, Responder& responder, const std::string& actor);
    void removeFlag(std::string name, Responder& responder, const std::string& actor);
    void segmentList(Responder& responder);
    void putSegment(const std::string& id, const HttpRequest& request, Responder& responder, const std::string& actor);
    void removeSegment(const std::string& id, Responder& responder, const std::string& actor);
    void setFlagEnabled(std::string name, const HttpRequest& request, Responder& responder, const std::string& actor);
    void setFlagRollout(std::string name, const HttpRequest& request, Responder& responder, const std::string& actor);
    void setFlagKilled(std::string name, const HttpRequest& request, Responder& responder, const std::string& actor);
    void notifications(const HttpRequest& request, Responder& responder);
    void unreadCount(const HttpRequest& request, Responder& responder);
    void markRead(const HttpRequest& request, Responder& responder, const std::string& actor);
    void acknowledgeNotification(const std::string& id, const HttpRequest& request, Responder& responder,
                                 const std::string& actor);
    void preferences(std::string recipient, Responder& responder);
    void setPreferences(std::string recipient, const HttpRequest& request, Responder& responder,
                        const std::string& actor);
    void audit(const HttpRequest& request, Responder& responder, bool csv);
    void fleet(Responder& responder);
    void report(const HttpRequest& request, Responder& responder);

    // Sends the command; answers 200 with `done` once it is durable and applied (and tells m_applied), 422 with the
    // engine's sentence when it is refused.
    void send(Command command, AdminContext context, Responder& responder, nlohmann::json done);
    // The engine of the fleet a request's `engine` parameter names when it is another than this one (checked
    // against the roster); empty for this engine. Nullopt with the answer sent when it names none that answers.
    std::optional<std::string> otherEngine(const HttpRequest& request, Responder& responder) const;
    // Sends the command to `engine` through the fleet: 202 with `done` and the change's id once the change log took
    // it, 503 when it could not.
    void forward(const std::string& engine, Command command, const std::string& actor, Responder& responder,
                 nlohmann::json done);
    // send() for a change that is one engine's own (its alert, its inbox): the answer names this engine.
    void sendHere(Command command, const std::string& actor, Responder& responder, nlohmann::json done);
    // Runs `job` on the database reader's thread; 503 when too many reads wait already.
    void read(Responder& responder, std::function<HttpResponse(store::Database* db, const std::string& error)> job);

    EngineRuntime& m_runtime;
    const Clock& m_clock;
    Applied m_applied;
    Fleet m_fleet;
    Forward m_forward;
    std::string m_self;
    std::string m_databasePath;
    StoreReads m_reads;
};

}  // namespace sluice::engine::http
