// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace sluice::engine::notify {

// The encodings a mail's text goes through on its way into a message (MailMessage).
namespace mime {

// Whether `text` can stand in a header as it is: printable ASCII and spaces only, nothing that reads as an
// encoded word ("=?").
bool isPlainHeaderText(std::string_view text);

// `text` (UTF-8) as RFC 2047 "B" encoded words of at most 64 characters, joined by CRLF and a space (folded), so
// no header line grows past 78 characters. A character is never split across two words.
std::string encodedWords(std::string_view text);

// `text` as quoted-printable (RFC 2045): line breaks of any kind become CRLF, no line is longer than 76
// characters (soft breaks), and spaces at the end of a line are encoded so that no relay strips them.
std::string quotedPrintable(std::string_view text);

// `bytes` as base64 in lines of 76 characters, each ending in CRLF (RFC 2045): an attachment's body.
std::string base64Lines(std::string_view bytes);

// A file name as a MIME parameter: `name="report.pdf"` when it is plain ASCII without quotes, otherwise RFC 2231's
// `name*=utf-8''...` with the bytes percent-encoded, so any name reaches the mail program intact. A name is cut
// to 255 bytes (no file system has longer ones), so the header line stays within RFC 5322's limit.
std::string fileNameParameter(std::string_view parameter, std::string_view fileName);

// `text` safe inside HTML elements and attribute values.
std::string htmlEscaped(std::string_view text);

// `text` with CR, LF and other control characters replaced by spaces: header values from the settings or a
// notification can never start a header of their own.
std::string oneLine(std::string_view text);

}  // namespace mime

}  // namespace sluice::engine::notify
