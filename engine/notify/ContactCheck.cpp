// SPDX-License-Identifier: Apache-2.0
#include "notify/ContactCheck.h"

#include "core/EngineText.h"
#include "core/NotifyTypes.h"
#include "core/TextCheck.h"
#include "keys/KeyTable.h"

#include <algorithm>

namespace sluice::engine::notify {

namespace {
constexpr std::size_t kMaxEmailBytes = 254;  // RFC 5321's path limit
constexpr std::size_t kMaxPhoneBytes = 32;
constexpr std::size_t kMaxWebhookBytes = 2048;

std::optional<std::string> keyProblem(const std::string& key)
{
    if (key.empty()) {
        return say(Text::CsvKeyEmpty);
    }
    if (key.size() > KeyTable::kMaxKeyBytes) {
        return say(Text::CsvKeyTooLong);
    }
    if (auto problem = TextCheck::check(key, TextCheck::Kind::Key)) {
        return std::move(problem->reason);
    }
    return std::nullopt;
}

bool emailLike(const std::string& s)
{
    const auto at = s.find('@');
    return at != std::string::npos && at > 0 && at + 1 < s.size() && s.find('@', at + 1) == std::string::npos &&
           s.find_first_of(" <>,;\"") == std::string::npos;
}

bool phoneLike(const std::string& s)
{
    const bool allowed = std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= '0' && c <= '9') || std::string_view(" +-()").find(c) != std::string_view::npos;
    });
    return allowed && std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool urlLike(const std::string& s)
{
    const bool scheme = s.rfind("https://", 0) == 0 || s.rfind("http://", 0) == 0;
    return scheme && s.find_first_of(" \"<>") == std::string::npos && s.size() > std::string_view("https://").size();
}

std::optional<ContactProblem> fieldProblem(int column, const std::string& value, std::size_t maxBytes, Text form,
                                           bool (*matches)(const std::string&))
{
    if (value.empty()) {
        return std::nullopt;
    }
    if (value.size() > maxBytes) {
        return ContactProblem{column, say(Text::ContactFieldTooLong, {std::to_string(maxBytes)})};
    }
    if (auto problem = TextCheck::check(value, TextCheck::Kind::SingleLine)) {
        return ContactProblem{column, std::move(problem->reason)};
    }
    if (!matches(value)) {
        return ContactProblem{column, say(form, {TextCheck::escapeForTerminal(value, TextCheck::kQuotedBytes)})};
    }
    return std::nullopt;
}
}  // namespace

std::optional<ContactProblem> checkContact(const NotifyContact& c)
{
    if (auto problem = keyProblem(c.key)) {
        return ContactProblem{1, std::move(*problem)};
    }
    if (auto problem = fieldProblem(2, c.email, kMaxEmailBytes, Text::ContactBadEmail, emailLike)) {
        return problem;
    }
    if (auto problem = fieldProblem(3, c.phone, kMaxPhoneBytes, Text::ContactBadPhone, phoneLike)) {
        return problem;
    }
    if (auto problem = fieldProblem(4, c.webhook, kMaxWebhookBytes, Text::ContactBadWebhook, urlLike)) {
        return problem;
    }
    if (c.email.empty() && c.phone.empty() && c.webhook.empty()) {
        return ContactProblem{0, say(Text::ContactNeedsAddress)};
    }
    return std::nullopt;
}

std::optional<std::string> checkRecipient(const std::string& recipient)
{
    if (recipient == kOpsRecipient) {
        return std::nullopt;
    }
    if (auto problem = keyProblem(recipient)) {
        return say(Text::NotifyRecipientUnusable, {*problem});
    }
    return std::nullopt;
}

}  // namespace sluice::engine::notify
