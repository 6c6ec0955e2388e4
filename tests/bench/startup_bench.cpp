// SPDX-License-Identifier: Apache-2.0
// How fast the console comes up: from launching `sluice` (offscreen, a new database, the default normal-day
// scenario) until the first simulated traffic is on screen, as the console itself logs it. The baseline in
// the same run is launching `sluice --version`, which loads the same libraries and does nothing else.
// Prints one `name value unit` line per figure.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int kRuns = 5;
constexpr int kTimeoutMs = 30'000;

QProcessEnvironment environmentIn(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sluice.startup.info=true"));
    env.insert(QStringLiteral("HOME"), home);  // a first start: no saved settings, a new database
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    return env;
}

// Milliseconds from launch until the console reports traffic on screen; -1 when it never does.
double consoleStart(const QString& binary)
{
    QTemporaryDir home;
    QProcess p;
    p.setProcessEnvironment(environmentIn(home.path()));
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(binary, {});
    QByteArray output;
    double ms = -1;
    while (ms < 0 && timer.elapsed() < kTimeoutMs && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        output += p.readAll();
        if (output.contains("first traffic on screen")) {
            ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        }
    }
    p.terminate();
    if (!p.waitForFinished(10'000)) {
        p.kill();
        p.waitForFinished();
    }
    if (ms < 0) {
        std::fprintf(stderr, "the console did not report traffic on screen:\n%s\n", output.constData());
    }
    return ms;
}

double versionStart(const QString& binary)
{
    QTemporaryDir home;
    QProcess p;
    p.setProcessEnvironment(environmentIn(home.path()));
    QElapsedTimer timer;
    timer.start();
    p.start(binary, {QStringLiteral("--version")});
    p.waitForFinished(kTimeoutMs);
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString binary = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(SLUICE_BINARY);
    std::vector<double> console;
    std::vector<double> version;
    for (int i = 0; i < kRuns; ++i) {
        version.push_back(versionStart(binary));
        const double ms = consoleStart(binary);
        if (ms < 0) {
            return 1;
        }
        console.push_back(ms);
    }
    const double c = median(console);
    const double v = median(version);
    std::printf("console_start_to_traffic_ms %.0f ms\n", c);
    std::printf("console_start_baseline_version_ms %.0f ms\n", v);
    std::printf("console_start_ratio %.2f x_baseline\n", c / v);
    return 0;
}
