// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sluice::engine {

// The largest input Sluice reads, per kind. Generous for anything a person writes, and small enough that the
// parsed form (several times the text) stays well inside memory.
inline constexpr std::size_t kMiB = std::size_t{1024} * 1024;
inline constexpr std::size_t kMaxScenarioBytes = 4 * kMiB;  // a scenario file
inline constexpr std::size_t kMaxConfigBytes = 1 * kMiB;    // an engine configuration file, or one settings row
inline constexpr std::size_t kMaxCsvBytes = 64 * kMiB;      // a CSV file to import

// "4 MiB", "512 KiB", "100 bytes": a limit as the messages name it.
std::string sizeText(std::size_t bytes);

// Reads the whole file at `path` into `text`, or returns what is wrong as a sentence naming the file:
// it cannot be opened (with the system's reason), it is a directory, or it is larger than `maxBytes`
// ("... is larger than 4 MiB, the limit for a scenario file."). At most maxBytes + 1 bytes are read, so a
// device or a pipe that never ends (/dev/zero) is refused without memory growing past the limit. `kind`
// names the file in messages ("scenario file", "CSV file").
std::optional<std::string> readInputFile(const std::string& path, std::size_t maxBytes, std::string& text,
                                         std::string_view kind = "input file");

}  // namespace sluice::engine
