// SPDX-License-Identifier: Apache-2.0
#include "logs/LogFileReader.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

namespace sluice::engine::logs {

namespace {

gzFile gz(void* file) { return static_cast<gzFile>(file); }

std::string cannot(const std::string& path, const std::string& why)
{
    return "Cannot read the log file \"" + path + "\": " + why + ".";
}

}  // namespace

std::unique_ptr<LogFileReader> LogFileReader::open(const std::string& path, std::string& error)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = cannot(path, std::strerror(errno));
        return nullptr;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
        error = cannot(path, S_ISDIR(info.st_mode) ? "it is a folder, not a log file" : std::strerror(errno));
        ::close(fd);
        return nullptr;
    }
    gzFile file = gzdopen(fd, "rb");
    if (file == nullptr) {
        error = cannot(path, "zlib cannot open it");
        ::close(fd);
        return nullptr;
    }
    gzbuffer(file, static_cast<unsigned>(kChunkBytes));
    std::unique_ptr<LogFileReader> reader(new LogFileReader());
    reader->m_file = file;
    reader->m_path = path;
    reader->m_totalBytes = S_ISREG(info.st_mode) ? static_cast<std::uint64_t>(info.st_size) : 0;
    reader->m_buffer.resize(kChunkBytes);
    return reader;
}

LogFileReader::~LogFileReader()
{
    if (m_file != nullptr) {
        gzclose(gz(m_file));
    }
}

std::string_view LogFileReader::read()
{
    if (m_ended) {
        return {};
    }
    const int n = gzread(gz(m_file), m_buffer.data(), static_cast<unsigned>(m_buffer.size()));
    if (n <= 0) {
        m_ended = true;
        if (n < 0) {
            int code = 0;
            const char* message = gzerror(gz(m_file), &code);
            m_error = cannot(m_path, code == Z_ERRNO ? std::strerror(errno) : message);
        } else {
            int code = 0;
            const char* message = gzerror(gz(m_file), &code);
            // A .gz cut off in the middle reads as an early end with Z_BUF_ERROR.
            if (code != Z_OK) {
                m_error = cannot(m_path, message);
            }
        }
        return {};
    }
    m_bytesRead += static_cast<std::uint64_t>(n);
    return {m_buffer.data(), static_cast<std::size_t>(n)};
}

double LogFileReader::progress() const
{
    if (m_ended) {
        return 1.0;
    }
    if (m_totalBytes == 0) {
        return 0.0;
    }
    const auto offset = static_cast<double>(gzoffset(gz(m_file)));
    const double p = offset / static_cast<double>(m_totalBytes);
    return p < 0 ? 0 : p > 1 ? 1 : p;
}

}  // namespace sluice::engine::logs
