// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logs/KeySelector.h"
#include "logs/LogParser.h"
#include "logs/RejectedLines.h"
#include "logs/RouteMap.h"
#include "traffic/RequestBatch.h"

#include <cstdint>
#include <string_view>

namespace sluice::engine::logs {

struct IngestOptions {
    LogFormat format;
    KeySpec key;
    RouteMap routes;
};

// Turns log lines into requests: parse, pick the key and the route, check both against the engine's text
// rules, and append the request (its strings stored in the batch) or record why the line was rejected.
// A request's time is the line's, its ip the remote address, its cost 1.
class LineIngest final {
public:
    explicit LineIngest(IngestOptions options);

    // True when the line became a request in `batch`; false when rejected (recorded in rejected()).
    bool add(std::string_view line, std::uint64_t number, RequestBatch& batch);
    // A line the splitter cut off for its length: rejected as too long.
    void addTooLong(std::string_view head, std::uint64_t number);

    // Of the last accepted line (status, request time: for load signals).
    const LogRecord& lastRecord() const { return m_last; }
    RejectedLines& rejected() { return m_rejected; }
    const RejectedLines& rejected() const { return m_rejected; }
    std::uint64_t read() const { return m_read; }
    std::uint64_t parsed() const { return m_parsed; }

private:
    std::string_view reject(std::string_view reason, std::string_view line, std::uint64_t number);

    LogParser m_parser;
    KeySelector m_key;
    RouteMap m_routes;
    RejectedLines m_rejected;
    LogRecord m_record;
    LogRecord m_last;
    std::uint64_t m_read = 0;
    std::uint64_t m_parsed = 0;
};

}  // namespace sluice::engine::logs
