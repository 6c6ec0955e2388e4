// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"
#include "core/Time.h"

#include <array>
#include <cstdint>

namespace sluice::engine {

// What a denial is judged against when it is assessed as a violation.
enum class ViolationBasis : std::uint8_t {
    // The key's limit without the throttle (base x reputation x VIP): a request denied only because the
    // operator lowered every limit is still denied, but does not cost the key reputation.
    Unthrottled = 0,
    Effective = 1,  // the limit actually applied, throttle included
};

struct ReputationConfig {
    float initialScore = 50.0F;
    float neutralScore = 50.0F;  // decay pulls every score toward this
    // A violation costs pointsPerSeverity x severity, at most once per key per window.
    double pointsPerSeverity = 3.0;
    TimeNs violationWindow = 10 * kNsPerSec;
    // Severity from the over-limit ratio (requests attempted / requests allowed) within the window:
    // below severity2Ratio it is 1, below severity3Ratio 2, else 3 (also when nothing was allowed).
    double severity2Ratio = 1.5;
    double severity3Ratio = 3.0;
    std::uint32_t cleanRequestsPerPoint = 500;  // allowed requests that earn +1
    double decayFactor = 0.99;                  // distance from neutral kept per decay interval
    TimeNs decayInterval = kNsPerHour;
    float flaggedBelow = 20.0F;                                               // score < 20: flagged
    float trustedAbove = 80.0F;                                               // score > 80: trusted
    std::array<double, kReputationTierCount> tierMultipliers{0.5, 1.0, 1.5};  // each within 0.5..2.0
    ViolationBasis violationBasis = ViolationBasis::Unthrottled;
};

}  // namespace sluice::engine
