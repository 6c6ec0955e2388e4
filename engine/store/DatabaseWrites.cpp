// SPDX-License-Identifier: Apache-2.0
// The data side of Database: loading the persisted state and writing events, keys and admin changes.
#include "store/Database.h"

#include "core/EngineText.h"
#include "store/DatabaseStatements.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <variant>

namespace sluice::engine::store {

namespace {

void bindOptionalText(Statement& statement, int index, std::string_view text)
{
    if (text.empty()) {
        statement.bindNull(index);
    } else {
        statement.bind(index, text);
    }
}

ReputationTier tierFromColumn(std::int64_t value)
{
    // An out-of-range value can only come from a hand-edited file; Standard is the neutral choice.
    if (value < 0 || value >= kReputationTierCount) {
        return ReputationTier::Standard;
    }
    return static_cast<ReputationTier>(value);
}

}  // namespace

PersistedState Database::load()
{
    PersistedState state;
    if (auto error = loadInto(state)) {
        throw std::runtime_error(error->message);
    }
    return state;
}

void Database::writeEvents(const EventBatch& events)
{
    std::optional<StoreError> error = begin();
    if (!error) {
        error = insertEvents(events);
    }
    if (!error) {
        error = commit();
    }
    if (error) {
        rollback();
        throw std::runtime_error(error->message);
    }
}

void Database::writeKeys(const std::vector<KeyReputation>& keys)
{
    std::optional<StoreError> error = begin();
    if (!error) {
        error = upsertKeys(keys);
    }
    if (!error) {
        error = commit();
    }
    if (error) {
        rollback();
        throw std::runtime_error(error->message);
    }
}

std::optional<StoreError> Database::apply(const std::vector<AdminChange>& changes, const AuditEntry& audit)
{
    if (audit.actor.empty() || audit.action.empty()) {
        return invalid("an admin change needs an actor and an action for its audit row");
    }
    if (auto error = begin()) {
        return error;
    }
    for (const AdminChange& change : changes) {
        if (auto error = applyOne(change)) {
            rollback();
            return error;
        }
    }
    if (auto error = insertAudit(audit)) {
        rollback();
        return error;
    }
    return commit();
}

std::optional<StoreError> Database::insertAudit(const AuditEntry& audit)
{
    Statement& statement = m_statements->insertAudit;
    auto scope = statement.scope();
    statement.bind(1, toUnixMs(audit.at));
    statement.bind(2, audit.actor);
    statement.bind(3, audit.action);
    statement.bind(4, audit.target);
    for (const auto& [index, json] : {std::pair{5, &audit.before}, std::pair{6, &audit.after}}) {
        if (json->has_value()) {
            statement.bind(index, std::string_view(**json));
        } else {
            statement.bindNull(index);
        }
    }
    statement.bind(7, audit.reason);
    if (audit.engineAt) {
        statement.bind(8, toUnixMs(*audit.engineAt));
    } else {
        statement.bindNull(8);
    }
    return statement.step() == SQLITE_DONE ? std::nullopt : std::optional(sqlError("write the audit log of"));
}

std::optional<StoreError> Database::loadInto(PersistedState& state)
{
    Statements& s = *m_statements;
    // A read-only connection prepares nothing when it opens: the command that opened it may read other tables.
    if (!s.selectSettings) {  // the last one prepareReads() prepares
        const char* failedSql = nullptr;
        if (s.prepareReads(m_db, failedSql) != SQLITE_OK) {
            return sqlError("prepare reading");
        }
    }
    // One read transaction, so the tables come from one snapshot.
    {
        auto scope = s.beginRead.scope();
        if (s.beginRead.step() != SQLITE_DONE) {
            return sqlError("start reading");
        }
    }
    auto readAll = [&](Statement& statement, auto&& readRow) -> std::optional<StoreError> {
        auto scope = statement.scope();
        int rc = SQLITE_ROW;
        while ((rc = statement.step()) == SQLITE_ROW) {
            readRow(statement);
        }
        return rc == SQLITE_DONE ? std::nullopt : std::optional(sqlError("read"));
    };
    std::optional<StoreError> error = readAll(s.selectKeys, [&](const Statement& row) {
        constexpr auto kMaxClean = std::numeric_limits<std::uint32_t>::max();
        const std::int64_t clean = row.columnInt64(3);
        state.keys.push_back({row.columnText(0), static_cast<float>(row.columnDouble(1)),
                              tierFromColumn(row.columnInt64(2)),
                              static_cast<std::uint32_t>(std::clamp<std::int64_t>(clean, 0, kMaxClean)),
                              fromUnixMs(row.columnInt64(4))});
    });
    if (!error) {
        error = readAll(s.selectVipTiers, [&](const Statement& row) {
            state.vipTiers.push_back({row.columnText(0), row.columnDouble(1)});
        });
    }
    if (!error) {
        error = readAll(s.selectVipUsers, [&](const Statement& row) {
            state.vipAssignments.push_back({row.columnText(0), row.columnText(1),
                                            row.columnIsNull(2) ? 0 : fromUnixMs(row.columnInt64(2)), row.columnText(3),
                                            row.columnText(4), fromUnixMs(row.columnInt64(5))});
        });
    }
    if (!error) {
        error = readAll(s.selectVipWarned, [&](const Statement& row) { state.vipWarned.push_back(row.columnText(0)); });
    }
    if (!error) {
        error = readAll(s.selectSettings, [&](const Statement& row) {
            state.settings.emplace_back(row.columnText(0), row.columnText(1));
        });
    }
    if (!error) {
        error = loadAnomalyInto(state);
    }
    if (!error) {
        error = loadNotifyInto(state);
    }
    if (!error) {
        error = loadFlagsInto(state);
    }
    if (error) {
        rollback();
        state = {};
        return error;
    }
    return commit();
}

std::optional<StoreError> Database::insertEvents(const EventBatch& events)
{
    Statements& s = *m_statements;
    for (const Event& event : events) {
        Statement* statement = nullptr;
        switch (event.kind) {
        case EventKind::Violation:
        case EventKind::TierChanged:
            statement = &s.insertReputationEvent;
            statement->bind(2, event.key);
            statement->bind(3, nameOf(event.kind));
            statement->bind(4, static_cast<std::int64_t>(event.severity));
            statement->bind(5, static_cast<double>(event.scoreBefore));
            statement->bind(6, static_cast<double>(event.scoreAfter));
            statement->bind(7, nameOf(event.tierBefore));
            statement->bind(8, nameOf(event.tierAfter));
            break;
        case EventKind::VipExpired:
            // The row goes with its event, in the same transaction: a restart neither resurrects the assignment
            // nor raises the event twice. A later reassignment (another expiry) is left alone.
            if (auto error = removeExpiredVip(event)) {
                return error;
            }
            [[fallthrough]];
        case EventKind::VipAssigned:
        case EventKind::VipRevoked:
        case EventKind::VipExpiring:
            statement = &s.insertVipEvent;
            statement->bind(2, event.key);
            statement->bind(3, nameOf(event.kind));
            bindOptionalText(*statement, 4, event.detail);
            break;
        case EventKind::AnomalyAlert:
            break;  // a notification: the alert is stored as its own row (anomaly_alerts)
        case EventKind::ThrottleChanged: {
            // One row per period: the one still open ends where this one begins.
            {
                auto scope = s.closeThrottlePeriod.scope();
                s.closeThrottlePeriod.bind(1, toUnixMs(event.at));
                if (s.closeThrottlePeriod.step() != SQLITE_DONE) {
                    return sqlError("write events to");
                }
            }
            const ThrottlePeriodStart& t = event.throttle;
            statement = &s.insertThrottleEvent;
            statement->bind(2, nameOf(t.level));
            statement->bind(3, nameOf(t.previous));
            bindOptionalText(*statement, 4, event.detail);
            statement->bind(5, throttleMultiplier(t.level));
            statement->bind(6, t.load.cpuPercent);
            statement->bind(7, t.load.memoryPercent);
            statement->bind(8, t.load.concurrency);
            statement->bind(9, static_cast<std::int64_t>(t.automatic ? 1 : 0));
            statement->bind(10, t.actor);
            break;
        }
        }
        if (statement == nullptr) {
            continue;  // not a kind we know; nothing sensible to store
        }
        statement->bind(1, toUnixMs(event.at));
        auto scope = statement->scope();
        if (statement->step() != SQLITE_DONE) {
            return sqlError("write events to");
        }
    }
    return std::nullopt;
}

std::optional<StoreError> Database::removeExpiredVip(const Event& event)
{
    Statement& statement = m_statements->deleteExpiredVipUser;
    auto scope = statement.scope();
    statement.bind(1, event.key);
    statement.bind(2, toUnixMs(event.at));
    return statement.step() == SQLITE_DONE ? std::nullopt : std::optional(sqlError("remove an expired VIP from"));
}

std::optional<StoreError> Database::upsertKeys(const std::vector<KeyReputation>& keys)
{
    Statement& statement = m_statements->upsertKey;
    for (const KeyReputation& key : keys) {
        auto scope = statement.scope();
        statement.bind(1, key.key);
        statement.bind(2, static_cast<double>(key.score));
        statement.bind(3, static_cast<std::int64_t>(key.tier));
        statement.bind(4, static_cast<std::int64_t>(key.cleanAllowed));
        statement.bind(5, toUnixMs(key.updatedAt));
        if (statement.step() != SQLITE_DONE) {
            return sqlError("write keys to");
        }
    }
    return std::nullopt;
}

std::optional<StoreError> Database::runOnce(std::string_view sql, const std::function<void(Statement&)>& bind)
{
    Statement statement;
    if (statement.prepare(m_db, sql) != SQLITE_OK) {
        return sqlError("prepare a change to");
    }
    bind(statement);
    return statement.step() == SQLITE_DONE ? std::nullopt : std::optional(sqlError("apply changes to"));
}

std::optional<StoreError> Database::readRows(std::string_view sql, const std::function<void(const Statement&)>& readRow,
                                             const std::function<void(Statement&)>& bind)
{
    Statement statement;
    if (statement.prepare(m_db, sql) != SQLITE_OK) {
        return sqlError("prepare reading");
    }
    if (bind) {
        bind(statement);
    }
    int rc = SQLITE_ROW;
    while ((rc = statement.step()) == SQLITE_ROW) {
        readRow(statement);
    }
    return rc == SQLITE_DONE ? std::nullopt : std::optional(sqlError("read"));
}

std::optional<StoreError> Database::applyOne(const AdminChange& change)
{
    Statements& s = *m_statements;
    // Runs a statement whose bindings `bind` sets; returns its single integer result, if any, through `value`.
    auto run = [&](Statement& statement, std::int64_t* value, auto&& bind) -> std::optional<StoreError> {
        auto scope = statement.scope();
        bind(statement);
        const int rc = statement.step();
        if (rc == SQLITE_ROW && value != nullptr) {
            *value = statement.columnInt64(0);
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            return sqlError("apply changes to");
        }
        return std::nullopt;
    };

    if (const auto* put = std::get_if<PutVipTier>(&change)) {
        const VipTierRow& tier = put->tier;
        if (tier.name.empty()) {
            return invalid(say(Text::VipTierNeedsName));
        }
        // Checked here as well as in SQL so the person gets a sentence, not a constraint name.
        if (!std::isfinite(tier.multiplier) || !(tier.multiplier > 0)) {
            return invalid(say(Text::VipTierMultiplierNotPositive, {tier.name, numberText(tier.multiplier)}));
        }
        return run(s.upsertVipTier, nullptr, [&](Statement& st) {
            st.bind(1, tier.name);
            st.bind(2, tier.multiplier);
        });
    }
    if (const auto* remove = std::get_if<RemoveVipTier>(&change)) {
        std::int64_t users = 0;
        if (auto error = run(s.countTierUsers, &users, [&](Statement& st) { st.bind(1, remove->name); })) {
            return error;
        }
        if (users > 0) {
            return invalid(users == 1 ? say(Text::VipTierInUseByOne, {remove->name})
                                      : say(Text::VipTierInUse, {remove->name, std::to_string(users)}));
        }
        return run(s.deleteVipTier, nullptr, [&](Statement& st) { st.bind(1, remove->name); });
    }
    if (const auto* assign = std::get_if<AssignVip>(&change)) {
        const VipAssignment& a = assign->assignment;
        if (a.key.empty()) {
            return invalid(say(Text::VipKeyLength));
        }
        std::int64_t exists = 0;
        if (auto error = run(s.tierExists, &exists, [&](Statement& st) { st.bind(1, a.tier); })) {
            return error;
        }
        if (exists == 0) {
            return invalid(say(Text::UnknownVipTier, {a.tier}));
        }
        return run(s.upsertVipUser, nullptr, [&](Statement& st) {
            st.bind(1, a.key);
            st.bind(2, a.tier);
            if (a.expiresAt == 0) {
                st.bindNull(3);
            } else {
                st.bind(3, toUnixMs(a.expiresAt));
            }
            st.bind(4, a.notes);
            st.bind(5, a.assignedBy);
            st.bind(6, toUnixMs(a.assignedAt));
        });
    }
    if (const auto* revoke = std::get_if<RevokeVip>(&change)) {
        return run(s.deleteVipUser, nullptr, [&](Statement& st) { st.bind(1, revoke->key); });
    }
    if (const auto* alert = std::get_if<PutAlert>(&change)) {
        return upsertAlert(alert->alert);
    }
    if (std::holds_alternative<PutFlag>(change) || std::holds_alternative<RemoveFlag>(change) ||
        std::holds_alternative<PutSegment>(change) || std::holds_alternative<RemoveSegment>(change)) {
        return applyFlagChange(change);
    }
    if (!std::holds_alternative<PutSetting>(change)) {
        return applyNotifyChange(change);
    }
    const auto& setting = std::get<PutSetting>(change);
    if (setting.name.empty()) {
        return invalid("a setting needs a name");
    }
    return run(s.upsertSetting, nullptr, [&](Statement& st) {
        st.bind(1, setting.name);
        st.bind(2, setting.value);
    });
}

}  // namespace sluice::engine::store
