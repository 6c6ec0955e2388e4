// SPDX-License-Identifier: Apache-2.0
// SeriesCsv: the reader of `timestamp,value` series (the NAB format) keeps every row in file order, with the
// quirks of real data, and refuses anything else naming the line and what is wrong.
#include "anomaly/SeriesCsv.h"

#include <QtTest>

#include <string>

using namespace sluice::engine;
using namespace sluice::engine::anomaly;

class TestSeriesCsv final : public QObject {
    Q_OBJECT

private slots:
    void readsNabSeriesWithItsQuirks()
    {
        // A byte order mark, CRLF, a repeated time stamp (a clock change), a gap, a negative value, an empty
        // last line: all kept as they are, in file order.
        const std::string text = "\xEF\xBB\xBFtimestamp,value\r\n"
                                 "2014-03-09 03:00:00,42\r\n"
                                 "2014-03-09 03:00:00,-21.0483826823\r\n"
                                 "2014-03-11 17:35:00,1e3\r\n"
                                 "\r\n";
        const SeriesParse parsed = SeriesCsv::parse(text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.rows.size(), std::size_t{3});
        QCOMPARE(parsed.rows[0].time, parsed.rows[1].time);
        QCOMPARE(parsed.rows[1].value, -21.0483826823);
        QCOMPARE(parsed.rows[2].value, 1000.0);
        QCOMPARE(parsed.rows[2].time - parsed.rows[1].time, 2 * kNsPerDay + 14 * kNsPerHour + 35 * kNsPerMin);
        QCOMPARE(text.substr(parsed.rows[2].timeAt, parsed.rows[2].timeSize), std::string("2014-03-11 17:35:00"));
    }

    void readsTimeStampVariants()
    {
        TimeNs a = 0, b = 0, c = 0;
        QVERIFY(SeriesCsv::parseTime("2014-04-10 07:15:00", a));
        QVERIFY(SeriesCsv::parseTime("2014-04-10T07:15:00Z", b));
        QVERIFY(SeriesCsv::parseTime("2014-04-10 07:15:00.500000", c));
        QCOMPARE(a, b);
        QCOMPARE(c - a, kNsPerSec / 2);
        QCOMPARE(a, TimeNs{1'397'114'100} * kNsPerSec);
        for (const char* bad : {"2014-02-29 00:00:00", "2014-04-10 24:00:00", "2014-4-10 07:15:00", "2014-04-10",
                                "2014-04-10 07:15:00+02:00", "2014-04-10 07:15:00.", "1969-12-31 23:59:59"}) {
            QVERIFY2(!SeriesCsv::parseTime(bad, a), bad);
        }
    }

    void refusesNamingLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        const auto row = [](const char* name, const char* text, SeriesProblem p, int line, int column) {
            QTest::newRow(name) << QByteArray(text) << static_cast<int>(p) << line << column;
        };
        row("empty", "", SeriesProblem::Empty, 1, 0);
        row("only blank lines", "\n\r\n", SeriesProblem::Empty, 1, 0);
        row("other header", "time,value\n2014-01-01 00:00:00,1\n", SeriesProblem::Header, 1, 0);
        row("header only", "timestamp,value\n", SeriesProblem::NoRows, 1, 0);
        row("one field", "timestamp,value\n2014-01-01 00:00:00,1\n2014-01-01 00:05:00\n", SeriesProblem::FieldCount, 3,
            0);
        row("three fields", "timestamp,value\n2014-01-01 00:00:00,1,2\n", SeriesProblem::FieldCount, 2, 0);
        row("bad time", "timestamp,value\n2014-01-01 00:00:00,1\n\n01/01/2014,2\n", SeriesProblem::BadTime, 4, 1);
        row("empty value", "timestamp,value\n2014-01-01 00:00:00,\n", SeriesProblem::BadValue, 2, 2);
        row("not a number", "timestamp,value\n2014-01-01 00:00:00,12abc\n", SeriesProblem::BadValue, 2, 2);
        row("nan", "timestamp,value\n2014-01-01 00:00:00,nan\n", SeriesProblem::BadValue, 2, 2);
        row("infinite", "timestamp,value\n2014-01-01 00:00:00,inf\n", SeriesProblem::BadValue, 2, 2);
        row("overflow", "timestamp,value\n2014-01-01 00:00:00,1e999\n", SeriesProblem::BadValue, 2, 2);
        row("quoted", "timestamp,value\n\"2014-01-01 00:00:00\",1\n", SeriesProblem::BadTime, 2, 1);
        row("spaces", "timestamp,value\n2014-01-01 00:00:00, 1\n", SeriesProblem::BadValue, 2, 2);
    }

    void refusesNamingLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, problem);
        QFETCH(int, line);
        QFETCH(int, column);
        const SeriesParse parsed = SeriesCsv::parse(std::string_view(text.constData(), text.size()));
        QCOMPARE(static_cast<int>(parsed.problem), problem);
        QCOMPARE(parsed.line, static_cast<std::size_t>(line));
        QCOMPARE(parsed.column, column);
        QVERIFY(parsed.rows.empty());
    }

    void boundsTheRowCount()
    {
        const std::string text =
            "timestamp,value\n2014-01-01 00:00:00,1\n2014-01-01 00:05:00,2\n2014-01-01 00:10:00,3\n";
        QVERIFY(SeriesCsv::parse(text, 3).ok());
        const SeriesParse parsed = SeriesCsv::parse(text, 2);
        QCOMPARE(parsed.problem, SeriesProblem::TooManyRows);
        QCOMPARE(parsed.line, std::size_t{4});
    }
};

QTEST_APPLESS_MAIN(TestSeriesCsv)
#include "tst_series_csv.moc"
