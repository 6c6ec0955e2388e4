// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "flags/FlagContext.h"
#include "flags/FlagModel.h"

#include <span>
#include <string_view>

namespace sluice::engine::flags {

// Unleash's variant pick: the first variant with an override naming the context's value; else the weighted
// pick on murmur3("<groupId>:<stickiness value>", 86028157) % total weight + 1. nullptr when the weights add up
// to nothing. `stickiness` "default" means userId, then sessionId, then remoteAddress, then a random draw.
const Variant* pickVariant(std::span<const Variant> variants, std::string_view groupId, std::string_view stickiness,
                           const FlagContext& context);

}  // namespace sluice::engine::flags
