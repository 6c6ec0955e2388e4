// SPDX-License-Identifier: Apache-2.0
#include "notify/HttpPost.h"

#include "core/EngineText.h"

#include <curl/curl.h>

#include <algorithm>

namespace sluice::engine::notify {

namespace {
constexpr std::size_t kMaxAnswerBytes = 4096;  // only the start of an error answer is kept, for a person

std::size_t onAnswer(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* answer = static_cast<std::string*>(user);
    const std::size_t bytes = size * count;
    answer->append(data, std::min(bytes, kMaxAnswerBytes - std::min(kMaxAnswerBytes, answer->size())));
    return bytes;
}

bool permanentFailure(CURLcode code)
{
    return code == CURLE_URL_MALFORMAT || code == CURLE_UNSUPPORTED_PROTOCOL || code == CURLE_LOGIN_DENIED;
}

bool retryableStatus(long status) { return status == 408 || status == 429 || status >= 500; }

// The first line of an answer, printable ASCII only and short: it goes into an error a person reads.
std::string answerLine(const std::string& answer)
{
    std::string line;
    for (char c : answer) {
        if (c == '\n' || c == '\r' || line.size() >= 200) {
            break;
        }
        line += c >= 0x20 && c < 0x7f ? c : '?';
    }
    return line;
}
}  // namespace

SendResult HttpPost::post(const Request& request)
{
    auto* curl = static_cast<CURL*>(m_curl.get());
    if (curl == nullptr) {
        return SendResult{false, false, "libcurl could not start"};
    }
    std::string answer;
    char message[CURL_ERROR_SIZE] = {};
    curl_slist* headers = curl_slist_append(nullptr, ("Content-Type: " + request.contentType).c_str());
    headers = curl_slist_append(headers, "Expect:");  // no 100-continue round trip for a small body
    m_curl.setCommonOptions(request.url, request.timeout);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    if (!request.username.empty()) {
        curl_easy_setopt(curl, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(curl, CURLOPT_USERNAME, request.username.c_str());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, request.password.c_str());
    }
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onAnswer);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, message);
    const CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    // Nothing of this request (its password above all) stays on the handle for the next one.
    curl_easy_reset(curl);
    curl_slist_free_all(headers);
    if (code != CURLE_OK) {
        return SendResult{false, permanentFailure(code), message[0] != '\0' ? message : curl_easy_strerror(code)};
    }
    if (status >= 200 && status <= 299) {
        return SendResult{true, false, {}};
    }
    const std::string statusText = std::to_string(status);
    const std::string line = answerLine(answer);
    std::string error = line.empty() ? say(Text::NotifyHttpStatus, {statusText})
                                     : say(Text::NotifyHttpStatusSaying, {statusText, line});
    return SendResult{false, !retryableStatus(status), std::move(error)};
}

}  // namespace sluice::engine::notify
