// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Notification.h"
#include "core/NotifyTypes.h"

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <string>

namespace sluice::engine::notify {

// What recipients with aggregate_daily have not yet been sent on their external channels: counts per type and
// the latest titles, per recipient, until the daily digest takes them.
class DigestBook final {
public:
    static constexpr std::size_t kLatestKept = 5;
    struct Page {
        std::array<std::uint64_t, kNotificationTypeCount> counts{};
        std::uint64_t total = 0;
        std::deque<std::string> latest;  // newest last
    };

    void add(const std::string& recipient, NotificationType type, const std::string& title);
    bool empty() const { return m_pages.empty(); }
    // Every page, by recipient; the book is empty afterwards.
    std::map<std::string, Page> take();

    // "Daily digest: 12 notifications" and the counts and latest titles, one per line.
    static std::string title(const Page& page);
    static std::string body(const Page& page);

private:
    std::map<std::string, Page> m_pages;
};

}  // namespace sluice::engine::notify
