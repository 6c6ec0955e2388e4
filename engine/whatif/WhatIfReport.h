// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "whatif/WhatIfRun.h"

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <string>

namespace sluice::engine::whatif {

// The figures an admin compares: how much legitimate traffic a configuration refused, how much abuse it let
// through, and whom it marked.
struct SideFigures {
    std::uint64_t legitimateRequests = 0;
    std::uint64_t legitimateDenied = 0;
    std::uint64_t abusiveRequests = 0;
    std::uint64_t abusiveAllowed = 0;
    double legitimateDeniedPercent = 0;
    double abusiveAllowedPercent = 0;
    std::uint64_t legitimateKeysFlagged = 0;  // normal, bursty and heavy keys flagged: by mistake
    std::uint64_t abusiveKeysFlagged = 0;
};

enum class Verdict : std::uint8_t {
    Same,       // neither figure moved by as much as kVerdictMargin
    BBetter,    // B lets less abuse through and refuses no more legitimate traffic (or better on one, same on other)
    ABetter,    // the other way round
    BStricter,  // B lets less abuse through, at a cost to legitimate users
    BLooser,    // B refuses less legitimate traffic, at the price of more abuse let through
};

// Percentage points: differences below this are noise of the model, not a reason to prefer a configuration.
inline constexpr double kVerdictMargin = 0.05;

struct Comparison {
    std::array<SideFigures, kSides> sides;
    Verdict verdict = Verdict::Same;
};

SideFigures figuresOf(const SideResult& side);
Comparison compare(const WhatIfResult& result);
std::string_view nameOf(Verdict verdict);
// One English sentence with the figures, as the JSON report carries it (the console words it itself).
std::string verdictSentence(const Comparison& comparison);
// A replayed log has no ground truth: its sentence compares denials and counts the keys treated differently.
std::string replaySentence(const WhatIfResult& result);

// The report of `sluice whatif --report x.json` and the console's JSON export: the question, the verdict, the
// figures side by side, and each side's full simulation report without wall-clock figures, so A against A gives
// identical columns.
nlohmann::ordered_json whatIfDocument(const WhatIfResult& result);
std::string whatIfJson(const WhatIfResult& result);

}  // namespace sluice::engine::whatif
