// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace sluice::engine::flags {

// A version by Semantic Versioning 2.0.0, strictly (no leading "v", no leading zeros, all three numbers), as
// Unleash compares SEMVER_* constraints. Views into the text it was read from; build metadata is ignored.
struct SemVer {
    std::uint64_t major = 0;
    std::uint64_t minor = 0;
    std::uint64_t patch = 0;
    std::string_view prerelease;  // "" for a release

    static std::optional<SemVer> parse(std::string_view text);
};

// Precedence: <0, 0 or >0 like strcmp. A pre-release sorts before its release; identifiers compare numerically
// when both are numbers, numbers before words, and a shorter list first when all shared ones are equal.
int compare(const SemVer& a, const SemVer& b);

}  // namespace sluice::engine::flags
