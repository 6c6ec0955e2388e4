// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/StoreTypes.h"

#include <optional>
#include <string>
#include <sys/types.h>

namespace sluice::engine::store {

// Keeps a second Sluice, in this process or another, off a database file while we write it. Keyed on the
// file itself (device and inode), not its name: a hard link or a symlink reaches the same lock. It is an
// flock() on a descriptor of the database file.
//
// That descriptor is never closed: closing any descriptor of a file drops every POSIX lock this process holds
// on it, and SQLite's connections rely on theirs. So descriptors stay open in a process-wide registry, one per
// file, and releasing the lock only unlocks (LOCK_UN) for the next acquire to reuse.
class FileIdentityLock final {
public:
    FileIdentityLock() = default;
    ~FileIdentityLock();
    FileIdentityLock(FileIdentityLock&& other) noexcept;
    FileIdentityLock& operator=(FileIdentityLock&& other) noexcept;
    FileIdentityLock(const FileIdentityLock&) = delete;
    FileIdentityLock& operator=(const FileIdentityLock&) = delete;

    // Creates an empty file at `path` when there is none, then locks it. InUse when another Sluice process,
    // or another Database of this one, holds the file under any name.
    static std::optional<StoreError> acquire(const std::string& path, FileIdentityLock& lock);

    bool held() const { return m_held; }
    bool createdFile() const { return m_created; }
    // Why the file cannot be opened for writing (errno: EACCES, EROFS, ...); 0 when it can.
    int writeError() const { return m_writeError; }
    void release();

private:
    dev_t m_device = 0;
    ino_t m_inode = 0;
    bool m_held = false;
    bool m_created = false;
    int m_writeError = 0;
};

}  // namespace sluice::engine::store
