// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "redis/RedisConnection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <arpa/inet.h>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <netinet/in.h>
#include <string>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace sluice::test {

// A TCP port on 127.0.0.1 that nothing uses right now, for a server a test starts. It is taken below the kernel's
// ephemeral range: a port from that range can become some connection's source port before the server binds it,
// and a client polling it before then can even connect to itself. Successive calls give distinct ports, and each
// process starts at a place of its own, so tests running side by side rarely try the same one.
inline int freeLocalPort()
{
    int ephemeralLow = 32768;
    if (FILE* f = std::fopen("/proc/sys/net/ipv4/ip_local_port_range", "r")) {
        int low = 0;
        int high = 0;
        if (std::fscanf(f, "%d %d", &low, &high) == 2 && low > 12000) {
            ephemeralLow = low;
        }
        std::fclose(f);
    }
    const int first = 10000;
    const int span = ephemeralLow - first;
    static int next = static_cast<int>((static_cast<unsigned>(::getpid()) * 7919U) % static_cast<unsigned>(span));
    for (int tries = 0; tries < span; ++tries) {
        const int port = first + (next++ % span);
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(static_cast<std::uint16_t>(port));
        const bool free = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
        ::close(fd);
        if (free) {
            return port;
        }
    }
    return 0;
}

// Polls `condition` until it holds or `ms` have passed: for waiting on another process, which sends no signal.
template <class Condition>
bool waitUntil(Condition condition, int ms = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms) {
            return false;
        }
        QThread::msleep(20);
    }
    return true;
}

// One real redis-server on 127.0.0.1 (Debian's redis-server 7), with nothing saved to disk, in a directory
// of its own. Cluster nodes get a cluster bus port and a short node timeout, so a failover takes about a second.
class RedisServer final {
public:
    static QString program() { return QStandardPaths::findExecutable(QStringLiteral("redis-server")); }
    static bool available() { return !program().isEmpty(); }

    explicit RedisServer(bool clusterNode = false, int port = 0)
        : m_port(port != 0 ? port : freeLocalPort()), m_cluster(clusterNode)
    {
        if (m_cluster) {
            m_busPort = freeLocalPort();
        }
        start();
    }
    ~RedisServer() { kill(); }
    RedisServer(const RedisServer&) = delete;
    RedisServer& operator=(const RedisServer&) = delete;

    int port() const { return m_port; }
    engine::redis::RedisEndpoint endpoint() const { return {"127.0.0.1", m_port}; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

    // Starts it again on the same port (and, for a cluster node, with its cluster state).
    void start()
    {
        QStringList args{QStringLiteral("--port"),       QString::number(m_port),
                         QStringLiteral("--bind"),       QStringLiteral("127.0.0.1"),
                         QStringLiteral("--save"),       QStringLiteral(""),
                         QStringLiteral("--appendonly"), QStringLiteral("no"),
                         QStringLiteral("--dir"),        m_dir.path(),
                         QStringLiteral("--loglevel"),   QStringLiteral("warning")};
        if (m_cluster) {
            args << QStringLiteral("--cluster-enabled") << QStringLiteral("yes") << QStringLiteral("--cluster-port")
                 << QString::number(m_busPort) << QStringLiteral("--cluster-config-file")
                 << QStringLiteral("nodes.conf") << QStringLiteral("--cluster-node-timeout") << QStringLiteral("1000");
        }
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        // A test that aborts takes its servers with it: a stray server would keep its port and its cluster bus port,
        // and a later cluster on this machine could find a node that never answers.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.start(program(), args);
        m_process.waitForStarted(10000);
    }
    // SIGKILL, as a crash would.
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    bool running() const { return m_process.state() == QProcess::Running; }

    // One command on a connection of its own.
    engine::redis::RedisReply call(std::vector<std::string> args) const
    {
        engine::redis::RedisConnection connection(endpoint(), {});
        std::string error;
        std::vector<std::string_view> views(args.begin(), args.end());
        engine::redis::RedisReply reply;
        if (!connection.connect(error) || !connection.call(views, reply, error)) {
            return engine::redis::RedisReply::error(error);
        }
        return reply;
    }
    bool answers() const
    {
        const auto reply = call({"PING"});
        return reply.kind == engine::redis::RedisReply::Kind::Status && reply.text == "PONG";
    }
    bool waitAnswering() const
    {
        return waitUntil([this] { return answers(); });
    }
    // For a server just made: waits until it answers; one that exited (another program took its port first) is
    // started again on other ports, twice at most.
    bool waitAnsweringOrMove()
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (waitUntil([this] { return answers() || !running(); }) && answers()) {
                return true;
            }
            if (running()) {
                return false;  // up, yet silent: not a port taken
            }
            m_port = freeLocalPort();
            if (m_cluster) {
                m_busPort = freeLocalPort();
            }
            start();
        }
        return false;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    int m_busPort = 0;
    bool m_cluster = false;
};

// In a test's initTestCase: skips the test program when Debian's redis-server is missing, else starts one in
// `server` and waits until it answers.
#define SLUICE_START_REDIS_OR_SKIP(server)                                                                             \
    do {                                                                                                               \
        if (!sluice::test::RedisServer::available()) {                                                                 \
            QSKIP("redis-server is not installed");                                                                    \
        }                                                                                                              \
        (server) = std::make_unique<sluice::test::RedisServer>();                                                      \
        QVERIFY((server)->waitAnsweringOrMove());                                                                      \
    } while (false)

// A real Redis Cluster on 127.0.0.1: `masters` masters, each with `replicasEach` replicas, made by
// `redis-cli --cluster create`. ready() says whether every node agrees the cluster is ok.
class RedisCluster final {
public:
    RedisCluster(int masters, int replicasEach)
    {
        const int count = masters * (1 + replicasEach);
        QStringList args{QStringLiteral("--cluster"), QStringLiteral("create")};
        for (int i = 0; i < count; ++i) {
            m_nodes.push_back(std::make_unique<RedisServer>(true));
        }
        for (const auto& node : m_nodes) {
            if (!node->waitAnsweringOrMove()) {
                m_error = QStringLiteral("the node on %1 did not answer").arg(node->address());
                return;
            }
            args << node->address();
        }
        args << QStringLiteral("--cluster-replicas") << QString::number(replicasEach)
             << QStringLiteral("--cluster-yes");
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStandardPaths::findExecutable(QStringLiteral("redis-cli")), args);
        if (!cli.waitForFinished(60000) || cli.exitCode() != 0) {
            m_error = QString::fromUtf8(cli.readAll());
            return;
        }
        m_ready = waitUntil([this] { return allAgree(); }, 60000);
        if (!m_ready) {
            m_error = QStringLiteral("the cluster did not become ok on every node");
        }
    }

    bool ready() const { return m_ready; }
    QString error() const { return m_error; }
    std::vector<engine::redis::RedisEndpoint> seeds() const { return {m_nodes.front()->endpoint()}; }
    RedisServer& node(std::size_t i) { return *m_nodes[i]; }
    std::size_t size() const { return m_nodes.size(); }

    // The node that is master of `slot` now, as node 0 (or the first answering node) sees it; null if none.
    RedisServer* masterOf(int slot)
    {
        for (const auto& asked : m_nodes) {
            const auto reply = asked->call({"CLUSTER", "SLOTS"});
            if (reply.kind != engine::redis::RedisReply::Kind::Array) {
                continue;
            }
            for (const auto& range : reply.elements) {
                long long first = 0;
                long long last = 0;
                long long port = 0;
                if (range.elements.size() >= 3 && range.elements[0].asInteger(first) &&
                    range.elements[1].asInteger(last) && first <= slot && slot <= last &&
                    range.elements[2].elements.size() >= 2 && range.elements[2].elements[1].asInteger(port)) {
                    for (const auto& node : m_nodes) {
                        if (node->port() == port) {
                            return node.get();
                        }
                    }
                }
            }
            return nullptr;
        }
        return nullptr;
    }

    // Every running node says cluster_state:ok and serves all 16384 slots.
    bool allAgree() const
    {
        for (const auto& node : m_nodes) {
            if (!node->running()) {
                continue;
            }
            const auto info = node->call({"CLUSTER", "INFO"});
            if (info.kind != engine::redis::RedisReply::Kind::String ||
                info.text.find("cluster_state:ok") == std::string::npos ||
                info.text.find("cluster_slots_ok:16384") == std::string::npos) {
                return false;
            }
        }
        return true;
    }

private:
    std::vector<std::unique_ptr<RedisServer>> m_nodes;
    bool m_ready = false;
    QString m_error;
};

}  // namespace sluice::test
