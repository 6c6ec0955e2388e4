// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <deque>
#include <utility>

namespace sluice::ui {

// What the console heard of a fleet (or of one engine of it), one sample a second over the last five minutes. A
// second heard twice keeps the later answer; a clock that went back starts the window again.
template <typename Sample>
class HeardWindow final {
public:
    static constexpr qint64 kWindowSec = 300;
    using Entry = std::pair<qint64, Sample>;  // Unix second, what was heard then

    void add(qint64 atSec, Sample sample)
    {
        if (!m_entries.empty() && atSec < m_entries.back().first) {
            m_entries.clear();
        }
        if (!m_entries.empty() && m_entries.back().first == atSec) {
            m_entries.back().second = std::move(sample);
        } else {
            m_entries.emplace_back(atSec, std::move(sample));
        }
        while (m_entries.front().first <= atSec - kWindowSec) {
            m_entries.pop_front();
        }
    }
    void clear() { m_entries.clear(); }
    bool empty() const { return m_entries.empty(); }
    std::size_t size() const { return m_entries.size(); }
    const std::deque<Entry>& entries() const { return m_entries; }  // oldest first

private:
    std::deque<Entry> m_entries;
};

}  // namespace sluice::ui
