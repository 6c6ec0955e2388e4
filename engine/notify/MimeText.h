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

// `text` safe inside HTML elements and attribute values.
std::string htmlEscaped(std::string_view text);

// `text` with CR, LF and other control characters replaced by spaces: header values from the settings or a
// notification can never start a header of their own.
std::string oneLine(std::string_view text);

}  // namespace mime

}  // namespace sluice::engine::notify
