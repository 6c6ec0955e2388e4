// SPDX-License-Identifier: Apache-2.0
#include "notify/MailMessage.h"

#include "notify/MimeText.h"

#include <cstdio>
#include <ctime>

namespace sluice::engine::notify {

namespace {
// RFC 5321's longest path, and a display name kept short enough that a header line stays far below 998.
constexpr std::size_t kMaxAddressBytes = 254;
constexpr std::size_t kMaxNameBytes = 200;
// "Subject: " and the subject in one line of at most 78 characters; a longer one is folded as encoded words.
constexpr std::size_t kMaxPlainSubjectBytes = 69;

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

bool isAddressSpec(std::string_view address)
{
    const std::size_t at = address.rfind('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == address.size()) {
        return false;
    }
    for (const char c : address) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u == 127 || c == '<' || c == '>' || c == ',' || c == '(' || c == ')' || c == '"') {
            return false;
        }
    }
    return true;
}

// A display name as a header wants it: quoted when it is plain ASCII, encoded words otherwise.
std::string displayName(std::string_view name)
{
    const std::string line = mime::oneLine(name);
    if (!mime::isPlainHeaderText(line)) {
        return mime::encodedWords(line);
    }
    std::string quoted = "\"";
    for (const char c : line) {
        if (c == '"' || c == '\\') {
            quoted += '\\';
        }
        quoted += c;
    }
    return quoted + '"';
}

std::string headerMailbox(const Mailbox& mailbox)
{
    if (mailbox.name.empty()) {
        return mailbox.address;
    }
    return displayName(mailbox.name) + " <" + mailbox.address + ">";
}

std::string rfc5322Date(TimeNs date)
{
    const std::time_t seconds = static_cast<std::time_t>(date / kNsPerSec);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char text[40];
    std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[utc.tm_wday], utc.tm_mday,
                  kMonths[utc.tm_mon], utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
    return text;
}

std::string htmlDocument(std::string_view subject, std::string_view text)
{
    std::string html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>";
    html += mime::htmlEscaped(subject);
    html += "</title></head>\n<body style=\"font-family: sans-serif\">\n<h2>";
    html += mime::htmlEscaped(subject);
    html += "</h2>\n<p>";
    std::string_view rest = text;
    for (std::size_t end = rest.find('\n'); end != std::string_view::npos; end = rest.find('\n')) {
        html += mime::htmlEscaped(rest.substr(0, end));
        html += "<br>\n";
        rest.remove_prefix(end + 1);
    }
    html += mime::htmlEscaped(rest);
    html += "</p>\n</body></html>\n";
    return html;
}
}  // namespace

std::optional<Mailbox> Mailbox::read(std::string_view text)
{
    text = trimmed(text);
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 32 || c == 127) {
            return std::nullopt;  // a line break here would be a command of its own on the SMTP connection
        }
    }
    Mailbox mailbox;
    const std::size_t open = text.rfind('<');
    if (open != std::string_view::npos && text.back() == '>') {
        std::string_view name = trimmed(text.substr(0, open));
        if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
            name = name.substr(1, name.size() - 2);
        }
        mailbox.name = std::string(name);
        mailbox.address = std::string(text.substr(open + 1, text.size() - open - 2));
    } else {
        mailbox.address = std::string(text);
    }
    if (!isAddressSpec(mailbox.address) || mailbox.address.size() > kMaxAddressBytes ||
        mailbox.name.size() > kMaxNameBytes) {
        return std::nullopt;
    }
    return mailbox;
}

MailMessage::MailMessage(Mailbox from, std::vector<Mailbox> to, std::string subject, std::string text,
                         std::vector<MailAttachment> attachments)
    : m_from(std::move(from)), m_to(std::move(to)), m_subject(mime::oneLine(subject)), m_text(std::move(text)),
      m_attachments(std::move(attachments))
{
}

std::string MailMessage::render(TimeNs date, std::string_view messageId) const
{
    // No quoted-printable line holds "=_", so a boundary starting with it can never occur in a part.
    const std::string boundary = "=_sluice_" + mime::oneLine(messageId.substr(0, messageId.find('@')));
    std::string out;
    out += "Date: " + rfc5322Date(date) + "\r\n";
    out += "Message-ID: <" + mime::oneLine(messageId) + ">\r\n";
    out += "From: " + headerMailbox(m_from) + "\r\n";
    out += "To: ";
    for (std::size_t i = 0; i < m_to.size(); ++i) {
        out += (i == 0 ? "" : ",\r\n ") + headerMailbox(m_to[i]);
    }
    out += "\r\n";
    const bool plainSubject = mime::isPlainHeaderText(m_subject) && m_subject.size() <= kMaxPlainSubjectBytes;
    out += "Subject: " + (plainSubject ? m_subject : mime::encodedWords(m_subject)) + "\r\n";
    // RFC 3834: a machine wrote this; well-behaved auto-responders do not answer it.
    out += "Auto-Submitted: auto-generated\r\n";
    out += "MIME-Version: 1.0\r\n";
    // Neither boundary can occur in a part: quoted-printable lines hold no "=_", base64 lines no "=" but at the end.
    const std::string mixed = "=_sluice_mix_" + mime::oneLine(messageId.substr(0, messageId.find('@')));
    if (!m_attachments.empty()) {
        out += "Content-Type: multipart/mixed;\r\n boundary=\"" + mixed + "\"\r\n";
        out += "\r\n";
        out += "This is a message in MIME format.\r\n";
        out += "\r\n--" + mixed + "\r\n";
    }
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
    out += "\r\n";
    if (m_attachments.empty()) {
        out += "This is a message in MIME format.\r\n";
    }
    const auto part = [&](std::string_view type, std::string_view body) {
        out += "\r\n--" + boundary + "\r\n";
        out += "Content-Type: " + std::string(type) + "; charset=utf-8\r\n";
        out += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
        out += mime::quotedPrintable(body);
        out += "\r\n";
    };
    part("text/plain", m_text);
    part("text/html", htmlDocument(m_subject, m_text));
    out += "\r\n--" + boundary + "--\r\n";
    if (m_attachments.empty()) {
        return out;
    }
    for (const MailAttachment& file : m_attachments) {
        const std::string name = mime::oneLine(file.fileName);
        out += "\r\n--" + mixed + "\r\n";
        out += "Content-Type: " + mime::oneLine(file.contentType) + ";\r\n " + mime::fileNameParameter("name", name) +
               "\r\n";
        out += "Content-Disposition: attachment;\r\n " + mime::fileNameParameter("filename", name) + "\r\n";
        out += "Content-Transfer-Encoding: base64\r\n\r\n";
        out += mime::base64Lines(file.bytes);
    }
    out += "\r\n--" + mixed + "--\r\n";
    return out;
}

}  // namespace sluice::engine::notify
