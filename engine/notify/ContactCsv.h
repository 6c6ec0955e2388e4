// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "config/NotifyConfig.h"

#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::notify {

struct ContactCsvError {
    std::size_t line = 0;
    int column = 0;  // 1-based; 0 when the whole record is wrong
    std::string reason;
    // "line 4, column 2 (email): ..." as a person reads it.
    std::string message() const;
};
struct ContactCsvParse {
    std::vector<NotifyContact> contacts;
    std::vector<std::size_t> lines;       // the file line of each contact, 1-based
    std::vector<ContactCsvError> errors;  // in file order; any error rejects the whole file
};

// Key owners' contacts as CSV (RFC 4180, core/CsvCell's formula guard): a header `key,email,phone,webhook`, then
// one record per key; empty fields are allowed, a record with all three empty is refused. Memory stays a small
// multiple of the file, as the VIP CSV's does.
class ContactCsv final {
public:
    static constexpr int kColumns = 4;
    static constexpr std::size_t kMaxErrors = 50;
    static constexpr std::size_t kMaxRows = 100'000;
    static ContactCsvParse parse(std::string_view text, std::size_t maxRows = kMaxRows);
    // CRLF line endings, fields quoted only where needed, in the order given.
    static std::string write(const std::vector<NotifyContact>& contacts);
    static cmd::ImportNotifyContacts toCommand(const ContactCsvParse& parsed);
};

}  // namespace sluice::engine::notify
