// SPDX-License-Identifier: Apache-2.0
#include "http/AdminReplies.h"

#include "flags/InstantText.h"

#include <charconv>

namespace sluice::engine::http {

using json = nlohmann::json;

HttpResponse jsonResponse(int status, const json& body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = body.dump(2, ' ', false, json::error_handler_t::replace);
    r.body += '\n';
    return r;
}

HttpResponse problem(int status, const std::string& message) { return jsonResponse(status, json{{"error", message}}); }

HttpResponse csvResponse(std::string body, std::string_view filename)
{
    HttpResponse r;
    r.contentType = "text/csv; charset=utf-8";
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + std::string(filename) + "\"");
    r.body = std::move(body);
    return r;
}

std::optional<std::string> pathSegment(std::string_view path, std::size_t index)
{
    std::string_view rest = path;
    for (std::size_t i = 0;; ++i) {
        if (rest.empty() || rest.front() != '/') {
            return std::nullopt;
        }
        rest.remove_prefix(1);
        const std::size_t end = rest.find('/');
        if (i == index) {
            const std::string_view raw = rest.substr(0, end);
            std::string out;
            for (std::size_t c = 0; c < raw.size(); ++c) {
                if (raw[c] != '%') {
                    out += raw[c];
                    continue;
                }
                unsigned value = 0;
                if (c + 2 >= raw.size() ||
                    std::from_chars(raw.data() + c + 1, raw.data() + c + 3, value, 16).ptr != raw.data() + c + 3) {
                    return std::nullopt;
                }
                out += static_cast<char>(value);
                c += 2;
            }
            return out;
        }
        if (end == std::string_view::npos) {
            return std::nullopt;
        }
        rest.remove_prefix(end);
    }
}

std::optional<std::uint64_t> pathId(std::string_view text, std::uint64_t max)
{
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value == 0 || value > max) {
        return std::nullopt;
    }
    return value;
}

std::size_t queryNumber(const HttpRequest& request, std::string_view name, std::size_t fallback, std::size_t max,
                        bool& ok)
{
    const std::string_view raw = request.queryParam(name);
    if (raw.empty()) {
        return fallback;
    }
    std::size_t value = 0;
    const auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    ok = ok && ec == std::errc() && end == raw.data() + raw.size() && value <= max;
    return value;
}

std::string queryText(const HttpRequest& request, std::string_view name, bool& ok)
{
    std::string out;
    ok = appendQueryDecoded(request.queryParam(name), out) && ok;
    return out;
}

std::optional<TimeNs> queryInstant(const HttpRequest& request, std::string_view name, bool& ok)
{
    const std::string text = queryText(request, name, ok);
    if (text.empty()) {
        return std::nullopt;
    }
    const auto at = flags::readInstantText(text);
    ok = ok && at.has_value();
    return at;
}

json instantOrNull(TimeNs at) { return at == 0 ? json(nullptr) : json(flags::instantText(at)); }

json instantOfMs(std::int64_t ms) { return instantOrNull(ms * 1'000'000); }

}  // namespace sluice::engine::http
