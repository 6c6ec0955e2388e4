// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AnomalyView.h"
#include "core/NotifyContact.h"
#include "core/Tiers.h"
#include "core/Time.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace sluice::engine::store {

struct StoreError {
    enum class Code {
        NotADatabase,  // the file exists but is not an SQLite database at all
        NotSluice,     // an SQLite database that belongs to some other program
        NewerSchema,   // written by a newer Sluice; we refuse to touch it
        Locked,        // another program holds a lock on the file
        InUse,         // another Sluice process has the database open
        Missing,       // a read-only open found no file at the path
        Io,            // cannot open, create, read or write
        Invalid,       // an admin change broke a rule (unknown VIP tier, ...)
    };
    StoreError() = default;
    StoreError(Code c, std::string m, std::string why = {}) : code(c), message(std::move(m)), cause(std::move(why)) {}

    Code code = Code::Io;
    std::string message;  // names the file and what is wrong, ready to show a person
    std::string cause;    // SQLite's few words for a failed write ("database is locked"), where there is one
};

// The persisted part of a key: enough to restore its reputation after a restart or an eviction.
struct KeyReputation {
    std::string key;
    float score = 50.0F;
    ReputationTier tier = ReputationTier::Standard;
    std::uint32_t cleanAllowed = 0;  // allowed requests counted toward the next +1
    TimeNs updatedAt = 0;
};

// Where a followed log was read up to: the file (device and inode) and the byte after the last line used.
struct LogPosition {
    std::string path;
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::uint64_t offset = 0;
    TimeNs updatedAt = 0;  // wall clock
};

struct VipTierRow {
    std::string name;
    double multiplier = 1.0;
};

struct VipAssignment {
    std::string key;
    std::string tier;
    TimeNs expiresAt = 0;  // 0 = never expires
    std::string notes;
    std::string assignedBy;
    TimeNs assignedAt = 0;
};

struct PersistedState {
    std::vector<KeyReputation> keys;
    std::vector<VipTierRow> vipTiers;
    std::vector<VipAssignment> vipAssignments;
    std::vector<std::string> vipWarned;  // keys whose current assignment already had its vip_expiring event
    std::vector<std::pair<std::string, std::string>> settings;  // name -> JSON text
    // Anomaly detection (schema 7): every alert still open and the most recent others, oldest first; and what
    // the detectors learned, metric -> their own bytes.
    std::vector<AnomalyAlert> alerts;
    std::vector<std::pair<std::string, std::string>> anomalyBaselines;
    // Notifications (schema 8): the highest id written (the next one is above it), each recipient's preferences
    // as their JSON text, and key owners' contacts.
    std::uint64_t notificationMaxId = 0;
    std::vector<std::pair<std::string, std::string>> notifyPreferences;
    std::vector<NotifyContact> notifyContacts;
    // Feature flags (schema 9): each flag's definition as its client-features JSON (flags/FlagsJson writeFeature,
    // Sluice's additions included), by name; each segment's (writeSegment), by id. Exposure history stays in
    // the database (flag_exposures) and is read by the console, not restored.
    std::vector<std::pair<std::string, std::string>> flags;
    std::vector<std::pair<int, std::string>> segments;
};

// How many alerts beyond the open ones load() brings back: the engine keeps as many in memory.
inline constexpr std::size_t kRecentAlertsKept = 200;

// Admin changes. A batch of them commits in one transaction and is durable when reported done.
struct PutVipTier {
    VipTierRow tier;
};
struct RemoveVipTier {
    std::string name;  // refused (Invalid) while assignments still use it
};
struct AssignVip {
    VipAssignment assignment;  // replaces any assignment of the same key
};
struct RevokeVip {
    std::string key;
};
struct PutSetting {
    std::string name;
    std::string value;
};
// An anomaly alert as it stands after the change (acknowledged, resolved, its response undone).
struct PutAlert {
    AnomalyAlert alert;
};
// Notifications (store/DatabaseNotify.cpp): preferences rows (JSON text), contacts, and the inbox's rows.
struct PutNotifyPreferences {
    std::string recipient;
    std::string preferences;  // JSON text
};
struct RemoveNotifyPreferences {
    std::string recipient;
};
struct PutNotifyContact {
    NotifyContact contact;  // replaces the key's contact
};
struct RemoveNotifyContact {
    std::string key;
};
// Sets read_at (engine time) where it is still 0: of `ids`, or with `all` of every notification (of `recipient`
// when not empty).
struct MarkNotificationsRead {
    std::vector<std::uint64_t> ids;
    bool all = false;
    std::string recipient;
    TimeNs at = 0;
};
// Acknowledging reads it too.
struct AcknowledgeNotification {
    std::uint64_t id = 0;
    std::string by;
    TimeNs at = 0;
};
// Removes notifications and their deliveries: `ids`, or every one of `recipient` when `ids` is empty.
struct DeleteNotifications {
    std::vector<std::uint64_t> ids;
    std::string recipient;
};
// Removes notifications (and their deliveries) created before `before` (engine time).
struct CleanupNotifications {
    TimeNs before = 0;
};
// Feature flags (store/DatabaseFlags.cpp): a definition is its JSON text (flags/FlagsJson).
struct PutFlag {
    std::string name;
    std::string definition;
};
struct RemoveFlag {
    std::string name;
};
struct PutSegment {
    int id = 0;
    std::string definition;
};
struct RemoveSegment {
    int id = 0;
};
using AdminChange = std::variant<PutVipTier, RemoveVipTier, AssignVip, RevokeVip, PutSetting, PutAlert,
                                 PutNotifyPreferences, RemoveNotifyPreferences, PutNotifyContact, RemoveNotifyContact,
                                 MarkNotificationsRead, AcknowledgeNotification, DeleteNotifications,
                                 CleanupNotifications, PutFlag, RemoveFlag, PutSegment, RemoveSegment>;

// One row of audit_log. It is written in the transaction of the changes it describes, so neither exists
// without the other.
struct AuditEntry {
    TimeNs at = 0;  // wall clock
    std::string actor;
    std::string action;                 // stable dotted name: vip.assign, throttle.set, setting.put, ...
    std::string target;                 // key, tier name or setting name
    std::optional<std::string> before;  // compact JSON of the target's state; nullopt when it did not exist
    std::optional<std::string> after;   // nullopt when the change removed it
    std::string reason;
    // The engine's clock at that moment (`at` is the wall clock): the time the console shows it at. nullopt is
    // stored as NULL, as rows written before schema 4 hold it.
    std::optional<TimeNs> engineAt;
};

// An alert as the engine changed it on its own (opened, grown, resolved, responded to), with the audit rows and
// settings rows of what it did in response: all written in one transaction.
struct AlertWrite {
    AnomalyAlert alert;
    std::vector<AuditEntry> audits;
    std::vector<std::pair<std::string, std::string>> settings;  // name -> JSON text, as PutSetting
};

// A flag the engine changed on its own (a schedule entry applied, a rollout plan's step or halt), with its audit
// rows (actor "sluice"): written in one transaction.
struct FlagWrite {
    std::string name;
    std::string definition;  // the flag after the change, as PutFlag
    std::vector<AuditEntry> audits;
};

// Exposure counts of one flag (and variant; empty = the flag's on/off) in one bucket (core/FlagsView.h
// kExposureBucket), added to what the row already holds.
struct FlagExposureRow {
    std::string flag;
    std::string variant;
    TimeNs bucketStart = 0;
    std::uint64_t yes = 0;
    std::uint64_t no = 0;
};

// One minute of traffic (schema 10, traffic_minutes), added to what the row already holds; peaks keep the larger.
struct TrafficMinuteRow {
    TimeNs start = 0;  // engine time, on a whole minute
    std::array<std::uint64_t, kReputationTierCount> allowed{};
    std::array<std::uint64_t, kReputationTierCount> denied{};
    std::uint64_t peakTotal = 0;
    std::uint64_t peakDenied = 0;
};

using AdminDone = std::function<void(const std::optional<StoreError>& error)>;

}  // namespace sluice::engine::store
