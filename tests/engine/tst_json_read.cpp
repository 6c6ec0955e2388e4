// SPDX-License-Identifier: Apache-2.0
// JsonRead::parse: the one reader of JSON text; whatever the text, an error that names where, never a crash.
#include "core/JsonRead.h"

#include <QtTest>

#include <string>

using namespace sluice::engine;

namespace {

std::string deepObjects(int levels, const std::string& inner = "1")
{
    std::string text;
    for (int i = 0; i < levels; ++i) {
        text += R"({"a":)";
    }
    return text + inner + std::string(static_cast<std::size_t>(levels), '}');
}

// QString, so that a failed comparison shows both texts.
QString parseError(const std::string& text, const std::string& where = "")
{
    try {
        JsonRead::parse(text, where);
        return QStringLiteral("(parsed without error)");
    } catch (const JsonRead::Error& e) {
        return QString::fromStdString(e.message);
    }
}

QString q(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

class TestJsonRead final : public QObject {
    Q_OBJECT

private slots:
    void validDocumentsReadAsBefore();
    void aNumberBeyondADoubleNamesItsPath_data();
    void aNumberBeyondADoubleNamesItsPath();
    void nestingStopsAtTheLimit();
    void aHundredThousandLevelsAreRefusedWithThePath();
    void syntaxErrorsNameLineAndColumn();
    void invalidUtf8NamesLineAndColumnAndIsNotEchoed();
    void aHugeTokenIsNotEchoedWhole();
};

void TestJsonRead::validDocumentsReadAsBefore()
{
    const std::string text =
        R"({"b": [1, -2, 3.5, 18446744073709551615, "x", true, null, {"c": {}}], "a": {"a": 1, "a": 2},
                                 "tiny": 1e-400})";
    const JsonRead::json j = JsonRead::parse(text, "");
    QCOMPARE(j.dump(), nlohmann::json::parse(text).dump());  // same document as nlohmann's own reader
    QCOMPARE(j.at("a").at("a").get<int>(), 2);               // a repeated name keeps the last value
    QVERIFY(JsonRead::parse(deepObjects(JsonRead::kMaxDepth - 1), "").is_object());
    QVERIFY(JsonRead::parse("42", "").is_number());
}

void TestJsonRead::aNumberBeyondADoubleNamesItsPath_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("expected");
    QTest::newRow("top level") << "1e400"
                               << ""
                               << "number out of range (1e400)";
    QTest::newRow("field") << R"({"populations": [{"keys": 1, "rate_per_key": 1e400}]})"
                           << ""
                           << "populations[0].rate_per_key: number out of range (1e400)";
    QTest::newRow("negative, second element") << R"({"list": [1, [2, -1e999]]})"
                                              << ""
                                              << "list[1][1]: number out of range (-1e999)";
    QTest::newRow("after a finished element") << R"([{"a": 1}, {"b": 2}, 1e400])"
                                              << ""
                                              << "[2]: number out of range (1e400)";
    QTest::newRow("setting row") << R"({"decay_factor": 1e400})"
                                 << "setting engine.reputation"
                                 << "setting engine.reputation.decay_factor: number out of range (1e400)";
}

void TestJsonRead::aNumberBeyondADoubleNamesItsPath()
{
    QFETCH(QString, text);
    QFETCH(QString, where);
    QFETCH(QString, expected);
    QCOMPARE(parseError(text.toStdString(), where.toStdString()), expected);
}

void TestJsonRead::nestingStopsAtTheLimit()
{
    QVERIFY(JsonRead::parse(deepObjects(JsonRead::kMaxDepth), "").is_object());
    std::string expectedPath = "a";
    for (int i = 1; i < JsonRead::kMaxDepth; ++i) {
        expectedPath += ".a";
    }
    QCOMPARE(parseError(deepObjects(JsonRead::kMaxDepth + 1)), q(expectedPath + ": nested deeper than 64 levels"));
    std::string arrayPath = "setting engine.policies";
    for (int i = 0; i < JsonRead::kMaxDepth; ++i) {
        arrayPath += "[0]";
    }
    QCOMPARE(parseError(std::string(65, '[') + std::string(65, ']'), "setting engine.policies"),
             q(arrayPath + ": nested deeper than 64 levels"));
}

void TestJsonRead::aHundredThousandLevelsAreRefusedWithThePath()
{
    const std::string text = R"({"engine": {"policies": [{"burst": )" + deepObjects(100000) + "}]}}";
    const QString error = parseError(text);
    QVERIFY2(error.startsWith(QStringLiteral("engine.policies[0].burst.a.a.")), qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral(".a: nested deeper than 64 levels")), qPrintable(error));
}

void TestJsonRead::syntaxErrorsNameLineAndColumn()
{
    QCOMPARE(parseError("{\n  \"a\": [1,\n  }", "setting engine.throttle"),
             QStringLiteral("setting engine.throttle: not valid JSON (line 3, column 3: syntax error while parsing "
                            "value - unexpected '}'; expected '[', '{', or a literal)"));
    QCOMPARE(parseError(R"({"populations": [)"),
             QStringLiteral("not valid JSON (line 1, column 18: syntax error while parsing value - unexpected end of "
                            "input; expected '[', '{', or a literal)"));
    QCOMPARE(parseError("{} x"), QStringLiteral("not valid JSON (line 1, column 4: syntax error while parsing value - "
                                                "invalid literal; last read: '{} x'; expected end of input)"));
}

void TestJsonRead::invalidUtf8NamesLineAndColumnAndIsNotEchoed()
{
    const QString error = parseError("{\"keys\": [\n\"car\xff"
                                     "ol\"]}");
    QCOMPARE(error,
             QStringLiteral("not valid JSON (line 2, column 5: syntax error while parsing value - invalid string: "
                            "ill-formed UTF-8 byte; last read: '\"car?')"));
}

void TestJsonRead::aHugeTokenIsNotEchoedWhole()
{
    const std::string longString = "[\"" + std::string(1000000, 'x') + "\x01\"]";
    const QString error = parseError(longString);
    QVERIFY2(error.size() < 300, qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("line 1, column 1000003: syntax error while parsing value - invalid "
                                           "string: control character U+0001 (SOH) must be escaped")),
             qPrintable(error));
    std::string longNumber(400, '0');
    longNumber[0] = '1';
    QCOMPARE(parseError(longNumber), q("number out of range (" + longNumber.substr(0, 40) + "...)"));
}

QTEST_APPLESS_MAIN(TestJsonRead)
#include "tst_json_read.moc"
