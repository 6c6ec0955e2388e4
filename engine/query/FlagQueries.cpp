// SPDX-License-Identifier: Apache-2.0
// The Flags page's questions: how a candidate flag would split the keys the engine knows.
#include "query/EngineQueries.h"

#include "flagbook/FlagBook.h"
#include "flags/FlagEvaluator.h"
#include "query/FlagPreview.h"

namespace sluice::engine {

FlagPreview previewFlag(const QuerySources& from, const flags::FeatureFlag& candidate)
{
    // The candidate is evaluated with the flags in force around it, so its dependencies and segments hold as
    // they would once saved.
    flags::FlagSet set = from.flags.flags();
    if (flags::FeatureFlag* existing = set.find(candidate.name)) {
        *existing = candidate;
    } else {
        set.features.push_back(candidate);
    }
    FlagPreview preview;
    for (const flags::Variant& v : candidate.variants) {
        preview.variants.emplace_back(v.name, 0);
    }
    const flags::FlagEvaluator evaluator(set);
    from.keys.forEachLive([&](std::uint32_t index, const KeyRecord&) {
        flags::FlagContext context;
        context.userId = from.keys.keyOf(index);
        context.sessionId = context.userId;
        context.currentTime = from.now;
        const flags::Evaluation e = evaluator.evaluate(candidate.name, context);
        ++preview.keys;
        if (!e.enabled) {
            return;
        }
        ++preview.inside;
        for (auto& [name, count] : preview.variants) {
            if (name == e.variant.name) {
                ++count;
                break;
            }
        }
    });
    return preview;
}

}  // namespace sluice::engine
