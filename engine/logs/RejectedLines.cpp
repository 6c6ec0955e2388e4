// SPDX-License-Identifier: Apache-2.0
#include "logs/RejectedLines.h"

#include "core/TextCheck.h"

namespace sluice::engine::logs {

void RejectedLines::add(std::uint64_t number, std::string_view reason, std::string_view line)
{
    ++m_count;
    if (m_first.size() >= m_keep) {
        return;
    }
    m_first.push_back(
        {number, std::string(reason), TextCheck::escapeForTerminal(line.substr(0, kHeadBytes), kHeadBytes * 4)});
}

}  // namespace sluice::engine::logs
