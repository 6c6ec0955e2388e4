// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "core/AnomalyView.h"
#include "core/FlagsView.h"
#include "flags/FeatureGates.h"
#include "flags/FlagModel.h"
#include "part/PartContext.h"
#include "store/StoreTypes.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine {

class VipCatalog;
struct Policy;
struct Snapshot;

// What the flags say about one key, resolved when the key is admitted and whenever a flag changes, so the
// decision tests bits and never evaluates a flag.
struct KeyFlags {
    std::uint8_t features = 0;  // KeyRecord::kReputationOn | kThrottleOn | kAnomalyOn
    std::uint16_t bits = 0;     // bit i: the flag in slot i is on
    std::uint8_t vipTier = 0;   // the tier a VipTier effect gives, 0 = none
    // The variant each counted variant flag gives the key, 3 bits a flag: the variant's number + 1, 0 = none.
    std::uint8_t variants = 0;
};

// The engine part that owns the feature flags: their definitions, the per-key slots the decision reads, the
// schedules and rollout plans that change flags on the engine's clock, and the exposure counts.
class FlagBook final {
public:
    static constexpr int kSlots = 16;  // flags resolved per key (KeyRecord::flagBits)
    // Flags with variants whose variants are counted per decision, and the variants counted for each (a key's
    // variants are kept in its record, KeyRecord::flagVariants, 3 bits a flag, so a decision reads them with the
    // record and never evaluates).
    static constexpr int kVariantFlags = 2;
    static constexpr int kVariantBits = 3;
    static constexpr int kVariantsCounted = 7;

    explicit FlagBook(flags::FlagSet flags);

    const flags::FlagSet& flags() const { return m_set; }
    std::uint64_t revision() const { return m_revision; }
    // Where effects point: route policies and VIP tiers, looked up by name whenever a flag or a target changes.
    // Lent for one call, so the engine that holds the book can be moved.
    struct Targets {
        const std::vector<Policy>& policies;
        const VipCatalog& catalog;
    };
    void targetsChanged(const Targets& targets);

    KeyFlags resolve(std::string_view key) const;
    // Whether a feature's flag is on for any key at all (anomaly detection counts only then).
    bool featureOn(Feature feature) const;
    // Slots whose flag must be on for the key to get route policy `policy`; 0 = the policy applies to all.
    std::uint16_t routeGate(std::uint32_t policy) const
    {
        return policy < m_routeGate.size() ? m_routeGate[policy] : std::uint16_t{0};
    }

    // The decision path: a few increments, no lookups.
    void countDecision(std::uint16_t bits, std::uint8_t variants)
    {
        ++m_decisions;
        for (unsigned b = bits & m_countMask; b != 0; b &= b - 1) {
            ++m_yes[static_cast<std::size_t>(__builtin_ctz(b))];
        }
        if ((bits & m_variantMask) != 0) {
            for (int v = 0; v < kVariantFlags; ++v) {
                const unsigned n = (variants >> (kVariantBits * v)) & ((1U << kVariantBits) - 1);
                if (n != 0 && (bits & (1U << m_variantSlot[v])) != 0) {
                    ++m_variantYes[v][n - 1];
                }
            }
        }
    }
    bool counting() const { return m_bucketStart != 0; }
    void startCounting(TimeNs now);
    // Keys in the hot table, and how many each slot's flag is on for.
    void keyAdmitted(std::uint16_t bits);
    void keyLeft(std::uint16_t bits);
    void recountStarted();

    // Part hooks (decision/EngineParts.h).
    TimeNs nextDue() const;
    void runDue(TimeNs now, PartContext& context);
    void fillSnapshot(Snapshot& out) const;
    // The flag commands; nullopt: not one. Effects are checked against `targets`.
    std::optional<CommandResult> validateFlag(const Command& command, TimeNs now, const Targets& targets) const;
    std::optional<CommandResult> applyFlag(const Command& command, TimeNs now, const Targets& targets);

    // After a command or timer changed what keys resolve to: the engine re-resolves every key.
    bool takeResolveNeeded()
    {
        const bool needed = m_resolveNeeded;
        m_resolveNeeded = false;
        return needed;
    }
    // Halts the plans waiting on alerts of `kind`; returns the names of the flags halted.
    std::vector<std::string> haltPlans(AnomalyKind kind, const std::string& haltedBy, TimeNs now);
    // The flags and segments a previous run persisted; unreadable rows are skipped and named in `problems`.
    void restore(const store::PersistedState& state, const Targets& targets, std::vector<std::string>& problems);

    void takeWrites(std::vector<store::FlagWrite>& out);
    void takeExposures(std::vector<store::FlagExposureRow>& out);
    // For tests and diagnostics: the slot a flag is resolved in, or -1.
    int slotOf(std::string_view name) const;

private:
    struct Slot {
        const flags::FeatureFlag* flag = nullptr;  // into m_set: valid until the next change of the set
        std::string name;                          // still readable after that change, for the next reslot
        std::string groupId;     // of a single flexibleRollout/gradualRollout strategy resolved without the evaluator
        int simplePercent = -1;  // >= 0: that simple rollout; -1: the evaluator decides
        bool always = false;     // no strategy, or one plain `default`: on for every key while enabled
        std::uint64_t inside = 0;
        std::uint64_t decisionsAtStart = 0;
        int variantFlag = -1;               // its place among the counted variant flags, or -1
        std::vector<std::string> variants;  // the flag's and its strategies' variants, as numbered per key
    };
    struct History {
        std::vector<ExposureBucket> buckets;  // oldest first, at most kExposureBuckets
    };

    bool keyInside(const Slot& slot, std::string_view key) const;
    std::uint8_t variantsOf(std::string_view key, std::uint16_t bits) const;
    void keepVariantCounts();
    void numberVariants();
    void reslot(const Targets& targets);
    void refresh();  // a definition changed but no flag came or went
    void record(const flags::FeatureFlag& before, const flags::FeatureFlag& after, std::string_view action,
                std::string reason, TimeNs now);
    void closeBucket();
    std::optional<std::string> check(const flags::FeatureFlag& flag, const flags::FlagSet& set,
                                     const Targets& targets) const;

    flags::FlagSet m_set;
    std::uint64_t m_revision = 1;
    std::array<Slot, kSlots> m_slots{};
    int m_used = 0;
    std::array<int, kFeatureCount> m_featureSlot{-1, -1, -1};
    std::vector<std::uint16_t> m_routeGate;
    std::vector<std::pair<int, std::uint8_t>> m_vipSlots;  // slot, tier index
    bool m_resolveNeeded = false;

    std::uint16_t m_effectMask = 0;  // slots of flags with an effect
    std::uint16_t m_countMask = 0;   // slots whose exposures are counted: with an effect or with variants
    std::uint64_t m_decisions = 0;
    std::array<std::uint64_t, kSlots> m_yes{};
    std::uint16_t m_variantMask = 0;                     // slots of the counted variant flags
    int m_variantFlags = 0;                              // how many there are
    std::array<int, kVariantFlags> m_variantSlot{0, 0};  // the slot of each; meaningful where a variant is set
    std::array<std::array<std::uint64_t, kVariantsCounted>, kVariantFlags> m_variantYes{};
    struct KeptVariants {
        std::vector<std::string> names;
        std::array<std::uint64_t, kVariantsCounted> counts{};
    };
    std::map<std::string, KeptVariants, std::less<>> m_keptVariants;  // across a renumbering, by flag
    TimeNs m_bucketStart = 0;
    std::uint64_t m_keysActive = 0;
    std::map<std::string, History, std::less<>> m_history;
    std::vector<store::FlagExposureRow> m_exposures;
    std::vector<store::FlagWrite> m_writes;
    std::vector<std::string> m_warnings;
    mutable std::shared_ptr<const FlagsView> m_view;
    mutable bool m_viewStale = true;
};

}  // namespace sluice::engine
