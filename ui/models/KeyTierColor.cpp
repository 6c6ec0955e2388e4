// SPDX-License-Identifier: Apache-2.0
#include "models/KeyTierColor.h"

namespace sluice::ui {

QColor tierColor(engine::ReputationTier tier)
{
    switch (tier) {
    case engine::ReputationTier::Flagged:
        return {0xD9, 0x4A, 0x4A};  // red
    case engine::ReputationTier::Standard:
        return {0x4A, 0x84, 0xC4};  // blue
    case engine::ReputationTier::Trusted:
        return {0x3B, 0xA5, 0x5C};  // green
    }
    return {};
}

}  // namespace sluice::ui
