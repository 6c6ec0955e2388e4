// SPDX-License-Identifier: Apache-2.0
#include "notify/ContactCsv.h"

#include "core/CsvCell.h"
#include "core/CsvRecords.h"
#include "core/EngineText.h"
#include "core/TextCheck.h"
#include "notify/ContactCheck.h"

#include <array>
#include <unordered_map>

namespace sluice::engine::notify {

namespace {
constexpr std::array<std::string_view, ContactCsv::kColumns> kHeader{"key", "email", "phone", "webhook"};
}  // namespace

std::string ContactCsvError::message() const
{
    if (column > 0 && column <= ContactCsv::kColumns) {
        return say(Text::CsvAtLineColumn, {std::to_string(line), std::to_string(column),
                                           kHeader[static_cast<std::size_t>(column - 1)], reason});
    }
    return say(Text::CsvAtLine, {std::to_string(line), reason});
}

ContactCsvParse ContactCsv::parse(std::string_view text, std::size_t maxRows)
{
    ContactCsvParse result;
    std::unordered_map<std::string, std::size_t> seen;  // key -> its line
    const auto bad = [&](std::size_t line, int column, std::string reason) {
        if (result.errors.size() < kMaxErrors) {
            result.errors.push_back({line, column, std::move(reason)});
        }
    };
    const CsvFileShape shape{kHeader, Text::ContactCsvHeaderMissing, Text::ContactCsvEmptyFile,
                             Text::ContactCsvFieldCount};
    readCsvFile(
        text, shape, maxRows, kMaxErrors, [&] { return result.errors.size(); }, bad,
        [&](const CsvRecord& record) {
            // Addresses are trimmed (a spreadsheet pads them easily); a key is taken byte for byte.
            NotifyContact contact{CsvCell::restored(record.fields[0]), csvTrimmed(CsvCell::restored(record.fields[1])),
                                  csvTrimmed(CsvCell::restored(record.fields[2])),
                                  csvTrimmed(CsvCell::restored(record.fields[3]))};
            if (auto problem = checkContact(contact)) {
                bad(record.line, problem->column, std::move(problem->reason));
                return;
            }
            if (auto [it, added] = seen.emplace(contact.key, record.line); !added) {
                bad(record.line, 1,
                    say(Text::CsvDuplicateKey, {TextCheck::escapeForTerminal(contact.key, TextCheck::kQuotedBytes),
                                                std::to_string(it->second)}));
                return;
            }
            if (result.errors.empty()) {
                result.contacts.push_back(std::move(contact));  // a file with a problem is refused whole
                result.lines.push_back(record.line);
            }
        });
    if (!result.errors.empty()) {
        result.contacts.clear();
        result.contacts.shrink_to_fit();
        result.lines.clear();
    }
    return result;
}

std::string ContactCsv::write(const std::vector<NotifyContact>& contacts)
{
    std::string out;
    CsvCell::appendRecord(out, {kHeader[0], kHeader[1], kHeader[2], kHeader[3]});
    for (const auto& c : contacts) {
        CsvCell::appendRecord(out, {c.key, c.email, c.phone, c.webhook});
    }
    return out;
}

cmd::ImportNotifyContacts ContactCsv::toCommand(const ContactCsvParse& parsed)
{
    return cmd::ImportNotifyContacts{parsed.contacts, parsed.lines};
}

}  // namespace sluice::engine::notify
