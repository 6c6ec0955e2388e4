// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QtTest>

#include <sys/prctl.h>

#include <csignal>
#include <memory>

// `sluice serve` and `sluice token create` run as an operator would, for the tests of the HTTP API.
namespace sluice::testing {

class ServeProcess final {
public:
    explicit ServeProcess(QString db) : m_db(std::move(db)) {}
    ~ServeProcess()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
    }
    ServeProcess(const ServeProcess&) = delete;
    ServeProcess& operator=(const ServeProcess&) = delete;

    // The plain token, empty when creating it failed.
    QByteArray createToken(const QString& name, const QString& scope = QStringLiteral("check")) const
    {
        QProcess p;
        p.start(QStringLiteral(SLUICE_BINARY), {QStringLiteral("token"), QStringLiteral("create"), name,
                                                QStringLiteral("--scope"), scope, QStringLiteral("--db"), m_db});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            return {};
        }
        return p.readAllStandardOutput().trimmed();
    }

    // A settings file with one default policy of `limit` requests a minute (burst as large), and violations
    // judged after one second so they reach the store while a test runs; `features` (a JSON object) when given.
    static bool writeSettings(const QString& path, int limit, const QByteArray& features = {})
    {
        QFile f(path);
        const QByteArray json = "{\"policies\": [{\"route\": \"\", \"limit\": " + QByteArray::number(limit) +
                                ", \"period_ms\": 60000, \"burst\": " + QByteArray::number(limit) +
                                "}], \"reputation\": {\"violation_window_s\": 1}" +
                                (features.isEmpty() ? QByteArray() : ", \"features\": " + features) + "}";
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(json) == json.size();
    }

    // Starts serve (again) on a free port and waits for its "listening on" line: the port, or 0 when it did not come
    // up. The tests count admissions exactly, so the throttle follows no load unless `extra` names a source: this
    // host's CPU, busy with other tests, would lower every limit.
    quint16 start(QStringList extra)
    {
        if (!extra.contains(QStringLiteral("--load-source"))) {
            extra << QStringLiteral("--load-source") << QStringLiteral("none");
        }
        m_process = std::make_unique<QProcess>();
        m_log.clear();  // a new process, a new log: an earlier "listening on" line must not answer for this one
        QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                         [this] { m_log += m_process->readAllStandardError(); });
        // A test that aborts stops its server (SIGTERM: a final checkpoint, then gone), rather than leaving it
        // holding its port and its database for the next test on this machine.
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process->start(QStringLiteral(SLUICE_BINARY),
                         QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                                     QStringLiteral("127.0.0.1:0")} +
                             extra);
        static const QRegularExpression listening(QStringLiteral("<6>listening on 127\\.0\\.0\\.1:(\\d+)"));
        QRegularExpressionMatch match;
        const bool came = QTest::qWaitFor(
            [&] {
                match = listening.match(QString::fromUtf8(m_log));
                return match.hasMatch() || m_process->state() == QProcess::NotRunning;
            },
            30000);
        return came && match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    }

    qint64 processId() const { return m_process->processId(); }
    void signal(int number) const { ::kill(pid_t(m_process->processId()), number); }

    // Sends `number` and waits for the exit: the exit code, -1 on a timeout, -2 on a crash.
    int stop(int number)
    {
        signal(number);
        if (!m_process->waitForFinished(60000)) {
            return -1;
        }
        m_log += m_process->readAllStandardError();
        return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -2;
    }

    const QByteArray& log() const { return m_log; }
    const QString& db() const { return m_db; }

private:
    QString m_db;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
};

}  // namespace sluice::testing
