// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace sluice::engine::logs {

// Splits a byte stream into lines. Chunks are fed in order; each complete line (without '\n', a trailing '\r'
// stripped) goes to the callback with its 1-based number. Lines that lie wholly inside a chunk are handed
// over as views into it, without a copy; only a line that spans chunks is gathered in a buffer. A line longer
// than maxLineBytes is reported once as too long (its first bytes only) and skipped to its end without
// buffering it. finish() hands over a last line without '\n'.
//
// The callback: (std::string_view line, std::uint64_t number, bool tooLong).
class LineSplitter final {
public:
    explicit LineSplitter(std::size_t maxLineBytes = std::size_t{1} << 20) : m_max(maxLineBytes) {}

    template <class F>
    void feed(std::string_view chunk, F&& onLine)
    {
        const char* p = chunk.data();
        const char* const end = p + chunk.size();
        if (m_partial > 0 && p != end) {  // the rest of a line begun in an earlier chunk
            const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
            const char* stop = nl ? nl : end;
            appendPartial(std::string_view(p, static_cast<std::size_t>(stop - p)), onLine);
            if (!nl) {
                return;
            }
            if (!m_skipping) {
                deliver(m_pending, onLine);
            }
            endLine();
            p = nl + 1;
        }
        while (p != end) {
            const auto left = static_cast<std::size_t>(end - p);
            const char* nl = static_cast<const char*>(std::memchr(p, '\n', left));
            if (!nl) {
                appendPartial(std::string_view(p, left), onLine);
                return;
            }
            const auto length = static_cast<std::size_t>(nl - p);
            if (length > m_max) {
                ++m_lines;
                onLine(std::string_view(p, length < kTooLongHead ? length : kTooLongHead), m_lines, true);
            } else {
                deliver(std::string_view(p, length), onLine);
            }
            p = nl + 1;
        }
    }

    template <class F>
    void finish(F&& onLine)
    {
        if (m_partial > 0 && !m_skipping) {
            deliver(m_pending, onLine);
        }
        endLine();
    }

    // Bytes of an unfinished line held or skipped so far (for resume offsets).
    std::size_t pendingBytes() const { return m_partial; }
    std::uint64_t linesSeen() const { return m_lines; }

private:
    static constexpr std::size_t kTooLongHead = 256;

    template <class F>
    void deliver(std::string_view line, F& onLine)
    {
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        ++m_lines;
        onLine(line, m_lines, false);
    }

    template <class F>
    void appendPartial(std::string_view bytes, F& onLine)
    {
        m_partial += bytes.size();
        if (m_skipping) {
            return;
        }
        if (m_partial > m_max) {
            m_pending.append(bytes.substr(0, kTooLongHead > m_pending.size() ? kTooLongHead - m_pending.size() : 0));
            ++m_lines;
            onLine(std::string_view(m_pending).substr(0, kTooLongHead), m_lines, true);
            m_skipping = true;
            m_pending.clear();
            return;
        }
        m_pending.append(bytes);
    }

    void endLine()
    {
        m_pending.clear();
        m_partial = 0;
        m_skipping = false;
    }

    std::size_t m_max;
    std::string m_pending;
    std::size_t m_partial = 0;  // bytes of the unfinished line, buffered or skipped
    bool m_skipping = false;    // the unfinished line is too long and already reported
    std::uint64_t m_lines = 0;
};

}  // namespace sluice::engine::logs
