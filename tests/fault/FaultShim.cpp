// SPDX-License-Identifier: Apache-2.0
// A fault injector for child processes, loaded with LD_PRELOAD. It stands in front of the C library's file
// calls and makes them fail the way a full disk or a read-only mount does, for the paths named in the
// environment only; everything else goes straight through to the real function (dlsym(RTLD_NEXT)).
//
//   SLUICE_FAULT_FULL=<path>[:<path>...]   writes, growth and syncs of files at or under a path fail with
//                                          ENOSPC
//   SLUICE_FAULT_FULL_AFTER=<bytes>        ... after this many bytes went through (default 0), so a write
//                                          that crosses the limit is cut short, as on a real disk
//   SLUICE_FAULT_READONLY=<path>[:...]     opening for writing, creating, renaming, linking, removing and
//                                          truncating at or under a path fail with EROFS
//   SLUICE_FAULT_VERBOSE=1                 one line on stderr per injected fault
//
// Only calls that go through the dynamic linker are seen: Qt's and SQLite's file I/O are; stdio's internal
// writes are not. Built without sanitizers so that it loads into any process.

// The shim defines the functions that fortified headers would wrap inline.
#undef _FORTIFY_SOURCE

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include <vector>

namespace {

struct Settings {
    std::vector<std::string> full;
    std::vector<std::string> readOnly;
    bool verbose = false;
};

// Makes `path` absolute and lexically normal ("a/./b/../c" -> "/.../a/c"), then resolves symbolic links in
// its folder (the file itself may not exist yet).
std::string normalize(const std::string& base, const char* path)
{
    std::string joined = path[0] == '/' ? std::string(path) : base + "/" + path;
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= joined.size()) {
        const std::size_t slash = joined.find('/', start);
        const std::size_t end = slash == std::string::npos ? joined.size() : slash;
        const std::string part = joined.substr(start, end - start);
        if (part == "..") {
            if (!parts.empty()) {
                parts.pop_back();
            }
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    std::string folder;
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
        folder += "/" + parts[i];
    }
    const std::string name = parts.empty() ? std::string() : parts.back();
    char resolved[PATH_MAX];
    if (::realpath(folder.empty() ? "/" : folder.c_str(), resolved) != nullptr) {
        folder = std::strcmp(resolved, "/") == 0 ? std::string() : std::string(resolved);
    }
    return name.empty() ? (folder.empty() ? std::string("/") : folder) : folder + "/" + name;
}

std::string currentDirectory()
{
    char buffer[PATH_MAX];
    return ::getcwd(buffer, sizeof buffer) != nullptr ? std::string(buffer) : std::string("/");
}

std::string fdPath(int fd)
{
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[PATH_MAX];
    const ssize_t n = ::readlink(link, target, sizeof target - 1);
    return n > 0 ? std::string(target, static_cast<std::size_t>(n)) : std::string();
}

std::vector<std::string> pathList(const char* variable)
{
    std::vector<std::string> out;
    const char* value = std::getenv(variable);
    if (value == nullptr) {
        return out;
    }
    const std::string text(value);
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t colon = text.find(':', start);
        const std::size_t end = colon == std::string::npos ? text.size() : colon;
        if (end > start) {
            const std::string item = text.substr(start, end - start);
            char resolved[PATH_MAX];
            out.push_back(::realpath(item.c_str(), resolved) != nullptr ? std::string(resolved)
                                                                        : normalize(currentDirectory(), item.c_str()));
        }
        start = end + 1;
    }
    return out;
}

// Bytes a full disk still takes; shared by every file under a full path, as free space is.
std::atomic<std::int64_t> g_freeBytes{0};

const Settings& settings()
{
    static const Settings s = [] {
        Settings r;
        r.full = pathList("SLUICE_FAULT_FULL");
        r.readOnly = pathList("SLUICE_FAULT_READONLY");
        r.verbose = std::getenv("SLUICE_FAULT_VERBOSE") != nullptr;
        if (const char* after = std::getenv("SLUICE_FAULT_FULL_AFTER")) {
            g_freeBytes = std::strtoll(after, nullptr, 10);
        }
        return r;
    }();
    return s;
}

bool under(const std::vector<std::string>& roots, const std::string& path)
{
    for (const std::string& root : roots) {
        if (path.compare(0, root.size(), root) == 0 &&
            (path.size() == root.size() || path[root.size()] == '/' || root == "/")) {
            return true;
        }
    }
    return false;
}

template <typename F>
F real(const char* name)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

void report(const char* call, const std::string& path, int error)
{
    if (!settings().verbose) {
        return;
    }
    char line[PATH_MAX + 128];
    const int n = std::snprintf(line, sizeof line, "[fault] %s %s: %s\n", call, path.c_str(), std::strerror(error));
    static const auto writeFn = real<ssize_t (*)(int, const void*, size_t)>("write");
    if (n > 0 && writeFn != nullptr) {
        writeFn(2, line, static_cast<size_t>(n) < sizeof line ? static_cast<size_t>(n) : sizeof line - 1);
    }
}

// The full-disk path of a regular file open as `fd`, or empty when the fd is not under a full path.
std::string fullFile(int fd)
{
    const Settings& s = settings();
    if (s.full.empty()) {
        return {};
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        return {};
    }
    std::string path = fdPath(fd);
    return under(s.full, path) ? path : std::string();
}

// How many of `wanted` bytes the full disk still takes (all of them outside a full path); 0 means ENOSPC.
std::size_t allowance(int fd, std::size_t wanted, const char* call)
{
    const std::string path = fullFile(fd);
    if (path.empty() || wanted == 0) {
        return wanted;
    }
    std::int64_t free = g_freeBytes.load();
    std::size_t take = 0;
    do {
        take =
            free <= 0 ? 0 : static_cast<std::size_t>(std::min<std::int64_t>(free, static_cast<std::int64_t>(wanted)));
    } while (take > 0 && !g_freeBytes.compare_exchange_weak(free, free - static_cast<std::int64_t>(take)));
    if (take == 0) {
        report(call, path, ENOSPC);
    }
    return take;
}

void refund(std::size_t granted, ssize_t written)
{
    if (written >= 0 && static_cast<std::size_t>(written) < granted) {
        g_freeBytes += static_cast<std::int64_t>(granted - static_cast<std::size_t>(written));
    }
}

// Whether a file at or under a full path may grow by `bytes`.
bool mayGrow(int fd, std::int64_t bytes, const char* call)
{
    if (bytes <= 0) {
        return true;
    }
    const std::string path = fullFile(fd);
    if (path.empty()) {
        return true;
    }
    std::int64_t free = g_freeBytes.load();
    do {
        if (free < bytes) {
            report(call, path, ENOSPC);
            return false;
        }
    } while (!g_freeBytes.compare_exchange_weak(free, free - bytes));
    return true;
}

std::int64_t growthOf(int fd, std::int64_t newEnd)
{
    struct stat st {};
    return ::fstat(fd, &st) == 0 ? newEnd - static_cast<std::int64_t>(st.st_size) : 0;
}

// Whether a sync of `fd` must fail: the disk is full and the file is under a full path.
bool syncFails(int fd, const char* call)
{
    const std::string path = fullFile(fd);
    if (path.empty() || g_freeBytes.load() > 0) {
        return false;
    }
    report(call, path, ENOSPC);
    return true;
}

std::string atPath(int dirfd, const char* path)
{
    if (path == nullptr) {
        return {};
    }
    const std::string base = path[0] == '/' || dirfd == AT_FDCWD ? currentDirectory() : fdPath(dirfd);
    return normalize(base, path);
}

// Whether a change at `path` (relative to `dirfd`) must fail as on a read-only mount.
bool readOnly(int dirfd, const char* path, const char* call)
{
    const Settings& s = settings();
    if (s.readOnly.empty() || path == nullptr) {
        return false;
    }
    const std::string full = atPath(dirfd, path);
    if (!under(s.readOnly, full)) {
        return false;
    }
    report(call, full, EROFS);
    return true;
}

bool opensForWriting(int flags) { return (flags & O_ACCMODE) != O_RDONLY || (flags & (O_CREAT | O_TRUNC)) != 0; }

bool fopenWrites(const char* mode)
{
    return mode != nullptr && (std::strchr(mode, 'w') != nullptr || std::strchr(mode, 'a') != nullptr ||
                               std::strchr(mode, '+') != nullptr);
}

int fail(int error)
{
    errno = error;
    return -1;
}

std::size_t totalOf(const struct iovec* iov, int count)
{
    std::size_t total = 0;
    for (int i = 0; i < count; ++i) {
        total += iov[i].iov_len;
    }
    return total;
}

// The first `bytes` of a vector write, for a write that a full disk cuts short.
std::vector<struct iovec> trimmed(const struct iovec* iov, int count, std::size_t bytes)
{
    std::vector<struct iovec> out;
    for (int i = 0; i < count && bytes > 0; ++i) {
        struct iovec part = iov[i];
        part.iov_len = std::min(part.iov_len, bytes);
        bytes -= part.iov_len;
        out.push_back(part);
    }
    return out;
}

// Runs a vector write through the full disk: all of it, the part that fits, or ENOSPC.
template <typename Next>
ssize_t writeVector(const char* call, int fd, const struct iovec* iov, int count, Next next)
{
    const std::size_t wanted = iov == nullptr || count <= 0 ? 0 : totalOf(iov, count);
    const std::size_t granted = allowance(fd, wanted, call);
    if (wanted > 0 && granted == 0) {
        return fail(ENOSPC);
    }
    ssize_t written = 0;
    if (granted == wanted) {
        written = next(iov, count);
    } else {
        const std::vector<struct iovec> part = trimmed(iov, count, granted);
        written = next(part.data(), static_cast<int>(part.size()));
    }
    refund(granted, written);
    return written;
}

template <typename Next>
ssize_t writeBytes(const char* call, int fd, std::size_t count, Next next)
{
    const std::size_t granted = allowance(fd, count, call);
    if (count > 0 && granted == 0) {
        return fail(ENOSPC);
    }
    const ssize_t written = next(granted);
    refund(granted, written);
    return written;
}

mode_t modeArgument(int flags, va_list args)
{
    return (flags & O_CREAT) != 0 || (flags & O_TMPFILE) == O_TMPFILE ? static_cast<mode_t>(va_arg(args, int)) : 0;
}

}  // namespace

// ---- the interposed functions ----

extern "C" {

ssize_t write(int fd, const void* buf, size_t count)
{
    static const auto next = real<ssize_t (*)(int, const void*, size_t)>("write");
    return writeBytes("write", fd, count, [&](size_t n) { return next(fd, buf, n); });
}

ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset)
{
    static const auto next = real<ssize_t (*)(int, const void*, size_t, off_t)>("pwrite");
    return writeBytes("pwrite", fd, count, [&](size_t n) { return next(fd, buf, n, offset); });
}

ssize_t pwrite64(int fd, const void* buf, size_t count, off64_t offset)
{
    static const auto next = real<ssize_t (*)(int, const void*, size_t, off64_t)>("pwrite64");
    return writeBytes("pwrite64", fd, count, [&](size_t n) { return next(fd, buf, n, offset); });
}

ssize_t writev(int fd, const struct iovec* iov, int count)
{
    static const auto next = real<ssize_t (*)(int, const struct iovec*, int)>("writev");
    return writeVector("writev", fd, iov, count, [&](const struct iovec* v, int c) { return next(fd, v, c); });
}

ssize_t pwritev(int fd, const struct iovec* iov, int count, off_t offset)
{
    static const auto next = real<ssize_t (*)(int, const struct iovec*, int, off_t)>("pwritev");
    return writeVector("pwritev", fd, iov, count, [&](const struct iovec* v, int c) { return next(fd, v, c, offset); });
}

ssize_t pwritev64(int fd, const struct iovec* iov, int count, off64_t offset)
{
    static const auto next = real<ssize_t (*)(int, const struct iovec*, int, off64_t)>("pwritev64");
    return writeVector("pwritev64", fd, iov, count,
                       [&](const struct iovec* v, int c) { return next(fd, v, c, offset); });
}

ssize_t pwritev2(int fd, const struct iovec* iov, int count, off_t offset, int flags)
{
    static const auto next = real<ssize_t (*)(int, const struct iovec*, int, off_t, int)>("pwritev2");
    return writeVector("pwritev2", fd, iov, count,
                       [&](const struct iovec* v, int c) { return next(fd, v, c, offset, flags); });
}

int fallocate(int fd, int mode, off_t offset, off_t len)
{
    static const auto next = real<int (*)(int, int, off_t, off_t)>("fallocate");
    return mayGrow(fd, growthOf(fd, offset + len), "fallocate") ? next(fd, mode, offset, len) : fail(ENOSPC);
}

int fallocate64(int fd, int mode, off64_t offset, off64_t len)
{
    static const auto next = real<int (*)(int, int, off64_t, off64_t)>("fallocate64");
    return mayGrow(fd, growthOf(fd, offset + len), "fallocate64") ? next(fd, mode, offset, len) : fail(ENOSPC);
}

int posix_fallocate(int fd, off_t offset, off_t len)
{
    static const auto next = real<int (*)(int, off_t, off_t)>("posix_fallocate");
    return mayGrow(fd, growthOf(fd, offset + len), "posix_fallocate") ? next(fd, offset, len) : ENOSPC;
}

int posix_fallocate64(int fd, off64_t offset, off64_t len)
{
    static const auto next = real<int (*)(int, off64_t, off64_t)>("posix_fallocate64");
    return mayGrow(fd, growthOf(fd, offset + len), "posix_fallocate64") ? next(fd, offset, len) : ENOSPC;
}

int ftruncate(int fd, off_t length) __THROW
{
    static const auto next = real<int (*)(int, off_t)>("ftruncate");
    return mayGrow(fd, growthOf(fd, length), "ftruncate") ? next(fd, length) : fail(ENOSPC);
}

int ftruncate64(int fd, off64_t length) __THROW
{
    static const auto next = real<int (*)(int, off64_t)>("ftruncate64");
    return mayGrow(fd, growthOf(fd, length), "ftruncate64") ? next(fd, length) : fail(ENOSPC);
}

int fsync(int fd)
{
    static const auto next = real<int (*)(int)>("fsync");
    return syncFails(fd, "fsync") ? fail(ENOSPC) : next(fd);
}

int fdatasync(int fd)
{
    static const auto next = real<int (*)(int)>("fdatasync");
    return syncFails(fd, "fdatasync") ? fail(ENOSPC) : next(fd);
}

int open(const char* path, int flags, ...)
{
    static const auto next = real<int (*)(const char*, int, ...)>("open");
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeArgument(flags, args);
    va_end(args);
    return opensForWriting(flags) && readOnly(AT_FDCWD, path, "open") ? fail(EROFS) : next(path, flags, mode);
}

int open64(const char* path, int flags, ...)
{
    static const auto next = real<int (*)(const char*, int, ...)>("open64");
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeArgument(flags, args);
    va_end(args);
    return opensForWriting(flags) && readOnly(AT_FDCWD, path, "open64") ? fail(EROFS) : next(path, flags, mode);
}

int openat(int dirfd, const char* path, int flags, ...)
{
    static const auto next = real<int (*)(int, const char*, int, ...)>("openat");
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeArgument(flags, args);
    va_end(args);
    return opensForWriting(flags) && readOnly(dirfd, path, "openat") ? fail(EROFS) : next(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char* path, int flags, ...)
{
    static const auto next = real<int (*)(int, const char*, int, ...)>("openat64");
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeArgument(flags, args);
    va_end(args);
    return opensForWriting(flags) && readOnly(dirfd, path, "openat64") ? fail(EROFS) : next(dirfd, path, flags, mode);
}

// The fortified variants that callers built with _FORTIFY_SOURCE reach when the mode is left out.
int __open_2(const char* path, int flags)
{
    static const auto next = real<int (*)(const char*, int)>("__open_2");
    return opensForWriting(flags) && readOnly(AT_FDCWD, path, "open") ? fail(EROFS) : next(path, flags);
}

int __open64_2(const char* path, int flags)
{
    static const auto next = real<int (*)(const char*, int)>("__open64_2");
    return opensForWriting(flags) && readOnly(AT_FDCWD, path, "open64") ? fail(EROFS) : next(path, flags);
}

int __openat_2(int dirfd, const char* path, int flags)
{
    static const auto next = real<int (*)(int, const char*, int)>("__openat_2");
    return opensForWriting(flags) && readOnly(dirfd, path, "openat") ? fail(EROFS) : next(dirfd, path, flags);
}

int creat(const char* path, mode_t mode)
{
    static const auto next = real<int (*)(const char*, mode_t)>("creat");
    return readOnly(AT_FDCWD, path, "creat") ? fail(EROFS) : next(path, mode);
}

int creat64(const char* path, mode_t mode)
{
    static const auto next = real<int (*)(const char*, mode_t)>("creat64");
    return readOnly(AT_FDCWD, path, "creat64") ? fail(EROFS) : next(path, mode);
}

FILE* fopen(const char* path, const char* mode)
{
    static const auto next = real<FILE* (*)(const char*, const char*)>("fopen");
    if (fopenWrites(mode) && readOnly(AT_FDCWD, path, "fopen")) {
        errno = EROFS;
        return nullptr;
    }
    return next(path, mode);
}

FILE* fopen64(const char* path, const char* mode)
{
    static const auto next = real<FILE* (*)(const char*, const char*)>("fopen64");
    if (fopenWrites(mode) && readOnly(AT_FDCWD, path, "fopen64")) {
        errno = EROFS;
        return nullptr;
    }
    return next(path, mode);
}

int rename(const char* from, const char* to) __THROW
{
    static const auto next = real<int (*)(const char*, const char*)>("rename");
    return readOnly(AT_FDCWD, from, "rename") || readOnly(AT_FDCWD, to, "rename") ? fail(EROFS) : next(from, to);
}

int renameat(int fromDir, const char* from, int toDir, const char* to) __THROW
{
    static const auto next = real<int (*)(int, const char*, int, const char*)>("renameat");
    return readOnly(fromDir, from, "renameat") || readOnly(toDir, to, "renameat") ? fail(EROFS)
                                                                                  : next(fromDir, from, toDir, to);
}

int renameat2(int fromDir, const char* from, int toDir, const char* to, unsigned int flags) __THROW
{
    static const auto next = real<int (*)(int, const char*, int, const char*, unsigned int)>("renameat2");
    return readOnly(fromDir, from, "renameat2") || readOnly(toDir, to, "renameat2")
               ? fail(EROFS)
               : next(fromDir, from, toDir, to, flags);
}

int link(const char* from, const char* to) __THROW
{
    static const auto next = real<int (*)(const char*, const char*)>("link");
    return readOnly(AT_FDCWD, to, "link") ? fail(EROFS) : next(from, to);
}

int linkat(int fromDir, const char* from, int toDir, const char* to, int flags) __THROW
{
    static const auto next = real<int (*)(int, const char*, int, const char*, int)>("linkat");
    return readOnly(toDir, to, "linkat") ? fail(EROFS) : next(fromDir, from, toDir, to, flags);
}

int unlink(const char* path) __THROW
{
    static const auto next = real<int (*)(const char*)>("unlink");
    return readOnly(AT_FDCWD, path, "unlink") ? fail(EROFS) : next(path);
}

int unlinkat(int dirfd, const char* path, int flags) __THROW
{
    static const auto next = real<int (*)(int, const char*, int)>("unlinkat");
    return readOnly(dirfd, path, "unlinkat") ? fail(EROFS) : next(dirfd, path, flags);
}

int rmdir(const char* path) __THROW
{
    static const auto next = real<int (*)(const char*)>("rmdir");
    return readOnly(AT_FDCWD, path, "rmdir") ? fail(EROFS) : next(path);
}

int mkdir(const char* path, mode_t mode) __THROW
{
    static const auto next = real<int (*)(const char*, mode_t)>("mkdir");
    return readOnly(AT_FDCWD, path, "mkdir") ? fail(EROFS) : next(path, mode);
}

int mkdirat(int dirfd, const char* path, mode_t mode) __THROW
{
    static const auto next = real<int (*)(int, const char*, mode_t)>("mkdirat");
    return readOnly(dirfd, path, "mkdirat") ? fail(EROFS) : next(dirfd, path, mode);
}

int truncate(const char* path, off_t length) __THROW
{
    static const auto next = real<int (*)(const char*, off_t)>("truncate");
    return readOnly(AT_FDCWD, path, "truncate") ? fail(EROFS) : next(path, length);
}

int truncate64(const char* path, off64_t length) __THROW
{
    static const auto next = real<int (*)(const char*, off64_t)>("truncate64");
    return readOnly(AT_FDCWD, path, "truncate64") ? fail(EROFS) : next(path, length);
}

}  // extern "C"
