// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <mutex>

namespace sluice::app {

// `sluice serve`'s log on standard error, one line per event. Journal form prefixes each line with its syslog
// priority ("<6>listening on ...") so journald files it at that level; JSON form writes
// {"time": ISO 8601 UTC, "level": "info", "message": ...} for log shippers.
class ServeLog final {
public:
    enum class Format { Journal, Json };
    explicit ServeLog(Format format) : m_format(format) {}

    void info(const QString& message) { write(6, message); }
    void warning(const QString& message) { write(4, message); }
    void error(const QString& message) { write(3, message); }

private:
    void write(int priority, const QString& message);

    Format m_format;
    std::mutex m_mutex;
};

}  // namespace sluice::app
