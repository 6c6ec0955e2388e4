// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::logs {

// Reads a whole access log, plain or gzip-compressed (zlib reads a plain file through the same calls), in
// chunks of 256 KiB: the replay's reader. A chunk may end inside a line; a LineSplitter joins them.
class LogFileReader final {
public:
    static constexpr std::size_t kChunkBytes = std::size_t{256} << 10;

    // Nullptr with `error` (a sentence naming the file) when it cannot be opened or is a directory.
    static std::unique_ptr<LogFileReader> open(const std::string& path, std::string& error);
    ~LogFileReader();
    LogFileReader(const LogFileReader&) = delete;
    LogFileReader& operator=(const LogFileReader&) = delete;

    // The next chunk; valid until the next call. Empty at the end or on an error (then error() says which).
    std::string_view read();
    std::string error() const { return m_error; }
    // Bytes handed out so far (uncompressed).
    std::uint64_t bytesRead() const { return m_bytesRead; }
    // The file's size on disk (compressed for a .gz), for progress.
    std::uint64_t totalBytes() const { return m_totalBytes; }
    // 0..1: how much of the file on disk has been consumed.
    double progress() const;

private:
    LogFileReader() = default;

    void* m_file = nullptr;  // gzFile
    std::string m_path;
    std::vector<char> m_buffer;
    std::string m_error;
    std::uint64_t m_bytesRead = 0;
    std::uint64_t m_totalBytes = 0;
    bool m_ended = false;
};

}  // namespace sluice::engine::logs
