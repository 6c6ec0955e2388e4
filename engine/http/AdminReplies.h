// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Clock.h"
#include "http/HttpMessage.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sluice::engine::http {

// The admin API's answers and the pieces of a request it reads: one place for the shapes every route shares.

HttpResponse jsonResponse(int status, const nlohmann::json& body);
// {"error": message}: a sentence naming the field or the thing that is wrong.
HttpResponse problem(int status, const std::string& message);
// A CSV download: text/csv, UTF-8, named `filename` for a browser.
HttpResponse csvResponse(std::string body, std::string_view filename);

// Segment `index` of a path ("/api/alerts/7/resolve": 0 "api", 2 "7"), percent-decoded ('+' stays a plus: this is
// a path, not a query). Nullopt when there is no such segment or an escape is malformed.
std::optional<std::string> pathSegment(std::string_view path, std::size_t index);

// An id from a path: a whole number in [1, max]; nullopt when it is anything else.
std::optional<std::uint64_t> pathId(std::string_view text, std::uint64_t max);

// A query parameter as a whole number in [0, max]; `fallback` when absent. Clears `ok` when it is not one.
std::size_t queryNumber(const HttpRequest& request, std::string_view name, std::size_t fallback, std::size_t max,
                        bool& ok);
// A query parameter, percent-decoded; empty when absent. Clears `ok` when an escape is malformed.
std::string queryText(const HttpRequest& request, std::string_view name, bool& ok);
// A query parameter as an RFC 3339 time; nullopt when absent. Clears `ok` when it is not one.
std::optional<TimeNs> queryInstant(const HttpRequest& request, std::string_view name, bool& ok);

// An instant as RFC 3339 text, or null for 0 (never, not yet).
nlohmann::json instantOrNull(TimeNs at);
// The same for the database's Unix milliseconds.
nlohmann::json instantOfMs(std::int64_t ms);

}  // namespace sluice::engine::http
