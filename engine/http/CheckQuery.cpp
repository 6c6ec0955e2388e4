// SPDX-License-Identifier: Apache-2.0
#include "http/CheckQuery.h"

#include <charconv>

namespace sluice::engine::http {

namespace {

std::string_view firstHop(std::string_view list) { return trimBlanks(list.substr(0, list.find(','))); }

bool readNumber(std::string_view text, std::uint32_t max, std::uint32_t& out)
{
    std::uint32_t v = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), v);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || v > max) {
        return false;
    }
    out = v;
    return true;
}

// The path of a request target: what a route map matches.
std::string_view pathOf(std::string_view target) { return target.substr(0, target.find('?')); }

}  // namespace

std::string_view CheckQuery::read(const HttpRequest& request, std::string_view below, const CheckKeySource& keys,
                                  const logs::RouteMap& routes)
{
    key.clear();
    route.clear();
    ip.clear();
    cost = 1;
    deniedStatus = 0;
    const bool ownQuery = below.empty();
    const auto param = [&](std::string_view name) { return ownQuery ? request.queryParam(name) : std::string_view(); };
    if (!appendQueryDecoded(param("key"), key)) {
        return "the key parameter has a broken percent escape\n";
    }
    for (std::size_t i = 0; key.empty() && i < keys.headers.size(); ++i) {
        const std::string_view value = request.header(keys.headers[i]);
        key = equalsIgnoreCase(keys.headers[i], "X-Forwarded-For") ? firstHop(value) : trimBlanks(value);
    }
    if (key.empty()) {
        return "no key: give the query parameter key or a configured header field\n";
    }
    if (key.size() > kMaxKeyBytes) {
        return "the key is longer than 1024 bytes\n";
    }
    const std::string_view forwarded = request.header("X-Forwarded-For");
    ip = forwarded.empty() ? trimBlanks(request.header("X-Real-IP")) : firstHop(forwarded);
    if (!appendQueryDecoded(param("route"), route)) {
        return "the route parameter has a broken percent escape\n";
    }
    if (route.empty() && !routes.empty()) {
        route = routes.routeOf(ownQuery ? pathOf(request.header("X-Forwarded-Uri")) : below);
    }
    if (route.empty() && !appendQueryDecoded(request.header("X-Sluice-Route"), route)) {
        return "X-Sluice-Route has a broken percent escape\n";
    }
    std::string_view costText = param("cost");
    costText = costText.empty() ? request.header("X-Sluice-Cost") : costText;
    if (!costText.empty() && !readNumber(costText, kMaxCost, cost)) {
        return "cost must be a whole number from 0 to 1000000\n";
    }
    const std::string_view deny = param("deny");
    std::uint32_t status = 0;
    if (!deny.empty() && (!readNumber(deny, 999, status) || (status != 403 && status != 429))) {
        return "deny must be 403 or 429\n";
    }
    deniedStatus = static_cast<int>(status);
    return {};
}

}  // namespace sluice::engine::http
