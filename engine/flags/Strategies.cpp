// SPDX-License-Identifier: Apache-2.0
#include "flags/Strategies.h"

#include "flags/Constraints.h"
#include "flags/FlagEvaluator.h"
#include "flags/Numbers.h"
#include "http/HttpMessage.h"

#include <random>

namespace sluice::engine::flags {

namespace {

// Calls `visit` with each comma-separated entry of a list parameter, blanks trimmed, until it returns true.
template <typename Visit>
bool anyEntry(std::string_view list, Visit visit)
{
    while (true) {
        const std::size_t comma = list.find(',');
        const std::string_view entry = http::trimBlanks(list.substr(0, comma));
        if (!entry.empty() && visit(entry)) {
            return true;
        }
        if (comma == std::string_view::npos) {
            return false;
        }
        list.remove_prefix(comma + 1);
    }
}

// A bucket 1..100 at or under the percentage is in; 0 % (or no readable percentage) lets nobody in.
bool inRollout(std::string_view percentText, std::uint32_t bucket)
{
    const auto percent = parseNumber(percentText);
    return percent && *percent > 0 && static_cast<double>(bucket) <= *percent;
}

bool hashedRollout(const Strategy& s, std::string_view percentName, std::optional<std::string_view> id,
                   std::string_view flagName)
{
    return id && inRollout(parameter(s, percentName), normalizedHash(groupIdOf(s, flagName), *id, 100));
}

bool flexibleRollout(const Strategy& s, std::string_view flagName, const FlagContext& context)
{
    std::string_view stickiness = parameter(s, "stickiness");
    if (stickiness.empty()) {
        stickiness = "default";
    }
    if (stickiness == "random") {
        return inRollout(parameter(s, "rollout"), static_cast<std::uint32_t>(randomPercent(context)));
    }
    std::optional<std::string_view> id;
    if (stickiness == "default") {
        id = context.field("userId");
        if (!id) {
            id = context.field("sessionId");
        }
        if (!id) {
            return inRollout(parameter(s, "rollout"), static_cast<std::uint32_t>(randomPercent(context)));
        }
    } else {
        id = context.field(stickiness);
    }
    return hashedRollout(s, "rollout", id, flagName);
}

bool ownCheck(const Strategy& s, std::string_view flagName, const FlagContext& context)
{
    const std::string_view name = s.name;
    if (name == "default") {
        return true;
    }
    if (name == "flexibleRollout") {
        return flexibleRollout(s, flagName, context);
    }
    if (name == "userWithId") {
        const auto user = context.field("userId");
        return user && anyEntry(parameter(s, "userIds"), [&](std::string_view id) { return id == *user; });
    }
    if (name == "gradualRolloutUserId") {
        return hashedRollout(s, "percentage", context.field("userId"), flagName);
    }
    if (name == "gradualRolloutSessionId") {
        return hashedRollout(s, "percentage", context.field("sessionId"), flagName);
    }
    if (name == "gradualRolloutRandom") {
        return inRollout(parameter(s, "percentage"), static_cast<std::uint32_t>(randomPercent(context)));
    }
    if (name == "remoteAddress") {
        const auto address = context.field("remoteAddress");
        return address &&
               anyEntry(parameter(s, "IPs"), [&](std::string_view entry) { return addressMatches(*address, entry); });
    }
    if (name == "applicationHostname") {
        const auto host = context.field("hostname");
        return host && anyEntry(parameter(s, "hostNames"),
                                [&](std::string_view entry) { return http::equalsIgnoreCase(entry, *host); });
    }
    return false;
}

}  // namespace

int randomPercent(const FlagContext& context)
{
    if (context.random) {
        return *context.random;
    }
    thread_local std::minstd_rand generator{std::random_device{}()};
    return std::uniform_int_distribution<int>(1, 100)(generator);
}

std::string_view groupIdOf(const Strategy& strategy, std::string_view flagName)
{
    const std::string_view groupId = parameter(strategy, "groupId");
    return groupId.empty() ? flagName : groupId;
}

bool strategyMatches(const Strategy& strategy, std::string_view flagName, const FlagSet& flags,
                     const FlagContext& context)
{
    if (!strategy.known || !allHold(strategy.constraints, context)) {
        return false;
    }
    for (const int id : strategy.segments) {
        const Segment* segment = flags.segment(id);
        if (segment == nullptr || !allHold(segment->constraints, context)) {
            return false;
        }
    }
    return ownCheck(strategy, flagName, context);
}

}  // namespace sluice::engine::flags
