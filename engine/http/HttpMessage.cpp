// SPDX-License-Identifier: Apache-2.0
#include "http/HttpMessage.h"

#include "core/HexDigit.h"

namespace sluice::engine::http {

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i])) {
            return false;
        }
    }
    return true;
}

std::string_view trimBlanks(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

std::string_view HttpRequest::header(std::string_view name) const
{
    for (const HeaderField& field : headers) {
        if (equalsIgnoreCase(field.first, name)) {
            return field.second;
        }
    }
    return {};
}

std::string_view HttpRequest::queryParam(std::string_view name) const
{
    std::string_view rest = query;
    while (!rest.empty()) {
        const std::size_t amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        const std::size_t eq = pair.find('=');
        if (pair.substr(0, eq) == name) {
            return eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
        }
        rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
    }
    return {};
}

bool appendQueryDecoded(std::string_view encoded, std::string& out)
{
    for (std::size_t i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '+') {
            out.push_back(' ');
        } else if (c != '%') {
            out.push_back(c);
        } else {
            const int hi = i + 2 < encoded.size() ? hexDigitValue(encoded[i + 1]) : -1;
            const int lo = hi >= 0 ? hexDigitValue(encoded[i + 2]) : -1;
            if (lo < 0) {
                return false;
            }
            out.push_back(static_cast<char>(hi * 16 + lo));
            i += 2;
        }
    }
    return true;
}

}  // namespace sluice::engine::http
