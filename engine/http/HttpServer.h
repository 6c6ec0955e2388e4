// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/HttpMessage.h"
#include "http/Responder.h"

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace sluice::engine::http {

// Called on the server's thread for each complete request; answers through the Responder, then or later.
using Handler = std::function<void(const HttpRequest&, Responder)>;

struct ServerOptions {
    std::string address = "127.0.0.1";
    std::uint16_t port = 0;  // 0 = any free port
    std::size_t maxHeaderBytes = 8192;
    std::size_t maxBodyBytes = 65536;
    std::size_t maxConnections = 1024;
    // From a request's first byte to its last (408 and close when it runs out); also how long a client that
    // closed its side is still sent the answers it is due.
    std::chrono::milliseconds readTimeout{10000};
    std::chrono::milliseconds idleTimeout{60000};  // a kept-alive connection with nothing to do
    // Called on the server's thread after each round of reads that handed requests to the handler, and at
    // least every 100 ms: where a handler that gathers requests hands them on together.
    std::function<void()> roundDone;
    // Event-loop threads, each accepting on its own socket bound to the same port (SO_REUSEPORT), so the kernel
    // spreads connections over them and each loop keeps its connections. maxConnections counts them all.
    std::size_t loops = 1;
};

// What one event loop calls: its own handler and round callback (see ServerOptions), run on that loop's thread
// only, so a handler that keeps scratch state needs no lock as long as each loop gets its own.
struct LoopParts {
    Handler handler;
    std::function<void()> roundDone;
};
using LoopFactory = std::function<LoopParts(std::size_t loop)>;

// An HTTP/1.1 server on one event-loop thread (or several, see ServerOptions::loops) with non-blocking sockets:
// keep-alive, pipelined requests answered in order, bounded header (431) and body (413) sizes, a read timeout for
// unfinished requests (408), an idle timeout, a connection limit (503 beyond it). A malformed request gets 400 and its
// connection closes.
class HttpServer final {
public:
    // Upper bounds (seconds) of the latency histogram's buckets, Prometheus style; a last bucket holds the rest.
    static constexpr std::array<double, 12> kLatencyBoundsSec{0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005,
                                                              0.01,   0.025,   0.05,   0.1,   0.5,    1.0};
    struct Counters {
        std::uint64_t requests = 0;           // answered, of any status
        std::uint64_t byStatus[6] = {};       // [1]..[5]: 1xx..5xx; [0] unused
        std::map<int, std::uint64_t> byCode;  // each status code answered at least once, e.g. 200, 429, 401
        std::uint64_t malformed = 0;          // answered 400/413/431/501/505 and closed
        std::uint64_t timedOut = 0;           // cut at the read timeout (408)
        std::uint64_t refused = 0;            // connections turned away at the limit
        std::uint64_t connectionsOpen = 0;
        std::uint64_t connectionsAccepted = 0;
        // Time from a request's last byte to its answer being queued for sending; not cumulative per bucket:
        // latencyBuckets[i] counts answers in (bound[i-1], bound[i]], the last one those above every bound.
        std::array<std::uint64_t, kLatencyBoundsSec.size() + 1> latencyBuckets{};
        double latencySumSec = 0;
    };

    // Binds, listens and starts the loop threads. nullptr with `error` saying why (address in use, bad address).
    // With options.loops > 1 every loop calls the same handler and roundDone, which must then be thread-safe.
    static std::unique_ptr<HttpServer> start(ServerOptions options, Handler handler, std::string& error);
    // The same, with each loop's handler and roundDone made by `parts` (called once per loop, 0 first, before any
    // thread starts); options.roundDone is not used.
    static std::unique_ptr<HttpServer> start(ServerOptions options, const LoopFactory& parts, std::string& error);
    ~HttpServer();  // stops, closes every connection; answers sent afterwards are dropped
    // Ends every loop's thread (no handler runs after it returns); connections close with the object. Idempotent.
    void stop();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    std::uint16_t port() const;
    const std::string& address() const;
    std::size_t loops() const { return m_loops.size(); }
    Counters counters() const;  // from any thread: the sum over the loops

private:
    class Loop;
    explicit HttpServer(std::vector<std::unique_ptr<Loop>> loops);
    std::vector<std::unique_ptr<Loop>> m_loops;
};

}  // namespace sluice::engine::http
