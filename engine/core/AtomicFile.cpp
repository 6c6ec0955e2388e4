// SPDX-License-Identifier: Apache-2.0
#include "core/AtomicFile.h"

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <random>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sluice::engine {

namespace {

int closeChecked(int fd)
{
    // Linux closes the descriptor even when close() reports EINTR, so it is never retried.
    return ::close(fd);
}

std::string folderOf(const std::string& path)
{
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) {
        return ".";
    }
    return slash == 0 ? "/" : path.substr(0, slash);
}

// Follows a symbolic link to the file it names, so a link stays a link and its target gets the new bytes.
std::string resolved(const std::string& path)
{
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) {
        return path;
    }
    char buffer[PATH_MAX];
    if (::realpath(path.c_str(), buffer) != nullptr) {
        return buffer;
    }
    return path;  // a dangling link: written as a new file in its place
}

std::string temporaryName(const std::string& target)
{
    static std::atomic<unsigned> counter{0};
    thread_local std::mt19937 random{std::random_device{}()};
    const std::size_t slash = target.rfind('/');
    const std::string name = slash == std::string::npos ? target : target.substr(slash + 1);
    const std::string folder = slash == std::string::npos ? std::string() : target.substr(0, slash + 1);
    return folder + "." + name + "." + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
           std::to_string(random() % 1000000) + ".part";
}

void syncFolder(const std::string& folder)
{
    // Makes the rename itself durable. Some file systems refuse to sync a folder; the data is synced anyway.
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        closeChecked(fd);
    }
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : m_path(resolved(path)) {}

AtomicFile::~AtomicFile()
{
    if (!m_committed) {
        discard();
    }
}

bool AtomicFile::fail(const char* step, int code)
{
    m_failed = true;
    m_error = std::string(std::strerror(code));
    if (step != nullptr && *step != '\0') {
        m_error += std::string(" (") + step + ")";
    }
    return false;
}

bool AtomicFile::open()
{
    struct stat st {};
    const bool exists = ::stat(m_path.c_str(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) {
        return fail("", EISDIR);
    }
    if (exists && !S_ISREG(st.st_mode)) {
        // A terminal, a pipe or a device: nothing to rename over, so write in place.
        m_fd = ::open(m_path.c_str(), O_WRONLY | O_CLOEXEC);
        return m_fd >= 0 || fail("", errno);
    }
    // The new file gets the old one's permissions, or the usual ones (0666 less the umask) for a new file.
    const mode_t mode = exists ? (st.st_mode & 07777) : 0666;
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string temp = temporaryName(m_path);
        m_fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (m_fd >= 0) {
            m_temp = std::move(temp);
            if (exists) {
                ::fchmod(m_fd, mode);  // the umask may have taken bits the old file had
            }
            return true;
        }
        if (errno != EEXIST) {
            return fail("", errno);
        }
    }
    return fail("", EEXIST);
}

bool AtomicFile::write(std::string_view bytes)
{
    if (m_failed) {
        return false;
    }
    if (m_fd < 0) {
        return fail("", EBADF);
    }
    while (!bytes.empty()) {
        const ssize_t n = ::write(m_fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return fail("", errno);
        }
        if (n == 0) {
            return fail("", EIO);
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

bool AtomicFile::commit()
{
    if (m_failed || m_fd < 0) {
        if (!m_failed) {
            fail("", EBADF);
        }
        discard();
        return false;
    }
    if (m_temp.empty()) {
        const int fd = std::exchange(m_fd, -1);
        if (closeChecked(fd) != 0 && errno != EINTR) {
            return fail("", errno);
        }
        m_committed = true;
        return true;
    }
    // fsync reports what a delayed write could not store (ENOSPC, EIO on NFS and some file systems), so its
    // failure is a failed write, and the target is left alone.
    if (::fsync(m_fd) != 0 && errno != EINVAL) {
        const int code = errno;
        discard();
        return fail("", code);
    }
    const int fd = std::exchange(m_fd, -1);
    if (closeChecked(fd) != 0 && errno != EINTR) {
        const int code = errno;
        discard();
        return fail("", code);
    }
    if (::rename(m_temp.c_str(), m_path.c_str()) != 0) {
        const int code = errno;
        discard();
        return fail("", code);
    }
    m_temp.clear();
    m_committed = true;
    syncFolder(folderOf(m_path));
    return true;
}

void AtomicFile::discard()
{
    if (m_fd >= 0) {
        closeChecked(std::exchange(m_fd, -1));
    }
    if (!m_temp.empty()) {
        ::unlink(m_temp.c_str());
        m_temp.clear();
    }
}

std::optional<std::string> writeFileAtomically(const std::string& path, std::string_view bytes)
{
    AtomicFile file(path);
    if (file.open() && file.write(bytes) && file.commit()) {
        return std::nullopt;
    }
    return file.error();
}

}  // namespace sluice::engine
