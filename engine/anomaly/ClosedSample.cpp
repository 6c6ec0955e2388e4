// SPDX-License-Identifier: Apache-2.0
#include "anomaly/ClosedSample.h"

#include "keys/KeyTable.h"

#include <algorithm>
#include <utility>

namespace sluice::engine::anomaly {

namespace {

std::uint32_t totalOf(const KeyTable& keys, std::uint32_t index)
{
    const KeyRecord& r = keys.record(index);
    return r.allowed + r.denied;
}

bool moreRequests(const SampleKey& a, const SampleKey& b)
{
    return a.requests != b.requests ? a.requests > b.requests : a.hash < b.hash;
}

// A draw from the sample's own hashes and time: merging the same samples always chooses the same keys.
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

}  // namespace

ClosedSample ClosedSample::close(TrafficTally& tally, const KeyTable& keys, TimeNs end)
{
    ClosedSample out;
    out.end = end;
    out.counts = tally.counts();
    HeavyHitters& heavy = tally.heavy();
    heavy.settle(keys);
    out.sketch = heavy;
    // In the order they became candidates. Settling left a candidate whose key left the table with no requests (a
    // live one has at least the threshold less one): it stays, with no name, so its history still counts it seen
    // (KeySurgeDetector) and its chart shows 0.
    for (const HeavyHitters::Candidate& c : heavy.candidates()) {
        const bool live = c.requests > 0;
        const std::string_view key = live ? keys.keyOf(c.index) : std::string_view();
        out.candidates.push_back(
            SampleKey{std::string(key), c.hash, c.route, c.country, c.requests, live ? totalOf(keys, c.index) : 0});
    }
    // A key new in this sample has had all its requests in it.
    for (const TrafficTally::NewKey& k : tally.newKeySample()) {
        if (const std::string_view key = HeavyHitters::keyAt(keys, k.index, k.hash); !key.empty()) {
            const std::uint32_t total = totalOf(keys, k.index);
            out.newKeys.push_back(SampleKey{std::string(key), k.hash, k.route, k.country, total, total});
        }
    }
    out.newKeysSampled = tally.newKeys();
    return out;
}

void ClosedSample::add(ClosedSample&& other)
{
    counting = counting && other.counting && interval == other.interval;
    whole = whole || other.whole;
    exact = exact && other.exact;
    policiesChanged = policiesChanged || other.policiesChanged;
    denials += other.denials;
    counts.add(other.counts);
    sketch.addSketch(other.sketch);

    // The candidates of all, as many as one engine keeps: the heaviest.
    candidates.insert(candidates.end(), std::make_move_iterator(other.candidates.begin()),
                      std::make_move_iterator(other.candidates.end()));
    std::sort(candidates.begin(), candidates.end(), moreRequests);
    if (candidates.size() > HeavyHitters::kCandidates) {
        candidates.resize(HeavyHitters::kCandidates);
    }

    // Still a uniform choice of all the new keys: each place goes to one side with the chance of the keys it has
    // left to choose from, and to a random one of its chosen keys (each side's choice is uniform in its own).
    std::vector<SampleKey> mine = std::move(newKeys);
    std::vector<SampleKey> theirs = std::move(other.newKeys);
    std::uint64_t leftMine = newKeysSampled;
    std::uint64_t leftTheirs = other.newKeysSampled;
    newKeys.clear();
    std::uint64_t draw = static_cast<std::uint64_t>(end) ^ (leftMine << 32) ^ leftTheirs;
    while (newKeys.size() < TrafficTally::kNewKeySamples && (!mine.empty() || !theirs.empty())) {
        draw = mix(draw);
        const bool fromMine =
            theirs.empty() || (!mine.empty() && draw % std::max<std::uint64_t>(1, leftMine + leftTheirs) < leftMine);
        std::vector<SampleKey>& side = fromMine ? mine : theirs;
        std::uint64_t& left = fromMine ? leftMine : leftTheirs;
        const std::size_t pick = static_cast<std::size_t>((draw >> 32) % side.size());
        std::swap(side[pick], side.back());
        newKeys.push_back(std::move(side.back()));
        side.pop_back();
        left -= left > 0 ? 1 : 0;
    }
    newKeysSampled += other.newKeysSampled;
}

}  // namespace sluice::engine::anomaly
