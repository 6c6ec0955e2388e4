// SPDX-License-Identifier: Apache-2.0
#include "notify/MimeText.h"

#include <openssl/evp.h>

#include <algorithm>
#include <vector>

namespace sluice::engine::notify::mime {

namespace {
// 39 bytes make 52 base64 characters: "=?UTF-8?B?" + 52 + "?=" is 64, and "Subject: " in front stays under 78.
constexpr std::size_t kBytesPerWord = 39;
constexpr std::size_t kQpLineLength = 76;
constexpr char kHex[] = "0123456789ABCDEF";

std::string base64(std::string_view bytes)
{
    std::vector<unsigned char> out(4 * ((bytes.size() + 2) / 3) + 1);
    const int length = EVP_EncodeBlock(out.data(), reinterpret_cast<const unsigned char*>(bytes.data()),
                                       static_cast<int>(bytes.size()));
    return std::string(reinterpret_cast<const char*>(out.data()), static_cast<std::size_t>(length));
}

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// One line of text (no line break in it) as quoted-printable lines joined by soft breaks.
void appendQpLine(std::string_view line, std::string& out)
{
    std::size_t column = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        const bool last = i + 1 == line.size();
        const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
        const std::size_t width = literal ? 1 : 3;
        // Room is kept for the "=" of a soft break unless this is the line's last character.
        if (column + width > (last ? kQpLineLength : kQpLineLength - 1)) {
            out += "=\r\n";
            column = 0;
        }
        if (literal) {
            out += static_cast<char>(c);
        } else {
            out += '=';
            out += kHex[c >> 4U];
            out += kHex[c & 0x0FU];
        }
        column += width;
    }
}
}  // namespace

std::string base64Lines(std::string_view bytes)
{
    constexpr std::size_t kBytesPerLine = 57;  // 76 base64 characters
    std::string out;
    out.reserve((bytes.size() + kBytesPerLine - 1) / kBytesPerLine * 78);
    for (std::size_t at = 0; at < bytes.size(); at += kBytesPerLine) {
        out += base64(bytes.substr(at, kBytesPerLine));
        out += "\r\n";
    }
    return out;
}

std::string fileNameParameter(std::string_view parameter, std::string_view fileName)
{
    // No file system has longer names; encoded, 255 bytes stay within a header line's 998 octets.
    constexpr std::size_t kMaxNameBytes = 255;
    if (fileName.size() > kMaxNameBytes) {
        std::size_t cut = kMaxNameBytes;
        while (cut > 0 && isContinuationByte(fileName[cut])) {
            --cut;  // not inside a character
        }
        fileName = fileName.substr(0, cut);
    }
    const bool plain = isPlainHeaderText(fileName) && fileName.find_first_of("\"\\") == std::string_view::npos;
    if (plain) {
        return std::string(parameter) + "=\"" + std::string(fileName) + "\"";
    }
    std::string out = std::string(parameter) + "*=utf-8''";
    for (const char c : fileName) {
        const auto u = static_cast<unsigned char>(c);
        const bool safe = (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || c == '-' ||
                          c == '.' || c == '_' || c == '~';
        if (safe) {
            out += c;
        } else {
            out += '%';
            out += kHex[u >> 4U];
            out += kHex[u & 0x0FU];
        }
    }
    return out;
}

bool isPlainHeaderText(std::string_view text)
{
    for (const char c : text) {
        if (c < 32 || c > 126) {
            return false;
        }
    }
    return text.find("=?") == std::string_view::npos;
}

std::string encodedWords(std::string_view text)
{
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = std::min(text.size(), at + kBytesPerWord);
        while (end < text.size() && end > at + 1 && isContinuationByte(text[end])) {
            --end;  // the chunk ends before a character's continuation bytes, not inside them
        }
        if (!out.empty()) {
            out += "\r\n ";
        }
        out += "=?UTF-8?B?";
        out += base64(text.substr(at, end - at));
        out += "?=";
        at = end;
    }
    return out;
}

std::string quotedPrintable(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of("\r\n", start);
        const bool lastLine = end == std::string_view::npos;
        appendQpLine(text.substr(start, (lastLine ? text.size() : end) - start), out);
        if (lastLine) {
            break;
        }
        out += "\r\n";
        start = end + (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n' ? 2 : 1);
    }
    return out;
}

std::string htmlEscaped(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string oneLine(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (static_cast<unsigned char>(c) < 32 || c == 127) {
            c = ' ';
        }
    }
    return out;
}

}  // namespace sluice::engine::notify::mime
