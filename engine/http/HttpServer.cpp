// SPDX-License-Identifier: Apache-2.0
#include "http/HttpServer.h"

#include "http/Connection.h"
#include "http/Outbox.h"
#include "http/RequestParser.h"
#include "http/ResponseWriter.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <thread>

namespace sluice::engine::http {

namespace {

constexpr std::uint64_t kListenTag = 0;
constexpr std::uint64_t kWakeTag = 1;
constexpr std::uint64_t kFirstConnectionTag = 2;
constexpr std::size_t kInitialReceiveBytes = 4096;
constexpr int kMaxEvents = 256;
constexpr std::int64_t kNsPerMs = 1'000'000;
constexpr std::int64_t kTickNs = 100 * kNsPerMs;
constexpr std::int64_t kMaxLingerNs = 2000 * kNsPerMs;
constexpr std::size_t kKeptSendBytes = 1 << 20;
// Sent as is to a client beyond the connection limit, which is closed at once.
constexpr std::string_view kRefused =
    "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 1\r\nConnection: close\r\n\r\n";

std::int64_t monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

std::int64_t toNs(std::chrono::milliseconds ms) { return static_cast<std::int64_t>(ms.count()) * kNsPerMs; }

std::string errorText(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

}  // namespace

class HttpServer::Loop {
public:
    Loop(ServerOptions options, Handler handler)
        : m_options(std::move(options)), m_handler(std::move(handler)),
          m_parser(ParseLimits{m_options.maxHeaderBytes, m_options.maxBodyBytes, 100}),
          m_receiveCap(2 * m_options.maxHeaderBytes + m_options.maxBodyBytes)
    {
    }
    ~Loop();
    bool open(std::string& error);
    void startThread()
    {
        m_thread = std::thread([this] { run(); });
    }

    std::uint16_t port() const { return m_port; }
    const std::string& address() const { return m_options.address; }
    Counters counters() const;

private:
    struct AtomicCounters {
        std::atomic<std::uint64_t> requests{0};
        std::array<std::atomic<std::uint64_t>, 6> byStatus{};
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
    void reapClosed();
    void count(int status, std::int64_t latencyNs);
    Connection* find(std::uint64_t id);
    void refreshDate();

    ServerOptions m_options;
    Handler m_handler;
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

bool HttpServer::Loop::open(std::string& error)
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    auto* v4 = reinterpret_cast<sockaddr_in*>(&storage);
    auto* v6 = reinterpret_cast<sockaddr_in6*>(&storage);
    if (inet_pton(AF_INET, m_options.address.c_str(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(m_options.port);
        length = sizeof(sockaddr_in);
    } else if (inet_pton(AF_INET6, m_options.address.c_str(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(m_options.port);
        length = sizeof(sockaddr_in6);
    } else {
        error = "not an IP address: " + m_options.address;
        return false;
    }
    m_listen = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_listen < 0) {
        error = errorText("socket");
        return false;
    }
    const int one = 1;
    setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(m_listen, reinterpret_cast<sockaddr*>(&storage), length) != 0) {
        error = errorText(("bind " + m_options.address + ":" + std::to_string(m_options.port)).c_str());
        return false;
    }
    if (::listen(m_listen, SOMAXCONN) != 0) {
        error = errorText("listen");
        return false;
    }
    sockaddr_storage bound{};
    socklen_t boundLength = sizeof bound;
    getsockname(m_listen, reinterpret_cast<sockaddr*>(&bound), &boundLength);
    m_port = ntohs(bound.ss_family == AF_INET ? reinterpret_cast<sockaddr_in*>(&bound)->sin_port
                                              : reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port);
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wake = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epoll < 0 || m_wake < 0) {
        error = errorText("epoll");
        return false;
    }
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = kListenTag;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_listen, &ev);
    ev.data.u64 = kWakeTag;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &ev);
    m_outbox = std::make_shared<Outbox>(m_wake);
    return true;
}

HttpServer::Loop::~Loop()
{
    m_stop.store(true, std::memory_order_release);
    if (m_thread.joinable()) {
        const std::uint64_t one = 1;
        [[maybe_unused]] const ssize_t written = ::write(m_wake, &one, sizeof one);
        m_thread.join();
    }
    if (m_outbox) {
        m_outbox->close();
    }
    for (auto& slot : m_slots) {
        if (slot && !slot->closed) {
            ::close(slot->fd);
        }
    }
    for (const int fd : {m_listen, m_epoll, m_wake}) {
        if (fd >= 0) {
            ::close(fd);
        }
    }
}

void HttpServer::Loop::run()
{
    m_outbox->setLoopThread(std::this_thread::get_id());
    epoll_event events[kMaxEvents];
    m_now = monotonicNs();
    m_nextTick = m_now + kTickNs;
    while (!m_stop.load(std::memory_order_acquire)) {
        const int timeoutMs = static_cast<int>(std::max<std::int64_t>(0, (m_nextTick - m_now) / kNsPerMs) + 1);
        const int n = epoll_wait(m_epoll, events, kMaxEvents, timeoutMs);
        m_now = monotonicNs();
        refreshDate();
        for (int i = 0; i < n; ++i) {
            const std::uint64_t tag = events[i].data.u64;
            if (tag == kListenTag) {
                acceptAll();
            } else if (tag == kWakeTag) {
                std::uint64_t value = 0;
                [[maybe_unused]] const ssize_t got = ::read(m_wake, &value, sizeof value);
            } else if (Connection* c = tag - kFirstConnectionTag < m_slots.size()
                                           ? m_slots[tag - kFirstConnectionTag].get()
                                           : nullptr) {
                if (!c->closed) {
                    onEvent(*c, events[i].events);
                }
            }
        }
        const bool tick = m_now >= m_nextTick;
        if (tick) {
            m_nextTick = m_now + kTickNs;
            checkTimers();
        }
        bool roundDoneDue = tick;
        for (;;) {
            deliverAnswers();
            flushDirty();
            if ((m_dispatched || roundDoneDue) && m_options.roundDone) {
                m_dispatched = false;
                roundDoneDue = false;
                m_options.roundDone();
                continue;
            }
            m_dispatched = false;
            if (!m_outbox->hasLocal()) {
                break;
            }
        }
        reapClosed();
    }
}

void HttpServer::Loop::refreshDate()
{
    const long long second = static_cast<long long>(std::time(nullptr));
    if (second != m_dateSecond) {
        m_dateSecond = second;
        m_date = httpDate(second);
    }
}

void HttpServer::Loop::acceptAll()
{
    for (;;) {
        const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED) {
                continue;
            }
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                // Out of descriptors: stop watching the listener (it would wake us at once) until one closes.
                epoll_event ev{};
                ev.data.u64 = kListenTag;
                epoll_ctl(m_epoll, EPOLL_CTL_MOD, m_listen, &ev);
                m_acceptPaused = true;
            }
            return;
        }
        if (m_open >= m_options.maxConnections) {
            m_counters.refused.fetch_add(1, std::memory_order_relaxed);
            [[maybe_unused]] const ssize_t sent = ::send(fd, kRefused.data(), kRefused.size(), MSG_NOSIGNAL);
            ::close(fd);
            continue;
        }
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        std::uint32_t index = 0;
        if (m_free.empty()) {
            index = static_cast<std::uint32_t>(m_slots.size());
            m_slots.emplace_back();
            m_generations.push_back(0);
        } else {
            index = m_free.back();
            m_free.pop_back();
        }
        auto c = std::make_unique<Connection>();
        c->fd = fd;
        c->id = (static_cast<std::uint64_t>(m_generations[index]) << 32) | index;
        c->in.resize(kInitialReceiveBytes);
        c->lastActivityNs = m_now;
        c->events = EPOLLIN;
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u64 = kFirstConnectionTag + index;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
        m_slots[index] = std::move(c);
        ++m_open;
        m_counters.open.store(m_open, std::memory_order_relaxed);
        m_counters.accepted.fetch_add(1, std::memory_order_relaxed);
    }
}

Connection* HttpServer::Loop::find(std::uint64_t id)
{
    const auto index = static_cast<std::uint32_t>(id & 0xFFFFFFFFU);
    if (index >= m_slots.size() || !m_slots[index] || m_slots[index]->id != id || m_slots[index]->closed) {
        return nullptr;
    }
    return m_slots[index].get();
}

void HttpServer::Loop::onEvent(Connection& c, std::uint32_t events)
{
    if ((events & EPOLLERR) != 0) {
        closeConnection(c);
        return;
    }
    if ((events & EPOLLOUT) != 0 && !flush(c)) {
        return;
    }
    if ((events & (EPOLLIN | EPOLLHUP)) != 0) {
        readInput(c);
        if (c.closed) {
            return;
        }
        processInput(c);
    }
    finishOrWatch(c);
}

void HttpServer::Loop::readInput(Connection& c)
{
    for (int round = 0; round < 4; ++round) {
        if (c.lingering) {
            char discard[4096];
            const ssize_t got = ::recv(c.fd, discard, sizeof discard, 0);
            if (got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
                closeConnection(c);
                return;
            }
            if (got < 0) {
                return;
            }
            continue;
        }
        if (c.readEof || c.closingAfterAnswers()) {
            return;
        }
        if (c.inEnd == c.in.size()) {
            if (c.inBegin > 0) {
                std::memmove(c.in.data(), c.in.data() + c.inBegin, c.inEnd - c.inBegin);
                c.inEnd -= c.inBegin;
                c.inBegin = 0;
            } else if (c.in.size() < m_receiveCap) {
                c.in.resize(std::min(m_receiveCap, c.in.size() * 2));
            } else {
                return;  // full of requests waiting for answers
            }
        }
        const std::size_t room = c.in.size() - c.inEnd;
        const ssize_t got = ::recv(c.fd, c.in.data() + c.inEnd, room, 0);
        if (got > 0) {
            c.inEnd += static_cast<std::size_t>(got);
            c.lastActivityNs = m_now;
            if (static_cast<std::size_t>(got) < room) {
                return;
            }
        } else if (got == 0) {
            c.readEof = true;
            c.eofAtNs = m_now;
            return;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            return;
        } else if (errno != EINTR) {
            closeConnection(c);
            return;
        }
    }
}

void HttpServer::Loop::processInput(Connection& c)
{
    while (!c.closingAfterAnswers() && !c.lingering && c.unanswered() < Connection::kMaxInFlight &&
           c.inBegin < c.inEnd) {
        m_parser.parse(c.unparsed(), m_parsed);
        if (m_parsed.state == ParsedRequest::State::NeedMore) {
            if (c.partialSinceNs == 0) {
                c.partialSinceNs = m_now;
            }
            break;
        }
        if (m_parsed.state == ParsedRequest::State::Invalid) {
            m_counters.malformed.fetch_add(1, std::memory_order_relaxed);
            c.inBegin = c.inEnd;
            answerAndClose(c, m_parsed.errorStatus);
            break;
        }
        const std::uint64_t sequence = c.nextSequence++;
        c.inFlight[sequence % Connection::kMaxInFlight] = Connection::InFlight{m_now, m_parsed.head};
        if (!m_parsed.keepAlive) {
            c.lastSequence = sequence;
        }
        c.inBegin += m_parsed.length;
        c.partialSinceNs = 0;
        m_dispatched = true;
        try {
            m_handler(m_parsed.request, Responder(m_outbox, c.id, sequence));
        } catch (...) {
            // The Responder, destroyed unanswered, answered 500.
        }
    }
    if (c.inBegin == c.inEnd) {
        c.inBegin = c.inEnd = 0;
        c.partialSinceNs = 0;
    }
}

void HttpServer::Loop::answerAndClose(Connection& c, int status)
{
    const std::uint64_t sequence = c.nextSequence++;
    c.inFlight[sequence % Connection::kMaxInFlight] = Connection::InFlight{m_now, false};
    c.lastSequence = sequence;
    c.partialSinceNs = 0;
    HttpResponse response;
    response.status = status;
    response.body = std::string(reasonPhrase(status)) + "\n";
    deliver(c, sequence, response);
}

void HttpServer::Loop::count(int status, std::int64_t latencyNs)
{
    m_counters.requests.fetch_add(1, std::memory_order_relaxed);
    const int cls = status / 100;
    m_counters.byStatus[cls >= 1 && cls <= 5 ? cls : 0].fetch_add(1, std::memory_order_relaxed);
    const double seconds = static_cast<double>(latencyNs) / 1e9;
    std::size_t bucket = 0;
    while (bucket < kLatencyBoundsSec.size() && seconds > kLatencyBoundsSec[bucket]) {
        ++bucket;
    }
    m_counters.latency[bucket].fetch_add(1, std::memory_order_relaxed);
    m_counters.latencySumNs.fetch_add(static_cast<std::uint64_t>(std::max<std::int64_t>(0, latencyNs)),
                                      std::memory_order_relaxed);
}

void HttpServer::Loop::deliver(Connection& c, std::uint64_t sequence, const HttpResponse& response)
{
    if (sequence < c.nextToSend || sequence >= c.nextSequence) {
        return;
    }
    const Connection::InFlight& request = c.inFlight[sequence % Connection::kMaxInFlight];
    count(response.status, m_now - request.dispatchedNs);
    const bool close = sequence == c.lastSequence;
    if (sequence != c.nextToSend) {
        std::string early;
        appendResponse(early, response, request.head, close, m_date);
        c.early.emplace(sequence, std::move(early));
        return;
    }
    appendResponse(c.out, response, request.head, close, m_date);
    ++c.nextToSend;
    while (!c.early.empty() && c.early.begin()->first == c.nextToSend) {
        c.out.append(c.early.begin()->second);
        c.early.erase(c.early.begin());
        ++c.nextToSend;
    }
    if (!c.dirty) {
        c.dirty = true;
        m_dirty.push_back(static_cast<std::uint32_t>(c.id & 0xFFFFFFFFU));
    }
}

void HttpServer::Loop::deliverAnswers()
{
    m_answers.clear();
    m_outbox->takeAll(m_answers);
    m_now = monotonicNs();
    for (const Answer& a : m_answers) {
        if (Connection* c = find(a.connection)) {
            deliver(*c, a.sequence, a.response);
        }
    }
    m_answers.clear();
}

void HttpServer::Loop::flushDirty()
{
    // Connections can be dirtied again while this runs (a resumed connection's handler answering at once).
    for (std::size_t i = 0; i < m_dirty.size(); ++i) {
        const std::uint32_t index = m_dirty[i];
        Connection* c = index < m_slots.size() ? m_slots[index].get() : nullptr;
        if (c == nullptr || c->closed || !c->dirty) {
            continue;
        }
        c->dirty = false;
        if (!flush(*c)) {
            continue;
        }
        processInput(*c);  // requests held back while too many were unanswered
        finishOrWatch(*c);
    }
    m_dirty.clear();
}

bool HttpServer::Loop::flush(Connection& c)
{
    while (c.outSent < c.out.size()) {
        const ssize_t sent = ::send(c.fd, c.out.data() + c.outSent, c.out.size() - c.outSent, MSG_NOSIGNAL);
        if (sent > 0) {
            c.outSent += static_cast<std::size_t>(sent);
            c.lastActivityNs = m_now;
        } else if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return true;
        } else if (sent < 0 && errno == EINTR) {
            continue;
        } else {
            closeConnection(c);
            return false;
        }
    }
    c.out.clear();
    c.outSent = 0;
    if (c.out.capacity() > kKeptSendBytes) {
        c.out.shrink_to_fit();
    }
    return true;
}

// Closes a connection that is done, or sets what epoll should watch for it.
void HttpServer::Loop::finishOrWatch(Connection& c)
{
    if (c.closed) {
        return;
    }
    const bool sending = c.outSent < c.out.size();
    if (!sending && c.readEof && c.unanswered() == 0) {
        closeConnection(c);
        return;
    }
    if (!sending && c.allAnswered() && !c.lingering) {
        // Half-close and read what the client still sends, so the answer is not lost to a reset.
        ::shutdown(c.fd, SHUT_WR);
        c.lingering = true;
        c.lingerUntilNs = m_now + std::min(toNs(m_options.readTimeout), kMaxLingerNs);
    }
    updateInterest(c);
}

void HttpServer::Loop::updateInterest(Connection& c)
{
    std::uint32_t want = 0;
    if (c.lingering) {
        want = EPOLLIN;
    } else {
        const bool room = c.inEnd < c.in.size() || c.inBegin > 0 || c.in.size() < m_receiveCap;
        if (!c.readEof && !c.closingAfterAnswers() && c.unanswered() < Connection::kMaxInFlight && room) {
            want |= EPOLLIN;
        }
        if (c.outSent < c.out.size()) {
            want |= EPOLLOUT;
        }
    }
    if (want != c.events) {
        epoll_event ev{};
        ev.events = want;
        ev.data.u64 = kFirstConnectionTag + (c.id & 0xFFFFFFFFU);
        epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
        c.events = want;
    }
}

void HttpServer::Loop::checkTimers()
{
    const std::int64_t readTimeout = toNs(m_options.readTimeout);
    const std::int64_t idleTimeout = toNs(m_options.idleTimeout);
    for (auto& slot : m_slots) {
        if (!slot || slot->closed) {
            continue;
        }
        Connection& c = *slot;
        if (c.lingering) {
            if (m_now >= c.lingerUntilNs) {
                closeConnection(c);
            }
        } else if (c.readEof && m_now - c.eofAtNs > readTimeout) {
            closeConnection(c);  // the client closed its side and its answers did not come in time: it is gone
        } else if (!c.closingAfterAnswers() && c.partialSinceNs != 0 && m_now - c.partialSinceNs > readTimeout) {
            m_counters.timedOut.fetch_add(1, std::memory_order_relaxed);
            c.inBegin = c.inEnd = 0;
            answerAndClose(c, 408);
        } else if (m_now - c.lastActivityNs > idleTimeout &&
                   ((c.unanswered() == 0 && c.partialSinceNs == 0) || c.outSent < c.out.size())) {
            closeConnection(c);  // idle, or not reading its answers
        }
    }
}

void HttpServer::Loop::closeConnection(Connection& c)
{
    if (c.closed) {
        return;
    }
    ::close(c.fd);
    c.fd = -1;
    c.closed = true;
    m_closed.push_back(static_cast<std::uint32_t>(c.id & 0xFFFFFFFFU));
    --m_open;
    m_counters.open.store(m_open, std::memory_order_relaxed);
    if (m_acceptPaused) {
        m_acceptPaused = false;
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u64 = kListenTag;
        epoll_ctl(m_epoll, EPOLL_CTL_MOD, m_listen, &ev);
    }
}

// Frees the slots of connections closed this round, once nothing of the round refers to them any more.
void HttpServer::Loop::reapClosed()
{
    for (const std::uint32_t index : m_closed) {
        m_slots[index].reset();
        ++m_generations[index];
        m_free.push_back(index);
    }
    m_closed.clear();
}

HttpServer::Counters HttpServer::Loop::counters() const
{
    Counters out;
    out.requests = m_counters.requests.load(std::memory_order_relaxed);
    for (std::size_t i = 0; i < 6; ++i) {
        out.byStatus[i] = m_counters.byStatus[i].load(std::memory_order_relaxed);
    }
    out.malformed = m_counters.malformed.load(std::memory_order_relaxed);
    out.timedOut = m_counters.timedOut.load(std::memory_order_relaxed);
    out.refused = m_counters.refused.load(std::memory_order_relaxed);
    out.connectionsOpen = m_counters.open.load(std::memory_order_relaxed);
    out.connectionsAccepted = m_counters.accepted.load(std::memory_order_relaxed);
    for (std::size_t i = 0; i < out.latencyBuckets.size(); ++i) {
        out.latencyBuckets[i] = m_counters.latency[i].load(std::memory_order_relaxed);
    }
    out.latencySumSec = static_cast<double>(m_counters.latencySumNs.load(std::memory_order_relaxed)) / 1e9;
    return out;
}

std::unique_ptr<HttpServer> HttpServer::start(ServerOptions options, Handler handler, std::string& error)
{
    auto loop = std::make_unique<Loop>(std::move(options), std::move(handler));
    if (!loop->open(error)) {
        return nullptr;
    }
    loop->startThread();
    return std::unique_ptr<HttpServer>(new HttpServer(std::move(loop)));
}

HttpServer::HttpServer(std::unique_ptr<Loop> loop) : m_loop(std::move(loop)) {}
HttpServer::~HttpServer() = default;
std::uint16_t HttpServer::port() const { return m_loop->port(); }
const std::string& HttpServer::address() const { return m_loop->address(); }
HttpServer::Counters HttpServer::counters() const { return m_loop->counters(); }

}  // namespace sluice::engine::http
