// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CurlEasy.h"

#include <atomic>
#include <chrono>
#include <optional>
#include <string>

namespace sluice::engine {

// One HTTP(S) GET of a metrics page through libcurl: bounded in time and size, no redirects to other
// protocols, no signals. Blocks the calling thread: never call it on the engine thread.
class HttpScrape final {
public:
    static constexpr std::size_t kMaxBodyBytes = 16 << 20;  // a node exporter serves some 100 KB

    HttpScrape() = default;

    // The body of a 2xx answer; nullopt with `error` saying what went wrong. `cancel` becoming true ends a
    // transfer under way.
    std::optional<std::string> get(const std::string& url, std::chrono::milliseconds timeout,
                                   const std::atomic<bool>& cancel, std::string& error);

private:
    CurlEasy m_curl;
};

}  // namespace sluice::engine
