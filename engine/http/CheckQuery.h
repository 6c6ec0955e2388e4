// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/HttpMessage.h"
#include "logs/RouteMap.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::http {

// Where a check finds its key when the query has no `key` parameter: header fields tried in order. For
// X-Forwarded-For and Forwarded-style lists the first hop (the client as the first proxy saw it) is the key.
struct CheckKeySource {
    std::vector<std::string> headers{"X-Forwarded-For", "X-Real-IP"};
};

// What one check asks, read from the query (`key`, `route`, `cost`, `deny`) and the header fields
// (X-Sluice-Route, X-Sluice-Cost as fallbacks); `key` and `route` are percent-decoded into the scratch strings.
//
// A check whose path goes on below the endpoint's is Envoy's (ext_authz appends the client's path and query to
// its path_prefix): its query is the client's, so none of its parameters is read. The route is then the route
// map's for the path below; for a check at the endpoint's own path, the route map's for X-Forwarded-Uri (what
// Traefik's ForwardAuth sends, and nginx can) when the query names no route. X-Sluice-Route comes last.
struct CheckQuery {
    std::string key;
    std::string route;
    std::string ip;  // the client address, when the proxy forwards it
    std::uint32_t cost = 1;
    int deniedStatus = 0;  // 0 = the endpoint's default; 403 or 429 when the request asks for one

    static constexpr std::size_t kMaxKeyBytes = 1024;
    static constexpr std::uint32_t kMaxCost = 1'000'000;

    // `below` is the request's path after the endpoint's ("" for the endpoint's own). Empty on success;
    // otherwise why the request is bad (answered 400).
    std::string_view read(const HttpRequest& request, std::string_view below, const CheckKeySource& keys,
                          const logs::RouteMap& routes);
};

}  // namespace sluice::engine::http
