// SPDX-License-Identifier: Apache-2.0
#include "notify/InboxNoteJson.h"

#include "flags/InstantText.h"

#include <nlohmann/json.hpp>

#include <string>

namespace sluice::engine::notify {

using json = nlohmann::json;

namespace {

constexpr std::size_t kMaxNoteText = 255;  // a type, a key, a title, an actor
constexpr std::uint64_t kMaxId = 9'000'000'000'000'000ULL;

bool noteText(const json& j, const char* name, std::size_t max, std::string& out)
{
    const auto it = j.find(name);
    if (it == j.end() || !it->is_string() || it->get_ref<const std::string&>().size() > max) {
        return false;
    }
    out = it->get<std::string>();
    return true;
}

json instantOrNull(TimeNs at) { return at == 0 ? json(nullptr) : json(flags::instantText(at)); }

// An instant or null (0); false when it is neither.
bool instantAt(const json& j, const char* name, TimeNs& out)
{
    const auto it = j.find(name);
    if (it == j.end() || it->is_null()) {
        out = 0;
        return it != j.end();
    }
    const auto at = it->is_string() ? flags::readInstantText(it->get_ref<const std::string&>()) : std::nullopt;
    out = at.value_or(0);
    return at.has_value();
}

}  // namespace

json inboxNoteJson(const EngineSummary::InboxNote& note)
{
    return json{{"id", note.id},
                {"type", note.type},
                {"severity", note.severity},
                {"at", instantOrNull(note.at)},
                {"key", note.key},
                {"title", note.title},
                {"body", note.body},
                {"read_at", instantOrNull(note.readAt)},
                {"acknowledged_at", instantOrNull(note.acknowledgedAt)},
                {"acknowledged_by", note.acknowledgedBy}};
}

std::optional<EngineSummary::InboxNote> inboxNoteOf(const json& j)
{
    EngineSummary::InboxNote note;
    if (!j.is_object()) {
        return std::nullopt;
    }
    const auto id = j.find("id");
    const auto severity = j.find("severity");
    if (id == j.end() || !id->is_number_unsigned() || id->get<std::uint64_t>() > kMaxId || severity == j.end() ||
        !severity->is_number_integer() || severity->get<std::int64_t>() < 0 || severity->get<std::int64_t>() > 2 ||
        !instantAt(j, "at", note.at) || note.at == 0 || !instantAt(j, "read_at", note.readAt) ||
        !instantAt(j, "acknowledged_at", note.acknowledgedAt) || !noteText(j, "type", kMaxNoteText, note.type) ||
        note.type.empty() || !noteText(j, "key", kMaxNoteText, note.key) ||
        !noteText(j, "title", kMaxNoteText, note.title) || !noteText(j, "body", EngineSummary::kNoteBody, note.body) ||
        !noteText(j, "acknowledged_by", kMaxNoteText, note.acknowledgedBy)) {
        return std::nullopt;
    }
    note.id = id->get<std::uint64_t>();
    note.severity = static_cast<int>(severity->get<std::int64_t>());
    return note;
}

}  // namespace sluice::engine::notify
