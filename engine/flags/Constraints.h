// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "flags/FlagContext.h"
#include "flags/FlagModel.h"

#include <span>
#include <string_view>

namespace sluice::engine::flags {

// Unleash's constraint semantics: a field missing from the context (or empty) fails every operator but NOT_IN,
// which holds (the client specification's rule), before `inverted` is applied; an Unknown operator never holds;
// `caseInsensitive` applies to IN/NOT_IN and STR_*; NUM_* compare as numbers, DATE_* as RFC 3339 instants, SEMVER_* by
// Semantic Versioning 2.0.0 precedence. An unparsable value fails.
bool holds(const Constraint& constraint, const FlagContext& context);
bool allHold(std::span<const Constraint> constraints, const FlagContext& context);

std::optional<Operator> parseOperator(std::string_view name);
std::string_view nameOf(Operator op);

// RFC 3339 (as Unleash writes dates: "2024-01-31T12:00:00.000Z", offsets allowed) to Unix ns; nullopt when not.
std::optional<TimeNs> parseInstant(std::string_view text);

// Whether `address` (IPv4 or IPv6) equals `entry` or lies in it when `entry` is a CIDR block.
bool addressMatches(std::string_view address, std::string_view entry);

}  // namespace sluice::engine::flags
