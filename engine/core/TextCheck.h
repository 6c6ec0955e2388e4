// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sluice::engine {

// Text that enters Sluice from outside (CSV fields, command arguments, dialog fields) is checked at the door,
// before it is stored, put into JSON or shown again:
// - valid UTF-8 only: no overlong forms, no surrogates (U+D800..U+DFFF), nothing above U+10FFFF, no cut-off
//   sequences; the database, the JSON of the audit log and other SQLite clients all rely on it;
// - no NUL, no C0 control characters, no DEL and no C1 control characters (U+0080..U+009F): they are
//   invisible, and some make a terminal that shows them run commands;
// - a key also has no white space at either end: keys are matched byte for byte, so "alice " would be a
//   key other than "alice" that nobody could tell apart on the screen.
class TextCheck final {
public:
    enum class Kind : std::uint8_t {
        Key,         // identifies something, matched exactly: no control characters, no white space at the ends
        SingleLine,  // a name or value: no control characters
        MultiLine,   // free text such as notes: tab, line feed and carriage return are allowed as well
    };

    struct Problem {
        std::size_t byte = 0;       // 1-based position of the first byte that is wrong
        std::size_t character = 0;  // 1-based position of the character that is wrong (counted in code points)
        std::string reason;         // for a person, in English from the engine's catalogue; names the position
    };

    // nullopt when `text` may be used as `kind`.
    static std::optional<Problem> check(std::string_view text, Kind kind);
    static bool isValidUtf8(std::string_view text);

    // `text` safe to write to a terminal or a log: control characters and bidirectional overrides become
    // visible escapes (\t, \n, \r, \x1b, \u009b, \u202e) and invalid UTF-8 bytes \xff; everything else,
    // including a backslash, is kept as it is. For error messages that quote what a file or a person gave.
    // Longer than `maxBytes` once escaped, it is cut there and ends in "...".
    static std::string escapeForTerminal(std::string_view text, std::size_t maxBytes = std::string_view::npos);
    // How much of a value an error message quotes: enough to recognise it, short enough for one line.
    static constexpr std::size_t kQuotedBytes = 80;
};

}  // namespace sluice::engine
