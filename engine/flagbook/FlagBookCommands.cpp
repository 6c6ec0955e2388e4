// SPDX-License-Identifier: Apache-2.0
// The flag book's admin side: what a flag command may do, doing it, and bringing the stored flags back.
#include "flagbook/FlagBook.h"

#include "core/AnomalyNames.h"
#include "core/Overloaded.h"
#include "flagbook/FlagChanges.h"
#include "flags/FlagsJson.h"
#include "limiter/Policy.h"
#include "vip/VipCatalog.h"

#include <algorithm>

namespace sluice::engine {

namespace {
constexpr std::size_t kMaxNameBytes = 255;
constexpr int kUnleashWeightTotal = 1000;  // what Unleash's own editor makes the weights add up to
constexpr TimeNs kMinPlanStep = kNsPerMin;

CommandResult refuse(std::string why) { return CommandResult{false, std::move(why)}; }

std::string quoted(std::string_view name)
{
    // Appended piece by piece: GCC 12 misreads the inlined operator+ chain here as an overflow.
    std::string out;
    out.reserve(name.size() + 2);
    out.push_back('\'');
    out.append(name);
    out.push_back('\'');
    return out;
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
    if (isBuiltInFlag(flag.name)) {
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

}  // namespace

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
        if (!isBuiltInFlag(flag.name)) {
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
                if (isBuiltInFlag(c.name)) {
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
                // The flags as the import leaves them, checked whole: a flag the file depends on, or one of
                // Sluice's own flags depends on, must not be among those "replace all" removes.
                std::erase_if(candidate.features,
                              [&](const flags::FeatureFlag& f) { return removedByImport(c, f.name); });
                for (const flags::Segment& s : c.flags.segments) {
                    if (s.id <= 0) {
                        return refuse("segment " + quoted(s.name) + " needs an id above 0");
                    }
                    put(candidate, s);
                }
                for (const flags::FeatureFlag& f : c.flags.features) {
                    put(candidate, f);
                }
                for (const flags::FeatureFlag& f : c.replaceAll ? candidate.features : c.flags.features) {
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
                       put(m_set, withPlanStarted(c.flag, now));
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
                       std::erase_if(m_set.features,
                                     [&](const flags::FeatureFlag& f) { return removedByImport(c, f.name); });
                       for (const flags::Segment& s : c.flags.segments) {
                           put(m_set, s);
                       }
                       for (const flags::FeatureFlag& f : c.flags.features) {
                           put(m_set, withPlanStarted(f, now));
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

}  // namespace sluice::engine
