// SPDX-License-Identifier: Apache-2.0
#include "throttle/HttpScrape.h"

#include <curl/curl.h>

namespace sluice::engine {

namespace {
struct Transfer {
    std::string body;
    bool tooLarge = false;
    const std::atomic<bool>* cancel = nullptr;
};

std::size_t onBody(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* transfer = static_cast<Transfer*>(user);
    const std::size_t bytes = size * count;
    if (transfer->body.size() + bytes > HttpScrape::kMaxBodyBytes) {
        transfer->tooLarge = true;
        return 0;  // ends the transfer
    }
    transfer->body.append(data, bytes);
    return bytes;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<Transfer*>(user)->cancel->load(std::memory_order_relaxed) ? 1 : 0;
}
}  // namespace

std::optional<std::string> HttpScrape::get(const std::string& url, std::chrono::milliseconds timeout,
                                           const std::atomic<bool>& cancel, std::string& error)
{
    auto* curl = static_cast<CURL*>(m_curl.get());
    if (curl == nullptr) {
        error = "libcurl could not start";
        return std::nullopt;
    }
    Transfer transfer;
    transfer.cancel = &cancel;
    char message[CURL_ERROR_SIZE] = {};
    m_curl.setCommonOptions(url, timeout);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // gzip when the exporter offers it
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, message);
    const CURLcode code = curl_easy_perform(curl);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    if (transfer.tooLarge) {
        error = "the page is larger than 16 MiB";
        return std::nullopt;
    }
    if (code != CURLE_OK) {
        error = message[0] != '\0' ? message : curl_easy_strerror(code);
        return std::nullopt;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    if (status < 200 || status > 299) {
        error = "HTTP status " + std::to_string(status);
        return std::nullopt;
    }
    return std::move(transfer.body);
}

}  // namespace sluice::engine
