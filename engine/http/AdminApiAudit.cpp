// SPDX-License-Identifier: Apache-2.0
// The admin API's audit routes: the log queried (newest first, paged by id) and exported as CSV, with the
// filters of the console's Audit page.
#include "core/CsvCell.h"
#include "http/AdminApi.h"
#include "http/AdminReplies.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <memory>

namespace sluice::engine::http {

using json = nlohmann::json;

namespace {

constexpr std::size_t kMaxPage = 1000;
constexpr std::size_t kMaxExport = 100'000;

struct AuditFilter {
    std::string action;
    std::string actor;
    std::string like;  // '' or a LIKE pattern over target and reason
    std::int64_t sinceMs = 0;
    std::int64_t untilMs = 0;
    std::int64_t before = 0;
    std::int64_t limit = 0;
};

std::string likePattern(const std::string& text)
{
    std::string out = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + "%";
}

// The time a row is shown at: its engine time, or its wall time for rows from before engine times were kept.
constexpr const char* kSql =
    "SELECT id, at, engine_at, actor, action, target, before, after, reason FROM audit_log "
    "WHERE (?1 = '' OR action = ?1) AND (?2 = '' OR actor = ?2) "
    "AND (?3 = '' OR target LIKE ?3 ESCAPE '\\' OR reason LIKE ?3 ESCAPE '\\') "
    "AND (?4 = 0 OR coalesce(engine_at, at) >= ?4) AND (?5 = 0 OR coalesce(engine_at, at) < ?5) "
    "AND (?6 = 0 OR id < ?6) ORDER BY id DESC LIMIT ?7";

json storedJson(const store::Statement& row, int column)
{
    if (row.columnIsNull(column)) {
        return nullptr;
    }
    json value = json::parse(row.columnText(column), nullptr, false);
    return value.is_discarded() ? json(row.columnText(column)) : value;
}

}  // namespace

void AdminApi::audit(const HttpRequest& request, Responder& responder, bool csv)
{
    bool ok = true;
    AuditFilter f;
    f.action = queryText(request, "action", ok);
    f.actor = queryText(request, "actor", ok);
    const std::string text = queryText(request, "text", ok);
    f.like = text.empty() ? std::string() : likePattern(text);
    const auto since = queryInstant(request, "since", ok);
    const auto until = queryInstant(request, "until", ok);
    f.sinceMs = since ? *since / 1'000'000 : 0;
    f.untilMs = until ? *until / 1'000'000 : 0;
    f.before = static_cast<std::int64_t>(queryNumber(request, "before", 0, 9'000'000'000'000'000, ok));
    const std::size_t max = csv ? kMaxExport : kMaxPage;
    f.limit = static_cast<std::int64_t>(queryNumber(request, "limit", csv ? kMaxExport : 100, max, ok));
    if (!ok) {
        responder.send(problem(400, "action, actor, text, since, until, before, limit: since and until RFC 3339 "
                                    "times, before an audit id, limit a whole number up to " +
                                        std::to_string(max)));
        return;
    }
    read(responder, [f, csv](store::Database* db, const std::string&) {
        json items = json::array();
        std::string out;
        if (csv) {
            CsvCell::appendRecord(out, {"id", "engine_time_utc", "wall_time_utc", "actor", "action", "target", "before",
                                        "after", "reason"});
        }
        const auto error = db->readRows(
            kSql,
            [&](const store::Statement& row) {
                const std::int64_t id = row.columnInt64(0);
                const json wall = instantOfMs(row.columnInt64(1));
                const json engine = row.columnIsNull(2) ? json(nullptr) : instantOfMs(row.columnInt64(2));
                if (csv) {
                    // CsvCell defuses every cell a spreadsheet would run as a formula.
                    CsvCell::appendRecord(out, {std::to_string(id), engine.is_null() ? "" : engine.get<std::string>(),
                                                wall.is_null() ? "" : wall.get<std::string>(), row.columnText(3),
                                                row.columnText(4), row.columnText(5), row.columnText(6),
                                                row.columnText(7), row.columnText(8)});
                    return;
                }
                items.push_back({{"id", id},
                                 {"engine_at", engine},
                                 {"at", wall},
                                 {"actor", row.columnText(3)},
                                 {"action", row.columnText(4)},
                                 {"target", row.columnText(5)},
                                 {"before", storedJson(row, 6)},
                                 {"after", storedJson(row, 7)},
                                 {"reason", row.columnText(8)}});
            },
            [&](store::Statement& st) {
                st.bind(1, f.action);
                st.bind(2, f.actor);
                st.bind(3, f.like);
                st.bind(4, f.sinceMs);
                st.bind(5, f.untilMs);
                st.bind(6, f.before);
                st.bind(7, f.limit);
            });
        if (error) {
            return problem(503, error->message);
        }
        return csv ? csvResponse(std::move(out), "audit.csv") : jsonResponse(200, json{{"entries", items}});
    });
}

}  // namespace sluice::engine::http
