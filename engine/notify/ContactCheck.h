// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/NotifyConfig.h"

#include <optional>
#include <string>

namespace sluice::engine::notify {

// What is wrong with a contact, and in which of its fields (1 key, 2 email, 3 phone, 4 webhook; 0 the whole).
struct ContactProblem {
    int column = 0;
    std::string reason;
};

// The one rule for key owners' contacts, applied to a file's records and to the engine's commands alike: a
// usable key (core/TextCheck), and at least one of an email address, a phone number and an http(s) URL, each
// a single line of bounded length in its own form.
std::optional<ContactProblem> checkContact(const NotifyContact& contact);
// A recipient of preferences: the ops team or a usable key; the reason when not.
std::optional<std::string> checkRecipient(const std::string& recipient);

}  // namespace sluice::engine::notify
