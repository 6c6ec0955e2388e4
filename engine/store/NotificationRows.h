// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Notification.h"
#include "store/Statement.h"

#include <string>
#include <vector>

namespace sluice::engine::store {

// How a notification row (schema 8) is written and read back: shared by the store writer, which writes spilled
// notifications, and the delivery service, which writes accepted ones and claims spilled ones.

// The destinations column: JSON [[channel, address], ...].
std::string destinationsJson(const std::vector<Destination>& destinations);
// Unknown channels and malformed entries are skipped: a row written by a newer Sluice still delivers what it can.
std::vector<Destination> parseDestinations(const std::string& json);

// The attachments column (schema 11): JSON ["path", ...]. Entries that are not strings are skipped.
std::string attachmentsJson(const std::vector<std::string>& files);
std::vector<std::string> parseAttachments(const std::string& json);

// The INSERT of one notification row with its columns in this order: id, type, recipient, key, created_at,
// severity, title, body, spilled, dispatched, destinations, attachments. `conflict` ends the statement (an ON CONFLICT
// clause or nothing).
std::string insertNotificationSql(const char* verb, const char* conflict);
void bindNotification(Statement& insert, const Notification& notification, bool spilled, bool dispatched);

std::int64_t msOf(TimeNs at);
TimeNs nsOfMs(std::int64_t ms);

}  // namespace sluice::engine::store
