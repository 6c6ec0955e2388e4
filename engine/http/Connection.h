// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace sluice::engine::http {

// One client connection as the loop thread keeps it: what came in and is not parsed yet, the answers going
// out in request order, and the times its timeouts count from. Loop thread only.
struct Connection {
    // Requests handed to the handler and not answered yet, at most; beyond it the connection reads no more.
    static constexpr std::uint64_t kMaxInFlight = 32;
    static constexpr std::uint64_t kNoSequence = ~0ULL;

    struct InFlight {
        std::int64_t dispatchedNs = 0;
        bool head = false;
    };

    int fd = -1;
    std::uint64_t id = 0;
    std::string in;  // sized to its capacity; [inBegin, inEnd) is unparsed
    std::size_t inBegin = 0;
    std::size_t inEnd = 0;
    std::string out;  // [outSent, size) still to send
    std::size_t outSent = 0;

    std::uint64_t nextSequence = 0;              // of the next request handed to the handler
    std::uint64_t nextToSend = 0;                // the answer that goes out next
    std::uint64_t lastSequence = kNoSequence;    // the connection closes after answering this one
    std::map<std::uint64_t, std::string> early;  // answers written before their turn came
    std::array<InFlight, kMaxInFlight> inFlight{};

    bool closed = false;              // the socket is closed; the slot is freed at the end of the loop's round
    bool readEof = false;             // the client sent FIN: answer what came, then close
    bool lingering = false;           // answered and shut down for writing; discarding input until FIN or a deadline
    bool dirty = false;               // has output to flush at the end of this round
    std::uint32_t events = 0;         // epoll interest as registered
    std::int64_t partialSinceNs = 0;  // an unfinished request waits since then; 0 = none
    std::int64_t lastActivityNs = 0;
    std::int64_t lingerUntilNs = 0;
    std::int64_t eofAtNs = 0;  // when the client closed its side

    std::string_view unparsed() const { return {in.data() + inBegin, inEnd - inBegin}; }
    std::uint64_t unanswered() const { return nextSequence - nextToSend; }
    bool closingAfterAnswers() const { return lastSequence != kNoSequence; }
    bool allAnswered() const { return closingAfterAnswers() && nextToSend > lastSequence; }
};

}  // namespace sluice::engine::http
