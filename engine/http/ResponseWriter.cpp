// SPDX-License-Identifier: Apache-2.0
#include "http/ResponseWriter.h"

#include <charconv>
#include <ctime>

namespace sluice::engine::http {

namespace {

void appendNumber(std::string& out, std::uint64_t value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr);
}

bool safeName(std::string_view name)
{
    if (name.empty()) {
        return false;
    }
    for (const char c : name) {
        if (c <= ' ' || c == ':' || c == 0x7F) {
            return false;
        }
    }
    return true;
}

bool safeValue(std::string_view value)
{
    return value.find_first_of("\r\n", 0) == std::string_view::npos && value.find('\0') == std::string_view::npos;
}

}  // namespace

std::string_view reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

void appendResponse(std::string& out, const HttpResponse& response, bool headRequest, bool closeAfter,
                    std::string_view date)
{
    const int status = response.status >= 100 && response.status <= 599 ? response.status : 500;
    const bool bodyAllowed = status >= 200 && status != 204 && status != 304;
    out.append("HTTP/1.1 ");
    appendNumber(out, static_cast<std::uint64_t>(status));
    out.push_back(' ');
    out.append(reasonPhrase(status));
    out.append("\r\nDate: ");
    out.append(date);
    out.append("\r\n");
    if (bodyAllowed) {
        if (!response.body.empty() && safeValue(response.contentType) && !response.contentType.empty()) {
            out.append("Content-Type: ");
            out.append(response.contentType);
            out.append("\r\n");
        }
        out.append("Content-Length: ");
        appendNumber(out, response.body.size());
        out.append("\r\n");
    }
    for (const auto& [name, value] : response.headers) {
        if (safeName(name) && safeValue(value)) {
            out.append(name);
            out.append(": ");
            out.append(value);
            out.append("\r\n");
        }
    }
    if (closeAfter) {
        out.append("Connection: close\r\n");
    }
    out.append("\r\n");
    if (bodyAllowed && !headRequest) {
        out.append(response.body);
    }
}

std::string httpDate(long long unixSeconds)
{
    static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::time_t t = static_cast<std::time_t>(unixSeconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[40];
    std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[tm.tm_wday], tm.tm_mday,
                  kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return text;
}

}  // namespace sluice::engine::http
