// SPDX-License-Identifier: Apache-2.0
#include "notify/SmtpSender.h"

#include "core/Clock.h"
#include "core/EngineText.h"
#include "notify/MailMessage.h"

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <mutex>

namespace sluice::engine::notify {

namespace {
struct Upload {
    std::string_view data;
};

std::size_t onRead(char* buffer, std::size_t size, std::size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const std::size_t bytes = std::min(size * count, upload->data.size());
    std::copy_n(upload->data.data(), bytes, buffer);
    upload->data.remove_prefix(bytes);
    return bytes;
}

// The server's last answer ("535 5.7.8 Authentication credentials invalid"), which says more than curl's
// own error text. Only what came in is looked at: what went out holds the AUTH exchange.
int onDebug(CURL*, curl_infotype type, char* data, std::size_t size, void* user)
{
    if (type == CURLINFO_HEADER_IN) {
        std::string line(data, size);
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) {
            line.pop_back();
        }
        if (!line.empty()) {
            *static_cast<std::string*>(user) = std::move(line);
        }
    }
    return 0;
}

// `text` with every occurrence of `secret` blanked out: a server may echo what it was sent.
std::string withoutSecret(std::string text, const std::string& secret)
{
    if (secret.empty()) {
        return text;
    }
    for (std::size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at)) {
        text.replace(at, secret.size(), "***");
    }
    return text;
}

std::string messageIdOf(const Notification& notification, const Mailbox& from)
{
    const std::string domain = from.address.substr(from.address.rfind('@') + 1);
    // A notification keeps its id across retries, so a receiver can tell a second copy from a new message.
    const std::string unique = notification.id != 0
                                   ? std::to_string(notification.id) + "." + std::to_string(notification.at)
                                   : "test." + std::to_string(wallClockNow());
    return "sluice." + unique + "@" + domain;
}

SendResult failure(std::string error, bool permanent) { return SendResult{false, permanent, std::move(error)}; }

// What mail servers commonly accept in one message, with room for base64's third more.
constexpr std::uintmax_t kMaxAttachedBytes = 18U * 1024U * 1024U;

std::string contentTypeOf(const std::filesystem::path& file)
{
    const std::string ending = file.extension().string();
    if (ending == ".pdf") {
        return "application/pdf";
    }
    if (ending == ".html") {
        return "text/html; charset=utf-8";
    }
    if (ending == ".csv") {
        return "text/csv; charset=utf-8";
    }
    if (ending == ".json") {
        return "application/json";
    }
    return "application/octet-stream";
}

// The notification's files as attachments, read now: a retry after the file changed sends what is there then.
// A file that is gone or too large fails the delivery for good: trying again cannot bring it back.
std::optional<SendResult> readAttachments(const Notification& notification, std::vector<MailAttachment>& out)
{
    std::uintmax_t total = 0;
    for (const std::string& name : notification.attachments) {
        const std::filesystem::path path(name);
        std::error_code error;
        if (!std::filesystem::is_regular_file(path, error)) {
            // A device or a folder is no report, whatever the command said.
            return failure(say(Text::NotifyAttachmentUnreadable, {name}) +
                               (error ? ": " + error.message() : std::string(": not a regular file")),
                           true);
        }
        const std::uintmax_t size = std::filesystem::file_size(path, error);
        if (error) {
            return failure(say(Text::NotifyAttachmentUnreadable, {name}) + ": " + error.message(), true);
        }
        total += size;
        if (total > kMaxAttachedBytes) {
            return failure(
                say(Text::NotifyAttachmentTooLarge, {std::to_string((total + 512U * 1024U) / (1024U * 1024U)),
                                                     std::to_string(kMaxAttachedBytes / (1024U * 1024U))}),
                true);
        }
        std::ifstream in(path, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in.is_open() || in.bad()) {
            return failure(say(Text::NotifyAttachmentUnreadable, {name}), true);
        }
        out.push_back(MailAttachment{path.filename().string(), contentTypeOf(path), std::move(bytes)});
    }
    return std::nullopt;
}

struct CurlDeleter {
    void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
}  // namespace

SmtpSender::SmtpSender(EmailChannelConfig config, std::string password, std::int64_t timeoutMs)
    : m_config(std::move(config)), m_password(std::move(password)), m_timeoutMs(timeoutMs)
{
}

bool SmtpSender::configured() const
{
    return !m_config.host.empty() && Mailbox::read(m_config.from).has_value() &&
           (m_config.username.empty() || !m_password.empty());
}

std::string SmtpSender::url() const
{
    const bool literal6 = m_config.host.find(':') != std::string::npos;
    const std::string host = literal6 ? "[" + m_config.host + "]" : m_config.host;
    const char* scheme = m_config.security == EmailChannelConfig::Security::Tls ? "smtps://" : "smtp://";
    return scheme + host + ":" + std::to_string(m_config.port);
}

SendResult SmtpSender::send(const Notification& notification, const std::string& address)
{
    if (m_config.host.empty() || !Mailbox::read(m_config.from)) {
        return failure("email is not configured (the SMTP server and the sender address)", true);
    }
    if (!configured()) {
        // The password comes from the keychain, which the console reads after delivery has started: a later
        // attempt may have it.
        return failure("the password of the SMTP user is not there (the keychain holds it)", false);
    }
    if (m_config.host.find_first_of("/@?# \t\r\n") != std::string::npos) {
        return failure("the SMTP server \"" + m_config.host + "\" is not a host name", true);
    }
    const Mailbox from = *Mailbox::read(m_config.from);
    std::vector<Mailbox> to;
    const std::vector<std::string> wanted = address.empty() ? m_config.opsRecipients : std::vector{address};
    for (const std::string& text : wanted) {
        auto mailbox = Mailbox::read(text);
        if (!mailbox) {
            return failure("\"" + text + "\" is not an email address", true);
        }
        to.push_back(std::move(*mailbox));
    }
    if (to.empty()) {
        return failure("no email recipients are configured for the ops team", true);
    }

    std::string text = notification.body;
    text += "\n\n-- \nSluice, notification " + std::to_string(notification.id) + " (" +
            std::string(nameOf(notification.type)) + ")\n";
    std::vector<MailAttachment> attachments;
    if (auto problem = readAttachments(notification, attachments)) {
        return *problem;
    }
    const MailMessage message(from, to, notification.title, std::move(text), std::move(attachments));
    const std::string rendered = message.render(wallClockNow(), messageIdOf(notification, from));

    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    const std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl) {
        return failure("libcurl could not start", false);
    }
    curl_slist* list = nullptr;
    for (const Mailbox& mailbox : to) {
        if (curl_slist* grown = curl_slist_append(list, ("<" + mailbox.address + ">").c_str())) {
            list = grown;
        }
    }
    const std::unique_ptr<curl_slist, ListDeleter> recipients(list);
    Upload upload{rendered};
    std::string lastReply;
    char errorText[CURL_ERROR_SIZE] = {};
    CURL* handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url().c_str());
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
#else
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS, CURLPROTO_SMTP | CURLPROTO_SMTPS);
#endif
    curl_easy_setopt(handle, CURLOPT_USE_SSL,
                     m_config.security == EmailChannelConfig::Security::None ? static_cast<long>(CURLUSESSL_NONE)
                                                                             : static_cast<long>(CURLUSESSL_ALL));
    if (!m_config.caFile.empty()) {
        curl_easy_setopt(handle, CURLOPT_CAINFO, m_config.caFile.c_str());
    }
    if (!m_config.username.empty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, m_config.username.c_str());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, m_password.c_str());
    }
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, ("<" + from.address + ">").c_str());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, onRead);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(rendered.size()));
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    // The timeout bounds a short message; a large one (attachments) also gets a second for every 200 KB, and
    // a connection that stalls below 1 KB/s for the timeout ends all the same.
    const auto uploadMs = static_cast<std::int64_t>(rendered.size() / 200);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(m_timeoutMs + uploadMs));
    curl_easy_setopt(handle, CURLOPT_LOW_SPEED_LIMIT, 1024L);
    curl_easy_setopt(handle, CURLOPT_LOW_SPEED_TIME, static_cast<long>(std::max<std::int64_t>(1, m_timeoutMs / 1000)));
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_timeoutMs));
    curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L);  // feeds onDebug only; nothing is printed
    curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, onDebug);
    curl_easy_setopt(handle, CURLOPT_DEBUGDATA, &lastReply);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorText);
    const CURLcode code = curl_easy_perform(handle);
    if (code == CURLE_OK) {
        return SendResult{true, false, {}};
    }
    long reply = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &reply);
    std::string error = "SMTP " + m_config.host + ":" + std::to_string(m_config.port) + ": " +
                        (errorText[0] != '\0' ? errorText : curl_easy_strerror(code));
    if (reply >= 400 && !lastReply.empty()) {
        error += " (the server answered \"" + lastReply + "\")";
    }
    const bool permanent = (reply >= 500 && reply <= 599) || code == CURLE_LOGIN_DENIED;
    return failure(withoutSecret(std::move(error), m_password), permanent);
}

std::unique_ptr<ChannelSender> makeEmailSender(const NotifyConfig& config, const NotifySecrets& secrets)
{
    return std::make_unique<SmtpSender>(config.email, secrets.smtpPassword, config.timeoutMs);
}

}  // namespace sluice::engine::notify
