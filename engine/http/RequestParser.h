// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/HttpMessage.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace sluice::engine::http {

struct ParseLimits {
    std::size_t maxHeaderBytes = 8192;  // request line and header fields, with their line ends
    std::size_t maxBodyBytes = 65536;
    std::size_t maxHeaderFields = 100;
};

// What the parser made of the start of a receive buffer.
struct ParsedRequest {
    enum class State {
        NeedMore,  // no whole request yet; read more
        Complete,  // `request` is whole; it took the first `length` bytes
        Invalid,   // answer `errorStatus` and close the connection
    };
    State state = State::NeedMore;
    std::size_t length = 0;
    int errorStatus = 0;  // 400, 413, 431, 501 or 505 when Invalid
    bool keepAlive = true;
    bool head = false;  // a HEAD request: the answer carries no body
    std::size_t contentLength = 0;
    HttpRequest request;
};

// Reads HTTP/1.1 (and 1.0) requests from a byte stream. Reuses its header storage, so after warm-up it does
// not allocate. Bodies only by Content-Length; a Transfer-Encoding is answered 501. Lines may end in CRLF or
// LF; obsolete line folding, a missing Host in HTTP/1.1, a bad Content-Length are malformed (400).
class RequestParser final {
public:
    explicit RequestParser(ParseLimits limits = {});
    // Looks at `buffer` from its first byte; the views in `out.request` point into it and into the parser's
    // header list (valid until the next call).
    void parse(std::string_view buffer, ParsedRequest& out);

private:
    int parseHead(std::string_view head, ParsedRequest& out);
    ParseLimits m_limits;
    std::vector<HeaderField> m_headers;
};

}  // namespace sluice::engine::http
