// SPDX-License-Identifier: Apache-2.0
// The email a notification becomes (notify/MailMessage): a contact's address as any bytes (contacts are imported
// from CSV files), a title and a body as any bytes, and an attachment (a report) named by the title and holding
// the body. A mailbox is taken or refused, never a crash; what is
// rendered has CRLF line ends only, no line over RFC 5322's 998 octets and no NUL, whatever went in.
#include "FuzzTarget.h"

#include "notify/MailMessage.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine::notify;
    std::string_view input(reinterpret_cast<const char*>(data), size);
    // The first line is the address, the second the title, the rest the body.
    const auto cut = [&input] {
        const std::size_t end = input.find('\n');
        const std::string_view part = input.substr(0, end);
        input = end == std::string_view::npos ? std::string_view() : input.substr(end + 1);
        return part;
    };
    const std::string_view address = cut();
    const std::string_view title = cut();
    const auto to = Mailbox::read(address);
    if (!to) {
        return 0;
    }
    std::vector<MailAttachment> attachments;
    if (!title.empty() && title.front() == 'A') {
        attachments.push_back(MailAttachment{std::string(title.substr(1)), "application/pdf", std::string(input)});
    }
    const MailMessage message(*Mailbox::read("Sluice <alerts@example.org>"), {*to}, std::string(title),
                              std::string(input), std::move(attachments));
    const std::string rendered = message.render(1'800'000'000'000'000'000, "sluice.1.2@example.org");
    sluice::fuzz::require(rendered.find('\0') == std::string::npos, "no NUL in a message");
    std::size_t start = 0;
    while (start < rendered.size()) {
        const std::size_t end = rendered.find("\r\n", start);
        sluice::fuzz::require(end != std::string::npos, "every line ends in CRLF");
        const std::string_view line(rendered.data() + start, end - start);
        sluice::fuzz::require(line.find_first_of("\r\n") == std::string_view::npos, "no bare CR or LF");
        sluice::fuzz::require(line.size() <= 998, "no line over 998 octets");
        start = end + 2;
    }
    return 0;
}
