// SPDX-License-Identifier: Apache-2.0
// Stand-in until the evaluator lands: operator names only.
#include "flags/Constraints.h"

#include <array>

namespace sluice::engine::flags {

namespace {
constexpr std::array<std::string_view, 15> kNames{
    "IN",     "NOT_IN",  "STR_CONTAINS", "STR_STARTS_WITH", "STR_ENDS_WITH", "NUM_EQ",    "NUM_GT",   "NUM_GTE",
    "NUM_LT", "NUM_LTE", "DATE_AFTER",   "DATE_BEFORE",     "SEMVER_EQ",     "SEMVER_GT", "SEMVER_LT"};
}

std::optional<Operator> parseOperator(std::string_view name)
{
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (kNames[i] == name) {
            return static_cast<Operator>(i);
        }
    }
    return std::nullopt;
}

std::string_view nameOf(Operator op)
{
    const auto i = static_cast<std::size_t>(op);
    return i < kNames.size() ? kNames[i] : std::string_view("UNKNOWN");
}

bool holds(const Constraint& constraint, const FlagContext& context)
{
    const auto value = context.field(constraint.contextName);
    bool in = false;
    for (const std::string& v : constraint.values) {
        in = in || (value && *value == v);
    }
    const bool result = value && ((constraint.op == Operator::In && in) || (constraint.op == Operator::NotIn && !in));
    return constraint.inverted ? !result : result;
}

bool allHold(std::span<const Constraint> constraints, const FlagContext& context)
{
    for (const Constraint& c : constraints) {
        if (!holds(c, context)) {
            return false;
        }
    }
    return true;
}

}  // namespace sluice::engine::flags
