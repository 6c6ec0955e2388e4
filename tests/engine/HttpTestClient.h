// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <string_view>

// A plain blocking HTTP/1.1 client on a real socket, for the server tests: sends bytes as given and reads
// responses one at a time, so tests can pipeline, trickle and send garbage.
namespace sluice::engine::testing {

struct ClientResponse {
    int status = 0;
    std::map<std::string, std::string> headers;  // names lower-case
    std::string body;
    std::string header(const std::string& name) const
    {
        const auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
};

class HttpTestClient {
public:
    explicit HttpTestClient(std::uint16_t port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    }
    ~HttpTestClient() { close(); }
    HttpTestClient(const HttpTestClient&) = delete;
    HttpTestClient& operator=(const HttpTestClient&) = delete;

    bool connected() const { return m_connected; }
    void close()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    void shutdownWrite() { ::shutdown(m_fd, SHUT_WR); }
    bool send(std::string_view bytes)
    {
        while (!bytes.empty()) {
            const ssize_t n = ::send(m_fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
            if (n <= 0) {
                return false;
            }
            bytes.remove_prefix(static_cast<std::size_t>(n));
        }
        return true;
    }
    static std::string get(std::string_view target, std::string_view extraHeaders = {})
    {
        return "GET " + std::string(target) + " HTTP/1.1\r\nHost: test\r\n" + std::string(extraHeaders) + "\r\n";
    }

    // The next response, or nullopt when the connection closed or nothing whole came within `timeout`.
    std::optional<ClientResponse> read(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000))
    {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        for (;;) {
            if (auto r = take()) {
                return r;
            }
            if (!fill(deadline)) {
                return std::nullopt;
            }
        }
    }
    // True when the server closed the connection (EOF or reset) within `timeout`; discards what comes first.
    bool closedWithin(std::chrono::milliseconds timeout)
    {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (fill(deadline)) {
        }
        return m_eof;
    }

private:
    bool fill(std::chrono::steady_clock::time_point deadline)
    {
        if (m_eof) {
            return false;
        }
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            return false;
        }
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) {
            return false;
        }
        char chunk[16384];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n <= 0) {
            m_eof = true;
            return false;
        }
        m_buffer.append(chunk, static_cast<std::size_t>(n));
        return true;
    }
    std::optional<ClientResponse> take()
    {
        const std::size_t end = m_buffer.find("\r\n\r\n");
        if (end == std::string::npos) {
            return std::nullopt;
        }
        ClientResponse r;
        std::string_view head(m_buffer.data(), end);
        const std::size_t firstEnd = head.find("\r\n");
        const std::string_view statusLine = head.substr(0, firstEnd);
        r.status = std::atoi(std::string(statusLine.substr(9, 3)).c_str());
        std::string_view rest = firstEnd == std::string_view::npos ? std::string_view() : head.substr(firstEnd + 2);
        while (!rest.empty()) {
            const std::size_t lineEnd = rest.find("\r\n");
            const std::string_view line = rest.substr(0, lineEnd);
            const std::size_t colon = line.find(':');
            std::string name(line.substr(0, colon));
            for (char& c : name) {
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            }
            std::string_view value = colon == std::string_view::npos ? std::string_view() : line.substr(colon + 1);
            while (!value.empty() && value.front() == ' ') {
                value.remove_prefix(1);
            }
            r.headers[name] = std::string(value);
            rest = lineEnd == std::string_view::npos ? std::string_view() : rest.substr(lineEnd + 2);
        }
        const std::size_t length = static_cast<std::size_t>(std::atoll(r.header("content-length").c_str()));
        if (m_buffer.size() < end + 4 + length) {
            return std::nullopt;
        }
        r.body = m_buffer.substr(end + 4, length);
        m_buffer.erase(0, end + 4 + length);
        return r;
    }

    int m_fd = -1;
    bool m_connected = false;
    bool m_eof = false;
    std::string m_buffer;
};

}  // namespace sluice::engine::testing
