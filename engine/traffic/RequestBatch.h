// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Decision.h"
#include "core/Request.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace sluice::engine {

// A source's unit of hand-over: requests whose keys and strings point into the batch's own byte buffer.
// The engine decides them in order, fills `decisions` and hands the batch back through `done` (on the
// engine thread, or on the caller's for a batch EngineRuntime::decideNow took), so the source can read the
// verdicts and reuse the buffers.
// How a source feeds a runtime. A full batch holds about 0.9 MB (requests, their bytes, decisions); eight in
// flight keep the engine busy for 10-15 ms while the source fills the next, ample slack for a thread woken late.
// Without a bound a simulation filled as many as the runtime's queue took, twice over (one queue being decided,
// one waiting): 128 batches, 110 MB, for no gain in speed.
inline constexpr std::size_t kFullBatch = 4096;
inline constexpr std::uint64_t kBatchesInFlight = 8;
// Paced sources hand over about this much wall time of traffic per batch, so the console moves smoothly.
inline constexpr double kPacedSliceSec = 0.02;

struct RequestBatch {
    std::vector<char> bytes;
    std::vector<Request> requests;
    std::vector<Decision> decisions;
    std::vector<std::uint8_t> tags;  // per request, e.g. the simulated traffic class
    std::function<void(std::unique_ptr<RequestBatch>)> done;

    void clear()
    {
        bytes.clear();
        requests.clear();
        decisions.clear();
        tags.clear();
    }
    // Copies `text` into the buffer; the returned view stays valid only while `bytes` does not grow
    // beyond its capacity, so sources reserve the buffer up front (or add views once all text is in).
    std::string_view store(std::string_view text)
    {
        const std::size_t at = bytes.size();
        bytes.insert(bytes.end(), text.begin(), text.end());
        return {bytes.data() + at, text.size()};
    }
};

}  // namespace sluice::engine
