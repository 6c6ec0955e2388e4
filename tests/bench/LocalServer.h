// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

#include <sys/types.h>

// A server program a benchmark runs beside itself (nginx, redis-server): started in the foreground on a port of
// 127.0.0.1, waited for until the port takes connections, stopped with SIGTERM when destroyed.
class LocalServer final {
public:
    // A port nothing listens on right now.
    static int freePort();
    static bool portAnswers(int port);

    // `argv[0]` is the program's path. Waits up to ten seconds for `port` to answer.
    LocalServer(const std::vector<std::string>& argv, int port);
    ~LocalServer();
    LocalServer(const LocalServer&) = delete;
    LocalServer& operator=(const LocalServer&) = delete;

    int port() const { return m_port; }
    bool running() const { return m_pid > 0 && portAnswers(m_port); }

private:
    int m_port;
    pid_t m_pid = -1;
};
