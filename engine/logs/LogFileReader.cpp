// SPDX-License-Identifier: Apache-2.0
#include "logs/LogFileReader.h"

#include <zlib.h>

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace sluice::engine::logs {

namespace {
gzFile asGz(void* file) { return static_cast<gzFile>(file); }
}  // namespace

std::unique_ptr<LogFileReader> LogFileReader::open(const std::string& path, std::string& error)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        error = "Cannot open " + path + ": " + std::strerror(errno);
        return nullptr;
    }
    if (S_ISDIR(st.st_mode)) {
        error = path + " is a folder, not a log file";
        return nullptr;
    }
    gzFile file = gzopen(path.c_str(), "rb");
    if (file == nullptr) {
        error = "Cannot open " + path + ": " + std::strerror(errno);
        return nullptr;
    }
    // zlib's own buffer as large as our chunks: one read of the disk per chunk handed out.
    gzbuffer(file, kChunkBytes);
    return std::unique_ptr<LogFileReader>(new LogFileReader(file, path, static_cast<std::uint64_t>(st.st_size)));
}

LogFileReader::LogFileReader(void* file, std::string path, std::uint64_t totalBytes)
    : m_file(file), m_path(std::move(path)), m_buffer(kChunkBytes), m_totalBytes(totalBytes)
{
}

LogFileReader::~LogFileReader() { gzclose(asGz(m_file)); }

std::string_view LogFileReader::read()
{
    if (m_atEnd) {
        return {};
    }
    const int n = gzread(asGz(m_file), m_buffer.data(), static_cast<unsigned>(m_buffer.size()));
    if (n <= 0) {
        m_atEnd = true;
        int code = Z_OK;
        const char* message = gzerror(asGz(m_file), &code);
        if (n < 0 || (code != Z_OK && code != Z_STREAM_END)) {
            m_error = "Cannot read " + m_path + ": " +
                      (code == Z_ERRNO ? std::string(std::strerror(errno)) : std::string(message));
        }
        return {};
    }
    m_bytesRead += static_cast<std::uint64_t>(n);
    return {m_buffer.data(), static_cast<std::size_t>(n)};
}

double LogFileReader::progress() const
{
    if (m_atEnd || m_totalBytes == 0) {
        return m_atEnd ? 1.0 : 0.0;
    }
    const auto offset = static_cast<double>(std::max<z_off_t>(0, gzoffset(asGz(m_file))));
    return std::min(1.0, offset / static_cast<double>(m_totalBytes));
}

}  // namespace sluice::engine::logs
