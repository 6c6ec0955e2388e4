// SPDX-License-Identifier: Apache-2.0
#include "anomaly/AffectedKeys.h"

#include <algorithm>

namespace sluice::engine::anomaly {

AffectedKeys::List AffectedKeys::top(std::size_t limit, bool newOnly, int route, int country) const
{
    std::vector<const SampleKey*> entries;
    const auto consider = [&](const SampleKey& k) {
        if ((route == kAny || route == k.route) && (country == kAny || country == k.country) && k.requests > 0) {
            entries.push_back(&k);
        }
    };
    if (!newOnly) {
        for (const SampleKey& k : m_sample.candidates) {
            consider(k);
        }
    }
    for (const SampleKey& k : m_sample.newKeys) {
        consider(k);
    }
    // A key can be both a candidate and new, with two counts: keep it once, with the larger.
    std::sort(entries.begin(), entries.end(), [](const SampleKey* a, const SampleKey* b) {
        return a->hash != b->hash ? a->hash < b->hash : a->requests > b->requests;
    });
    entries.erase(std::unique(entries.begin(), entries.end(),
                              [](const SampleKey* a, const SampleKey* b) { return a->hash == b->hash; }),
                  entries.end());
    std::sort(entries.begin(), entries.end(), [](const SampleKey* a, const SampleKey* b) {
        return a->requests != b->requests ? a->requests > b->requests : a->hash < b->hash;
    });
    List out;
    for (const SampleKey* k : entries) {
        if (out.size() >= limit) {
            break;
        }
        out.emplace_back(k->key, k->requests);
    }
    return out;
}

}  // namespace sluice::engine::anomaly
