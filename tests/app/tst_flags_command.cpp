// SPDX-License-Identifier: Apache-2.0
// `sluice flags eval|import|export` as a user runs them: the real binary, real files, exit codes.
#include "SluiceRun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestFlagsCommand final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void evalPrintsTheResultOfOneToggle();
    void evalAnswersEveryCaseInOrder();
    void aBadCaseNamesItsLineAndPrintsNothing();
    void evalRefusesABadStateOrContext_data();
    void evalRefusesABadStateOrContext();
    void evalWarnsAboutWhatItDoesNotKnow();
    void badArgumentsExitWithTwo_data();
    void badArgumentsExitWithTwo();
    void importThenExportRoundTrips();
    void aMalformedImportChangesNothing();
    void exportOfAMissingDatabaseFails();

private:
    using Run = SluiceRun;
    Run flags(const QStringList& args);
    QString file(const QString& name) const { return m_dir->filePath(name); }
    QString write(const QString& name, const QByteArray& text);
    QByteArray exported();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_state;
};

namespace {
// Two flags an Unleash client answers without hashing: one on for everyone with a payload variant pinned by an
// override, one off. Values that depend on the rollout hash are the evaluator's tests' business.
const QByteArray kState = R"({"version": 2, "features": [
  {"name": "checkout", "enabled": true, "strategies": [{"name": "default", "parameters": {}}],
   "variants": [{"name": "blue", "weight": 1000, "stickiness": "default", "payload": {"type": "string", "value": "#00f"},
                 "overrides": [{"contextName": "userId", "values": ["42"]}]}]},
  {"name": "dark-mode", "enabled": false, "strategies": [{"name": "default"}]},
  {"name": "eu-only", "enabled": true, "strategies": [{"name": "default", "constraints": [
     {"contextName": "environment", "operator": "IN", "values": ["eu"]}]}]}
], "segments": []})";

QJsonObject object(const QString& line) { return QJsonDocument::fromJson(line.toUtf8()).object(); }
}  // namespace

void TestFlagsCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = file(QStringLiteral("sluice.db"));
    m_state = write(QStringLiteral("flags.json"), kState);
}

SluiceRun TestFlagsCommand::flags(const QStringList& args)
{
    return runSluice(QStringList{QStringLiteral("flags")} << args);
}

QString TestFlagsCommand::write(const QString& name, const QByteArray& text)
{
    QFile f(file(name));
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size() ? file(name) : QString();
}

QByteArray TestFlagsCommand::exported()
{
    const QString path = file(QStringLiteral("check-%1.json").arg(QRandomGenerator::global()->generate()));
    const Run r = flags({QStringLiteral("export"), path, QStringLiteral("--db"), m_db});
    QFile f(path);
    return r.exitCode == 0 && f.open(QIODevice::ReadOnly) ? f.readAll()
                                                          : QByteArray("export failed: ") + r.err.toUtf8();
}

void TestFlagsCommand::evalPrintsTheResultOfOneToggle()
{
    const Run r =
        flags({QStringLiteral("eval"), QStringLiteral("--state"), m_state, QStringLiteral("--toggle"),
               QStringLiteral("checkout"), QStringLiteral("--context"), QString::fromUtf8(R"({"userId": "42"})")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
    const QJsonObject result = object(r.out);
    QCOMPARE(result.value(QStringLiteral("enabled")).toBool(), true);
    const QJsonObject variant = result.value(QStringLiteral("variant")).toObject();
    QCOMPARE(variant.value(QStringLiteral("name")).toString(), QStringLiteral("blue"));
    QCOMPARE(variant.value(QStringLiteral("enabled")).toBool(), true);
    QCOMPARE(variant.value(QStringLiteral("feature_enabled")).toBool(), true);
    const QJsonObject payload = variant.value(QStringLiteral("payload")).toObject();
    QCOMPARE(payload.value(QStringLiteral("type")).toString(), QStringLiteral("string"));
    QCOMPARE(payload.value(QStringLiteral("value")).toString(), QStringLiteral("#00f"));

    // Off: the disabled variant, without a payload key.
    const Run off = flags({QStringLiteral("eval"), QStringLiteral("--state"), m_state, QStringLiteral("--toggle"),
                           QStringLiteral("dark-mode")});
    QVERIFY2(off.exitCode == 0, qPrintable(off.err));
    QCOMPARE(
        object(off.out),
        object(QStringLiteral(
            R"({"enabled": false, "variant": {"name": "disabled", "enabled": false, "feature_enabled": false}})")));
}

void TestFlagsCommand::evalAnswersEveryCaseInOrder()
{
    const QString cases =
        write(QStringLiteral("cases.jsonl"), R"({"toggle": "eu-only", "context": {"environment": "eu"}})"
                                             "\n"
                                             R"({"toggle": "dark-mode"})"
                                             "\n\n"
                                             R"({"toggle": "eu-only", "context": {"environment": "us"}})"
                                             "\r\n"
                                             R"({"toggle": "checkout", "context": {"userId": "42"}})"
                                             "\n");
    const Run r = flags({QStringLiteral("eval"), QStringLiteral("--state"), m_state, QStringLiteral("--cases"), cases});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(object(lines[0]).value(QStringLiteral("enabled")).toBool(), true);
    QCOMPARE(object(lines[1]).value(QStringLiteral("enabled")).toBool(), false);
    QCOMPARE(object(lines[2]).value(QStringLiteral("enabled")).toBool(), false);
    QCOMPARE(object(lines[3]).value(QStringLiteral("variant")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("blue"));
}

void TestFlagsCommand::aBadCaseNamesItsLineAndPrintsNothing()
{
    const QString cases =
        write(QStringLiteral("cases.jsonl"), "{\"toggle\": \"checkout\"}\n"
                                             "{\"toggle\": \"checkout\"}\n"
                                             "{\"toggle\": \"checkout\", \"context\": {\"userid\": 1}}\n");
    const Run r = flags({QStringLiteral("eval"), QStringLiteral("--state"), m_state, QStringLiteral("--cases"), cases});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(cases + QStringLiteral(":3: context.userid: unknown field")), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void TestFlagsCommand::evalRefusesABadStateOrContext_data()
{
    QTest::addColumn<QByteArray>("state");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed state")
        << QByteArray(
               R"({"features": [{"name": "a", "strategies": [{"name": "flexibleRollout", "parameters": {"rollout": "x"}}]}]})")
        << QString() << QStringLiteral("features[0].strategies[0].parameters.rollout: ");
    QTest::newRow("not json") << QByteArray("{") << QString() << QStringLiteral("not valid JSON");
    QTest::newRow("bad context") << kState << QString::fromUtf8(R"({"currentTime": "later"})")
                                 << QStringLiteral("--context: context.currentTime: expected an RFC 3339 instant");
}

void TestFlagsCommand::evalRefusesABadStateOrContext()
{
    QFETCH(QByteArray, state);
    QFETCH(QString, context);
    QFETCH(QString, message);
    QStringList args{QStringLiteral("eval"), QStringLiteral("--state"), write(QStringLiteral("s.json"), state),
                     QStringLiteral("--toggle"), QStringLiteral("checkout")};
    if (!context.isEmpty()) {
        args << QStringLiteral("--context") << context;
    }
    const Run r = flags(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void TestFlagsCommand::evalWarnsAboutWhatItDoesNotKnow()
{
    const QString state =
        write(QStringLiteral("custom.json"),
              R"({"features": [{"name": "a", "enabled": true, "strategies": [{"name": "custom"}]}]})");
    const Run r = flags(
        {QStringLiteral("eval"), QStringLiteral("--state"), state, QStringLiteral("--toggle"), QStringLiteral("a")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("features[0].strategies[0].name: unknown strategy 'custom'")),
             qPrintable(r.err));
    QCOMPARE(object(r.out).value(QStringLiteral("enabled")).toBool(), false);

    const Run missing = flags({QStringLiteral("eval"), QStringLiteral("--state"), m_state, QStringLiteral("--toggle"),
                               QStringLiteral("nope")});
    QCOMPARE(missing.exitCode, 0);
    QCOMPARE(object(missing.out).value(QStringLiteral("enabled")).toBool(), false);
    QVERIFY2(missing.err.contains(QStringLiteral("no toggle named 'nope'")), qPrintable(missing.err));
}

void TestFlagsCommand::badArgumentsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString state = QStringLiteral("--state");
    QTest::newRow("no action") << QStringList{} << QStringLiteral("usage");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("merge"), QStringLiteral("x.json")}
                                    << QStringLiteral("usage");
    QTest::newRow("eval without toggle") << QStringList{QStringLiteral("eval"), state, QStringLiteral("s.json")}
                                         << QStringLiteral("usage");
    QTest::newRow("eval with toggle and cases") << QStringList{QStringLiteral("eval"),   state,
                                                               QStringLiteral("s.json"), QStringLiteral("--toggle"),
                                                               QStringLiteral("a"),      QStringLiteral("--cases"),
                                                               QStringLiteral("c.jsonl")}
                                                << QStringLiteral("usage");
    QTest::newRow("import without file") << QStringList{QStringLiteral("import")} << QStringLiteral("usage");
    QTest::newRow("export with replace") << QStringList{QStringLiteral("export"), QStringLiteral("x.json"),
                                                        QStringLiteral("--replace")}
                                         << QStringLiteral("usage");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("export"), QStringLiteral("x.json"),
                                                   QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("missing state") << QStringList{QStringLiteral("eval"), state, QStringLiteral("/nonexistent/s.json"),
                                                  QStringLiteral("--toggle"), QStringLiteral("a")}
                                   << QStringLiteral("/nonexistent/s.json");
    QTest::newRow("missing import") << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/in.json")}
                                    << QStringLiteral("/nonexistent/in.json");
}

void TestFlagsCommand::badArgumentsExitWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = flags(args << QStringLiteral("--db") << m_db);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

// Needs the engine to apply cmd::ImportFlags and the store to keep flags: end to end through the real database.
void TestFlagsCommand::importThenExportRoundTrips()
{
    const QString source = write(QStringLiteral("in.json"), kState);
    const Run r = flags({QStringLiteral("import"), source, QStringLiteral("--db"), m_db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("imported 3 flag")), qPrintable(r.out));
    const QByteArray first = exported();
    const QJsonObject document = QJsonDocument::fromJson(first).object();
    QStringList names;
    for (const auto& f : document.value(QStringLiteral("features")).toArray()) {
        names << f.toObject().value(QStringLiteral("name")).toString();
    }
    QVERIFY2(names.contains(QStringLiteral("checkout")) && names.contains(QStringLiteral("dark-mode")) &&
                 names.contains(QStringLiteral("eu-only")),
             first.constData());

    // The export imports again and exports the same bytes.
    const QString again = write(QStringLiteral("again.json"), first);
    QCOMPARE(flags({QStringLiteral("import"), again, QStringLiteral("--db"), m_db}).exitCode, 0);
    QCOMPARE(exported(), first);

    // --replace removes what the file does not hold.
    const QString one =
        write(QStringLiteral("one.json"), R"({"features": [{"name": "eu-only", "enabled": false}], "segments": []})");
    QCOMPARE(flags({QStringLiteral("import"), one, QStringLiteral("--db"), m_db, QStringLiteral("--replace")}).exitCode,
             0);
    const QByteArray replaced = exported();
    QVERIFY2(!replaced.contains("\"checkout\"") && replaced.contains("\"eu-only\""), replaced.constData());
}

void TestFlagsCommand::aMalformedImportChangesNothing()
{
    QCOMPARE(flags({QStringLiteral("import"), write(QStringLiteral("in.json"), kState), QStringLiteral("--db"), m_db})
                 .exitCode,
             0);
    const QByteArray before = exported();
    const QString bad =
        write(QStringLiteral("bad.json"), R"({"features": [{"name": "new-one"}, {"name": "x", "enabled": "yes"}]})");
    const Run r = flags({QStringLiteral("import"), bad, QStringLiteral("--db"), m_db, QStringLiteral("--replace")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(bad + QStringLiteral(": features[1].enabled: expected true or false")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
    QCOMPARE(exported(), before);
}

void TestFlagsCommand::exportOfAMissingDatabaseFails()
{
    const QString typo = file(QStringLiteral("typo.db"));
    const Run r = flags({QStringLiteral("export"), file(QStringLiteral("out.json")), QStringLiteral("--db"), typo});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("No Sluice database at %1").arg(typo)), qPrintable(r.err));
    QVERIFY(!QFile::exists(file(QStringLiteral("out.json"))));
}

QTEST_GUILESS_MAIN(TestFlagsCommand)
#include "tst_flags_command.moc"
