// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logs/FilePosition.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::logs {

// Follows a growing file by its path, in whole chunks (one read per chunk, never one per line), across log
// rotation, polled by its owner (each poll() costs a read and a stat or two; it never blocks).
//
// Rotation by rename + create: the path names another file. The old file is read to its end first; the new
// file is taken from its first byte once it holds data (a writer that has not reopened yet still writes the
// old one while the new is empty). A file that disappears is read to its end and waited for; when a file
// appears at the path again it is read from its first byte.
//
// Rotation by copy + truncate: the file is shorter than what was read, or the bytes just before the offset
// changed (truncated and written past the offset again between two polls). The copy is looked for at
// "<path>.1" (logrotate's name for it before compression): when it holds the bytes read so far, what was
// written to the file after the last poll and before the truncation is read from the copy, then the file
// again from its first byte. Without such a copy those lines are gone, as they are for every reader.
//
// Resuming: at the saved position when the file at the path is the saved one (device and inode) and at least
// that long; when the saved file was rotated away meanwhile and is found at "<path>.1", the rest of it first,
// then the file at the path from its first byte; otherwise the file at the path from its first byte.
class LogTail final {
public:
    static constexpr std::size_t kDefaultChunkBytes = 256 * 1024;

    explicit LogTail(std::string path, std::optional<FilePosition> resumeAt = std::nullopt,
                     std::size_t chunkBytes = kDefaultChunkBytes);
    ~LogTail();
    LogTail(const LogTail&) = delete;
    LogTail& operator=(const LogTail&) = delete;

    // The next chunk of new bytes; empty when there is nothing new now. Valid until the next poll().
    std::string_view poll();
    // What to persist: the file being read, its offset less the `pendingBytes` of an unfinished line that the
    // reader holds (the bytes after the last whole line used).
    FilePosition position(std::size_t pendingBytes) const;
    // The latest poll() moved on to another file or back to the start of a truncated one: an unfinished last
    // line of what was read before will never be completed, and ends there.
    bool rotatedSinceLastPoll() const { return m_rotated; }
    // Why the file cannot be read now, in a sentence naming it; empty while it is read (or waited for).
    std::string error() const { return m_error; }
    // The file is not there (yet): nothing is read until it appears.
    bool waitingForFile() const { return m_fd < 0; }
    // Bytes written and not read yet, as of the latest poll(): the file being read, and the file at the path
    // when that is another one.
    std::uint64_t bytesBehind() const { return m_behind; }
    const std::string& path() const { return m_path; }

private:
    struct Opened {
        int fd = -1;
        std::uint64_t device = 0;
        std::uint64_t inode = 0;
        std::uint64_t size = 0;
    };
    static std::optional<Opened> openFile(const std::string& path, std::string* error);
    void openAtPath();
    void switchTo(Opened opened, std::uint64_t offset, bool fromPath);
    void closeCurrent();
    // One read at the offset; empty at the end of the file (or on an error, then m_error says it).
    std::string_view readChunk();
    // At the end of the current file: whether to go on in another one (or from 0), and do so.
    bool moveOn();
    bool continueInCopy();
    // The bytes just before the offset are no longer those read there: truncated and written again meanwhile.
    bool rewritten() const;
    void startAgainAfterTruncation();
    void rememberTail(std::string_view chunk);
    void updateBehind();

    std::string m_path;
    std::optional<FilePosition> m_resumeAt;  // until the first open
    std::vector<char> m_buffer;
    std::string m_error;
    int m_fd = -1;
    std::uint64_t m_device = 0;
    std::uint64_t m_inode = 0;
    std::uint64_t m_offset = 0;
    bool m_fromPath = false;  // the current file was opened at the path (not a rotated copy of it)
    bool m_rotated = false;
    std::uint64_t m_behind = 0;
    std::string m_tail;  // the last bytes before m_offset, to recognise the copy of a truncated file
};

}  // namespace sluice::engine::logs
