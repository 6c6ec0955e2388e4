// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// A plain HTTP/1.1 client for the tests of `sluice serve`: one request per connection, read to the end.
namespace sluice::testing {

struct Reply {
    int status = 0;   // 0 when nothing answered
    QByteArray head;  // status line and header fields
    QByteArray body;
};

// Sends `bytes` on a new connection and reads until the server closes it: what it answered, as sent.
inline QByteArray exchange(quint16 port, const QByteArray& bytes)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        if (fd >= 0) {
            ::close(fd);
        }
        return {};
    }
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.constData() + sent, std::size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0) {
            ::close(fd);
            return {};
        }
        sent += n;
    }
    QByteArray all;
    char buffer[4096];
    for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) {
        all.append(buffer, n);
    }
    ::close(fd);
    return all;
}

// One request on its own connection (Connection: close), with extra header `fields` ("Name: value") and a body.
inline Reply request(quint16 port, const QByteArray& method, const QByteArray& target, const QByteArray& token,
                     const QByteArray& body, const QList<QByteArray>& fields = {})
{
    QByteArray request = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!token.isEmpty()) {
        request += "Authorization: Bearer " + token + "\r\n";
    }
    for (const QByteArray& f : fields) {
        request += f + "\r\n";
    }
    if (!body.isEmpty()) {
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    request += "\r\n" + body;
    const QByteArray all = exchange(port, request);
    Reply reply;
    const qsizetype end = all.indexOf("\r\n\r\n");
    reply.head = all.left(end);
    reply.body = end < 0 ? QByteArray() : all.mid(end + 4);
    reply.status = all.startsWith("HTTP/1.1 ") ? all.mid(9, 3).toInt() : 0;
    return reply;
}

inline Reply get(quint16 port, const QByteArray& target, const QByteArray& token, const QList<QByteArray>& fields = {})
{
    return request(port, "GET", target, token, {}, fields);
}

inline QByteArray field(const Reply& reply, const QByteArray& name)
{
    for (const QByteArray& line : reply.head.split('\n')) {
        if (line.toLower().startsWith(name.toLower() + ':')) {
            return line.mid(name.size() + 1).trimmed();
        }
    }
    return {};
}

// A port nothing listens on right now (the kernel's pick; another program could take it before we use it).
inline quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    quint16 port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
        port = ntohs(address.sin_port);
    }
    if (fd >= 0) {
        ::close(fd);
    }
    return port;
}

}  // namespace sluice::testing
