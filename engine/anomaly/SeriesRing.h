// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AnomalyView.h"

#include <cstddef>
#include <vector>

namespace sluice::engine::anomaly {

// The latest points of one metric's series, oldest dropped first; grows to its capacity, then wraps.
class SeriesRing final {
public:
    void push(const MetricPoint& point, std::size_t capacity)
    {
        if (capacity == 0) {
            return;
        }
        if (m_points.size() > capacity) {  // the sample interval changed
            m_points = points();
            m_points.erase(m_points.begin(), m_points.end() - static_cast<std::ptrdiff_t>(capacity));
            m_head = 0;
        }
        if (m_points.size() < capacity) {
            if (m_head != 0) {  // wrapped at a smaller capacity
                m_points = points();
                m_head = 0;
            }
            m_points.push_back(point);
            return;
        }
        m_points[m_head] = point;
        m_head = (m_head + 1) % m_points.size();
    }
    // Oldest first.
    std::vector<MetricPoint> points() const
    {
        std::vector<MetricPoint> out;
        out.reserve(m_points.size());
        out.insert(out.end(), m_points.begin() + static_cast<std::ptrdiff_t>(m_head), m_points.end());
        out.insert(out.end(), m_points.begin(), m_points.begin() + static_cast<std::ptrdiff_t>(m_head));
        return out;
    }
    bool empty() const { return m_points.empty(); }

private:
    std::vector<MetricPoint> m_points;
    std::size_t m_head = 0;  // the oldest point once full; where the next one goes
};

}  // namespace sluice::engine::anomaly
