// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sluice::engine {

// Writes a file completely or not at all. The bytes go to a new file beside the target (the same folder, so
// the final rename is atomic), which is synced to disk and renamed over the target only once every write and
// the sync succeeded. On any failure the temporary file is removed and an existing target stays as it was:
// a full disk can no longer turn a good report into an empty one while the program says it succeeded.
//
// Every file Sluice writes for a person (reports, CSV exports, screenshots) goes through this class. A target
// that exists and is not a regular file (a terminal, a pipe, /dev/null) cannot be replaced; it is written in
// place, and every write is still checked.
class AtomicFile final {
public:
    explicit AtomicFile(std::string path);
    ~AtomicFile();  // discards the temporary file unless committed
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    bool open();
    // False once any write failed; later writes do nothing, and commit() fails.
    bool write(std::string_view bytes);
    // Syncs, closes and renames over the target. False (with error()) leaves the target untouched.
    bool commit();
    // Removes the temporary file; the target stays as it was.
    void discard();

    const std::string& path() const { return m_path; }
    // Why the last step failed, e.g. "No space left on device"; empty while all is well.
    const std::string& error() const { return m_error; }

private:
    bool fail(const char* step, int code);

    std::string m_path;  // the target, symbolic links resolved
    std::string m_temp;  // empty when writing in place
    int m_fd = -1;
    bool m_failed = false;
    bool m_committed = false;
    std::string m_error;
};

// The whole file in one call: nullopt when written, else why not (the target is then unchanged).
std::optional<std::string> writeFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace sluice::engine
