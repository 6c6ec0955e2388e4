// SPDX-License-Identifier: Apache-2.0
#include "http/ServerLoop.h"

#include "http/ResponseWriter.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <ctime>
#include <optional>

namespace sluice::engine::http {

using namespace loop;

std::int64_t loop::monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

namespace {

std::string errorText(const std::string& what) { return what + ": " + std::strerror(errno); }

struct SocketAddress {
    sockaddr_storage storage{};
    socklen_t length = 0;
};

std::optional<SocketAddress> socketAddress(const std::string& address, std::uint16_t port, std::string& error)
{
    SocketAddress a;
    auto* v4 = reinterpret_cast<sockaddr_in*>(&a.storage);
    auto* v6 = reinterpret_cast<sockaddr_in6*>(&a.storage);
    if (inet_pton(AF_INET, address.c_str(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(port);
        a.length = sizeof(sockaddr_in);
    } else if (inet_pton(AF_INET6, address.c_str(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        a.length = sizeof(sockaddr_in6);
    } else {
        error = "not an IP address: " + address;
        return std::nullopt;
    }
    return a;
}

std::string bindError(const std::string& address, std::uint16_t port)
{
    return errorText("bind " + address + ":" + std::to_string(port));
}

}  // namespace

bool loop::portFree(const std::string& address, std::uint16_t port, std::string& error)
{
    const auto where = socketAddress(address, port, error);
    if (!where) {
        return false;
    }
    if (port == 0) {
        return true;
    }
    // Bound like a one-loop server (SO_REUSEADDR, no SO_REUSEPORT): fails while anyone listens on the port. Not atomic
    // with the binds that follow: two servers of the same user started at the same instant could still both join the
    // port. A mistake of the same user, and the listeners still require a token.
    const int probe = ::socket(where->storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (probe < 0) {
        error = errorText("socket");
        return false;
    }
    const int one = 1;
    setsockopt(probe, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    const bool free = ::bind(probe, reinterpret_cast<const sockaddr*>(&where->storage), where->length) == 0;
    if (!free) {
        error = bindError(address, port);
    }
    ::close(probe);
    return free;
}

bool HttpServer::Loop::open(bool sharePort, std::string& error)
{
    const auto where = socketAddress(m_options.address, m_options.port, error);
    if (!where) {
        return false;
    }
    m_listen = ::socket(where->storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_listen < 0) {
        error = errorText("socket");
        return false;
    }
    const int one = 1;
    setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (sharePort) {
        setsockopt(m_listen, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    }
    if (::bind(m_listen, reinterpret_cast<const sockaddr*>(&where->storage), where->length) != 0) {
        error = bindError(m_options.address, m_options.port);
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

void HttpServer::Loop::requestStop()
{
    m_stop.store(true, std::memory_order_release);
    if (m_thread.joinable() && m_wake >= 0) {
        const std::uint64_t one = 1;
        [[maybe_unused]] const ssize_t written = ::write(m_wake, &one, sizeof one);
    }
}

void HttpServer::Loop::join()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

HttpServer::Loop::~Loop()
{
    requestStop();
    join();
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
        // Counted over every loop of the server: the kernel spreads connections unevenly, and the limit is the
        // server's, not a share of it.
        if (m_allOpen->fetch_add(1, std::memory_order_relaxed) >= m_options.maxConnections) {
            m_allOpen->fetch_sub(1, std::memory_order_relaxed);
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

void HttpServer::Loop::checkTimers()
{
    // Descriptors are the process's: another loop (or another part of it) may have freed some, while this loop, with
    // no connection of its own to close, would otherwise never look again.
    resumeAccepting();
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
    m_allOpen->fetch_sub(1, std::memory_order_relaxed);
    m_counters.open.store(m_open, std::memory_order_relaxed);
    resumeAccepting();
}

void HttpServer::Loop::resumeAccepting()
{
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
    for (std::size_t i = 0; i < m_counters.byCode.size(); ++i) {
        if (const std::uint64_t n = m_counters.byCode[i].load(std::memory_order_relaxed); n != 0) {
            out.byCode.emplace(static_cast<int>(i) + 100, n);
        }
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

}  // namespace sluice::engine::http
