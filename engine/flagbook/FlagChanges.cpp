// SPDX-License-Identifier: Apache-2.0
#include "flagbook/FlagChanges.h"

#include "core/Overloaded.h"

#include <algorithm>
#include <variant>

namespace sluice::engine {

namespace {
// Schedules are kept in order of time, however they were given.
flags::FeatureFlag ordered(flags::FeatureFlag flag)
{
    std::stable_sort(flag.schedule.begin(), flag.schedule.end(),
                     [](const auto& a, const auto& b) { return a.at < b.at; });
    return flag;
}

// A copy of the flag `name` changed by `change`, or nothing when there is no such flag.
template <class Change>
void changeFlag(const flags::FlagSet& current, const std::string& name, FlagCommandChanges& out, Change&& change)
{
    if (const flags::FeatureFlag* flag = current.find(name)) {
        flags::FeatureFlag changed = *flag;
        change(changed);
        out.put.push_back(ordered(std::move(changed)));
    }
}

void importChanges(const cmd::ImportFlags& c, const flags::FlagSet& current, TimeNs now, FlagCommandChanges& out)
{
    for (const flags::FeatureFlag& flag : c.flags.features) {
        out.put.push_back(ordered(withPlanStarted(flag, now)));
    }
    out.segmentsPut = c.flags.segments;
    for (const flags::FeatureFlag& flag : current.features) {
        if (removedByImport(c, flag.name)) {
            out.removed.push_back(flag.name);
        }
    }
}
}  // namespace

bool removedByImport(const cmd::ImportFlags& c, std::string_view name)
{
    return c.replaceAll && !isBuiltInFlag(name) && c.flags.find(name) == nullptr;
}

flags::FeatureFlag withPlanStarted(flags::FeatureFlag flag, TimeNs now)
{
    if (flag.plan && flag.plan->nextStepAt == 0 && !flag.plan->paused && !flag.plan->halted &&
        flags::rolloutOf(flag).value_or(0) < flag.plan->targetPercent) {
        flag.plan->nextStepAt = now + flag.plan->stepEvery;
    }
    return flag;
}

bool isBuiltInFlag(std::string_view name)
{
    return std::find(flags::kBuiltInFlags.begin(), flags::kBuiltInFlags.end(), name) != flags::kBuiltInFlags.end();
}

bool isFlagCommand(const Command& command)
{
    return std::visit(Overloaded{
                          [](const cmd::PutFlag&) { return true; },
                          [](const cmd::RemoveFlag&) { return true; },
                          [](const cmd::SetFlagEnabled&) { return true; },
                          [](const cmd::SetFlagRollout&) { return true; },
                          [](const cmd::SetFlagKilled&) { return true; },
                          [](const cmd::SetFlagSchedule&) { return true; },
                          [](const cmd::SetRolloutPlan&) { return true; },
                          [](const cmd::PauseRolloutPlan&) { return true; },
                          [](const cmd::PutSegment&) { return true; },
                          [](const cmd::RemoveSegment&) { return true; },
                          [](const cmd::ImportFlags&) { return true; },
                          [](const auto&) { return false; },
                      },
                      command);
}

FlagCommandChanges flagChangesOf(const Command& command, const flags::FlagSet& current, TimeNs now)
{
    FlagCommandChanges out;
    std::visit(Overloaded{
                   [&](const cmd::PutFlag& c) { out.put.push_back(ordered(withPlanStarted(c.flag, now))); },
                   [&](const cmd::RemoveFlag& c) {
                       if (current.find(c.name) != nullptr) {
                           out.removed.push_back(c.name);
                       }
                   },
                   [&](const cmd::SetFlagEnabled& c) {
                       changeFlag(current, c.name, out, [&](flags::FeatureFlag& f) { f.enabled = c.enabled; });
                   },
                   [&](const cmd::SetFlagRollout& c) {
                       changeFlag(current, c.name, out,
                                  [&](flags::FeatureFlag& f) { flags::setRollout(f, c.percent); });
                   },
                   [&](const cmd::SetFlagKilled& c) {
                       changeFlag(current, c.name, out, [&](flags::FeatureFlag& f) { f.killed = c.killed; });
                   },
                   [&](const cmd::SetFlagSchedule& c) {
                       changeFlag(current, c.name, out, [&](flags::FeatureFlag& f) { f.schedule = c.schedule; });
                   },
                   // A new plan starts now: its first step is one interval away, neither paused nor halted.
                   [&](const cmd::SetRolloutPlan& c) {
                       changeFlag(current, c.name, out, [&](flags::FeatureFlag& f) {
                           f.plan = c.plan;
                           if (f.plan) {
                               f.plan->nextStepAt = now + f.plan->stepEvery;
                               f.plan->paused = false;
                               f.plan->halted = false;
                               f.plan->haltedAt = 0;
                               f.plan->haltedBy.clear();
                           }
                       });
                   },
                   // Resuming clears a halt too: the admin has looked at what halted it.
                   [&](const cmd::PauseRolloutPlan& c) {
                       changeFlag(current, c.name, out, [&](flags::FeatureFlag& f) {
                           if (!f.plan) {
                               return;
                           }
                           f.plan->paused = c.paused;
                           if (!c.paused) {
                               f.plan->halted = false;
                               f.plan->haltedAt = 0;
                               f.plan->haltedBy.clear();
                               // A step that fell due while paused comes a whole interval after resuming, as
                               // the engine does it (flags/FlagBook), so the stored plan is the one in force.
                               if (f.plan->nextStepAt <= now) {
                                   f.plan->nextStepAt = now + f.plan->stepEvery;
                               }
                           }
                       });
                   },
                   [&](const cmd::PutSegment& c) { out.segmentsPut.push_back(c.segment); },
                   [&](const cmd::RemoveSegment& c) {
                       if (current.segment(c.id) != nullptr) {
                           out.segmentsRemoved.push_back(c.id);
                       }
                   },
                   [&](const cmd::ImportFlags& c) { importChanges(c, current, now, out); },
                   [](const auto&) {},
               },
               command);
    return out;
}

}  // namespace sluice::engine
