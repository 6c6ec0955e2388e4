// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/HttpMessage.h"

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
// (X-Sluice-Route, X-Sluice-Cost as fallbacks); `key` is percent-decoded into the scratch string.
struct CheckQuery {
    std::string key;
    std::string route;
    std::string ip;  // the client address, when the proxy forwards it
    std::uint32_t cost = 1;
    int deniedStatus = 0;  // 0 = the endpoint's default; 403 or 429 when the request asks for one

    static constexpr std::size_t kMaxKeyBytes = 1024;
    static constexpr std::uint32_t kMaxCost = 1'000'000;

    // Empty on success; otherwise why the request is bad (answered 400).
    std::string_view read(const HttpRequest& request, const CheckKeySource& keys);
};

}  // namespace sluice::engine::http
