// SPDX-License-Identifier: Apache-2.0
// The host's CPU and memory as /proc reports them, read from files laid out like /proc.
#include "throttle/HostLoadProbe.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice::engine;

namespace {
void write(const QTemporaryDir& dir, const char* name, const char* text)
{
    QFile f(dir.filePath(QString::fromLatin1(name)));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}
}  // namespace

class TestHostLoadProbe final : public QObject {
    Q_OBJECT

private slots:
    void cpuIsTheBusyShareBetweenReadings();
    void missingFilesGiveNoReading();
    void theRealHostGivesPlausibleFigures();
};

void TestHostLoadProbe::cpuIsTheBusyShareBetweenReadings()
{
    QTemporaryDir dir;
    const char* meminfo = "MemTotal:       16000000 kB\nMemFree:         2000000 kB\nMemAvailable:    4000000 kB\n";
    write(dir, "meminfo", meminfo);
    // user nice system idle iowait irq softirq steal
    write(dir, "stat", "cpu  1000 0 500 8000 500 0 0 0 0 0\ncpu0 1000 0 500 8000 500 0 0 0 0 0\n");
    HostLoadProbe probe(dir.path().toStdString());
    // The first reading covers the time since the probe was made, not since boot (1500 busy of 10000): a host
    // busy before the engine started must not throttle it at its first sample.
    write(dir, "stat", "cpu  1050 0 500 8900 550 0 0 0 0 0\n");
    auto first = probe.read();
    QVERIFY(first);
    QCOMPARE(first->cpuPercent, 5.0);  // 50 busy of 1000
    QCOMPARE(first->memoryPercent, 75.0);
    // 900 more jiffies of work and 100 idle: 90 % busy since the previous reading.
    write(dir, "stat", "cpu  1650 0 800 8950 600 0 0 0 0 0\n");
    auto second = probe.read();
    QVERIFY(second);
    QCOMPARE(second->cpuPercent, 90.0);
}

void TestHostLoadProbe::missingFilesGiveNoReading()
{
    QTemporaryDir dir;
    HostLoadProbe probe(dir.path().toStdString());
    QVERIFY(!probe.read());
    write(dir, "stat", "cpu  1 0 1 1 0 0 0 0\n");
    write(dir, "meminfo", "MemTotal: 100 kB\n");  // no MemAvailable: too old a kernel to judge
    QVERIFY(!probe.read());
}

void TestHostLoadProbe::theRealHostGivesPlausibleFigures()
{
    if (!QFile::exists(QStringLiteral("/proc/stat"))) {
        QSKIP("no /proc on this system");
    }
    HostLoadProbe probe;
    const auto load = probe.read();
    QVERIFY(load);
    QVERIFY(load->cpuPercent >= 0 && load->cpuPercent <= 100);
    QVERIFY(load->memoryPercent > 0 && load->memoryPercent <= 100);
}

QTEST_APPLESS_MAIN(TestHostLoadProbe)
#include "tst_host_load_probe.moc"
