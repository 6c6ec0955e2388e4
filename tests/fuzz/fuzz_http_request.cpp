// SPDX-License-Identifier: Apache-2.0
// The HTTP request parser (the check API's listener): any bytes give a request, a wait for more, or an error
// status, never a crash; a request it accepts lies within the buffer and the limits, and reads as a check (the
// token, the key, the route by the route map) within the check's bounds.
#include "FuzzTarget.h"

#include "http/Authorization.h"
#include "http/CheckQuery.h"
#include "http/RequestParser.h"

#include <string>
#include <string_view>

namespace {

// What the check endpoint reads of a request it takes: the token (the access_token parameter or the
// Authorization field) and the check (key, route, cost, denial status).
void readAsCheck(const sluice::engine::http::HttpRequest& r)
{
    using namespace sluice::engine::http;
    static const sluice::engine::logs::RouteMap routes = [] {
        sluice::engine::logs::RouteMap m;
        m.add("/api/login", "login");
        return m;
    }();
    constexpr std::string_view kBase = "/v1/check";
    if (!r.path.starts_with(kBase)) {
        return;
    }
    const std::string_view below = r.path.substr(kBase.size());
    std::string scratch;
    (void)checkToken(r, below.empty(), scratch);
    CheckQuery query;
    if (query.read(r, below, CheckKeySource{}, routes).empty()) {
        sluice::fuzz::require(!query.key.empty() && query.key.size() <= CheckQuery::kMaxKeyBytes,
                              "a key, not too long");
        sluice::fuzz::require(query.cost <= CheckQuery::kMaxCost, "a cost within its bound");
        sluice::fuzz::require(below.empty() || query.deniedStatus == 0, "below the path the query is not read");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine::http;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const ParseLimits limits{512, 256, 16};
    RequestParser parser(limits);
    ParsedRequest parsed;
    std::string_view rest = input;
    // A pipeline: parse request after request, as the server does, until one is incomplete or invalid.
    while (!rest.empty()) {
        parser.parse(rest, parsed);
        if (parsed.state == ParsedRequest::State::Invalid) {
            const int s = parsed.errorStatus;
            sluice::fuzz::require(s == 400 || s == 413 || s == 431 || s == 501 || s == 505, "a known error status");
            break;
        }
        if (parsed.state == ParsedRequest::State::NeedMore) {
            sluice::fuzz::require(rest.size() < 2 * limits.maxHeaderBytes + limits.maxBodyBytes,
                                  "a full buffer is never left waiting");
            break;
        }
        const HttpRequest& r = parsed.request;
        sluice::fuzz::require(parsed.length > 0 && parsed.length <= rest.size(), "the request lies in the buffer");
        sluice::fuzz::require(r.body.size() <= limits.maxBodyBytes, "the body is within its limit");
        sluice::fuzz::require(r.headers.size() <= limits.maxHeaderFields, "the header count is within its limit");
        sluice::fuzz::require(!r.method.empty() && !r.target.empty(), "a request has a method and a target");
        for (const auto& [name, value] : r.headers) {
            sluice::fuzz::require(!name.empty() && value.find('\n') == std::string_view::npos,
                                  "a field has a name and no line break");
        }
        (void)r.header("host");
        std::string decoded;
        (void)appendQueryDecoded(r.queryParam("key"), decoded);
        readAsCheck(r);
        rest.remove_prefix(parsed.length);
    }
    return 0;
}
