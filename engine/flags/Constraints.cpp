// SPDX-License-Identifier: Apache-2.0
#include "flags/Constraints.h"

#include "flags/IpAddress.h"
#include "flags/Numbers.h"
#include "flags/SemVer.h"
#include "http/HttpMessage.h"

#include <array>
#include <chrono>

namespace sluice::engine::flags {

namespace {

constexpr std::array<std::pair<Operator, std::string_view>, 15> kOperatorNames{{
    {Operator::In, "IN"},
    {Operator::NotIn, "NOT_IN"},
    {Operator::StrContains, "STR_CONTAINS"},
    {Operator::StrStartsWith, "STR_STARTS_WITH"},
    {Operator::StrEndsWith, "STR_ENDS_WITH"},
    {Operator::NumEq, "NUM_EQ"},
    {Operator::NumGt, "NUM_GT"},
    {Operator::NumGte, "NUM_GTE"},
    {Operator::NumLt, "NUM_LT"},
    {Operator::NumLte, "NUM_LTE"},
    {Operator::DateAfter, "DATE_AFTER"},
    {Operator::DateBefore, "DATE_BEFORE"},
    {Operator::SemverEq, "SEMVER_EQ"},
    {Operator::SemverGt, "SEMVER_GT"},
    {Operator::SemverLt, "SEMVER_LT"},
}};

bool sameText(std::string_view a, std::string_view b, bool caseInsensitive)
{
    return caseInsensitive ? http::equalsIgnoreCase(a, b) : a == b;
}

bool inList(const Constraint& c, std::string_view value)
{
    for (const std::string& v : c.values) {
        if (sameText(v, value, c.caseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool stringMatch(const Constraint& c, std::string_view value)
{
    for (const std::string& v : c.values) {
        bool match = false;
        switch (c.op) {
        case Operator::StrContains:
            match = c.caseInsensitive ? containsFolded(value, v) : value.find(v) != std::string_view::npos;
            break;
        case Operator::StrStartsWith:
            match = c.caseInsensitive ? startsWithFolded(value, v) : value.starts_with(v);
            break;
        default:
            match = c.caseInsensitive ? endsWithFolded(value, v) : value.ends_with(v);
            break;
        }
        if (match) {
            return true;
        }
    }
    return false;
}

// -1, 0, 1 from a comparison, mapped to the operator's answer.
bool ordered(Operator op, int order)
{
    switch (op) {
    case Operator::NumEq:
    case Operator::SemverEq:
        return order == 0;
    case Operator::NumGt:
    case Operator::SemverGt:
    case Operator::DateAfter:
        return order > 0;
    case Operator::NumGte:
        return order >= 0;
    case Operator::NumLt:
    case Operator::SemverLt:
    case Operator::DateBefore:
        return order < 0;
    case Operator::NumLte:
        return order <= 0;
    default:
        return false;
    }
}

template <typename T>
int threeWay(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

bool numberMatch(const Constraint& c, std::string_view value)
{
    const auto left = parseNumber(value);
    const auto right = parseNumber(c.value);
    return left && right && ordered(c.op, threeWay(*left, *right));
}

bool semverMatch(const Constraint& c, std::string_view value)
{
    const auto left = SemVer::parse(value);
    const auto right = SemVer::parse(c.value);
    return left && right && ordered(c.op, compare(*left, *right));
}

// currentTime is the context's instant, or now when the caller gave none; another field holds an RFC 3339 text.
std::optional<TimeNs> instantOf(const Constraint& c, const FlagContext& context)
{
    if (c.contextName == "currentTime") {
        if (context.currentTime) {
            return context.currentTime;
        }
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        return std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
    }
    const auto text = context.field(c.contextName);
    return text ? parseInstant(*text) : std::nullopt;
}

bool evaluate(const Constraint& c, const FlagContext& context)
{
    if (c.op == Operator::DateAfter || c.op == Operator::DateBefore) {
        const auto left = instantOf(c, context);
        const auto right = parseInstant(c.value);
        return left && right && ordered(c.op, threeWay(*left, *right));
    }
    const auto value = context.field(c.contextName);
    if (!value) {
        // Unleash's client specification: a missing field is in no list, so NOT_IN holds.
        return c.op == Operator::NotIn;
    }
    switch (c.op) {
    case Operator::In:
        return inList(c, *value);
    case Operator::NotIn:
        return !inList(c, *value);
    case Operator::StrContains:
    case Operator::StrStartsWith:
    case Operator::StrEndsWith:
        return stringMatch(c, *value);
    case Operator::NumEq:
    case Operator::NumGt:
    case Operator::NumGte:
    case Operator::NumLt:
    case Operator::NumLte:
        return numberMatch(c, *value);
    case Operator::SemverEq:
    case Operator::SemverGt:
    case Operator::SemverLt:
        return semverMatch(c, *value);
    default:
        return false;
    }
}

}  // namespace

bool holds(const Constraint& constraint, const FlagContext& context)
{
    if (constraint.op == Operator::Unknown) {
        return false;  // inverted or not: an operator we cannot read never lets anyone in
    }
    return evaluate(constraint, context) != constraint.inverted;
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

std::optional<Operator> parseOperator(std::string_view name)
{
    for (const auto& [op, text] : kOperatorNames) {
        if (text == name) {
            return op;
        }
    }
    return std::nullopt;
}

std::string_view nameOf(Operator op)
{
    for (const auto& [known, text] : kOperatorNames) {
        if (known == op) {
            return text;
        }
    }
    return "UNKNOWN";
}

bool addressMatches(std::string_view address, std::string_view entry)
{
    address = http::trimBlanks(address);
    entry = http::trimBlanks(entry);
    if (!address.empty() && address == entry) {
        return true;
    }
    const auto ip = IpAddress::parse(address);
    const auto block = IpBlock::parse(entry);
    return ip && block && block->contains(*ip);
}

}  // namespace sluice::engine::flags
