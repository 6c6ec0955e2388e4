// SPDX-License-Identifier: Apache-2.0
#include "notify/InboxGlance.h"

#include "core/NotifyTypes.h"
#include "core/TextCheck.h"
#include "store/Database.h"

#include <algorithm>

namespace sluice::engine::notify {

namespace {

// The latest time a reader takes (flags::readInstantText: up to 2200), in milliseconds; beyond it, or at 0, a stored
// time is not one to tell.
constexpr std::int64_t kLastMs = 7'258'118'400'000;
constexpr std::int64_t kMaxNoteId = 9'000'000'000'000'000;
// The ops team's newest are looked for among the newest notifications of any recipient, so that a table of many
// key owners' notifications is not scanned every second.
constexpr std::int64_t kLookBack = 5000;
constexpr std::size_t kMaxToldText = 255;

// At most `max` bytes of `text`, never ending inside a character.
std::string cutText(std::string text, std::size_t max)
{
    if (text.size() <= max) {
        return text;
    }
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) {
        --end;
    }
    text.resize(end);
    return text;
}

}  // namespace

InboxGlance::InboxGlance(std::string databasePath) : m_path(std::move(databasePath)) {}

InboxGlance::~InboxGlance() = default;

bool InboxGlance::fill(EngineSummary& summary)
{
    summary.inbox.clear();
    summary.unreadNotifications = 0;
    if (!m_db) {
        store::StoreError error;
        m_db = store::Database::openReadOnly(m_path, error);
        if (!m_db) {
            return false;
        }
    }
    const std::string ops(kOpsRecipient);
    std::vector<EngineSummary::InboxNote> notes;
    auto error = m_db->readRows(
        "SELECT id, type, severity, created_at, key, title, body, read_at, acknowledged_at, acknowledged_by "
        "FROM notifications WHERE id > (SELECT ifnull(max(id), 0) FROM notifications) - ?3 AND recipient = ?1 "
        "ORDER BY id DESC LIMIT ?2",
        [&](const store::Statement& row) {
            // Times in milliseconds (read and acknowledged: wall clock, 0 = not yet), checked before they become
            // nanoseconds: a value a reader would refuse, or one that would overflow, is not told.
            const std::int64_t id = row.columnInt64(0);
            const std::int64_t created = row.columnInt64(3);
            const std::int64_t read = row.columnInt64(7);
            const std::int64_t acknowledged = row.columnInt64(8);
            const auto inRange = [](std::int64_t ms, bool zeroOk) {
                return ms <= kLastMs && (ms > 0 || (zeroOk && ms == 0));
            };
            if (id <= 0 || id > kMaxNoteId || !inRange(created, false) || !inRange(read, true) ||
                !inRange(acknowledged, true)) {
                return;
            }
            EngineSummary::InboxNote note;
            note.id = static_cast<std::uint64_t>(id);
            note.type = row.columnText(1);
            note.severity = static_cast<int>(std::clamp<std::int64_t>(row.columnInt64(2), 0, 2));
            note.at = created * kNsPerMs;
            // A key (and a title naming it) may be longer than a reader takes: cut, not left out.
            note.key = cutText(row.columnText(4), kMaxToldText);
            note.title = cutText(row.columnText(5), kMaxToldText);
            note.body = cutText(row.columnText(6), EngineSummary::kNoteBody);
            note.readAt = read * kNsPerMs;
            note.acknowledgedAt = acknowledged * kNsPerMs;
            note.acknowledgedBy = cutText(row.columnText(9), kMaxToldText);
            const bool readable = !note.type.empty() && note.type.size() <= kMaxToldText;
            if (notes.size() < EngineSummary::kInboxNotes && readable && TextCheck::isValidUtf8(note.type) &&
                TextCheck::isValidUtf8(note.key) && TextCheck::isValidUtf8(note.title) &&
                TextCheck::isValidUtf8(note.body) && TextCheck::isValidUtf8(note.acknowledgedBy)) {
                notes.push_back(std::move(note));
            }
        },
        [&](store::Statement& st) {
            st.bind(1, ops);
            // A few more than told, so a row left out does not leave the list short.
            st.bind(2, static_cast<std::int64_t>(2 * EngineSummary::kInboxNotes));
            st.bind(3, kLookBack);
        });
    std::int64_t unread = 0;
    if (!error) {
        error = m_db->readRows(
            "SELECT count(*) FROM notifications WHERE read_at = 0 AND recipient = ?1",
            [&](const store::Statement& row) { unread = row.columnInt64(0); },
            [&](store::Statement& st) { st.bind(1, ops); });
    }
    if (error) {
        m_db.reset();  // opened again at the next glance
        return false;
    }
    summary.inbox = std::move(notes);
    summary.unreadNotifications = static_cast<std::uint64_t>(std::max<std::int64_t>(0, unread));
    return true;
}

}  // namespace sluice::engine::notify
