// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::logs {

// Reads a log file once from start to end, in chunks of 256 KiB: plain, or gzip-compressed (told by its
// content, not its name). The replay's reader.
class LogFileReader final {
public:
    static constexpr std::size_t kChunkBytes = 256 * 1024;

    // Nullptr with `error` naming the file when it cannot be opened.
    static std::unique_ptr<LogFileReader> open(const std::string& path, std::string& error);
    ~LogFileReader();
    LogFileReader(const LogFileReader&) = delete;
    LogFileReader& operator=(const LogFileReader&) = delete;

    // The next chunk; empty at the end, or on an error (then error() says it). Valid until the next read().
    std::string_view read();
    // A sentence naming the file: a read failed, or a compressed file is damaged or cut short.
    std::string error() const { return m_error; }
    std::uint64_t bytesRead() const { return m_bytesRead; }    // after decompression
    std::uint64_t totalBytes() const { return m_totalBytes; }  // on disk (compressed size of a .gz)
    // How far through the file on disk reading is, 0..1.
    double progress() const;

private:
    LogFileReader(void* file, std::string path, std::uint64_t totalBytes);

    void* m_file;  // gzFile: zlib reads plain files as they are
    std::string m_path;
    std::vector<char> m_buffer;
    std::string m_error;
    std::uint64_t m_bytesRead = 0;
    std::uint64_t m_totalBytes = 0;
    bool m_atEnd = false;
};

}  // namespace sluice::engine::logs
