// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/HttpMessage.h"

#include <string>
#include <string_view>

namespace sluice::engine::http {

// Writes an HTTP/1.1 response onto the end of a connection's send buffer. Header fields whose name is not a
// token or whose value holds a line break are left out, so a handler cannot split the response.
void appendResponse(std::string& out, const HttpResponse& response, bool headRequest, bool closeAfter,
                    std::string_view date);

std::string_view reasonPhrase(int status);

// An IMF-fixdate (RFC 9110 5.6.7) for the Date field, of `unixSeconds`.
std::string httpDate(long long unixSeconds);

}  // namespace sluice::engine::http
