// SPDX-License-Identifier: Apache-2.0
#include "http/Responder.h"

#include "http/Outbox.h"

namespace sluice::engine::http {

Responder::Responder(std::shared_ptr<Outbox> outbox, std::uint64_t connection, std::uint64_t sequence)
    : m_outbox(std::move(outbox)), m_connection(connection), m_sequence(sequence)
{
}

Responder::Responder(Responder&& other) noexcept
    : m_outbox(std::move(other.m_outbox)), m_connection(other.m_connection), m_sequence(other.m_sequence)
{
}

Responder& Responder::operator=(Responder&& other) noexcept
{
    if (this != &other) {
        if (m_outbox) {
            send(HttpResponse{500, {}, "no answer\n"});
        }
        m_outbox = std::move(other.m_outbox);
        m_connection = other.m_connection;
        m_sequence = other.m_sequence;
    }
    return *this;
}

Responder::~Responder()
{
    if (m_outbox) {
        send(HttpResponse{500, {}, "no answer\n"});
    }
}

void Responder::send(HttpResponse response)
{
    if (!m_outbox) {
        return;
    }
    const std::shared_ptr<Outbox> outbox = std::move(m_outbox);
    outbox->post(m_connection, m_sequence, std::move(response));
}

}  // namespace sluice::engine::http
