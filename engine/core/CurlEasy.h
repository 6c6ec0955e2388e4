// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <string>

namespace sluice::engine {

// One libcurl easy handle, made after libcurl's process-wide start (once, as older libcurl needs), and the
// options every transfer of Sluice shares. Reused across transfers so a keep-alive connection carries the next.
class CurlEasy final {
public:
    CurlEasy();
    ~CurlEasy();
    CurlEasy(const CurlEasy&) = delete;
    CurlEasy& operator=(const CurlEasy&) = delete;

    void* get() const { return m_curl; }  // CURL*; null when libcurl could not start

    // HTTP and HTTPS only, no redirects, no signals, the whole transfer and its connect bounded by `timeout`.
    void setCommonOptions(const std::string& url, std::chrono::milliseconds timeout);

private:
    void* m_curl = nullptr;
};

}  // namespace sluice::engine
