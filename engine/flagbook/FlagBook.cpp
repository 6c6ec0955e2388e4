// SPDX-License-Identifier: Apache-2.0
#include "flagbook/FlagBook.h"

#include "core/AnomalyNames.h"
#include "core/Overloaded.h"
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
constexpr std::size_t kMaxNameBytes = 255;
constexpr std::size_t kMaxHashedBytes = 512;
constexpr int kUnleashWeightTotal = 1000;  // what Unleash's own editor makes the weights add up to
constexpr TimeNs kMinPlanStep = kNsPerMin;
// The actor of the changes the engine makes on its own, in their audit rows.
constexpr std::string_view kFlagsActor = "flags";

CommandResult refuse(std::string why) { return CommandResult{false, std::move(why)}; }

std::string quoted(std::string_view name) { return "'" + std::string(name) + "'"; }

bool isBuiltIn(std::string_view name) { return parseFeature(name).has_value(); }

constexpr std::array<std::uint8_t, kFeatureCount> kFeatureBit{KeyRecord::kReputationOn, KeyRecord::kThrottleOn,
                                                              KeyRecord::kAnomalyOn};

// murmur3("<groupId>:<key>") % 100 + 1 built on the stack: it runs per new key, inside the decision loop.
int bucketOf(std::string_view groupId, std::string_view key)
{
    char buffer[kMaxHashedBytes];
    const std::size_t groupBytes = std::min(groupId.size(), kMaxHashedBytes / 2);
    const std::size_t keyBytes = std::min(key.size(), kMaxHashedBytes - groupBytes - 1);
    std::copy_n(groupId.data(), groupBytes, buffer);
    buffer[groupBytes] = ':';
    std::copy_n(key.data(), keyBytes, buffer + groupBytes + 1);
    return static_cast<int>(murmur3x86_32(std::string_view(buffer, groupBytes + 1 + keyBytes), 0) % 100 + 1);
}

std::optional<std::string> checkWeights(const std::vector<flags::Variant>& variants, const std::string& where)
{
    if (variants.empty()) {
        return std::nullopt;
    }
    long total = 0;
    for (const flags::Variant& v : variants) {
        if (v.weight < 0) {
            return where + ": variant " + quoted(v.name) + " has a negative weight";
        }
        total += v.weight;
    }
    if (total != kUnleashWeightTotal) {
        return where + ": the variants' weights add up to " + std::to_string(total) + ", not " +
               std::to_string(kUnleashWeightTotal);
    }
    return std::nullopt;
}

bool usesSegment(const flags::FlagSet& set, int id)
{
    return std::any_of(set.features.begin(), set.features.end(), [id](const flags::FeatureFlag& f) {
        return std::any_of(f.strategies.begin(), f.strategies.end(), [id](const flags::Strategy& s) {
            return std::find(s.segments.begin(), s.segments.end(), id) != s.segments.end();
        });
    });
}

void put(flags::FlagSet& set, flags::FeatureFlag flag)
{
    if (isBuiltIn(flag.name)) {
        flag.effect = flags::Effect{flags::EffectKind::Feature, {}};
    }
    if (flags::FeatureFlag* existing = set.find(flag.name)) {
        *existing = std::move(flag);
    } else {
        set.features.push_back(std::move(flag));
    }
}

void put(flags::FlagSet& set, flags::Segment segment)
{
    auto it = std::find_if(set.segments.begin(), set.segments.end(),
                           [&](const flags::Segment& s) { return s.id == segment.id; });
    if (it != set.segments.end()) {
        *it = std::move(segment);
    } else {
        set.segments.push_back(std::move(segment));
    }
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
        if (!isBuiltIn(f.name) && f.effect.kind != flags::EffectKind::None) {
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
    m_used = static_cast<int>(std::min<std::size_t>(order.size(), kSlots));
    m_routeGate.assign(targets.policies.size(), 0);
    m_vipSlots.clear();
    m_countMask = 0;
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
            m_countMask |= bit;
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
    m_viewStale = true;
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

void FlagBook::setFeatureGate(Feature feature, const FeatureGate& gate)
{
    if (flags::FeatureFlag* f = m_set.find(nameOf(feature))) {
        f->enabled = gate.enabled;
        flags::setRollout(*f, gate.percentage);
    }
    ++m_revision;
    refresh();
    m_resolveNeeded = true;
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
        std::vector<ExposureBucket>& history = m_history[slot.name].buckets;
        history.push_back(bucket);
        if (history.size() > static_cast<std::size_t>(kExposureBuckets)) {
            history.erase(history.begin());
        }
        if (bucket.yes + bucket.no > 0) {
            m_exposures.push_back(store::FlagExposureRow{slot.name, {}, bucket.start, bucket.yes, bucket.no});
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

std::optional<std::string> FlagBook::check(const flags::FeatureFlag& flag, const flags::FlagSet& set,
                                           const Targets& targets) const
{
    const std::string where = "flag " + quoted(flag.name);
    if (flag.name.empty() || flag.name.size() > kMaxNameBytes) {
        return "a flag needs a name of 1 to 255 bytes";
    }
    switch (flag.effect.kind) {
    case flags::EffectKind::None:
        break;
    case flags::EffectKind::Feature:
        if (!isBuiltIn(flag.name)) {
            return where + ": only Sluice's own features (reputation_system, adaptive_limiting, anomaly_detection) "
                           "have the effect 'feature'";
        }
        break;
    case flags::EffectKind::RoutePolicy: {
        const auto& p = targets.policies;
        if (std::none_of(p.begin() + (p.empty() ? 0 : 1), p.end(),
                         [&](const Policy& policy) { return policy.route == flag.effect.target; })) {
            return where + ": no route policy " + quoted(flag.effect.target);
        }
        break;
    }
    case flags::EffectKind::VipTier:
        if (!targets.catalog.indexOf(flag.effect.target)) {
            return where + ": no VIP tier " + quoted(flag.effect.target);
        }
        break;
    }
    if (auto error = checkWeights(flag.variants, where)) {
        return error;
    }
    for (std::size_t s = 0; s < flag.strategies.size(); ++s) {
        const flags::Strategy& strategy = flag.strategies[s];
        const std::string at = where + " strategy " + std::to_string(s + 1);
        if (auto error = checkWeights(strategy.variants, at)) {
            return error;
        }
        for (int id : strategy.segments) {
            if (set.segment(id) == nullptr) {
                return at + ": no segment " + std::to_string(id);
            }
        }
    }
    if (const auto rollout = rolloutOf(flag); rollout && (*rollout < 0 || *rollout > 100)) {
        return where + ": the rollout must be 0 to 100 %";
    }
    for (const flags::Dependency& d : flag.dependencies) {
        if (d.feature == flag.name || set.find(d.feature) == nullptr) {
            return where + ": depends on " + quoted(d.feature) + ", which is not a flag";
        }
    }
    if (flag.plan) {
        const flags::RolloutPlan& plan = *flag.plan;
        if (!rolloutOf(flag)) {
            return where + ": a rollout plan needs a rollout strategy";
        }
        if (plan.stepPercent < 1 || plan.stepPercent > 100 || plan.targetPercent < 0 || plan.targetPercent > 100) {
            return where + ": a plan's step must be 1 to 100 % and its target 0 to 100 %";
        }
        if (plan.stepEvery < kMinPlanStep) {
            return where + ": a plan's steps must be at least a minute apart";
        }
        for (const std::string& kind : plan.haltOn) {
            if (!parseAnomalyKind(kind)) {
                return where + ": unknown alert kind " + quoted(kind) + " to halt on";
            }
        }
    }
    const auto effects = std::count_if(set.features.begin(), set.features.end(), [](const flags::FeatureFlag& f) {
        return f.effect.kind != flags::EffectKind::None;
    });
    if (effects > kSlots) {
        return where + ": at most " + std::to_string(kSlots) + " flags can have an effect";
    }
    return std::nullopt;
}

std::optional<CommandResult> FlagBook::validateFlag(const Command& command, TimeNs now, const Targets& targets) const
{
    const auto known = [&](const std::string& name) -> std::optional<CommandResult> {
        if (m_set.find(name) == nullptr) {
            return refuse("no flag " + quoted(name));
        }
        return std::nullopt;
    };
    const auto checked = [&](const flags::FlagSet& set, const std::string& name) -> CommandResult {
        if (const flags::FeatureFlag* f = set.find(name)) {
            if (auto error = check(*f, set, targets)) {
                return refuse(*error);
            }
        }
        return CommandResult{};
    };
    return std::visit(
        Overloaded{
            [&](const cmd::PutFlag& c) -> std::optional<CommandResult> {
                flags::FlagSet candidate = m_set;
                put(candidate, c.flag);
                return checked(candidate, c.flag.name);
            },
            [&](const cmd::RemoveFlag& c) -> std::optional<CommandResult> {
                if (auto missing = known(c.name)) {
                    return missing;
                }
                if (isBuiltIn(c.name)) {
                    return refuse(quoted(c.name) + " is one of Sluice's own features and cannot be removed");
                }
                for (const flags::FeatureFlag& f : m_set.features) {
                    for (const flags::Dependency& d : f.dependencies) {
                        if (d.feature == c.name) {
                            return refuse("flag " + quoted(f.name) + " depends on " + quoted(c.name));
                        }
                    }
                }
                return CommandResult{};
            },
            [&](const cmd::SetFlagEnabled& c) -> std::optional<CommandResult> {
                return known(c.name).value_or(CommandResult{});
            },
            [&](const cmd::SetFlagRollout& c) -> std::optional<CommandResult> {
                if (auto missing = known(c.name)) {
                    return missing;
                }
                if (!rolloutOf(*m_set.find(c.name))) {
                    return refuse("flag " + quoted(c.name) + " has no rollout strategy");
                }
                if (c.percent < 0 || c.percent > 100) {
                    return refuse("a rollout must be 0 to 100 %");
                }
                return CommandResult{};
            },
            [&](const cmd::SetFlagKilled& c) -> std::optional<CommandResult> {
                if (auto missing = known(c.name)) {
                    return missing;
                }
                if (c.killed && c.reason.empty()) {
                    return refuse("killing flag " + quoted(c.name) + " needs a reason");
                }
                return CommandResult{};
            },
            [&](const cmd::SetFlagSchedule& c) -> std::optional<CommandResult> {
                if (auto missing = known(c.name)) {
                    return missing;
                }
                for (const flags::ScheduleEntry& e : c.schedule) {
                    if (e.at <= now) {
                        return refuse("a schedule of flag " + quoted(c.name) + " cannot change it in the past");
                    }
                }
                return CommandResult{};
            },
            [&](const cmd::SetRolloutPlan& c) -> std::optional<CommandResult> {
                if (auto missing = known(c.name)) {
                    return missing;
                }
                flags::FlagSet candidate = m_set;
                candidate.find(c.name)->plan = c.plan;
                return checked(candidate, c.name);
            },
            [&](const cmd::PauseRolloutPlan& c) -> std::optional<CommandResult> {
                if (auto missing = known(c.name)) {
                    return missing;
                }
                if (!m_set.find(c.name)->plan) {
                    return refuse("flag " + quoted(c.name) + " has no rollout plan");
                }
                return CommandResult{};
            },
            [&](const cmd::PutSegment& c) -> std::optional<CommandResult> {
                if (c.segment.id <= 0) {
                    return refuse("a segment needs an id above 0");
                }
                return CommandResult{};
            },
            [&](const cmd::RemoveSegment& c) -> std::optional<CommandResult> {
                if (m_set.segment(c.id) == nullptr) {
                    return refuse("no segment " + std::to_string(c.id));
                }
                if (usesSegment(m_set, c.id)) {
                    return refuse("segment " + std::to_string(c.id) + " is still used by a flag");
                }
                return CommandResult{};
            },
            [&](const cmd::ImportFlags& c) -> std::optional<CommandResult> {
                flags::FlagSet candidate = m_set;
                for (const flags::Segment& s : c.flags.segments) {
                    put(candidate, s);
                }
                for (const flags::FeatureFlag& f : c.flags.features) {
                    put(candidate, f);
                }
                for (const flags::FeatureFlag& f : c.flags.features) {
                    if (CommandResult r = checked(candidate, f.name); !r.ok) {
                        return r;
                    }
                }
                return CommandResult{};
            },
            [](const auto&) -> std::optional<CommandResult> { return std::nullopt; },
        },
        command);
}

std::optional<CommandResult> FlagBook::applyFlag(const Command& command, TimeNs now, const Targets& targets)
{
    std::optional<CommandResult> checked = validateFlag(command, now, targets);
    if (!checked || !checked->ok) {
        return checked;
    }
    bool structure = false;  // flags came or went, or their effects changed
    std::visit(Overloaded{
                   [&](const cmd::PutFlag& c) {
                       put(m_set, c.flag);
                       structure = true;
                   },
                   [&](const cmd::RemoveFlag& c) {
                       std::erase_if(m_set.features, [&](const flags::FeatureFlag& f) { return f.name == c.name; });
                       m_history.erase(c.name);
                       structure = true;
                   },
                   [&](const cmd::SetFlagEnabled& c) { m_set.find(c.name)->enabled = c.enabled; },
                   [&](const cmd::SetFlagRollout& c) { flags::setRollout(*m_set.find(c.name), c.percent); },
                   [&](const cmd::SetFlagKilled& c) { m_set.find(c.name)->killed = c.killed; },
                   [&](const cmd::SetFlagSchedule& c) {
                       auto& schedule = m_set.find(c.name)->schedule;
                       schedule = c.schedule;
                       std::stable_sort(schedule.begin(), schedule.end(),
                                        [](const auto& a, const auto& b) { return a.at < b.at; });
                   },
                   [&](const cmd::SetRolloutPlan& c) {
                       auto& plan = m_set.find(c.name)->plan;
                       plan = c.plan;
                       if (plan) {
                           plan->nextStepAt = now + plan->stepEvery;
                           plan->paused = false;
                           plan->halted = false;
                           plan->haltedAt = 0;
                           plan->haltedBy.clear();
                       }
                   },
                   [&](const cmd::PauseRolloutPlan& c) {
                       flags::RolloutPlan& plan = *m_set.find(c.name)->plan;
                       plan.paused = c.paused;
                       if (!c.paused) {
                           plan.halted = false;
                           plan.haltedAt = 0;
                           plan.haltedBy.clear();
                           if (plan.nextStepAt <= now) {
                               plan.nextStepAt = now + plan.stepEvery;
                           }
                       }
                   },
                   [&](const cmd::PutSegment& c) { put(m_set, c.segment); },
                   [&](const cmd::RemoveSegment& c) {
                       std::erase_if(m_set.segments, [&](const flags::Segment& s) { return s.id == c.id; });
                   },
                   [&](const cmd::ImportFlags& c) {
                       if (c.replaceAll) {
                           std::erase_if(m_set.features, [&](const flags::FeatureFlag& f) {
                               return !isBuiltIn(f.name) && c.flags.find(f.name) == nullptr;
                           });
                       }
                       for (const flags::Segment& s : c.flags.segments) {
                           put(m_set, s);
                       }
                       for (const flags::FeatureFlag& f : c.flags.features) {
                           put(m_set, f);
                       }
                       structure = true;
                   },
                   [](const auto&) {},
               },
               command);
    ++m_revision;
    if (structure) {
        reslot(targets);
    } else {
        refresh();
    }
    m_resolveNeeded = true;
    return checked;
}

void FlagBook::restore(const store::PersistedState& state, const Targets& targets, std::vector<std::string>& problems)
{
    for (const auto& [id, definition] : state.segments) {
        std::string error;
        if (auto segment = flags::readSegment(definition, error)) {
            put(m_set, std::move(*segment));
        } else {
            problems.push_back("segment " + std::to_string(id) + ": " + error);
        }
    }
    for (const auto& [name, definition] : state.flags) {
        flags::FlagRead read = flags::readFeature(definition);
        if (!read.flag) {
            problems.push_back("flag " + quoted(name) + ": " + read.error);
            continue;
        }
        m_warnings.insert(m_warnings.end(), read.warnings.begin(), read.warnings.end());
        put(m_set, std::move(*read.flag));
    }
    m_warnings.insert(m_warnings.end(), problems.begin(), problems.end());  // the page shows what was skipped
    ++m_revision;
    reslot(targets);
    m_resolveNeeded = true;
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
        row.builtIn = isBuiltIn(f.name);
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
