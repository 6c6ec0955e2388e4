// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logs/LogFormat.h"
#include "logs/LogRecord.h"

#include <memory>
#include <string_view>

namespace sluice::engine::logs {

class LinePattern;
class JsonLineScanner;

// Parses lines of one format. One per thread: it reuses its scratch memory, so after the first lines it
// allocates nothing per line.
class LogParser final {
public:
    explicit LogParser(LogFormat format);
    ~LogParser();
    LogParser(LogParser&&) noexcept;
    LogParser& operator=(LogParser&&) noexcept;

    // Empty on success; otherwise a short static reason ("bad time", "missing quote", ...), an entry of the
    // engine's text catalogue.
    std::string_view parse(std::string_view line, LogRecord& out);

    const LogFormat& format() const { return m_format; }

private:
    LogFormat m_format;
    std::unique_ptr<LinePattern> m_pattern;
    std::unique_ptr<JsonLineScanner> m_json;
};

}  // namespace sluice::engine::logs
