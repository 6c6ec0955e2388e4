// SPDX-License-Identifier: Apache-2.0
#include "http/RequestParser.h"

#include <cstring>

namespace sluice::engine::http {

namespace {

bool isTokenChar(unsigned char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
    }
    return c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(std::string_view s)
{
    if (s.empty()) {
        return false;
    }
    for (const char c : s) {
        if (!isTokenChar(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return true;
}

// Field values: visible characters, blanks and obs-text; no other control characters.
bool isFieldValue(std::string_view s)
{
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7F) {
            return false;
        }
    }
    return true;
}

bool isTargetChar(unsigned char c) { return c > 0x20 && c < 0x7F; }

// Where the head ends (just past its empty line), or npos when it has not ended within `limit` bytes.
std::size_t headEnd(std::string_view buffer, std::size_t from, std::size_t limit)
{
    const std::size_t end = std::min(buffer.size(), from + limit);
    std::size_t at = from;
    while (at < end) {
        const void* found = std::memchr(buffer.data() + at, '\n', end - at);
        if (found == nullptr) {
            return std::string_view::npos;
        }
        const std::size_t nl = static_cast<std::size_t>(static_cast<const char*>(found) - buffer.data());
        if (nl + 1 < buffer.size() && buffer[nl + 1] == '\n') {
            return nl + 2;
        }
        if (nl + 2 < buffer.size() && buffer[nl + 1] == '\r' && buffer[nl + 2] == '\n') {
            return nl + 3;
        }
        at = nl + 1;
    }
    return std::string_view::npos;
}

// The next line of `rest` without its line end; false when a bare CR sits inside it.
bool nextLine(std::string_view& rest, std::string_view& line)
{
    const std::size_t nl = rest.find('\n');
    line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    return line.find('\r') == std::string_view::npos;
}

bool parseLength(std::string_view text, std::uint64_t& out)
{
    if (text.empty() || text.size() > 18) {
        return false;
    }
    std::uint64_t v = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    out = v;
    return true;
}

bool hasConnectionOption(std::string_view value, std::string_view option)
{
    while (!value.empty()) {
        const std::size_t comma = value.find(',');
        if (equalsIgnoreCase(trimBlanks(value.substr(0, comma)), option)) {
            return true;
        }
        value = comma == std::string_view::npos ? std::string_view() : value.substr(comma + 1);
    }
    return false;
}

bool startsWithIgnoreCase(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && equalsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

// The path of an absolute-form target (a proxy's "http://host/path"), or the target itself.
bool pathOfTarget(std::string_view target, std::string_view& path)
{
    if (target.front() == '/' || target == "*") {
        path = target;
        return true;
    }
    for (const std::string_view scheme : {std::string_view("http://"), std::string_view("https://")}) {
        if (startsWithIgnoreCase(target, scheme)) {
            const std::size_t slash = target.find('/', scheme.size());
            path = slash == std::string_view::npos ? std::string_view("/") : target.substr(slash);
            return true;
        }
    }
    return false;
}

}  // namespace

RequestParser::RequestParser(ParseLimits limits) : m_limits(limits) { m_headers.reserve(32); }

void RequestParser::parse(std::string_view buffer, ParsedRequest& out)
{
    out = ParsedRequest{};
    // Blank lines before a request line are tolerated (RFC 9112 2.2), within the header budget.
    std::size_t start = 0;
    while (start < buffer.size() && start < m_limits.maxHeaderBytes &&
           (buffer[start] == '\r' || buffer[start] == '\n')) {
        ++start;
    }
    if (start == buffer.size()) {
        return;
    }
    if (!isTokenChar(static_cast<unsigned char>(buffer[start]))) {
        out.state = ParsedRequest::State::Invalid;  // not HTTP at all (a TLS hello, binary noise): say so at once
        out.errorStatus = 400;
        return;
    }
    const std::size_t end =
        headEnd(buffer, start, m_limits.maxHeaderBytes > start ? m_limits.maxHeaderBytes - start : 0);
    if (end == std::string_view::npos) {
        if (buffer.size() >= m_limits.maxHeaderBytes) {
            out.state = ParsedRequest::State::Invalid;
            out.errorStatus = 431;
        }
        return;
    }
    const int error = parseHead(buffer.substr(start, end - start), out);
    if (error != 0) {
        out.state = ParsedRequest::State::Invalid;
        out.errorStatus = error;
        return;
    }
    const std::size_t bodyLength = out.contentLength;
    if (buffer.size() - end < bodyLength) {
        return;
    }
    out.request.body = buffer.substr(end, bodyLength);
    out.length = end + bodyLength;
    out.state = ParsedRequest::State::Complete;
}

int RequestParser::parseHead(std::string_view head, ParsedRequest& out)
{
    HttpRequest& request = out.request;
    std::string_view rest = head;
    std::string_view line;
    if (!nextLine(rest, line)) {
        return 400;
    }
    const std::size_t sp1 = line.find(' ');
    const std::size_t sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
    if (sp2 == std::string_view::npos) {
        return 400;
    }
    request.method = line.substr(0, sp1);
    request.target = line.substr(sp1 + 1, sp2 - sp1 - 1);
    const std::string_view version = line.substr(sp2 + 1);
    if (!isToken(request.method) || request.target.empty()) {
        return 400;
    }
    for (const char c : request.target) {
        if (!isTargetChar(static_cast<unsigned char>(c))) {
            return 400;
        }
    }
    bool http11 = false;
    if (version == "HTTP/1.1") {
        http11 = true;
    } else if (version != "HTTP/1.0") {
        const bool looksLikeVersion = version.size() == 8 && version.substr(0, 5) == "HTTP/" && version[5] >= '0' &&
                                      version[5] <= '9' && version[6] == '.' && version[7] >= '0' && version[7] <= '9';
        return looksLikeVersion ? 505 : 400;
    }
    std::string_view path;
    if (!pathOfTarget(request.target, path)) {
        return 400;
    }
    const std::size_t question = path.find('?');
    request.path = path.substr(0, question);
    request.query = question == std::string_view::npos ? std::string_view() : path.substr(question + 1);
    out.head = request.method == "HEAD";

    m_headers.clear();
    bool haveLength = false;
    bool haveEncoding = false;
    bool closeAsked = false;
    bool keepAliveAsked = false;
    int hosts = 0;
    std::uint64_t length = 0;
    while (!rest.empty()) {
        if (!nextLine(rest, line)) {
            return 400;
        }
        if (line.empty()) {
            break;
        }
        if (line.front() == ' ' || line.front() == '\t') {
            return 400;  // obsolete line folding
        }
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || !isToken(line.substr(0, colon))) {
            return 400;
        }
        const std::string_view name = line.substr(0, colon);
        const std::string_view value = trimBlanks(line.substr(colon + 1));
        if (!isFieldValue(value)) {
            return 400;
        }
        if (m_headers.size() >= m_limits.maxHeaderFields) {
            return 431;
        }
        m_headers.emplace_back(name, value);
        if (equalsIgnoreCase(name, "content-length")) {
            std::uint64_t v = 0;
            if (!parseLength(value, v) || (haveLength && v != length)) {
                return 400;
            }
            haveLength = true;
            length = v;
        } else if (equalsIgnoreCase(name, "transfer-encoding")) {
            haveEncoding = true;
        } else if (equalsIgnoreCase(name, "host")) {
            ++hosts;
        } else if (equalsIgnoreCase(name, "connection")) {
            closeAsked = closeAsked || hasConnectionOption(value, "close");
            keepAliveAsked = keepAliveAsked || hasConnectionOption(value, "keep-alive");
        }
    }
    if ((http11 && hosts != 1) || hosts > 1 || (haveEncoding && haveLength)) {
        return 400;
    }
    if (haveEncoding) {
        return 501;
    }
    if (length > m_limits.maxBodyBytes) {
        return 413;
    }
    request.headers = std::span<const HeaderField>(m_headers.data(), m_headers.size());
    out.keepAlive = !closeAsked && (http11 || keepAliveAsked);
    out.contentLength = static_cast<std::size_t>(length);
    return 0;
}

}  // namespace sluice::engine::http
