// SPDX-License-Identifier: Apache-2.0
#include "http/RateLimitFields.h"

#include <string>

namespace sluice::engine::http {

namespace {

// A Structured Fields String: printable ASCII, with '"' and '\' escaped; anything else is left out.
std::string sfString(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (c >= 0x20 && c < 0x7F) {
            out.push_back(c);
        }
    }
    out.push_back('"');
    return out;
}

}  // namespace

std::uint64_t secondsRoundedUp(TimeNs ns)
{
    if (ns <= 0) {
        return 0;
    }
    return static_cast<std::uint64_t>((ns + kNsPerSec - 1) / kNsPerSec);
}

HttpResponse rateLimitResponse(const Decision& decision, std::string_view policyName, TimeNs windowNs,
                               const RateLimitAnswer& options)
{
    HttpResponse response;
    response.status = decision.allowed ? 200 : options.deniedStatus;
    const bool never = decision.neverPasses();
    const std::uint64_t retryAfter =
        decision.allowed || never ? 0 : std::max<std::uint64_t>(1, secondsRoundedUp(decision.retryAfter));
    const std::uint64_t reset = retryAfter > 0 ? retryAfter : secondsRoundedUp(decision.resetAfter);
    const std::string limit = std::to_string(decision.limit);
    const std::string remaining = std::to_string(decision.remaining);
    const std::string resetText = std::to_string(reset);
    const std::string name = sfString(policyName);
    response.headers.reserve(6);
    response.headers.emplace_back("RateLimit-Limit", limit);
    response.headers.emplace_back("RateLimit-Remaining", remaining);
    response.headers.emplace_back("RateLimit-Reset", resetText);
    response.headers.emplace_back("RateLimit-Policy",
                                  name + ";q=" + limit + ";w=" + std::to_string(secondsRoundedUp(windowNs)));
    response.headers.emplace_back("RateLimit", name + ";r=" + remaining + ";t=" + resetText);
    if (retryAfter > 0) {
        response.headers.emplace_back("Retry-After", std::to_string(retryAfter));
    }
    if (never) {
        response.body = "this request costs more than the whole burst of its limit and can never pass\n";
    }
    return response;
}

}  // namespace sluice::engine::http
