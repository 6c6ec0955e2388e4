// SPDX-License-Identifier: Apache-2.0
#pragma once
// Runs the real sluice binary (SLUICE_BINARY) as a user runs a command, and keeps what it says.

#include <QProcess>
#include <QStringList>

struct SluiceRun {
    int exitCode = -1;  // -1: it did not finish within a minute; -2: it crashed
    QString out;
    QString err;
};

inline SluiceRun runSluice(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SLUICE_BINARY), args);
    SluiceRun run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}
