// SPDX-License-Identifier: Apache-2.0
#include "store/NotificationRows.h"

#include <nlohmann/json.hpp>

namespace sluice::engine::store {

std::string destinationsJson(const std::vector<Destination>& destinations)
{
    nlohmann::json array = nlohmann::json::array();
    for (const Destination& destination : destinations) {
        array.push_back(nlohmann::json::array({nameOf(destination.channel), destination.address}));
    }
    return array.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<Destination> parseDestinations(const std::string& json)
{
    std::vector<Destination> out;
    const nlohmann::json array = nlohmann::json::parse(json, nullptr, false);
    if (!array.is_array()) {
        return out;
    }
    for (const nlohmann::json& entry : array) {
        if (!entry.is_array() || entry.size() != 2 || !entry[0].is_string() || !entry[1].is_string()) {
            continue;
        }
        if (const auto channel = parseChannel(entry[0].get<std::string>())) {
            out.push_back(Destination{*channel, entry[1].get<std::string>()});
        }
    }
    return out;
}

std::string attachmentsJson(const std::vector<std::string>& files)
{
    return nlohmann::json(files).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> parseAttachments(const std::string& json)
{
    std::vector<std::string> out;
    const nlohmann::json array = nlohmann::json::parse(json, nullptr, false);
    if (array.is_array()) {
        for (const nlohmann::json& entry : array) {
            if (entry.is_string()) {
                out.push_back(entry.get<std::string>());
            }
        }
    }
    return out;
}

std::string insertNotificationSql(const char* verb, const char* conflict)
{
    return std::string(verb) +
           " INTO notifications (id, type, recipient, key, created_at, severity, title, body, spilled, dispatched, "
           "destinations, attachments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) " +
           conflict;
}

void bindNotification(Statement& insert, const Notification& notification, bool spilled, bool dispatched)
{
    insert.bind(1, static_cast<std::int64_t>(notification.id));
    insert.bind(2, nameOf(notification.type));
    insert.bind(3, notification.recipient);
    insert.bind(4, notification.key);
    insert.bind(5, msOf(notification.at));
    insert.bind(6, static_cast<std::int64_t>(notification.severity));
    insert.bind(7, notification.title);
    insert.bind(8, notification.body);
    insert.bind(9, static_cast<std::int64_t>(spilled ? 1 : 0));
    insert.bind(10, static_cast<std::int64_t>(dispatched ? 1 : 0));
    insert.bind(11, destinationsJson(notification.destinations));
    insert.bind(12, attachmentsJson(notification.attachments));
}

std::int64_t msOf(TimeNs at) { return at / kNsPerMs; }
TimeNs nsOfMs(std::int64_t ms) { return ms * kNsPerMs; }

}  // namespace sluice::engine::store
