// SPDX-License-Identifier: Apache-2.0
// Texts the engine writes (refusals, CSV problems, throttle reasons) reach people in their language: the
// console finds each catalogue entry again from the English text, however its arguments read, and leaves
// texts that are not the engine's (an admin's reason) as they are.
#include "EngineTextTranslator.h"
#include "Format.h"
#include "core/EngineText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <QtTest>

using namespace sluice;
using engine::Text;

namespace {

// Wraps every engine text it is asked for in «», so a test can see which entry the console picked.
class MarkingTranslator final : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (qstrcmp(context, engine::kEngineTextContext) != 0) {
            return {};
        }
        return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

// Arguments that look like what the engine fills in, different for every placeholder.
const std::initializer_list<std::string_view> kArgs{"gold", "7", "tier", "k-1", "x", "y", "z", "u", "v"};

Text textAt(std::size_t i) { return static_cast<Text>(i); }

}  // namespace

class TestEngineText final : public QObject {
    Q_OBJECT

private slots:
    void sayFillsThePlaceholders();
    void englishComesBackUnchanged();
    void everyEntryIsFoundAgainByItsShape();
    void aCsvProblemIsTranslatedInsideItsLine();
    void decimalsFollowTheLocale();
    void namesAndValuesStayAsWritten();
    void numbersInEngineTextsIgnoreTheCLocale();
    void textsThatAreNotTheEnginesStayAsTheyAre();
    void throttleLevelsAreNamedInTheUsersLanguage();
};

void TestEngineText::sayFillsThePlaceholders()
{
    QCOMPARE(QString::fromStdString(engine::say(Text::CsvDuplicateKey, {"alice", "7"})),
             QStringLiteral("key 'alice' already appears on line 7"));
    QCOMPARE(QString::fromStdString(engine::say(Text::ThrottleCalm, {"30"})), QStringLiteral("calm for 30 s"));
    // An argument holding a placeholder is copied, never expanded.
    QCOMPARE(QString::fromStdString(engine::say(Text::UnknownVipTier, {"%1%2"})),
             QStringLiteral("unknown VIP tier '%1%2'"));
    for (std::size_t i = 0; i < engine::kTextCount; ++i) {
        QVERIFY2(!engine::sourceOf(textAt(i)).empty(), qPrintable(QString::number(i)));
    }
}

void TestEngineText::englishComesBackUnchanged()
{
    for (std::size_t i = 0; i < engine::kTextCount; ++i) {
        const std::string english = engine::say(textAt(i), kArgs);
        QCOMPARE(ui::localizedEngineText(english), QString::fromStdString(english));
    }
}

void TestEngineText::everyEntryIsFoundAgainByItsShape()
{
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    for (std::size_t i = 0; i < engine::kTextCount; ++i) {
        const Text id = textAt(i);
        const QString expected = QStringLiteral("«%1»").arg(QString::fromStdString(engine::say(id, kArgs)));
        QCOMPARE(ui::localizedEngineText(engine::say(id, kArgs)), expected);
    }
    QCoreApplication::removeTranslator(&marking);
}

void TestEngineText::aCsvProblemIsTranslatedInsideItsLine()
{
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    const std::string problem = engine::say(Text::UnknownVipTier, {"gold"});
    const std::string line = engine::say(Text::CsvAtLineColumn, {"3", "2", "tier", problem});
    QCOMPARE(ui::localizedEngineText(line), QStringLiteral("«line 3, column 2 (tier): «unknown VIP tier 'gold'»»"));
    // Not "line %1: %2" with "3, column 2 (tier)" as its line.
    QCOMPARE(ui::localizedEngineText(engine::say(Text::CsvAtLine, {"4", problem})),
             QStringLiteral("«line 4: «unknown VIP tier 'gold'»»"));
    QCoreApplication::removeTranslator(&marking);
}

void TestEngineText::decimalsFollowTheLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const std::string reason = engine::say(Text::ThrottleCpuAbove, {"93.5", "90"});
    QCOMPARE(ui::localizedEngineText(reason), QStringLiteral("CPU at 93,5 %, threshold 90 %"));
    QLocale::setDefault(before);
}

void TestEngineText::namesAndValuesStayAsWritten()
{
    // Keys, tier names and values from a file are quoted exactly, however much they look like a number or
    // like another engine text; only arguments the catalogue marks as numbers follow the locale.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QCOMPARE(ui::localizedEngineText(engine::say(Text::VipNotAssigned, {"1.5"})),
             QStringLiteral("«key '1.5' has no VIP assignment»"));
    QCOMPARE(ui::localizedEngineText(engine::say(Text::CsvBadTime, {"12.5"})),
             QStringLiteral("«'12.5' is not an ISO 8601 time such as 2027-03-01T12:00:00Z (empty: never expires)»"));
    QCOMPARE(ui::localizedEngineText(engine::say(Text::UnknownVipTier, {"engine started"})),
             QStringLiteral("«unknown VIP tier 'engine started'»"));
    QCOMPARE(ui::localizedEngineText(engine::say(Text::ThrottleConcurrencyAbove, {"12345.5", "10000"})),
             QStringLiteral("«12.345,5 requests in flight, threshold 10.000»"));
    QCoreApplication::removeTranslator(&marking);
    QLocale::setDefault(before);
}

void TestEngineText::numbersInEngineTextsIgnoreTheCLocale()
{
    // Written with std::to_chars, never printf: the database keeps "93.5" even where LC_NUMERIC says "93,5".
    QCOMPARE(QString::fromStdString(engine::numberText(93.45, 1)), QStringLiteral("93.5"));
    QCOMPARE(QString::fromStdString(engine::numberText(1e6)), QStringLiteral("1000000"));
    QCOMPARE(QString::fromStdString(engine::numberText(0.000001)), QStringLiteral("0.000001"));
    QCOMPARE(QString::fromStdString(engine::numberText(2.5)), QStringLiteral("2.5"));
}

void TestEngineText::textsThatAreNotTheEnginesStayAsTheyAre()
{
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    for (const QString& typed : {QStringLiteral("maintenance window for the billing cluster"), QString(),
                                 QStringLiteral("line 3"), QStringLiteral("%1 and %2")}) {
        QCOMPARE(ui::localizedEngineText(typed), typed);
    }
    QCoreApplication::removeTranslator(&marking);
}

void TestEngineText::throttleLevelsAreNamedInTheUsersLanguage()
{
    // A notification's title and body name levels by their stored names; the console names them as it does
    // everywhere else, and leaves a word that is no level as written.
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QCOMPARE(ui::localizedEngineText(engine::say(Text::NoticeThrottleRaisedTitle, {"high"})),
             QStringLiteral("«Throttle raised to %1»").arg(ui::throttleName(engine::ThrottleLevel::High)));
    const std::string reason = engine::say(Text::ThrottleCpuAbove, {"95", "90"});
    QCOMPARE(ui::localizedEngineText(engine::say(Text::NoticeThrottleRaisedAuto, {"low", "high", reason})),
             QStringLiteral("«Raised from %1 to %2 by the auto-throttle: %3»")
                 .arg(ui::throttleName(engine::ThrottleLevel::Low), ui::throttleName(engine::ThrottleLevel::High),
                      QStringLiteral("«CPU at 95 %, threshold 90 %»")));
    QCOMPARE(ui::localizedEngineText(engine::say(Text::NoticeThrottleLoweredTitle, {"sideways"})),
             QStringLiteral("«Throttle lowered to sideways»"));
    QCoreApplication::removeTranslator(&marking);
}

QTEST_MAIN(TestEngineText)
#include "tst_engine_text.moc"
