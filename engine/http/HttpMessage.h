// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice::engine::http {

using HeaderField = std::pair<std::string_view, std::string_view>;

// One request as the server read it. Every view points into the connection's receive buffer and is valid only
// during the handler call: a handler that answers later copies what it needs.
struct HttpRequest {
    std::string_view method;
    std::string_view target;  // as sent: path?query
    std::string_view path;    // without the query, not percent-decoded
    std::string_view query;   // after '?', not percent-decoded; empty when there is none
    std::span<const HeaderField> headers;
    std::string_view body;

    // The first field of that name (case-insensitive), its value without surrounding blanks; empty when absent.
    std::string_view header(std::string_view name) const;
    // The raw (still percent-encoded) value of the first `name=` in the query; empty when absent.
    std::string_view queryParam(std::string_view name) const;
};

struct HttpResponse {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::string contentType = "text/plain; charset=utf-8";
};

// Decodes a query component (percent escapes, '+' as a space) and appends it to `out`. False when an escape is
// malformed; `out` then holds what came before it.
bool appendQueryDecoded(std::string_view encoded, std::string& out);

// `s` without the spaces and tabs around it (optional whitespace around field values).
std::string_view trimBlanks(std::string_view s);

// Case-insensitive ASCII comparison, as field names and schemes compare.
bool equalsIgnoreCase(std::string_view a, std::string_view b);

}  // namespace sluice::engine::http
