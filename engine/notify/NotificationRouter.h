// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "config/NotifyConfig.h"
#include "core/Event.h"
#include "core/Notification.h"
#include "notify/DigestBook.h"
#include "notify/ViolationWindow.h"
#include "part/PartContext.h"
#include "store/StoreTypes.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace sluice::engine::notify {

// Who hears what (a part of the engine, see decision/EngineParts.h): turns the engine's events into
// notifications for the ops team and for key owners who have a contact or preferences, as each recipient's
// preferences choose types and channels. Violation notices are limited per key (ViolationWindow); external
// deliveries wait out quiet hours while the inbox copy goes at once; recipients with aggregate_daily get one
// digest a day on their external channels (DigestBook). Ids rise across restarts. No Qt, no threads: the engine
// hands the notifications to the delivery service (notify/NotificationCenter) through Engine::takeNotifications.
class NotificationRouter final {
public:
    explicit NotificationRouter(NotifyConfig config = {}) : m_config(std::move(config)) {}

    void configure(const NotifyConfig& config) { m_config = config; }
    // Preferences, contacts and the ids already used, as the database holds them. Unreadable preferences rows
    // are skipped (the recipient has the defaults) and counted.
    void restore(const store::PersistedState& state);

    // Routes the events from `events[seen]` on (the engine's pending batch); eventsTaken() when it is handed on.
    void observe(const EventBatch& events);
    void eventsTaken() { m_seen = 0; }
    // Events of another engine (the other shards of a sharded engine), routed whole.
    void observeAll(const EventBatch& events);
    // Hands over what was produced, oldest first.
    void take(std::vector<Notification>& out);

    // Part hooks: the digest and the end of quiet hours are timers.
    TimeNs nextDue() const;
    void runDue(TimeNs now, PartContext& context);
    std::optional<CommandResult> validate(const Command& command, TimeNs now) const;
    std::optional<CommandResult> apply(const Command& command, TimeNs now, PartContext& context);

    // What the audit row and the store need: a recipient's stored preferences (nullopt: the defaults apply), a
    // key's contact, and the preferences in force.
    std::optional<NotifyPreferences> storedPreferences(const std::string& recipient) const;
    std::optional<NotifyContact> contact(const std::string& key) const;
    NotifyPreferences preferences(const std::string& recipient) const;
    std::vector<NotifyContact> contacts() const;  // by key
    std::uint64_t nextId() const { return m_nextId; }
    std::size_t unreadablePreferences() const { return m_unreadablePreferences; }

private:
    struct Held {
        TimeNs until = 0;
        Notification notification;  // id assigned when released
    };
    void route(const Event& event);
    void routeTo(const std::string& recipient, NotificationType type, const Event& event);
    bool wants(const NotifyPreferences& p, NotificationType type, const Event& event) const;
    // The channels the recipient can be reached on, with their addresses (in-app always).
    std::vector<Destination> reachable(const std::string& recipient) const;
    void produce(Notification notification, const NotifyPreferences& p);
    void release(TimeNs now);
    void sendDigests(TimeNs now);
    void announceReport(const cmd::AnnounceReport& report, TimeNs now);
    std::vector<std::string> keyRecipients(const std::string& key) const;

    NotifyConfig m_config;
    std::map<std::string, NotifyPreferences> m_preferences;  // recipient -> stored preferences
    std::unordered_map<std::string, NotifyContact> m_contacts;
    ViolationWindow m_violations;
    DigestBook m_digest;
    TimeNs m_nextDigest = 0;  // 0: nothing waits for a digest
    std::vector<Held> m_held;
    std::vector<Notification> m_out;
    std::uint64_t m_nextId = 1;
    std::size_t m_seen = 0;
    std::size_t m_unreadablePreferences = 0;
    // The latest reputation_low crossing, so one score change raising both TierChanged and Violation gives one.
    std::string m_lowKey;
    TimeNs m_lowAt = -1;
};

}  // namespace sluice::engine::notify
