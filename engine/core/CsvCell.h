// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace sluice::engine {

// One rule for every CSV file Sluice writes (VIP export, audit export and any later one) and reads back.
//
// Formula injection (the OWASP rule): a spreadsheet program takes a cell that starts with = + - @, a tab or
// a carriage return for a formula, so a key such as =HYPERLINK("...") or a reason such as =cmd|' /C calc'!A0
// would run when an exported file is opened. Writing, a field whose first character is one of those, or that
// starts with one or more apostrophes followed by one of those, gets one apostrophe (') in front. A
// spreadsheet shows such a cell as the text it is. Reading (VIP import), a field that starts with an
// apostrophe followed by [more apostrophes and then] one of those characters loses exactly one leading
// apostrophe. Any other field is read as it is. So a file Sluice exported imports back to exactly the same
// keys and notes ("-5" is written '-5 and read -5; "'=x" is written ''=x and read '=x), and a file written
// by hand may use the apostrophe the same way.
//
// Quoting (RFC 4180): after that, a field that holds a comma, a double quote, a carriage return or a line
// feed, or that starts or ends with a space, is put in double quotes with its quotes doubled. A record ends
// with CRLF. Text is UTF-8.
class CsvCell final {
public:
    // True when a spreadsheet would take `text` as a formula if it were written as it is, or when `text` is
    // such a field with apostrophes in front (so the apostrophe the writer adds can be told apart).
    static bool looksLikeFormula(std::string_view text);
    // The field value as written: `text` with one apostrophe in front where looksLikeFormula(); not quoted.
    static std::string defused(std::string_view text);
    // The reverse of defused(), for a field value read from a file (already unquoted).
    static std::string restored(std::string_view field);
    // RFC 4180 quoting where needed; nothing else changes.
    static std::string quoted(std::string_view field);
    // What a writer puts between the commas: quoted(defused(text)).
    static std::string encode(std::string_view text);
    // Appends the encoded fields, separated by commas, and CRLF.
    static void appendRecord(std::string& out, std::initializer_list<std::string_view> fields);
};

}  // namespace sluice::engine
