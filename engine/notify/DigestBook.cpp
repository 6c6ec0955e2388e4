// SPDX-License-Identifier: Apache-2.0
#include "notify/DigestBook.h"

namespace sluice::engine::notify {

void DigestBook::add(const std::string& recipient, NotificationType type, const std::string& title)
{
    Page& page = m_pages[recipient];
    ++page.counts[static_cast<std::size_t>(type)];
    ++page.total;
    page.latest.push_back(title);
    if (page.latest.size() > kLatestKept) {
        page.latest.pop_front();
    }
}

std::map<std::string, DigestBook::Page> DigestBook::take()
{
    std::map<std::string, Page> out;
    out.swap(m_pages);
    return out;
}

std::string DigestBook::title(const Page& page)
{
    return "Daily digest: " + std::to_string(page.total) + (page.total == 1 ? " notification" : " notifications");
}

std::string DigestBook::body(const Page& page)
{
    std::string out = "Since the last digest:\n";
    for (int t = 0; t < kNotificationTypeCount; ++t) {
        if (const std::uint64_t n = page.counts[static_cast<std::size_t>(t)]; n != 0) {
            out.append("  ").append(nameOf(static_cast<NotificationType>(t))).append(": ");
            out.append(std::to_string(n)).append("\n");
        }
    }
    out.append("\nLatest:\n");
    for (auto it = page.latest.rbegin(); it != page.latest.rend(); ++it) {
        out.append("  - ").append(*it).append("\n");
    }
    out.append("\nEvery notification is in the Sluice inbox.");
    return out;
}

}  // namespace sluice::engine::notify
