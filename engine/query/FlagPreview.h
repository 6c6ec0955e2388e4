// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sluice::engine {

// A candidate flag evaluated over the keys the engine knows, for the editor's live preview: how many would be
// inside, and how they split over its variants.
struct FlagPreview {
    std::uint64_t keys = 0;                                       // keys evaluated (every active key)
    std::uint64_t inside = 0;                                     // keys the flag would be on for
    std::vector<std::pair<std::string, std::uint64_t>> variants;  // variant name -> keys, in the flag's order
};

}  // namespace sluice::engine
