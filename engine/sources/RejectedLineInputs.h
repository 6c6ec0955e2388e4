// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logs/RejectedLines.h"
#include "traffic/RejectedInput.h"

#include <vector>

namespace sluice::engine {

// A log's rejected lines as every source's rejected inputs are shown.
inline std::vector<RejectedInput> asRejectedInputs(const std::vector<logs::RejectedLine>& lines)
{
    std::vector<RejectedInput> inputs;
    inputs.reserve(lines.size());
    for (const logs::RejectedLine& line : lines) {
        inputs.push_back(RejectedInput{line.number, line.reason, line.head});
    }
    return inputs;
}

}  // namespace sluice::engine
