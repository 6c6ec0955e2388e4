// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CurlEasy.h"
#include "notify/ChannelSender.h"

#include <chrono>
#include <string>

namespace sluice::engine::notify {

// One HTTP(S) POST through libcurl for the webhook and SMS senders: bounded in time, no redirects, no signals,
// and an outcome a retry can act on. The URL may carry a token, so it never appears in an error.
class HttpPost final {
public:
    struct Request {
        std::string url;
        std::string contentType;
        std::string body;
        std::string username;  // HTTP basic auth when not empty
        std::string password;
        std::chrono::milliseconds timeout{10000};
    };

    // 2xx is sent; 408, 429 and 5xx are worth another attempt, as is a network failure; any other status, a
    // malformed URL or an unsupported scheme is permanent.
    SendResult post(const Request& request);

private:
    CurlEasy m_curl;
};

}  // namespace sluice::engine::notify
