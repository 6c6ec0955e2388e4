// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>

namespace sluice::engine::logs {

// Where reading a followed file stopped: which file (device and inode, so a rotated or replaced file is told
// apart from the one read before) and the byte offset after the last whole line used.
struct FilePosition {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::uint64_t offset = 0;

    bool sameFile(const FilePosition& other) const { return device == other.device && inode == other.inode; }
    bool operator==(const FilePosition&) const = default;
};

}  // namespace sluice::engine::logs
