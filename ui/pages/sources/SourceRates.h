// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "traffic/SourceState.h"

#include <QList>

#include <cstdint>
#include <map>
#include <string>

namespace sluice::ui {

// Lines or requests per second of each source, from the growth of its count over wall time. A source's rate
// is taken over at least a second, so the ten snapshots a second do not make it jitter; a source seen for the
// first time, or whose count went back (a restart), has no rate until the next window closes.
class SourceRates final {
public:
    static constexpr std::int64_t kWindowMs = 1000;

    // The sources' counts at wall time `nowMs` (a monotonic clock).
    void sample(const QList<engine::SourceState>& sources, std::int64_t nowMs);
    // Per second; negative when not known yet.
    double rateOf(const std::string& id) const;
    // What a source has read: lines for a log, requests for the others.
    static std::uint64_t countOf(const engine::SourceState& state);

private:
    struct Window {
        std::uint64_t count = 0;
        std::int64_t atMs = 0;
        double rate = -1;
    };
    std::map<std::string, Window> m_windows;
};

}  // namespace sluice::ui
