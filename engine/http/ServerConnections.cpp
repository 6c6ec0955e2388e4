// SPDX-License-Identifier: Apache-2.0
// The loop's work on one connection: read, parse and hand requests to the handler, put answers in request
// order, send them in one write per round, and decide when the connection is done.
#include "http/ServerLoop.h"

#include "http/ResponseWriter.h"

#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sluice::engine::http {

using namespace loop;

void HttpServer::Loop::onEvent(Connection& c, std::uint32_t events)
{
    // Reported even while we do not read: the peer reset or is gone both ways, so nothing can reach it.
    if ((events & (EPOLLERR | EPOLLHUP)) != 0) {
        closeConnection(c);
        return;
    }
    if ((events & EPOLLOUT) != 0 && !flush(c)) {
        return;
    }
    if ((events & EPOLLIN) != 0) {
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
    status = status >= 100 && status <= 599 ? status : 500;  // as appendResponse sends it
    m_counters.requests.fetch_add(1, std::memory_order_relaxed);
    const int cls = status / 100;
    m_counters.byStatus[cls >= 1 && cls <= 5 ? cls : 0].fetch_add(1, std::memory_order_relaxed);
    if (status >= 100 && status < 600) {
        m_counters.byCode[static_cast<std::size_t>(status - 100)].fetch_add(1, std::memory_order_relaxed);
    }
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

}  // namespace sluice::engine::http
