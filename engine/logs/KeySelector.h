// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logs/LogRecord.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace sluice::engine::logs {

// What a log line's rate limit key is.
struct KeySpec {
    enum class Kind { Ip, ForwardedFirst, ForwardedLast, User, Header, PathCapture } kind = Kind::Ip;
    std::string argument;  // the header name, or the regex (RE2) whose first group is the key
};

// ip | xff-first | xff-last | user | header:NAME | path:REGEX. Nullopt with `error` naming the problem.
std::optional<KeySpec> keySpecFromText(std::string_view text, std::string& error);

// Picks the key out of a parsed line. RE2 matches in linear time, so no path makes it slow.
class KeySelector final {
public:
    explicit KeySelector(KeySpec spec);
    ~KeySelector();
    KeySelector(KeySelector&&) noexcept;
    KeySelector& operator=(KeySelector&&) noexcept;

    // Empty when the line has none (no user, no such header, the path does not match).
    std::string_view keyOf(const LogRecord& record) const;
    const KeySpec& spec() const { return m_spec; }

private:
    KeySpec m_spec;
    std::string m_headerName;  // lower-case, '-' as '_', as nginx names $http_ variables
    std::unique_ptr<re2::RE2> m_regex;
};

}  // namespace sluice::engine::logs
