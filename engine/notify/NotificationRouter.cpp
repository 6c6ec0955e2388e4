// SPDX-License-Identifier: Apache-2.0
#include "notify/NotificationRouter.h"

#include "config/NotifyConfigJson.h"
#include "core/EngineText.h"
#include "core/JsonRead.h"
#include "core/Overloaded.h"
#include "core/TextCheck.h"
#include "notify/ContactCheck.h"
#include "notify/NotificationText.h"
#include "notify/QuietHours.h"

#include <algorithm>
#include <unordered_map>

namespace sluice::engine::notify {

namespace {
CommandResult refuse(std::string why) { return CommandResult{false, std::move(why)}; }

bool isOps(const std::string& recipient) { return recipient == kOpsRecipient; }

bool external(Channel channel) { return channel != Channel::InApp; }

constexpr std::size_t kMaxAttachmentPath = 4096;  // PATH_MAX: a longer one is no file

std::optional<CommandResult> checkReport(const cmd::AnnounceReport& report)
{
    if (report.period.empty()) {
        return refuse(say(Text::ReportNoPeriod));
    }
    if (report.files.empty()) {
        return refuse(say(Text::ReportNoFiles));
    }
    for (const std::string& file : report.files) {
        // A relative path would mean another file to the delivery service, which may run in another directory.
        const bool control =
            std::any_of(file.begin(), file.end(), [](char c) { return static_cast<unsigned char>(c) < 32; });
        if (file.empty() || file.front() != '/' || control || file.size() > kMaxAttachmentPath) {
            return refuse(say(Text::ReportFileNotAbsolute, {TextCheck::escapeForTerminal(file, 200)}));
        }
    }
    if ((report.channels >> kChannelCount) != 0) {
        return refuse(say(Text::ReportChannelsUnknown));
    }
    return CommandResult{};
}
}  // namespace

void NotificationRouter::restore(const store::PersistedState& state)
{
    m_nextId = std::max(m_nextId, state.notificationMaxId + 1);
    m_preferences.clear();
    for (const auto& [recipient, text] : state.notifyPreferences) {
        std::string error;
        if (auto p = preferencesFromText(text, error)) {
            m_preferences[recipient] = *p;
        } else {
            ++m_unreadablePreferences;
        }
    }
    m_contacts.clear();
    for (const NotifyContact& c : state.notifyContacts) {
        m_contacts[c.key] = c;
    }
    m_seen = 0;
}

std::optional<NotifyPreferences> NotificationRouter::storedPreferences(const std::string& recipient) const
{
    const auto it = m_preferences.find(recipient);
    return it == m_preferences.end() ? std::nullopt : std::optional(it->second);
}

std::optional<NotifyContact> NotificationRouter::contact(const std::string& key) const
{
    const auto it = m_contacts.find(key);
    return it == m_contacts.end() ? std::nullopt : std::optional(it->second);
}

NotifyPreferences NotificationRouter::preferences(const std::string& recipient) const
{
    return storedPreferences(recipient).value_or(defaultPreferences(isOps(recipient)));
}

std::vector<NotifyContact> NotificationRouter::contacts() const
{
    std::vector<NotifyContact> out;
    out.reserve(m_contacts.size());
    for (const auto& [key, c] : m_contacts) {
        out.push_back(c);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    return out;
}

void NotificationRouter::observe(const EventBatch& events)
{
    if (m_seen > events.size()) {
        m_seen = 0;  // a new batch that nobody announced: route it whole
    }
    for (; m_seen < events.size(); ++m_seen) {
        if (m_config.enabled) {
            route(events[m_seen]);
        }
    }
}

void NotificationRouter::observeAll(const EventBatch& events)
{
    if (m_config.enabled) {
        for (const Event& event : events) {
            route(event);
        }
    }
}

void NotificationRouter::take(std::vector<Notification>& out)
{
    out.clear();
    out.swap(m_out);
}

std::vector<std::string> NotificationRouter::keyRecipients(const std::string& key) const
{
    std::vector<std::string> out{std::string(kOpsRecipient)};
    // A key's owner hears only once someone gave the key a contact or preferences.
    if (!key.empty() && !isOps(key) && (m_contacts.contains(key) || m_preferences.contains(key))) {
        out.push_back(key);
    }
    return out;
}

void NotificationRouter::route(const Event& e)
{
    const auto forKey = [&](NotificationType type) {
        for (const std::string& recipient : keyRecipients(e.key)) {
            routeTo(recipient, type, e);
        }
    };
    // reputation_low once per crossing under the threshold, whichever event carries it.
    const auto lowCrossing = [&] {
        const float below = m_config.reputationLowBelow;
        if (e.scoreBefore >= below && e.scoreAfter < below && !(e.key == m_lowKey && e.at == m_lowAt)) {
            m_lowKey = e.key;
            m_lowAt = e.at;
            forKey(NotificationType::ReputationLow);
        }
    };
    switch (e.kind) {
    case EventKind::Violation: {
        const auto recipients = keyRecipients(e.key);
        const bool anyone = std::any_of(recipients.begin(), recipients.end(), [&](const std::string& r) {
            return wants(preferences(r), NotificationType::Violation, e);
        });
        if (anyone && m_violations.admit(e.key, e.at, m_config.violationWindow)) {
            forKey(NotificationType::Violation);
        }
        lowCrossing();
        break;
    }
    case EventKind::TierChanged:
        if (e.byFleet) {
            break;  // the engine whose change it was tells of it
        }
        // One notice per change: becoming flagged or trusted says it by its own type, any other move is a tier
        // change (a key that just became flagged must not get two messages about it).
        forKey(e.tierAfter == ReputationTier::Flagged   ? NotificationType::Flagged
               : e.tierAfter == ReputationTier::Trusted ? NotificationType::Trusted
                                                        : NotificationType::TierChange);
        lowCrossing();
        break;
    case EventKind::VipAssigned:
        forKey(NotificationType::VipAssigned);
        break;
    case EventKind::VipExpiring:
        forKey(NotificationType::VipExpiring);
        break;
    case EventKind::VipExpired:
        forKey(NotificationType::VipExpired);
        break;
    case EventKind::AnomalyAlert:
        routeTo(std::string(kOpsRecipient), NotificationType::AnomalyAlert, e);
        break;
    case EventKind::ThrottleChanged:
        if (e.throttle.level != e.throttle.previous) {  // a start at the level it had is no change
            routeTo(std::string(kOpsRecipient), NotificationType::ThrottleChange, e);
        }
        break;
    case EventKind::VipRevoked:
        break;  // an admin did it, and the audit log says so
    }
}

bool NotificationRouter::wants(const NotifyPreferences& p, NotificationType type, const Event& e) const
{
    switch (type) {
    case NotificationType::TierChange:
    case NotificationType::Flagged:
    case NotificationType::Trusted:
        return p.enableTierNotifications && (!e.byDecay || p.notifyOnDecay);
    case NotificationType::Violation:
        return p.enableViolationAlerts && p.notifyOnViolation;
    case NotificationType::ReputationLow:
        return p.enableViolationAlerts;
    case NotificationType::VipAssigned:
    case NotificationType::VipExpiring:
    case NotificationType::VipExpired:
        return p.enableVipNotifications;
    case NotificationType::AnomalyAlert:
    case NotificationType::ThrottleChange:
    case NotificationType::Digest:
    case NotificationType::Test:
    case NotificationType::Report:
        return true;
    }
    return false;
}

std::vector<Destination> NotificationRouter::reachable(const std::string& recipient) const
{
    std::vector<Destination> out{{Channel::InApp, {}}};
    if (isOps(recipient)) {
        if (!m_config.email.host.empty() && !m_config.email.opsRecipients.empty()) {
            out.push_back({Channel::Email, {}});
        }
        if (!m_config.sms.url.empty() && !m_config.sms.opsRecipients.empty()) {
            out.push_back({Channel::Sms, {}});
        }
        if (m_config.webhook.enabled) {
            out.push_back({Channel::Webhook, {}});
        }
    } else if (const auto it = m_contacts.find(recipient); it != m_contacts.end()) {
        const NotifyContact& c = it->second;
        for (const auto& [channel, address] : {std::pair{Channel::Email, &c.email}, std::pair{Channel::Sms, &c.phone},
                                               std::pair{Channel::Webhook, &c.webhook}}) {
            if (!address->empty()) {
                out.push_back({channel, *address});
            }
        }
    }
    return out;
}

void NotificationRouter::routeTo(const std::string& recipient, NotificationType type, const Event& e)
{
    const NotifyPreferences p = preferences(recipient);
    if (!wants(p, type, e)) {
        return;
    }
    Wording wording = wordingFor(type, e, m_config);
    Notification n;
    n.type = type;
    n.recipient = recipient;
    n.key = e.key;
    n.at = e.at;
    n.severity = wording.severity;
    n.title = std::move(wording.title);
    n.body = std::move(wording.body);
    for (Destination& d : reachable(recipient)) {
        if (hasChannel(p.preferredChannels, d.channel)) {
            n.destinations.push_back(std::move(d));
        }
    }
    if (n.destinations.empty()) {
        n.destinations.push_back({Channel::InApp, {}});  // preferring only channels it lacks loses nothing
    }
    if (p.aggregateDaily) {
        const auto before = n.destinations.size();
        std::erase_if(n.destinations, [](const Destination& d) { return external(d.channel); });
        if (n.destinations.size() != before) {
            m_digest.add(recipient, type, n.title);
            if (m_nextDigest == 0) {
                m_nextDigest = nextMinuteOfDay(e.at, m_config.digestMinute);
            }
        }
        if (n.destinations.empty()) {
            return;  // it is in the digest, and the recipient reads no inbox copy
        }
    }
    produce(std::move(n), p);
}

void NotificationRouter::produce(Notification n, const NotifyPreferences& p)
{
    const TimeNs until = quietUntil(p, n.at);
    const bool anyExternal = std::any_of(n.destinations.begin(), n.destinations.end(),
                                         [](const Destination& d) { return external(d.channel); });
    if (until != 0 && anyExternal) {
        Held held{until, n};
        std::erase_if(held.notification.destinations, [](const Destination& d) { return !external(d.channel); });
        std::erase_if(n.destinations, [](const Destination& d) { return external(d.channel); });
        m_held.push_back(std::move(held));
        if (n.destinations.empty()) {
            return;
        }
    }
    n.id = m_nextId++;
    m_out.push_back(std::move(n));
}

TimeNs NotificationRouter::nextDue() const
{
    TimeNs next = m_nextDigest != 0 ? m_nextDigest : kNever;
    for (const Held& h : m_held) {
        next = std::min(next, h.until);
    }
    return next;
}

void NotificationRouter::runDue(TimeNs now, PartContext& context)
{
    observe(context.events);  // what happened before the timers belongs before them
    if (m_nextDigest != 0 && now >= m_nextDigest) {
        sendDigests(m_nextDigest);
    }
    release(now);
}

void NotificationRouter::release(TimeNs now)
{
    std::stable_sort(m_held.begin(), m_held.end(), [](const Held& a, const Held& b) { return a.until < b.until; });
    std::size_t done = 0;
    for (; done < m_held.size() && m_held[done].until <= now; ++done) {
        Notification n = std::move(m_held[done].notification);
        n.id = m_nextId++;
        m_out.push_back(std::move(n));
    }
    m_held.erase(m_held.begin(), m_held.begin() + static_cast<std::ptrdiff_t>(done));
}

void NotificationRouter::sendDigests(TimeNs at)
{
    m_nextDigest = 0;
    for (auto& [recipient, page] : m_digest.take()) {
        NotifyPreferences p = preferences(recipient);
        Notification n;
        n.type = NotificationType::Digest;
        n.recipient = recipient;
        n.at = at;
        n.title = DigestBook::title(page);
        n.body = DigestBook::body(page);
        for (Destination& d : reachable(recipient)) {
            if (external(d.channel) && hasChannel(p.preferredChannels, d.channel)) {
                n.destinations.push_back(std::move(d));
            }
        }
        if (!n.destinations.empty()) {
            produce(std::move(n), p);
        }
    }
}

void NotificationRouter::announceReport(const cmd::AnnounceReport& report, TimeNs now)
{
    if (!m_config.enabled) {
        return;  // notifications are off: the report is written all the same
    }
    const std::string ops(kOpsRecipient);
    Notification n;
    n.type = NotificationType::Report;
    n.recipient = ops;
    n.at = now;
    n.title = say(Text::NoticeReportTitle, {report.period});
    std::string files;
    for (const std::string& file : report.files) {
        files += (files.empty() ? "" : ", ") + TextCheck::escapeForTerminal(file, kMaxAttachmentPath);
    }
    const double denied =
        report.requests == 0 ? 0.0 : 100.0 * static_cast<double>(report.denied) / static_cast<double>(report.requests);
    n.body = say(Text::NoticeReportBody, {report.period, std::to_string(report.requests), std::to_string(report.denied),
                                          numberText(denied, 1), std::to_string(report.alerts), files});
    n.attachments = report.files;
    // The ops team's own channels, as far as this report goes to them; its preferences' quiet hours still hold.
    for (Destination& d : reachable(ops)) {
        if (!external(d.channel) || hasChannel(report.channels, d.channel)) {
            n.destinations.push_back(std::move(d));
        }
    }
    produce(std::move(n), preferences(ops));
}

std::optional<CommandResult> NotificationRouter::validate(const Command& command, TimeNs) const
{
    const auto checkIds = [](const std::vector<std::uint64_t>& ids, bool any) {
        return ids.empty() && !any ? refuse(say(Text::NotifyNothingChosen)) : CommandResult{};
    };
    return std::visit(
        Overloaded{
            [&](const cmd::SetNotifyPreferences& c) -> std::optional<CommandResult> {
                if (auto problem = checkRecipient(c.recipient)) {
                    return refuse(*problem);
                }
                try {
                    (void)decodePreferences(encodePreferences(c.preferences), "preferences", {});
                } catch (const JsonRead::Error& e) {
                    return refuse(e.message);
                }
                return CommandResult{};
            },
            [&](const cmd::RemoveNotifyPreferences& c) -> std::optional<CommandResult> {
                auto problem = checkRecipient(c.recipient);
                return problem ? refuse(*problem) : CommandResult{};
            },
            [&](const cmd::PutNotifyContact& c) -> std::optional<CommandResult> {
                auto problem = checkContact(c.contact);
                return problem ? refuse(problem->reason) : CommandResult{};
            },
            [&](const cmd::RemoveNotifyContact& c) -> std::optional<CommandResult> {
                auto problem = checkRecipient(c.key);
                return problem ? refuse(*problem) : CommandResult{};
            },
            [&](const cmd::ImportNotifyContacts& c) -> std::optional<CommandResult> {
                if (c.contacts.empty()) {
                    return refuse(say(Text::ContactImportEmpty));
                }
                std::unordered_map<std::string, std::size_t> lines;  // key -> its line
                for (std::size_t i = 0; i < c.contacts.size(); ++i) {
                    const std::string line = std::to_string(i < c.lines.size() ? c.lines[i] : i + 1);
                    if (auto problem = checkContact(c.contacts[i])) {
                        return refuse(say(Text::CsvAtLine, {line, problem->reason}));
                    }
                    const auto [it, added] = lines.emplace(c.contacts[i].key, i);
                    if (!added) {
                        const std::size_t first = it->second < c.lines.size() ? c.lines[it->second] : it->second + 1;
                        const std::string shown = TextCheck::escapeForTerminal(c.contacts[i].key, 80);
                        return refuse(
                            say(Text::CsvAtLine, {line, say(Text::CsvDuplicateKey, {shown, std::to_string(first)})}));
                    }
                }
                return CommandResult{};
            },
            [&](const cmd::MarkNotificationsRead& c) -> std::optional<CommandResult> { return checkIds(c.ids, c.all); },
            [&](const cmd::AcknowledgeNotification& c) -> std::optional<CommandResult> {
                return c.id == 0 ? refuse(say(Text::NotifyNothingChosen)) : CommandResult{};
            },
            [&](const cmd::DeleteNotifications& c) -> std::optional<CommandResult> {
                return checkIds(c.ids, !c.recipient.empty());
            },
            [&](const cmd::CleanupNotifications& c) -> std::optional<CommandResult> {
                return c.olderThanDays == 0 || c.before <= 0 ? refuse(say(Text::NotifyCleanupDays)) : CommandResult{};
            },
            [&](const cmd::AnnounceReport& c) -> std::optional<CommandResult> { return checkReport(c); },
            [](const auto&) -> std::optional<CommandResult> { return std::nullopt; },
        },
        command);
}

std::optional<CommandResult> NotificationRouter::apply(const Command& command, TimeNs now, PartContext&)
{
    return std::visit(
        Overloaded{
            [&](const cmd::SetNotifyPreferences& c) -> std::optional<CommandResult> {
                m_preferences[c.recipient] = c.preferences;
                return CommandResult{};
            },
            [&](const cmd::RemoveNotifyPreferences& c) -> std::optional<CommandResult> {
                m_preferences.erase(c.recipient);
                return CommandResult{};
            },
            [&](const cmd::PutNotifyContact& c) -> std::optional<CommandResult> {
                m_contacts[c.contact.key] = c.contact;
                return CommandResult{};
            },
            [&](const cmd::RemoveNotifyContact& c) -> std::optional<CommandResult> {
                m_contacts.erase(c.key);
                return CommandResult{};
            },
            [&](const cmd::ImportNotifyContacts& c) -> std::optional<CommandResult> {
                for (const NotifyContact& contact : c.contacts) {
                    m_contacts[contact.key] = contact;
                }
                return CommandResult{};
            },
            // The inbox lives in the database: the store makes these changes, the engine only
            // checked them.
            [](const cmd::MarkNotificationsRead&) -> std::optional<CommandResult> { return CommandResult{}; },
            [](const cmd::AcknowledgeNotification&) -> std::optional<CommandResult> { return CommandResult{}; },
            [](const cmd::DeleteNotifications&) -> std::optional<CommandResult> { return CommandResult{}; },
            [](const cmd::CleanupNotifications&) -> std::optional<CommandResult> { return CommandResult{}; },
            [&](const cmd::AnnounceReport& c) -> std::optional<CommandResult> {
                announceReport(c, now);
                return CommandResult{};
            },
            [](const auto&) -> std::optional<CommandResult> { return std::nullopt; },
        },
        command);
}

}  // namespace sluice::engine::notify
