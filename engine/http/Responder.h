// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/HttpMessage.h"

#include <cstdint>
#include <memory>

namespace sluice::engine::http {

class Outbox;

// Answers one request, now or later, from any thread, exactly once. Move-only. When the connection is gone (the
// client hung up, the server stopped) the answer is dropped. A Responder destroyed without answering answers
// 500, so a lost request never stalls the requests pipelined behind it.
class Responder final {
public:
    Responder() = default;
    Responder(std::shared_ptr<Outbox> outbox, std::uint64_t connection, std::uint64_t sequence);
    Responder(Responder&& other) noexcept;
    Responder& operator=(Responder&& other) noexcept;
    Responder(const Responder&) = delete;
    Responder& operator=(const Responder&) = delete;
    ~Responder();

    void send(HttpResponse response);
    // Whether this responder still owes an answer.
    bool pending() const { return m_outbox != nullptr; }

private:
    std::shared_ptr<Outbox> m_outbox;
    std::uint64_t m_connection = 0;
    std::uint64_t m_sequence = 0;
};

}  // namespace sluice::engine::http
