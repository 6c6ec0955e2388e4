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

}  // namespace

std::string_view CheckQuery::read(const HttpRequest& request, const CheckKeySource& keys)
{
    key.clear();
    route.clear();
    ip.clear();
    cost = 1;
    deniedStatus = 0;
    if (!appendQueryDecoded(request.queryParam("key"), key)) {
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
    const std::string_view routeParam = request.queryParam("route");
    if (!appendQueryDecoded(routeParam.empty() ? request.header("X-Sluice-Route") : routeParam, route)) {
        return "the route parameter has a broken percent escape\n";
    }
    std::string_view costText = request.queryParam("cost");
    costText = costText.empty() ? request.header("X-Sluice-Cost") : costText;
    if (!costText.empty() && !readNumber(costText, kMaxCost, cost)) {
        return "cost must be a whole number from 0 to 1000000\n";
    }
    const std::string_view deny = request.queryParam("deny");
    std::uint32_t status = 0;
    if (!deny.empty() && (!readNumber(deny, 999, status) || (status != 403 && status != 429))) {
        return "deny must be 403 or 429\n";
    }
    deniedStatus = static_cast<int>(status);
    return {};
}

}  // namespace sluice::engine::http
