// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::notify {

// One mailbox as written in the settings or a contact: "Sluice Ops <ops@example.org>" or "ops@example.org".
struct Mailbox {
    std::string name;     // display name; may be empty
    std::string address;  // addr-spec: local@domain
    // nullopt when `text` is not one mailbox (no '@', white space or control characters in the address, an
    // address over 254 bytes, a name over 200, ...).
    static std::optional<Mailbox> read(std::string_view text);
};

// A file sent with a message.
struct MailAttachment {
    std::string fileName;     // the name the recipient sees, without a directory
    std::string contentType;  // "application/pdf"
    std::string bytes;
};

// An email as RFC 5322 and MIME want it: Date, Message-ID, From, To, an RFC 2047 encoded Subject when it is not
// short plain ASCII, and a multipart/alternative body with a text/plain part and an HTML part (the same text,
// escaped), both UTF-8 and quoted-printable, every line ending in CRLF. With attachments, that body is the first
// part of a multipart/mixed message and each file follows in base64. SMTP's dot-stuffing is left to the
// transport.
class MailMessage final {
public:
    MailMessage(Mailbox from, std::vector<Mailbox> to, std::string subject, std::string text,
                std::vector<MailAttachment> attachments = {});

    // The whole message. `date` is wall time; `messageId` is "unique@domain" without angle brackets.
    std::string render(TimeNs date, std::string_view messageId) const;

    const Mailbox& from() const { return m_from; }
    const std::vector<Mailbox>& to() const { return m_to; }

private:
    Mailbox m_from;
    std::vector<Mailbox> m_to;
    std::string m_subject;
    std::string m_text;
    std::vector<MailAttachment> m_attachments;
};

}  // namespace sluice::engine::notify
