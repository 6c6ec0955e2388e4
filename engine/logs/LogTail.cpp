// SPDX-License-Identifier: Apache-2.0
#include "logs/LogTail.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <utility>

namespace sluice::engine::logs {

namespace {
// Enough of the bytes before the offset to tell the copy of a truncated file from any other file there.
constexpr std::size_t kTailBytes = 64;
// A poll moves on at most this often (to the rest of a rotated file, its copy, the new file) before it gives up
// for now; each step either reads or finds nothing, so this only bounds a file changing under us in a loop.
constexpr int kMaxStepsPerPoll = 4;

std::string rotatedName(const std::string& path) { return path + ".1"; }

std::string systemError(const char* what, const std::string& path)
{
    return std::string(what) + " " + path + ": " + std::strerror(errno);
}

ssize_t readAt(int fd, char* into, std::size_t size, std::uint64_t offset)
{
    for (;;) {
        const ssize_t n = ::pread(fd, into, size, static_cast<off_t>(offset));
        if (n >= 0 || errno != EINTR) {
            return n;
        }
    }
}
}  // namespace

LogTail::LogTail(std::string path, std::optional<FilePosition> resumeAt, std::size_t chunkBytes)
    : m_path(std::move(path)), m_resumeAt(resumeAt), m_buffer(std::max<std::size_t>(chunkBytes, 1))
{
    m_tail.reserve(kTailBytes * 2);
}

LogTail::~LogTail() { closeCurrent(); }

std::optional<LogTail::Opened> LogTail::openFile(const std::string& path, std::string* error)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        // A missing file is waited for, not an error.
        if (error != nullptr) {
            *error = errno == ENOENT ? std::string() : systemError("Cannot open", path);
        }
        return std::nullopt;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (error != nullptr) {
            *error = S_ISDIR(st.st_mode) ? path + " is a folder, not a log file" : systemError("Cannot read", path);
        }
        ::close(fd);
        return std::nullopt;
    }
    return Opened{fd, static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino),
                  static_cast<std::uint64_t>(st.st_size)};
}

void LogTail::closeCurrent()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

void LogTail::switchTo(Opened opened, std::uint64_t offset, bool fromPath)
{
    closeCurrent();
    m_fd = opened.fd;
    m_device = opened.device;
    m_inode = opened.inode;
    m_offset = offset;
    m_fromPath = fromPath;
    m_tail.clear();
    if (offset > 0) {
        std::array<char, kTailBytes> bytes{};
        const std::size_t want = std::min<std::uint64_t>(kTailBytes, offset);
        const ssize_t n = readAt(m_fd, bytes.data(), want, offset - want);
        if (n > 0) {
            m_tail.assign(bytes.data(), static_cast<std::size_t>(n));
        }
    }
}

void LogTail::openAtPath()
{
    std::string error;
    std::optional<Opened> opened = openFile(m_path, &error);
    m_error = error;
    if (m_resumeAt) {
        const FilePosition saved = *m_resumeAt;
        m_resumeAt.reset();
        if (opened && opened->device == saved.device && opened->inode == saved.inode && opened->size >= saved.offset) {
            switchTo(*opened, saved.offset, true);
            return;
        }
        // Rotated while we were not running: finish the saved file first, if it is still where rotation puts it.
        if (std::optional<Opened> old = openFile(rotatedName(m_path), nullptr)) {
            if (old->device == saved.device && old->inode == saved.inode && old->size >= saved.offset) {
                if (opened) {
                    ::close(opened->fd);
                }
                switchTo(*old, saved.offset, false);
                return;
            }
            ::close(old->fd);
        }
    }
    if (!opened) {
        return;
    }
    m_rotated = m_device != 0 || m_inode != 0;  // a file was read before: this is another one
    switchTo(*opened, 0, true);
}

void LogTail::rememberTail(std::string_view chunk)
{
    if (chunk.size() >= kTailBytes) {
        m_tail.assign(chunk.substr(chunk.size() - kTailBytes));
        return;
    }
    m_tail.append(chunk);
    if (m_tail.size() > kTailBytes) {
        m_tail.erase(0, m_tail.size() - kTailBytes);
    }
}

std::string_view LogTail::readChunk()
{
    const ssize_t n = readAt(m_fd, m_buffer.data(), m_buffer.size(), m_offset);
    if (n < 0) {
        m_error = systemError("Cannot read", m_path);
        return {};
    }
    if (n == 0) {
        return {};
    }
    m_error.clear();
    m_offset += static_cast<std::uint64_t>(n);
    const std::string_view chunk(m_buffer.data(), static_cast<std::size_t>(n));
    rememberTail(chunk);
    return chunk;
}

bool LogTail::continueInCopy()
{
    if (m_offset == 0 || m_tail.empty()) {
        return false;
    }
    std::optional<Opened> copy = openFile(rotatedName(m_path), nullptr);
    if (!copy) {
        return false;
    }
    std::array<char, kTailBytes> bytes{};
    const bool isCopy = !(copy->device == m_device && copy->inode == m_inode) && copy->size >= m_offset &&
                        readAt(copy->fd, bytes.data(), m_tail.size(), m_offset - m_tail.size()) ==
                            static_cast<ssize_t>(m_tail.size()) &&
                        std::string_view(bytes.data(), m_tail.size()) == m_tail;
    if (!isCopy) {
        ::close(copy->fd);
        return false;
    }
    switchTo(*copy, m_offset, false);
    return true;
}

bool LogTail::rewritten() const
{
    if (m_tail.empty()) {
        return false;
    }
    std::array<char, kTailBytes> bytes{};
    const ssize_t n = readAt(m_fd, bytes.data(), m_tail.size(), m_offset - m_tail.size());
    return n >= 0 && std::string_view(bytes.data(), static_cast<std::size_t>(n)) != m_tail;
}

void LogTail::startAgainAfterTruncation()
{
    m_rotated = true;
    if (!continueInCopy()) {
        m_offset = 0;
        m_tail.clear();
    }
}

bool LogTail::moveOn()
{
    struct stat own {};
    if (m_fromPath && ::fstat(m_fd, &own) == 0 && static_cast<std::uint64_t>(own.st_size) < m_offset) {
        // Copy + truncate: the same file, shorter than what was read.
        startAgainAfterTruncation();
        return true;
    }
    struct stat atPath {};
    if (::stat(m_path.c_str(), &atPath) != 0) {
        return false;  // gone for now: keep what is open, in case more is written to it, and wait
    }
    const bool samePath =
        static_cast<std::uint64_t>(atPath.st_dev) == m_device && static_cast<std::uint64_t>(atPath.st_ino) == m_inode;
    if (samePath) {
        return false;
    }
    // An empty new file may not be written yet while the writer still appends to the old one. Once it holds
    // data the writer has moved on, so whatever it wrote to the old file is there by now: read that first.
    if (m_fromPath && atPath.st_size == 0) {
        return false;
    }
    if (::fstat(m_fd, &own) == 0 && static_cast<std::uint64_t>(own.st_size) > m_offset) {
        return true;
    }
    std::string error;
    std::optional<Opened> opened = openFile(m_path, &error);
    if (!opened) {
        m_error = error;
        return false;
    }
    m_rotated = true;
    switchTo(*opened, 0, true);
    return true;
}

void LogTail::updateBehind()
{
    struct stat own {};
    m_behind = 0;
    if (m_fd >= 0 && ::fstat(m_fd, &own) == 0 && static_cast<std::uint64_t>(own.st_size) > m_offset) {
        m_behind = static_cast<std::uint64_t>(own.st_size) - m_offset;
    }
}

std::string_view LogTail::poll()
{
    m_rotated = false;
    if (m_fd < 0) {
        openAtPath();
        if (m_fd < 0) {
            m_behind = 0;
            return {};
        }
    }
    // Truncated and written again past the offset before this poll: the bytes before the offset changed.
    if (m_fromPath && rewritten()) {
        startAgainAfterTruncation();
    }
    std::string_view chunk = readChunk();
    for (int step = 0; chunk.empty() && m_error.empty() && step < kMaxStepsPerPoll && moveOn(); ++step) {
        chunk = readChunk();
    }
    updateBehind();
    return chunk;
}

FilePosition LogTail::position(std::size_t pendingBytes) const
{
    return FilePosition{m_device, m_inode, m_offset - std::min<std::uint64_t>(pendingBytes, m_offset)};
}

}  // namespace sluice::engine::logs
