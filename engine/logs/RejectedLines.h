// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::logs {

struct RejectedLine {
    std::uint64_t number = 0;  // 1-based line number in the file
    std::string reason;
    std::string head;  // the line's first 200 bytes, escaped for a terminal
};

// Lines that were read but not understood: all counted, the first few kept for the report and the console.
class RejectedLines final {
public:
    static constexpr std::size_t kHeadBytes = 200;

    explicit RejectedLines(std::size_t keep = 100) : m_keep(keep) {}

    void add(std::uint64_t number, std::string_view reason, std::string_view line);
    std::uint64_t count() const { return m_count; }
    const std::vector<RejectedLine>& first() const { return m_first; }

private:
    std::size_t m_keep;
    std::uint64_t m_count = 0;
    std::vector<RejectedLine> m_first;
};

}  // namespace sluice::engine::logs
