// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real SMTP server on 127.0.0.1 for the tests (tests/smtp/smtp_receiver.py on Debian's python3-aiosmtpd):
// STARTTLS required (or TLS from the first byte), AUTH required. What it accepts it parses with Python's own
// email package; message(n) is that reading of the n-th message as JSON.
class SmtpReceiver final {
public:
    static QString python()
    {
        // Debian's own interpreter, where python3-aiosmtpd installs; a python3 earlier on PATH may lack it.
        return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                 : QStringLiteral("python3");
    }
    static bool available()
    {
        QProcess probe;
        probe.start(python(), {QStringLiteral("-c"), QStringLiteral("import aiosmtpd.smtp")});
        return probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    }
    static QString certificateDir() { return QStringLiteral(SLUICE_SOURCE_DIR "/tests/smtp"); }

    SmtpReceiver(const QString& user, const QString& password, bool implicitTls = false)
    {
        QStringList arguments{certificateDir() + QStringLiteral("/smtp_receiver.py"), m_dir.path(), user, password};
        if (implicitTls) {
            arguments << QStringLiteral("--tls");
        }
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(python(), arguments);
        while (m_process.state() != QProcess::NotRunning && !m_process.canReadLine()) {
            m_process.waitForReadyRead(30000);
        }
        m_port = m_process.readLine().trimmed().toInt();
    }
    ~SmtpReceiver()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    SmtpReceiver(const SmtpReceiver&) = delete;
    SmtpReceiver& operator=(const SmtpReceiver&) = delete;

    int port() const { return m_port; }
    int received() const { return int(QDir(m_dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files).size()); }
    QJsonObject message(int n) const
    {
        QFile file(m_dir.filePath(QString::number(n) + QStringLiteral(".json")));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};
