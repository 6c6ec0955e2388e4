// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Decision.h"
#include "core/Request.h"

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace sluice::engine {

// A source's unit of hand-over: requests whose keys and strings point into the batch's own byte buffer.
// The engine decides them in order, fills `decisions` and hands the batch back through `done` (on the
// engine thread), so the source can read the verdicts and reuse the buffers.
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
