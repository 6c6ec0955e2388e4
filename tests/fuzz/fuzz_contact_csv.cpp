// SPDX-License-Identifier: Apache-2.0
// The contacts CSV reader (`contacts import`, the Notifications page's import): any bytes give contacts or located
// errors, never a crash; what it reads is a valid import and writes back to the same contacts.
#include "FuzzTarget.h"

#include "notify/ContactCheck.h"
#include "notify/ContactCsv.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine;
    using notify::ContactCsv;
    const notify::ContactCsvParse parsed =
        ContactCsv::parse(std::string_view(reinterpret_cast<const char*>(data), size));
    sluice::fuzz::require(parsed.errors.size() <= ContactCsv::kMaxErrors + 1, "the error list is bounded");
    for (const notify::ContactCsvError& e : parsed.errors) {
        sluice::fuzz::require(e.line >= 1 && !e.message().empty(), "an error names its line and what is wrong");
    }
    sluice::fuzz::require(parsed.contacts.size() == parsed.lines.size(), "every contact has its line");
    if (parsed.errors.empty()) {
        for (const NotifyContact& c : parsed.contacts) {
            sluice::fuzz::require(!notify::checkContact(c), "a contact read is a contact the engine takes");
        }
        const notify::ContactCsvParse again = ContactCsv::parse(ContactCsv::write(parsed.contacts));
        sluice::fuzz::require(again.errors.empty() && again.contacts == parsed.contacts,
                              "what is written reads back the same");
        (void)ContactCsv::toCommand(parsed);
    }
    return 0;
}
