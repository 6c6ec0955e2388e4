// SPDX-License-Identifier: Apache-2.0
#include "core/InputFile.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace sluice::engine {

namespace {
struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

std::string prefix(std::string_view kind, const std::string& path)
{
    return "Cannot read " + std::string(kind) + " \"" + path + "\": ";
}

std::string tooLarge(std::string_view kind, const std::string& path, std::size_t maxBytes)
{
    return prefix(kind, path) + "it is larger than " + sizeText(maxBytes) + ", the limit for a " + std::string(kind) +
           ".";
}
}  // namespace

std::string sizeText(std::size_t bytes)
{
    if (bytes >= kMiB && bytes % kMiB == 0) {
        return std::to_string(bytes / kMiB) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
        return std::to_string(bytes / 1024) + " KiB";
    }
    return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

std::optional<std::string> readInputFile(const std::string& path, std::size_t maxBytes, std::string& text,
                                         std::string_view kind)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!ec && std::filesystem::is_directory(status)) {
        return prefix(kind, path) + "it is a directory.";
    }
    // A regular file's size is known up front: refuse it before reading a byte.
    if (!ec && std::filesystem::is_regular_file(status)) {
        const auto size = std::filesystem::file_size(path, ec);
        if (!ec && size > maxBytes) {
            return tooLarge(kind, path, maxBytes);
        }
    }
    errno = 0;
    const std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) {
        const int code = errno;
        return "Cannot open " + std::string(kind) + " \"" + path +
               "\": " + (code != 0 ? std::strerror(code) : "unknown error") + ".";
    }
    // The file may grow while it is read, and devices and pipes have no size: stop one byte past the limit.
    std::string out;
    char chunk[64 * 1024];
    while (out.size() <= maxBytes) {
        const std::size_t want = std::min(sizeof chunk, maxBytes + 1 - out.size());
        const std::size_t got = std::fread(chunk, 1, want, file.get());
        out.append(chunk, got);
        if (got < want) {
            break;
        }
    }
    if (std::ferror(file.get()) != 0) {
        const int code = errno;
        return prefix(kind, path) + (code != 0 ? std::strerror(code) : "read error") + ".";
    }
    if (out.size() > maxBytes) {
        return tooLarge(kind, path, maxBytes);
    }
    text = std::move(out);
    return std::nullopt;
}

}  // namespace sluice::engine
