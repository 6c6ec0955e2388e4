// SPDX-License-Identifier: Apache-2.0
// A sharded engine's snapshot: the leader's picture with every shard's counts added in.
#include "shard/EngineShards.h"

#include <algorithm>
#include <iterator>

namespace sluice::engine {

namespace {
void addRoutes(std::vector<RouteDecisions>& into, const std::vector<RouteDecisions>& from)
{
    for (const RouteDecisions& route : from) {
        auto found = std::find_if(into.begin(), into.end(), [&](const auto& r) { return r.route == route.route; });
        if (found == into.end()) {
            into.push_back(route);
        } else {
            found->allowed += route.allowed;
            found->denied += route.denied;
        }
    }
}

void addExposure(std::vector<ExposureBucket>& into, const std::vector<ExposureBucket>& from)
{
    for (const ExposureBucket& bucket : from) {
        auto found = std::find_if(into.begin(), into.end(), [&](const auto& b) { return b.start == bucket.start; });
        if (found == into.end()) {
            into.insert(std::upper_bound(into.begin(), into.end(), bucket.start,
                                         [](TimeNs start, const ExposureBucket& b) { return start < b.start; }),
                        bucket);
            continue;
        }
        found->yes += bucket.yes;
        found->no += bucket.no;
        for (const VariantExposure& v : bucket.variants) {
            auto same = std::find_if(found->variants.begin(), found->variants.end(),
                                     [&](const auto& w) { return w.variant == v.variant; });
            if (same == found->variants.end()) {
                found->variants.push_back(v);
            } else {
                same->count += v.count;
            }
        }
    }
    // A shard's history reaches as far back as the leader's: keep the newest buckets only.
    if (into.size() > static_cast<std::size_t>(kExposureBuckets)) {
        into.erase(into.begin(), into.end() - kExposureBuckets);
    }
}

// Every shard has the same flags (commands go to all): rows match by name, and their key and exposure counts add.
std::shared_ptr<const FlagsView> addFlags(const std::shared_ptr<const FlagsView>& leader,
                                          const std::vector<std::shared_ptr<const FlagsView>>& others)
{
    auto sum = std::make_shared<FlagsView>(*leader);
    for (FlagRowView& row : sum->flags) {
        for (const auto& other : others) {
            auto found = std::lower_bound(other->flags.begin(), other->flags.end(), row.name,
                                          [](const FlagRowView& r, const std::string& name) { return r.name < name; });
            if (found == other->flags.end() || found->name != row.name) {
                continue;
            }
            row.keysInside += found->keysInside;
            row.keysActive += found->keysActive;
            addExposure(row.exposure, found->exposure);
        }
    }
    return sum;
}
}  // namespace

void EngineShards::fillSnapshot(TimeNs now, Snapshot& out)
{
    if (count() == 1) {
        leader().fillSnapshot(now, out);
        return;
    }
    m_rollups.gather(rollups());
    leader().fillSnapshot(now, out);
    out.sequence = ++m_snapshotSequence;
    std::vector<std::shared_ptr<const FlagsView>> flags;
    std::vector<TopDeniedEntry> top = std::move(out.topDenied);
    Snapshot part;
    for (std::uint32_t s = 1; s < count(); ++s) {
        m_shards[s]->fillSnapshot(now, part);
        out.requests += part.requests;
        out.allowed += part.allowed;
        out.denied += part.denied;
        out.activeKeys += part.activeKeys;
        out.dormantKeys += part.dormantKeys;
        out.vipAssignments += part.vipAssignments;
        for (std::size_t t = 0; t < out.tierCounts.size(); ++t) {
            out.tierCounts[t] += part.tierCounts[t];
        }
        for (std::size_t b = 0; b < out.histogram.size(); ++b) {
            out.histogram[b] += part.histogram[b];
        }
        addRoutes(out.routeDecisions, part.routeDecisions);
        std::move(part.topDenied.begin(), part.topDenied.end(), std::back_inserter(top));
        out.memoryBytes += part.memoryBytes;
        flags.push_back(part.flags);
        out.shared.decided += part.shared.decided;
        out.shared.leased += part.shared.leased;
        out.shared.failedOpen += part.shared.failedOpen;
        out.shared.failedClosed += part.shared.failedClosed;
        out.shared.failedLocal += part.shared.failedLocal;
    }
    // Each key is one shard's, so the most denied of all are among each shard's most denied.
    const std::size_t shown = std::min<std::size_t>(top.size(), 20);
    std::partial_sort(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(shown), top.end(),
                      [](const TopDeniedEntry& a, const TopDeniedEntry& b) {
                          return a.denied != b.denied ? a.denied > b.denied : a.key < b.key;
                      });
    top.resize(shown);
    out.topDenied = std::move(top);
    if (out.flags) {
        out.flags = addFlags(out.flags, flags);
    }
    m_rollups.seconds().copyTo(out.lastHourBySecond);
    m_rollups.minutes().copyTo(out.lastDayByMinute);
    m_rollups.tenMinutes().copyTo(out.lastWeekByTenMinutes);
}

}  // namespace sluice::engine
