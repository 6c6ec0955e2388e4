// SPDX-License-Identifier: Apache-2.0
// `sluice --help` and `sluice <command> --help` work for every command without a display, and every option
// a parser knows is documented in the man page and offered by the bash completion.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

class TestHelp final : public QObject {
    Q_OBJECT

private slots:
    void everyCommandHasHelpAndDocumentedOptions_data();
    void everyCommandHasHelpAndDocumentedOptions();
    void versionPrintsTheProjectVersion();
};

namespace {
QString readSource(const char* relative)
{
    QFile f(QStringLiteral(SLUICE_SOURCE_DIR "/") + QString::fromLatin1(relative));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
}  // namespace

void TestHelp::everyCommandHasHelpAndDocumentedOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("console") << QStringList{QStringLiteral("--help")};
    QTest::newRow("simulate") << QStringList{QStringLiteral("simulate"), QStringLiteral("--help")};
    QTest::newRow("whatif") << QStringList{QStringLiteral("whatif"), QStringLiteral("--help")};
    QTest::newRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("--help")};
    QTest::newRow("screenshots") << QStringList{QStringLiteral("screenshots"), QStringLiteral("--help")};
    QTest::newRow("vip") << QStringList{QStringLiteral("vip"), QStringLiteral("--help")};
    QTest::newRow("flags") << QStringList{QStringLiteral("flags"), QStringLiteral("--help")};
    QTest::newRow("detect") << QStringList{QStringLiteral("detect"), QStringLiteral("--help")};
}

void TestHelp::everyCommandHasHelpAndDocumentedOptions()
{
    QFETCH(QStringList, arguments);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        env.remove(QString::fromLatin1(name));  // help must not need a display, e.g. over ssh
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SLUICE_BINARY), arguments);
    QVERIFY(p.waitForFinished(30000));
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(help.contains(QStringLiteral("Usage:")), qPrintable(help));
    // Every command shows how it is typed in practice.
    QVERIFY2(help.contains(QStringLiteral("Example")), qPrintable(help));

    const QString man = readSource("packaging/sluice.1");
    const QString completion = readSource("packaging/completion/sluice");
    QVERIFY(!man.isEmpty() && !completion.isEmpty());
    const QRegularExpression option(QStringLiteral(R"(^\s+(?:-\w, )?--([a-z][a-z-]*))"),
                                    QRegularExpression::MultilineOption);
    int options = 0;
    for (auto it = option.globalMatch(help); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name == QLatin1String("help-all")) {
            continue;  // Qt's own
        }
        ++options;
        QString escaped = name;
        escaped.replace(QLatin1Char('-'), QStringLiteral("\\-"));
        QVERIFY2(man.contains(QStringLiteral("\\-\\-") + escaped),
                 qPrintable(name + QStringLiteral(" not in sluice.1")));
        QVERIFY2(completion.contains(QStringLiteral("--") + name),
                 qPrintable(name + QStringLiteral(" not in the bash completion")));
    }
    QVERIFY(options >= 2);
}

void TestHelp::versionPrintsTheProjectVersion()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));  // no display at all: --version must not need one
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SLUICE_BINARY), {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QStringLiteral("sluice " SLUICE_VERSION));
}

QTEST_GUILESS_MAIN(TestHelp)
#include "tst_help.moc"
