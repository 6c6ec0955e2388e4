// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logs/LogRecord.h"
#include "logs/LogTime.h"
#include "logs/LogVariable.h"

#include <string_view>
#include <utility>
#include <vector>

namespace sluice::engine::logs {

// Fills a LogRecord from the values of variables, whatever the line's format; the pattern and JSON parsers
// share it. Reasons it returns are static entries of the engine's text catalogue.
class RecordBuilder final {
public:
    // `headerCapacity`: how many $http_<name> headers a line can have, reserved once.
    explicit RecordBuilder(std::size_t headerCapacity);

    void begin(LogRecord& record);
    // Empty when the value is fine; else why the line is rejected.
    std::string_view set(LogVariable variable, std::string_view headerName, std::string_view value);
    // Checks that the line had what every request needs (a time) and completes the record.
    std::string_view finish();

private:
    std::string_view setRequest(std::string_view value);
    void setTarget(std::string_view target);

    LogRecord* m_record = nullptr;
    LogTime m_time;
    std::vector<std::pair<std::string_view, std::string_view>> m_headers;
    bool m_hasTime = false;
    bool m_hasRequestTime = false;
};

}  // namespace sluice::engine::logs
