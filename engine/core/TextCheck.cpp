// SPDX-License-Identifier: Apache-2.0
#include "core/TextCheck.h"

#include "core/EngineText.h"

#include <algorithm>
#include <cstdio>

namespace sluice::engine {

namespace {

struct Decoded {
    char32_t codePoint = 0;
    std::size_t length = 0;  // 0: not valid UTF-8 at this byte
    std::size_t seen = 1;    // bytes that belong to the broken sequence, for showing it
};

bool continuation(unsigned char b, unsigned char low = 0x80, unsigned char high = 0xBF)
{
    return b >= low && b <= high;
}

// One UTF-8 sequence as RFC 3629 allows it; the ranges of the second byte exclude overlong forms,
// surrogates and code points above U+10FFFF.
Decoded decode(std::string_view s, std::size_t i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        return {b0, 1};
    }
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    char32_t cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        cp = b0 & 0x1Fu;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        cp = b0 & 0x0Fu;
        low = b0 == 0xE0 ? 0xA0 : 0x80;
        high = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        cp = b0 & 0x07u;
        low = b0 == 0xF0 ? 0x90 : 0x80;
        high = b0 == 0xF4 ? 0x8F : 0xBF;
    } else {
        return {0, 0, 1};
    }
    for (std::size_t k = 1; k < length; ++k) {
        if (i + k >= s.size()) {
            return {0, 0, k};
        }
        const auto b = static_cast<unsigned char>(s[i + k]);
        if (k == 1 ? !continuation(b, low, high) : !continuation(b)) {
            return {0, 0, k + 1};
        }
        cp = (cp << 6) | (b & 0x3Fu);
    }
    return {cp, length};
}

bool isControl(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

// Characters that change the direction of the text around them: shown raw, they make a message read
// differently from what it says.
bool isBidiControl(char32_t cp)
{
    return cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

bool isWhiteSpace(char32_t cp)
{
    return cp == 0x20 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

bool allowedControl(char32_t cp, TextCheck::Kind kind)
{
    return kind == TextCheck::Kind::MultiLine && (cp == '\t' || cp == '\n' || cp == '\r');
}

std::string hex(const char* format, unsigned value)
{
    char out[16];
    const int n = std::snprintf(out, sizeof out, format, value);
    return std::string(out, static_cast<std::size_t>(n));
}

std::string codePointName(char32_t cp) { return hex("U+%04X", static_cast<unsigned>(cp)); }

std::string escapedBytes(std::string_view bytes)
{
    std::string out;
    for (const char c : bytes) {
        out += hex("\\x%02x", static_cast<unsigned char>(c));
    }
    return out;
}
}  // namespace

std::optional<TextCheck::Problem> TextCheck::check(std::string_view text, Kind kind)
{
    std::size_t character = 0;
    char32_t first = 0;
    char32_t last = 0;
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decode(text, i);
        ++character;
        if (d.length == 0) {
            const std::string bytes = escapedBytes(text.substr(i, d.seen));
            return Problem{i + 1, character, say(Text::TextInvalidUtf8, {std::to_string(i + 1), bytes})};
        }
        if (isControl(d.codePoint) && !allowedControl(d.codePoint, kind)) {
            return Problem{i + 1, character,
                           say(Text::TextControlCharacter, {codePointName(d.codePoint), std::to_string(character)})};
        }
        if (i == 0) {
            first = d.codePoint;
        }
        last = d.codePoint;
        i += d.length;
    }
    if (kind == Kind::Key && !text.empty() && (isWhiteSpace(first) || isWhiteSpace(last))) {
        const bool atStart = isWhiteSpace(first);
        return Problem{atStart ? 1 : text.size(), atStart ? 1 : character,
                       say(Text::TextSurroundingSpace, {escapeForTerminal(text)})};
    }
    return std::nullopt;
}

bool TextCheck::isValidUtf8(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decode(text, i);
        if (d.length == 0) {
            return false;
        }
        i += d.length;
    }
    return true;
}

std::string TextCheck::escapeForTerminal(std::string_view text, std::size_t maxBytes)
{
    std::string out;
    out.reserve(std::min(text.size(), maxBytes));
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decode(text, i);
        const char32_t cp = d.codePoint;
        std::string piece;
        if (d.length == 0) {
            piece = escapedBytes(text.substr(i, 1));
        } else if (cp == '\t') {
            piece = "\\t";
        } else if (cp == '\n') {
            piece = "\\n";
        } else if (cp == '\r') {
            piece = "\\r";
        } else if (cp < 0x20 || cp == 0x7F) {
            piece = hex("\\x%02x", static_cast<unsigned>(cp));
        } else if (isControl(cp) || isBidiControl(cp) || cp == 0x2028 || cp == 0x2029) {
            piece = hex("\\u%04x", static_cast<unsigned>(cp));
        }
        const std::string_view shown = piece.empty() ? text.substr(i, d.length) : std::string_view(piece);
        if (shown.size() > maxBytes - std::min(maxBytes, out.size())) {
            out.append("...");
            break;
        }
        out.append(shown);
        i += std::max<std::size_t>(d.length, 1);
    }
    return out;
}

}  // namespace sluice::engine
