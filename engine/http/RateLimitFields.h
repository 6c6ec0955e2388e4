// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Decision.h"
#include "core/Time.h"
#include "http/HttpMessage.h"

#include <string_view>

namespace sluice::engine::http {

// How a check's Decision becomes an answer.
struct RateLimitAnswer {
    int deniedStatus = 429;  // 403 for a proxy that only maps 401/403 (nginx auth_request): see the docs
};

// 200 or the denied status, with the RateLimit fields of both generations of draft-ietf-httpapi-ratelimit-
// headers: RateLimit-Limit / -Remaining / -Reset (seconds, rounded up), and the structured RateLimit-Policy
// (`"name";q=limit;w=window`) and RateLimit (`"name";r=remaining;t=reset`). A denied request gets Retry-After
// (seconds, rounded up, at least 1) and t is that same moment; one that can never pass at its limit (its cost
// exceeds the whole burst) gets no Retry-After, since waiting does not help, and a body saying so.
// `policyName` is the route's policy ("default" for the default one); `windowNs` its period.
HttpResponse rateLimitResponse(const Decision& decision, std::string_view policyName, TimeNs windowNs,
                               const RateLimitAnswer& options = {});

// Whole seconds, rounded up: what Retry-After and the reset fields carry.
std::uint64_t secondsRoundedUp(TimeNs ns);

}  // namespace sluice::engine::http
