// SPDX-License-Identifier: Apache-2.0
// The constraint evaluator over any constraint and context: never a crash, and the promises of Unleash's
// semantics hold. Input, one item per line:
//   <contextName> <OPERATOR> [i][c]      i = inverted, c = caseInsensitive
//   <values separated by '|'>
//   <value>
//   <name>=<value>                       context fields (userId, sessionId, remoteAddress, environment, appName,
//   ...                                  hostname, currentTime as RFC 3339, random 1..100), any other a property
#include "FuzzTarget.h"

#include "flags/Constraints.h"
#include "flags/FlagEvaluator.h"
#include "flags/SemVer.h"

#include <deque>
#include <string>
#include <string_view>

using namespace sluice::engine;
using namespace sluice::engine::flags;

namespace {

std::string_view nextLine(std::string_view& text)
{
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    return line;
}

Constraint readConstraint(std::string_view& text)
{
    Constraint c;
    std::string_view head = nextLine(text);
    const std::size_t space = head.find(' ');
    c.contextName = std::string(head.substr(0, space));
    head = space == std::string_view::npos ? std::string_view() : head.substr(space + 1);
    const std::size_t flags = head.find(' ');
    c.operatorName = std::string(head.substr(0, flags));
    c.op = parseOperator(c.operatorName).value_or(Operator::Unknown);
    const std::string_view switches = flags == std::string_view::npos ? std::string_view() : head.substr(flags + 1);
    c.inverted = switches.find('i') != std::string_view::npos;
    c.caseInsensitive = switches.find('c') != std::string_view::npos;
    std::string_view values = nextLine(text);
    while (!values.empty()) {
        const std::size_t bar = values.find('|');
        c.values.emplace_back(values.substr(0, bar));
        values = bar == std::string_view::npos ? std::string_view() : values.substr(bar + 1);
    }
    c.value = std::string(nextLine(text));
    return c;
}

void readContext(std::string_view text, FlagContext& context, std::deque<std::string>& names)
{
    while (!text.empty()) {
        const std::string_view line = nextLine(text);
        const std::size_t eq = line.find('=');
        const std::string_view name = line.substr(0, eq);
        const std::string_view value = eq == std::string_view::npos ? std::string_view() : line.substr(eq + 1);
        if (name == "userId") {
            context.userId = value;
        } else if (name == "sessionId") {
            context.sessionId = value;
        } else if (name == "remoteAddress") {
            context.remoteAddress = value;
        } else if (name == "environment") {
            context.environment = value;
        } else if (name == "appName") {
            context.appName = value;
        } else if (name == "hostname") {
            context.hostname = value;
        } else if (name == "currentTime") {
            if (const auto at = parseInstant(value)) {
                context.currentTime = at;  // an unreadable one keeps the fixed instant: no wall clock here
            }
        } else if (name == "random") {
            context.random = value.empty() ? 1 : 1 + static_cast<unsigned char>(value.front()) % 100;
        } else {
            context.properties.emplace_back(names.emplace_back(name), value);
        }
    }
}

// Folding case can only widen IN and STR_*, and only narrow NOT_IN.
void checkCaseFolding(Constraint c, const FlagContext& context)
{
    const bool widens = c.op == Operator::In || c.op == Operator::StrContains || c.op == Operator::StrStartsWith ||
                        c.op == Operator::StrEndsWith;
    if (!widens && c.op != Operator::NotIn) {
        return;
    }
    c.inverted = false;
    c.caseInsensitive = false;
    const bool exact = holds(c, context);
    c.caseInsensitive = true;
    const bool folded = holds(c, context);
    sluice::fuzz::require(widens ? (!exact || folded) : (exact || !folded), "case folding widens IN, narrows NOT_IN");
}

void checkVersions(std::string_view a, std::string_view b)
{
    const auto left = SemVer::parse(a);
    const auto right = SemVer::parse(b);
    if (left) {
        sluice::fuzz::require(compare(*left, *left) == 0, "a version equals itself");
    }
    if (left && right) {
        sluice::fuzz::require(compare(*left, *right) == -compare(*right, *left), "version order is antisymmetric");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);
    Constraint constraint = readConstraint(text);
    std::deque<std::string> names;
    FlagContext context;
    context.currentTime = 1'700'000'000 * kNsPerSec;  // fixed, so both evaluations see the same instant
    context.random = 50;
    readContext(text, context, names);

    if (constraint.op != Operator::Unknown) {
        sluice::fuzz::require(nameOf(constraint.op) == constraint.operatorName, "operator names round trip");
    }
    const bool plain = holds(constraint, context);
    constraint.inverted = !constraint.inverted;
    const bool flipped = holds(constraint, context);
    constraint.inverted = !constraint.inverted;
    sluice::fuzz::require(constraint.op == Operator::Unknown ? (!plain && !flipped) : plain != flipped,
                          "inverted negates a known operator; an unknown one never holds");
    checkCaseFolding(constraint, context);

    const auto field = context.field(constraint.contextName);
    checkVersions(field.value_or(""), constraint.value);
    if (field && addressMatches(*field, constraint.value)) {
        sluice::fuzz::require(addressMatches(*field, *field), "an address that matches an entry matches itself");
    }

    // The same constraint on a flag's default strategy decides the flag.
    FlagSet set;
    FeatureFlag flag;
    flag.name = "fuzzed";
    flag.enabled = true;
    Strategy strategy;
    strategy.name = "default";
    strategy.constraints.push_back(constraint);
    flag.strategies.push_back(strategy);
    set.features.push_back(flag);
    const Evaluation e = FlagEvaluator(set).evaluate("fuzzed", context);
    sluice::fuzz::require(e.found && e.enabled == plain, "a flag's constraint decides it");
    return 0;
}
