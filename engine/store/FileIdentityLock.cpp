// SPDX-License-Identifier: Apache-2.0
#include "store/FileIdentityLock.h"

#include <cerrno>
#include <cstring>
#include <map>
#include <mutex>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sluice::engine::store {

namespace {

struct Entry {
    int fd = -1;
    bool held = false;
    int writeError = 0;  // errno of opening the file for writing; 0 when `fd` is open for writing
};

struct Registry {
    std::mutex mutex;
    std::map<std::pair<dev_t, ino_t>, Entry> files;
    std::vector<int> retired;  // descriptors replaced by writable ones: kept open for the same reason
};

Registry& registry()
{
    // Never destroyed: a Database may still release its lock while statics are torn down.
    static auto* instance = new Registry;
    return *instance;
}

int openNoIntr(const char* path, int flags, mode_t mode = 0)
{
    int fd = -1;
    do {
        fd = ::open(path, flags | O_CLOEXEC, mode);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

// Opens for writing where that is allowed, else for reading, and says why writing is not. The real open is
// the test: access() ignores a read-only mode for root, and sees no read-only bind mount or policy.
int openProbingWrite(const char* path, int& writeError)
{
    int fd = openNoIntr(path, O_RDWR);
    writeError = fd >= 0 ? 0 : errno;
    if (fd < 0 && (writeError == EACCES || writeError == EROFS || writeError == EPERM || writeError == ETXTBSY)) {
        fd = openNoIntr(path, O_RDONLY);
    }
    return fd;
}

StoreError ioError(const std::string& path, const char* action)
{
    return {StoreError::Code::Io, std::string("Cannot ") + action + " database " + path + ": " + std::strerror(errno),
            std::strerror(errno)};
}

StoreError inUse(const std::string& path)
{
    return {StoreError::Code::InUse, "Database " + path + " is in use by another Sluice process", {}};
}

}  // namespace

std::optional<StoreError> FileIdentityLock::acquire(const std::string& path, FileIdentityLock& lock)
{
    lock.release();
    lock.m_created = false;
    // A descriptor we opened but may not close (see the class comment) until we know the file is new to us.
    int fd = -1;
    int writeError = 0;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        if (errno != ENOENT) {
            return ioError(path, "read");
        }
        fd = openNoIntr(path.c_str(), O_RDWR | O_CREAT | O_EXCL, 0644);
        if (fd < 0 && errno == EEXIST) {
            fd = openProbingWrite(path.c_str(), writeError);  // someone created it meanwhile
        } else {
            lock.m_created = fd >= 0;
        }
        if (fd < 0 || ::fstat(fd, &st) != 0) {
            return ioError(path, "create");
        }
    }
    Registry& r = registry();
    std::lock_guard guard(r.mutex);
    auto it = r.files.find({st.st_dev, st.st_ino});
    if (it == r.files.end()) {
        if (fd < 0) {
            fd = openProbingWrite(path.c_str(), writeError);
            if (fd < 0) {
                return ioError(path, "open");
            }
            struct stat opened {};
            if (::fstat(fd, &opened) != 0) {
                return ioError(path, "open");
            }
            st = opened;  // the file may have been replaced between stat() and open(): lock what we opened
        }
        it = r.files.find({st.st_dev, st.st_ino});
        if (it == r.files.end()) {
            it = r.files.emplace(std::pair{st.st_dev, st.st_ino}, Entry{fd, false, writeError}).first;
        } else {
            r.retired.push_back(fd);  // stays open unused: closing it could drop SQLite's locks on that file
        }
    }
    Entry& entry = it->second;
    if (entry.held) {
        return inUse(path);
    }
    if (entry.writeError != 0) {
        // Its mode may have been fixed since: a descriptor that can write replaces the old one, which stays open.
        const int writable = openNoIntr(path.c_str(), O_RDWR);
        const int error = writable >= 0 ? 0 : errno;
        if (writable >= 0) {
            r.retired.push_back(std::exchange(entry.fd, writable));
        }
        entry.writeError = error;
    }
    int rc = 0;
    do {
        rc = ::flock(entry.fd, LOCK_EX | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        if (errno == EWOULDBLOCK) {
            return inUse(path);
        }
        return ioError(path, "lock");
    }
    entry.held = true;
    lock.m_writeError = entry.writeError;
    lock.m_device = st.st_dev;
    lock.m_inode = st.st_ino;
    lock.m_held = true;
    return std::nullopt;
}

void FileIdentityLock::release()
{
    if (!m_held) {
        return;
    }
    Registry& r = registry();
    std::lock_guard guard(r.mutex);
    if (auto it = r.files.find({m_device, m_inode}); it != r.files.end()) {
        ::flock(it->second.fd, LOCK_UN);
        it->second.held = false;
    }
    m_held = false;
}

FileIdentityLock::~FileIdentityLock() { release(); }

FileIdentityLock::FileIdentityLock(FileIdentityLock&& other) noexcept
    : m_device(other.m_device), m_inode(other.m_inode), m_held(std::exchange(other.m_held, false)),
      m_created(other.m_created), m_writeError(other.m_writeError)
{
}

FileIdentityLock& FileIdentityLock::operator=(FileIdentityLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_device = other.m_device;
        m_inode = other.m_inode;
        m_held = std::exchange(other.m_held, false);
        m_created = other.m_created;
        m_writeError = other.m_writeError;
    }
    return *this;
}

}  // namespace sluice::engine::store
