// SPDX-License-Identifier: Apache-2.0
// The admin API's VIP routes: assignments (list, assign, revoke, CSV export and import) and tiers.
#include "http/AdminApi.h"
#include "http/AdminBodies.h"
#include "http/AdminReplies.h"
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"
#include "vip/VipCsv.h"

#include <memory>

namespace sluice::engine::http {

using json = nlohmann::json;

void AdminApi::vipTiers(Responder& responder)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    m_runtime.post([shared](const EngineShards& e) {
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

void AdminApi::putTier(std::string name, const HttpRequest& request, Responder& responder, const std::string& actor)
{
    cmd::PutVipTier c = readTierBody(std::move(name), request.body);
    json done{{"name", c.name}, {"multiplier", c.multiplier}};
    send(std::move(c), AdminContext{actor, {}}, responder, std::move(done));
}

void AdminApi::removeTier(std::string name, Responder& responder, const std::string& actor)
{
    json done{{"name", name}, {"removed", true}};
    send(cmd::RemoveVipTier{std::move(name)}, AdminContext{actor, {}}, responder, std::move(done));
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
    m_runtime.post([shared, offset, limit](const EngineShards& e) {
        const std::vector<store::VipAssignment> all = e.vipAssignments();
        json items = json::array();
        for (std::size_t i = offset; i < all.size() && i < offset + limit; ++i) {
            const store::VipAssignment& a = all[i];
            items.push_back({{"key", a.key},
                             {"tier", a.tier},
                             {"expires_at", instantOrNull(a.expiresAt)},
                             {"notes", a.notes},
                             {"assigned_by", a.assignedBy}});
        }
        shared->send(jsonResponse(200, json{{"total", all.size()}, {"offset", offset}, {"items", items}}));
    });
}

void AdminApi::vipExport(Responder& responder)
{
    auto shared = std::make_shared<Responder>(std::move(responder));
    m_runtime.post([shared](const EngineShards& e) {
        // VipCsv writes every field by CsvCell's rule: a cell a spreadsheet would run as a formula is defused.
        shared->send(csvResponse(VipCsv::write(e.vipAssignments()), "vip.csv"));
    });
}

void AdminApi::vipImport(const HttpRequest& request, Responder& responder, const std::string& actor)
{
    const VipCsvParse parsed = VipCsv::parse(request.body);
    if (!parsed.errors.empty()) {
        json errors = json::array();
        for (const VipCsvError& error : parsed.errors) {
            errors.push_back(error.message());
        }
        responder.send(jsonResponse(400, json{{"error", parsed.errors.front().message()}, {"errors", errors}}));
        return;
    }
    if (parsed.rows.empty()) {
        responder.send(problem(400, "body: a VIP CSV file with the header key,tier,expires,notes and at least one "
                                    "assignment is expected"));
        return;
    }
    const std::size_t count = parsed.rows.size();
    send(VipCsv::toCommand(parsed.rows, actor), AdminContext{actor, {}}, responder, json{{"imported", count}});
}

void AdminApi::assignVip(std::string key, const HttpRequest& request, Responder& responder, const std::string& actor)
{
    cmd::AssignVip c = readAssignBody(std::move(key), request.body, actor);
    json done{{"key", c.key}, {"tier", c.tier}, {"expires_at", instantOrNull(c.expiresAt)}};
    send(std::move(c), AdminContext{actor, {}}, responder, std::move(done));
}

void AdminApi::revokeVip(std::string key, Responder& responder, const std::string& actor)
{
    json done{{"key", key}, {"revoked", true}};
    send(cmd::RevokeVip{std::move(key)}, AdminContext{actor, {}}, responder, std::move(done));
}

}  // namespace sluice::engine::http
