// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/FleetView.h"

#include <memory>
#include <string>

namespace sluice::engine::store {
class Database;
}

namespace sluice::engine::notify {

// What the ops team's inbox holds, for the summary an engine tells its fleet: the newest notifications and how many
// are unread. It reads the engine's database beside its writer (WAL) on a read-only connection of its own, opened
// at the first glance and again after one that failed. One thread (the roster's).
class InboxGlance final {
public:
    explicit InboxGlance(std::string databasePath);
    ~InboxGlance();
    InboxGlance(const InboxGlance&) = delete;
    InboxGlance& operator=(const InboxGlance&) = delete;

    // Fills `summary`'s inbox and unread count; false, leaving them empty, when the database cannot be read now. The
    // newest are looked for among the newest 5,000 notifications of any recipient. A notification whose texts are not
    // UTF-8, or whose times a reader would not take, is left out; a key, title or actor is cut to 255 bytes and a
    // body to EngineSummary::kNoteBody.
    bool fill(EngineSummary& summary);

private:
    std::string m_path;
    std::unique_ptr<store::Database> m_db;
};

}  // namespace sluice::engine::notify
