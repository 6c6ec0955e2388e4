// SPDX-License-Identifier: Apache-2.0
#include "flagbook/FlagBook.h"

#include "core/AnomalyNames.h"
#include "core/Overloaded.h"
#include "flagbook/FlagChanges.h"
#include "flags/FlagEvaluator.h"
#include "flags/FlagsJson.h"
#include "flags/Murmur3.h"
#include "keys/KeyRecord.h"
#include "limiter/Policy.h"
#include "snapshot/Snapshot.h"
#include "vip/VipCatalog.h"

#include <algorithm>

namespace sluice::engine {

namespace {
// The actor of the changes the engine makes on its own, in their audit rows.
constexpr std::string_view kFlagsActor = "flags";

constexpr std::array<std::uint8_t, kFeatureCount> kFeatureBit{KeyRecord::kReputationOn, KeyRecord::kThrottleOn,
                                                              KeyRecord::kAnomalyOn};

// murmur3("<groupId>:<key>") % 100 + 1. It runs per new key, inside the decision loop: a key (at most
// KeyTable::kMaxKeyBytes) and a flag's name together fit the hash's stack buffer, so it never allocates.
int bucketOf(std::string_view groupId, std::string_view key)
{
    return static_cast<int>(flags::normalizedHash(groupId, key, 100));
}

std::string effectText(const flags::Effect& effect)
{
    switch (effect.kind) {
    case flags::EffectKind::None:
        return {};
    case flags::EffectKind::Feature:
        return "feature";
    case flags::EffectKind::RoutePolicy:
        return "route_policy:" + effect.target;
    case flags::EffectKind::VipTier:
        return "vip_tier:" + effect.target;
    }
    return {};
}

PlanState planState(const flags::FeatureFlag& f)
{
    if (!f.plan) {
        return PlanState::None;
    }
    if (f.plan->halted) {
        return PlanState::Halted;
    }
    if (rolloutOf(f).value_or(0) >= f.plan->targetPercent) {
        return PlanState::Done;
    }
    return f.plan->paused ? PlanState::Paused : PlanState::Running;
}

// The variants a key of this flag can get, numbered as KeyFlags::variants counts them: the flag's own, then
// those only its strategies have.
std::vector<std::string> variantNames(const flags::FeatureFlag& f)
{
    std::vector<std::string> names;
    const auto add = [&](const std::vector<flags::Variant>& variants) {
        for (const flags::Variant& v : variants) {
            if (std::find(names.begin(), names.end(), v.name) == names.end()) {
                names.push_back(v.name);
            }
        }
    };
    add(f.variants);
    for (const flags::Strategy& s : f.strategies) {
        add(s.variants);
    }
    return names;
}

bool planRunning(const flags::FeatureFlag& f) { return planState(f) == PlanState::Running && f.plan->nextStepAt != 0; }
}  // namespace

FlagBook::FlagBook(flags::FlagSet flags) : m_set(std::move(flags))
{
    for (int f = 0; f < kFeatureCount; ++f) {
        const std::string_view name = nameOf(static_cast<Feature>(f));
        if (m_set.find(name) == nullptr) {
            m_set.features.push_back(flags::builtInFlag(name, true, 100));
        }
    }
    const std::vector<Policy> noRoutes;
    const VipCatalog noTiers;
    reslot(Targets{noRoutes, noTiers});
}

void FlagBook::targetsChanged(const Targets& targets)
{
    reslot(targets);
    m_resolveNeeded = true;
}

int FlagBook::slotOf(std::string_view name) const
{
    for (int i = 0; i < m_used; ++i) {
        if (m_slots[i].name == name) {
            return i;
        }
    }
    return -1;
}

void FlagBook::reslot(const Targets& targets)
{
    // Built-ins first, then flags with an effect, then the admins' own: the first kSlots are resolved per key.
    std::vector<const flags::FeatureFlag*> order;
    for (int f = 0; f < kFeatureCount; ++f) {
        order.push_back(m_set.find(nameOf(static_cast<Feature>(f))));
    }
    for (const flags::FeatureFlag& f : m_set.features) {
        if (!isBuiltInFlag(f.name) && f.effect.kind != flags::EffectKind::None) {
            order.push_back(&f);
        }
    }
    for (const flags::FeatureFlag& f : m_set.features) {
        if (f.effect.kind == flags::EffectKind::None) {
            order.push_back(&f);
        }
    }
    // What a flag that keeps a slot has counted so far stays with it, in whatever slot it lands.
    struct Carried {
        std::uint64_t inside = 0;
        std::uint64_t yes = 0;
        std::uint64_t decisionsAtStart = 0;
    };
    std::map<std::string, Carried, std::less<>> carried;
    for (int i = 0; i < m_used; ++i) {
        carried[m_slots[i].name] = Carried{m_slots[i].inside, m_yes[i], m_slots[i].decisionsAtStart};
    }
    keepVariantCounts();
    m_used = static_cast<int>(std::min<std::size_t>(order.size(), kSlots));
    m_routeGate.assign(targets.policies.size(), 0);
    m_vipSlots.clear();
    m_effectMask = 0;
    for (int i = 0; i < m_used; ++i) {
        Slot& slot = m_slots[i];
        slot = Slot{};
        slot.flag = order[i];
        slot.name = slot.flag->name;
        slot.decisionsAtStart = m_decisions;
        m_yes[i] = 0;
        if (auto it = carried.find(slot.name); it != carried.end()) {
            slot.inside = it->second.inside;
            m_yes[i] = it->second.yes;
            slot.decisionsAtStart = it->second.decisionsAtStart;
        }
        const flags::Effect& effect = slot.flag->effect;
        const auto bit = static_cast<std::uint16_t>(1U << i);
        if (effect.kind != flags::EffectKind::None) {
            m_effectMask |= bit;
        }
        if (effect.kind == flags::EffectKind::RoutePolicy) {
            const std::uint32_t p = policyIndex(targets.policies, effect.target);
            if (p != 0 && p < m_routeGate.size() && targets.policies[p].route == effect.target) {
                m_routeGate[p] |= bit;
            }
        } else if (effect.kind == flags::EffectKind::VipTier) {
            if (const auto tier = targets.catalog.indexOf(effect.target)) {
                m_vipSlots.emplace_back(i, static_cast<std::uint8_t>(*tier));
            }
        }
    }
    for (int f = 0; f < kFeatureCount; ++f) {
        m_featureSlot[f] = slotOf(nameOf(static_cast<Feature>(f)));
    }
    refresh();
}

void FlagBook::refresh()
{
    keepVariantCounts();
    for (int i = 0; i < m_used; ++i) {
        Slot& slot = m_slots[i];
        const flags::FeatureFlag& f = *slot.flag;
        slot.simplePercent = -1;
        slot.always = f.strategies.empty();
        slot.groupId.clear();
        if (f.strategies.size() != 1 || !f.dependencies.empty()) {
            continue;
        }
        const flags::Strategy& s = f.strategies.front();
        if (!s.known || s.disabled || !s.constraints.empty() || !s.segments.empty()) {
            continue;
        }
        if (s.name == "default") {
            slot.always = true;
        } else if (s.name == "flexibleRollout") {
            const std::string_view stickiness = flags::parameter(s, "stickiness");
            if (stickiness.empty() || stickiness == "default" || stickiness == "userId") {
                const std::string_view group = flags::parameter(s, "groupId");
                slot.groupId = group.empty() ? f.name : std::string(group);
                slot.simplePercent = std::clamp(rolloutOf(f).value_or(0), 0, 100);
            }
        }
    }
    numberVariants();
    m_viewStale = true;
}

void FlagBook::keepVariantCounts()
{
    for (int i = 0; i < m_used; ++i) {
        const Slot& slot = m_slots[i];
        if (slot.variantFlag >= 0) {
            m_keptVariants[slot.name] = KeptVariants{slot.variants, m_variantYes[slot.variantFlag]};
        }
    }
}

void FlagBook::numberVariants()
{
    m_variantMask = 0;
    m_countMask = m_effectMask;
    m_variantSlot.fill(0);
    m_variantFlags = 0;
    for (auto& counts : m_variantYes) {
        counts.fill(0);
    }
    int counted = 0;
    for (int i = 0; i < m_used; ++i) {
        Slot& slot = m_slots[i];
        slot.variantFlag = -1;
        slot.variants = variantNames(*slot.flag);
        if (slot.variants.empty() || slot.variants.size() > static_cast<std::size_t>(kVariantsCounted) ||
            counted == kVariantFlags) {
            continue;
        }
        const auto bit = static_cast<std::uint16_t>(1U << i);
        // A flag with variants is an experiment: its split is the point, so it is counted even without an effect.
        m_countMask |= bit;
        m_variantMask |= bit;
        slot.variantFlag = counted;
        m_variantSlot[counted] = i;
        // A bucket's counts survive a change that leaves the flag's variants as they were.
        if (auto it = m_keptVariants.find(slot.name); it != m_keptVariants.end() && it->second.names == slot.variants) {
            m_variantYes[counted] = it->second.counts;
        }
        ++counted;
    }
    m_variantFlags = counted;
    m_keptVariants.clear();
}

bool FlagBook::keyInside(const Slot& slot, std::string_view key) const
{
    const flags::FeatureFlag& f = *slot.flag;
    if (!f.enabled || f.killed) {
        return false;
    }
    if (slot.always) {
        return true;
    }
    if (slot.simplePercent >= 0) {
        return slot.simplePercent > 0 && bucketOf(slot.groupId, key) <= slot.simplePercent;
    }
    flags::FlagContext context;
    context.userId = key;
    context.sessionId = key;
    return flags::FlagEvaluator(m_set).isEnabled(f, context);
}

KeyFlags FlagBook::resolve(std::string_view key) const
{
    KeyFlags out;
    for (int i = 0; i < m_used; ++i) {
        if (keyInside(m_slots[i], key)) {
            out.bits |= static_cast<std::uint16_t>(1U << i);
        }
    }
    for (int f = 0; f < kFeatureCount; ++f) {
        if (m_featureSlot[f] >= 0 && (out.bits & (1U << m_featureSlot[f])) != 0) {
            out.features |= kFeatureBit[f];
        }
    }
    for (const auto& [slot, tier] : m_vipSlots) {
        if ((out.bits & (1U << slot)) != 0) {
            out.vipTier = tier;
            break;
        }
    }
    out.variants = variantsOf(key, out.bits);
    return out;
}

std::uint8_t FlagBook::variantsOf(std::string_view key, std::uint16_t bits) const
{
    if ((bits & m_variantMask) == 0) {
        return 0;
    }
    flags::FlagContext context;
    context.userId = key;
    context.sessionId = key;
    const flags::FlagEvaluator evaluator(m_set);
    std::uint8_t out = 0;
    for (int v = 0; v < kVariantFlags; ++v) {
        const int s = m_variantSlot[v];
        if (v >= m_variantFlags || (bits & (1U << s)) == 0) {
            continue;
        }
        const Slot& slot = m_slots[s];
        const flags::Evaluation e = evaluator.evaluate(*slot.flag, context);
        const auto it = std::find(slot.variants.begin(), slot.variants.end(), e.variant.name);
        if (e.variant.enabled && it != slot.variants.end()) {
            out |= static_cast<std::uint8_t>((it - slot.variants.begin() + 1) << (kVariantBits * v));
        }
    }
    return out;
}

bool FlagBook::featureOn(Feature feature) const
{
    const flags::FeatureFlag* f = m_set.find(nameOf(feature));
    if (f == nullptr || !f->enabled || f->killed) {
        return false;
    }
    const std::optional<int> rollout = rolloutOf(*f);
    return !rollout || *rollout > 0;
}

void FlagBook::keyAdmitted(std::uint16_t bits)
{
    ++m_keysActive;
    for (unsigned b = bits; b != 0; b &= b - 1) {
        ++m_slots[static_cast<std::size_t>(__builtin_ctz(b))].inside;
    }
    m_viewStale = true;
}

void FlagBook::keyLeft(std::uint16_t bits)
{
    m_keysActive -= m_keysActive > 0 ? 1 : 0;
    for (unsigned b = bits; b != 0; b &= b - 1) {
        std::uint64_t& inside = m_slots[static_cast<std::size_t>(__builtin_ctz(b))].inside;
        inside -= inside > 0 ? 1 : 0;
    }
    m_viewStale = true;
}

void FlagBook::recountStarted()
{
    m_keysActive = 0;
    for (Slot& slot : m_slots) {
        slot.inside = 0;
    }
}

void FlagBook::startCounting(TimeNs now) { m_bucketStart = now - now % kExposureBucket; }

void FlagBook::closeBucket()
{
    for (int i = 0; i < m_used; ++i) {
        Slot& slot = m_slots[i];
        if ((m_countMask & (1U << i)) == 0) {
            continue;
        }
        const std::uint64_t decisions = m_decisions - slot.decisionsAtStart;
        ExposureBucket bucket;
        bucket.start = m_bucketStart;
        bucket.yes = m_yes[i];
        bucket.no = decisions - std::min(decisions, m_yes[i]);
        if (slot.variantFlag >= 0) {
            auto& counts = m_variantYes[slot.variantFlag];
            for (std::size_t v = 0; v < slot.variants.size(); ++v) {
                if (counts[v] > 0) {
                    bucket.variants.push_back(VariantExposure{slot.variants[v], counts[v]});
                }
            }
            counts.fill(0);
        }
        if (bucket.yes + bucket.no > 0) {
            m_exposures.push_back(store::FlagExposureRow{slot.name, {}, bucket.start, bucket.yes, bucket.no});
        }
        for (const VariantExposure& v : bucket.variants) {
            m_exposures.push_back(store::FlagExposureRow{slot.name, v.variant, bucket.start, v.count, 0});
        }
        std::vector<ExposureBucket>& history = m_history[slot.name].buckets;
        history.push_back(std::move(bucket));
        if (history.size() > static_cast<std::size_t>(kExposureBuckets)) {
            history.erase(history.begin());
        }
        m_yes[i] = 0;
        slot.decisionsAtStart = m_decisions;
    }
    m_viewStale = true;
}

TimeNs FlagBook::nextDue() const
{
    TimeNs next = counting() ? m_bucketStart + kExposureBucket : kNever;
    for (const flags::FeatureFlag& f : m_set.features) {
        if (!f.schedule.empty()) {
            next = std::min(next, f.schedule.front().at);
        }
        if (planRunning(f)) {
            next = std::min(next, f.plan->nextStepAt);
        }
    }
    return next;
}

void FlagBook::record(const flags::FeatureFlag& before, const flags::FeatureFlag& after, std::string_view action,
                      std::string reason, TimeNs now)
{
    store::AuditEntry audit;
    audit.actor = std::string(kFlagsActor);
    audit.action = std::string(action);
    audit.target = after.name;
    audit.before = flags::writeFeature(before);
    audit.after = flags::writeFeature(after);
    audit.reason = std::move(reason);
    audit.engineAt = now;
    m_writes.push_back(store::FlagWrite{after.name, *audit.after, {std::move(audit)}});
}

void FlagBook::runDue(TimeNs now, PartContext&)
{
    if (counting() && now >= m_bucketStart + kExposureBucket) {
        closeBucket();
        m_bucketStart += kExposureBucket;
        if (now >= m_bucketStart + kExposureBucket) {
            m_bucketStart = now - now % kExposureBucket;  // nothing was decided in between
        }
    }
    bool changedAny = false;
    for (flags::FeatureFlag& f : m_set.features) {
        while (!f.schedule.empty() && f.schedule.front().at <= now) {
            const flags::FeatureFlag before = f;
            const flags::ScheduleEntry entry = f.schedule.front();
            f.enabled = entry.enable;
            f.schedule.erase(f.schedule.begin());
            record(before, f, "flag.schedule_applied", entry.enable ? "scheduled on" : "scheduled off", entry.at);
            changedAny = true;
        }
        while (planRunning(f) && f.plan->nextStepAt <= now) {
            const flags::FeatureFlag before = f;
            const int next = std::min(f.plan->targetPercent, rolloutOf(f).value_or(0) + f.plan->stepPercent);
            const TimeNs at = f.plan->nextStepAt;
            flags::setRollout(f, next);
            f.plan->nextStepAt = rolloutOf(f).value_or(0) >= f.plan->targetPercent ? 0 : at + f.plan->stepEvery;
            record(before, f, "flag.plan_step", "rollout plan step to " + std::to_string(next) + " %", at);
            changedAny = true;
        }
    }
    if (changedAny) {
        ++m_revision;
        refresh();
        m_resolveNeeded = true;
    }
}

std::vector<std::string> FlagBook::haltPlans(AnomalyKind kind, const std::string& haltedBy, TimeNs now)
{
    std::vector<std::string> halted;
    const std::string_view kindName = nameOf(kind);
    for (flags::FeatureFlag& f : m_set.features) {
        if (!f.plan || f.plan->halted || planState(f) == PlanState::Done ||
            std::find(f.plan->haltOn.begin(), f.plan->haltOn.end(), kindName) == f.plan->haltOn.end()) {
            continue;
        }
        const flags::FeatureFlag before = f;
        f.plan->halted = true;
        f.plan->haltedAt = now;
        f.plan->haltedBy = haltedBy;
        record(before, f, "flag.plan_halt", haltedBy, now);
        halted.push_back(f.name);
    }
    if (!halted.empty()) {
        ++m_revision;
        m_viewStale = true;
    }
    return halted;
}

void FlagBook::takeWrites(std::vector<store::FlagWrite>& out)
{
    out.clear();
    out.swap(m_writes);
}

void FlagBook::takeExposures(std::vector<store::FlagExposureRow>& out)
{
    out.clear();
    out.swap(m_exposures);
}

void FlagBook::fillSnapshot(Snapshot& out) const
{
    if (m_view && !m_viewStale) {
        out.flags = m_view;
        return;
    }
    auto view = std::make_shared<FlagsView>();
    view->revision = m_revision;
    view->warnings = m_warnings;
    for (const flags::FeatureFlag& f : m_set.features) {
        FlagRowView row;
        row.name = f.name;
        row.description = f.description;
        row.enabled = f.enabled;
        row.killed = f.killed;
        row.builtIn = isBuiltInFlag(f.name);
        row.rollout = rolloutOf(f).value_or(-1);
        row.keysActive = m_keysActive;
        if (const int slot = slotOf(f.name); slot >= 0) {
            row.keysInside = m_slots[slot].inside;
        }
        for (const flags::Variant& v : f.variants) {
            row.variants.push_back(v.name);
        }
        row.effect = effectText(f.effect);
        if (!f.schedule.empty()) {
            row.nextScheduleAt = f.schedule.front().at;
            row.nextScheduleEnables = f.schedule.front().enable;
        }
        row.plan = planState(f);
        if (f.plan) {
            row.planTarget = f.plan->targetPercent;
            row.planStep = f.plan->stepPercent;
            row.planNextStepAt = row.plan == PlanState::Running ? f.plan->nextStepAt : 0;
            row.planHaltedBy = f.plan->haltedBy;
        }
        if (auto it = m_history.find(f.name); it != m_history.end()) {
            row.exposure = it->second.buckets;
        }
        view->flags.push_back(std::move(row));
    }
    std::sort(view->flags.begin(), view->flags.end(),
              [](const FlagRowView& a, const FlagRowView& b) { return a.name < b.name; });
    m_view = std::move(view);
    m_viewStale = false;
    out.flags = m_view;
}

}  // namespace sluice::engine
