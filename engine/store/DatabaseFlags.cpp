// SPDX-License-Identifier: Apache-2.0
// The feature flag side of Database (schema 9): each flag's and segment's definition (client-features JSON, as
// flags/FlagsJson writes it), the engine's own changes to flags with their audit rows, and exposure counts.
#include "store/Database.h"

#include "core/Overloaded.h"
#include "store/Statement.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <limits>
#include <string>
#include <variant>

namespace sluice::engine::store {

namespace {
// The first schema with the flag tables.
constexpr int kFlagsSchema = 9;

std::int64_t wallMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Counts beyond what SQLite's signed integers hold cannot happen in practice; they stop at the top.
std::int64_t countColumn(std::uint64_t n)
{
    constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    return static_cast<std::int64_t>(std::min(n, kMax));
}

constexpr std::string_view kUpsertFlag =
    "INSERT OR REPLACE INTO feature_flags (name, definition, updated_at) VALUES (?1, ?2, ?3)";

void bindFlagRow(Statement& st, const std::string& name, const std::string& definition)
{
    st.bind(1, name);
    st.bind(2, definition);
    st.bind(3, wallMs());
}

// A definition must be a JSON object naming what its row names: a row that reads back as another flag, or
// not at all, would be lost at the next start without anyone being told.
std::string definitionProblem(const std::string& definition, const char* key, const nlohmann::json& expected)
{
    const auto j = nlohmann::json::parse(definition, nullptr, false);
    if (!j.is_object()) {
        return "its definition is not a JSON object";
    }
    const auto it = j.find(key);
    if (it == j.end() || *it != expected) {
        return std::string("its definition's \"") + key + "\" is not " + expected.dump();
    }
    return {};
}
}  // namespace

std::optional<StoreError> Database::applyFlagChange(const AdminChange& change)
{
    if (m_schemaVersion < kFlagsSchema) {
        return invalid("the database has no feature flag tables");
    }
    return std::visit(
        Overloaded{
            [&](const PutFlag& c) -> std::optional<StoreError> {
                if (c.name.empty()) {
                    return invalid("a feature flag needs a name");
                }
                if (const std::string problem = definitionProblem(c.definition, "name", c.name); !problem.empty()) {
                    return invalid("feature flag \"" + c.name + "\": " + problem);
                }
                return runOnce(kUpsertFlag, [&](Statement& st) { bindFlagRow(st, c.name, c.definition); });
            },
            // Its exposure counts go with it: a flag created later under the same name starts its own.
            [&](const RemoveFlag& c) -> std::optional<StoreError> {
                const auto byName = [&](Statement& st) { st.bind(1, c.name); };
                if (auto error = runOnce("DELETE FROM flag_exposures WHERE flag = ?1", byName)) {
                    return error;
                }
                return runOnce("DELETE FROM feature_flags WHERE name = ?1", byName);
            },
            [&](const PutSegment& c) -> std::optional<StoreError> {
                if (const std::string problem = definitionProblem(c.definition, "id", c.id); !problem.empty()) {
                    return invalid("segment " + std::to_string(c.id) + ": " + problem);
                }
                return runOnce("INSERT OR REPLACE INTO flag_segments (id, definition, updated_at) "
                               "VALUES (?1, ?2, ?3)",
                               [&](Statement& st) {
                                   st.bind(1, std::int64_t{c.id});
                                   st.bind(2, c.definition);
                                   st.bind(3, wallMs());
                               });
            },
            [&](const RemoveSegment& c) {
                return runOnce("DELETE FROM flag_segments WHERE id = ?1",
                               [&](Statement& st) { st.bind(1, std::int64_t{c.id}); });
            },
            [&](const auto&) -> std::optional<StoreError> { return invalid("not a feature flag change"); },
        },
        change);
}

std::optional<StoreError> Database::writeFlags(const std::vector<FlagWrite>& writes)
{
    // Unchecked, unlike an admin's: these are retried with the data until written, and a refusal would hold
    // every later event back. The engine wrote them from its own flags.
    // An empty definition: an admin's change to the flag was written meanwhile (StoreWriter), only the audit
    // rows remain to write.
    for (const FlagWrite& write : writes) {
        const auto bind = [&](Statement& st) { bindFlagRow(st, write.name, write.definition); };
        if (auto error = write.definition.empty() ? std::nullopt : runOnce(kUpsertFlag, bind)) {
            return error;
        }
        for (const AuditEntry& audit : write.audits) {
            if (auto error = insertAudit(audit)) {
                return error;
            }
        }
    }
    return std::nullopt;
}

std::optional<StoreError> Database::addFlagExposures(const std::vector<FlagExposureRow>& rows)
{
    if (m_schemaVersion < kFlagsSchema) {
        return invalid("the database has no feature flag tables");
    }
    for (const FlagExposureRow& row : rows) {
        // Added to what the bucket holds: a bucket handed over in parts (a restart within the minute) adds up.
        auto error = runOnce("INSERT INTO flag_exposures (flag, variant, bucket_start, yes, no) "
                             "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (flag, variant, bucket_start) "
                             "DO UPDATE SET yes = yes + excluded.yes, no = no + excluded.no",
                             [&](Statement& st) {
                                 st.bind(1, row.flag);
                                 st.bind(2, row.variant);
                                 st.bind(3, toUnixMs(row.bucketStart));
                                 st.bind(4, countColumn(row.yes));
                                 st.bind(5, countColumn(row.no));
                             });
        if (error) {
            return error;
        }
    }
    return std::nullopt;
}

std::optional<StoreError> Database::readFlagExposures(std::string_view flag, TimeNs from, TimeNs to,
                                                      std::vector<FlagExposureRow>& rows)
{
    rows.clear();
    if (m_schemaVersion < kFlagsSchema) {
        return std::nullopt;  // an older file: no exposures yet
    }
    const auto count = [](std::int64_t n) { return static_cast<std::uint64_t>(std::max<std::int64_t>(n, 0)); };
    return readRows(
        "SELECT variant, bucket_start, yes, no FROM flag_exposures WHERE flag = ?1 AND bucket_start >= ?2 AND "
        "bucket_start < ?3 ORDER BY bucket_start, variant",
        [&](const Statement& row) {
            rows.push_back(FlagExposureRow{std::string(flag), row.columnText(0), fromUnixMs(row.columnInt64(1)),
                                           count(row.columnInt64(2)), count(row.columnInt64(3))});
        },
        [&](Statement& st) {
            st.bind(1, flag);
            st.bind(2, toUnixMs(from));
            st.bind(3, toUnixMs(to));
        });
}

std::optional<StoreError> Database::loadFlagsInto(PersistedState& state)
{
    if (m_schemaVersion < kFlagsSchema) {
        return std::nullopt;  // a read-only look at an older file: no flags yet
    }
    auto error = readRows("SELECT name, definition FROM feature_flags ORDER BY name", [&](const Statement& row) {
        state.flags.emplace_back(row.columnText(0), row.columnText(1));
    });
    if (!error) {
        error = readRows("SELECT id, definition FROM flag_segments ORDER BY id", [&](const Statement& row) {
            state.segments.emplace_back(static_cast<int>(row.columnInt64(0)), row.columnText(1));
        });
    }
    return error;
}

}  // namespace sluice::engine::store
