// SPDX-License-Identifier: Apache-2.0
#pragma once
// The server's event loop: internal to engine/http (HttpServer.h is the public face).

#include "http/Connection.h"
#include "http/HttpServer.h"
#include "http/Outbox.h"
#include "http/RequestParser.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace sluice::engine::http {

namespace loop {

inline constexpr std::uint64_t kListenTag = 0;
inline constexpr std::uint64_t kWakeTag = 1;
inline constexpr std::uint64_t kFirstConnectionTag = 2;
inline constexpr std::size_t kInitialReceiveBytes = 4096;
inline constexpr int kMaxEvents = 256;
inline constexpr std::int64_t kNsPerMs = 1'000'000;
inline constexpr std::int64_t kTickNs = 100 * kNsPerMs;
inline constexpr std::int64_t kMaxLingerNs = 2000 * kNsPerMs;
inline constexpr std::size_t kKeptSendBytes = 1 << 20;
// Sent as is to a client beyond the connection limit, which is closed at once.
inline constexpr std::string_view kRefused =
    "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 1\r\nConnection: close\r\n\r\n";

std::int64_t monotonicNs();
// Whether nobody listens on `address`:`port` yet (true for port 0); `error` says why not. Several loops share a
// port through SO_REUSEPORT, which would also let them join another server's port: this asks first.
bool portFree(const std::string& address, std::uint16_t port, std::string& error);
inline std::int64_t toNs(std::chrono::milliseconds ms) { return static_cast<std::int64_t>(ms.count()) * kNsPerMs; }

}  // namespace loop

// One thread: epoll over the listener, an eventfd for answers from other threads, and every connection.
// ServerLoop.cpp sets up, accepts and keeps time; ServerConnections.cpp moves bytes and answers.
class HttpServer::Loop {
public:
    // `allOpen` counts the open connections of every loop of the server, against ServerOptions::maxConnections.
    Loop(ServerOptions options, Handler handler, std::shared_ptr<std::atomic<std::size_t>> allOpen)
        : m_options(std::move(options)), m_handler(std::move(handler)), m_allOpen(std::move(allOpen)),
          m_parser(ParseLimits{m_options.maxHeaderBytes, m_options.maxBodyBytes, 100}),
          m_receiveCap(2 * m_options.maxHeaderBytes + m_options.maxBodyBytes)
    {
    }
    ~Loop();
    // Binds and listens; with sharePort, on a port other loops of the server bind as well (SO_REUSEPORT).
    bool open(bool sharePort, std::string& error);
    void startThread()
    {
        m_thread = std::thread([this] { run(); });
    }
    // Asks the thread to end (it closes nothing yet); join() waits for it. Both idempotent.
    void requestStop();
    void join();

    std::uint16_t port() const { return m_port; }
    const std::string& address() const { return m_options.address; }
    Counters counters() const;

private:
    struct AtomicCounters {
        std::atomic<std::uint64_t> requests{0};
        std::array<std::atomic<std::uint64_t>, 6> byStatus{};
        std::array<std::atomic<std::uint64_t>, 500> byCode{};  // [status - 100]
        std::atomic<std::uint64_t> malformed{0};
        std::atomic<std::uint64_t> timedOut{0};
        std::atomic<std::uint64_t> refused{0};
        std::atomic<std::uint64_t> open{0};
        std::atomic<std::uint64_t> accepted{0};
        std::array<std::atomic<std::uint64_t>, kLatencyBoundsSec.size() + 1> latency{};
        std::atomic<std::uint64_t> latencySumNs{0};
    };

    void run();
    void acceptAll();
    void onEvent(Connection& c, std::uint32_t events);
    void readInput(Connection& c);
    void processInput(Connection& c);
    void answerAndClose(Connection& c, int status);
    void deliver(Connection& c, std::uint64_t sequence, const HttpResponse& response);
    void deliverAnswers();
    void flushDirty();
    bool flush(Connection& c);
    void finishOrWatch(Connection& c);
    void updateInterest(Connection& c);
    void checkTimers();
    void closeConnection(Connection& c);
    // Watches the listener again after running out of descriptors paused it; accepting pauses again if still out.
    void resumeAccepting();
    void reapClosed();
    void count(int status, std::int64_t latencyNs);
    Connection* find(std::uint64_t id);
    void refreshDate();

    ServerOptions m_options;
    Handler m_handler;
    std::shared_ptr<std::atomic<std::size_t>> m_allOpen;
    RequestParser m_parser;
    ParsedRequest m_parsed;
    const std::size_t m_receiveCap;
    int m_listen = -1;
    int m_epoll = -1;
    int m_wake = -1;
    std::uint16_t m_port = 0;
    std::shared_ptr<Outbox> m_outbox;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;

    std::vector<std::unique_ptr<Connection>> m_slots;
    std::vector<std::uint32_t> m_generations;
    std::vector<std::uint32_t> m_free;
    std::vector<std::uint32_t> m_dirty;
    std::vector<std::uint32_t> m_closed;
    std::vector<Answer> m_answers;
    std::size_t m_open = 0;
    bool m_acceptPaused = false;
    bool m_dispatched = false;
    std::int64_t m_now = 0;
    std::int64_t m_nextTick = 0;
    long long m_dateSecond = -1;
    std::string m_date;
    AtomicCounters m_counters;
};

}  // namespace sluice::engine::http
