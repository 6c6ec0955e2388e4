// SPDX-License-Identifier: Apache-2.0
// Access log lines: every format with good and malformed lines, each kind of key, the route map, and the
// edges of a byte stream (long lines, NUL bytes, invalid UTF-8, CRLF, a last line without its newline).
#include "core/EngineText.h"
#include "logs/KeySelector.h"
#include "logs/LineIngest.h"
#include "logs/LineSplitter.h"
#include "logs/LogFormat.h"
#include "logs/LogParser.h"
#include "logs/LogTime.h"
#include "logs/RouteMap.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::logs;

namespace {

const std::string kCombinedLine =
    "83.149.9.216 - - [17/May/2015:10:05:03 +0000] \"GET /presentations/kibana.png?x=1 HTTP/1.1\" 200 203023 "
    "\"http://semicomplete.com/\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_9_1)\"";

// 2015-05-17T10:05:03Z
constexpr TimeNs kLineTime = 1431857103LL * kNsPerSec;

LogFormat formatOf(std::string_view text)
{
    std::string error;
    const auto format = logFormatFromText(text, error);
    if (!format) {
        qFatal("format %s: %s", std::string(text).c_str(), error.c_str());
    }
    return *format;
}

KeySpec keyOf(std::string_view text)
{
    std::string error;
    const auto spec = keySpecFromText(text, error);
    if (!spec) {
        qFatal("key %s: %s", std::string(text).c_str(), error.c_str());
    }
    return *spec;
}

QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

struct Split {
    std::vector<std::string> lines;
    std::vector<std::uint64_t> numbers;
    std::vector<bool> tooLong;
};

Split splitAll(const std::vector<std::string>& chunks, std::size_t maxLine = std::size_t{1} << 20)
{
    Split out;
    LineSplitter splitter(maxLine);
    auto onLine = [&](std::string_view line, std::uint64_t number, bool tooLong) {
        out.lines.emplace_back(line);
        out.numbers.push_back(number);
        out.tooLong.push_back(tooLong);
    };
    for (const std::string& c : chunks) {
        splitter.feed(c, onLine);
    }
    splitter.finish(onLine);
    return out;
}

}  // namespace

class TestLogParser final : public QObject {
    Q_OBJECT

private slots:
    void combinedLine()
    {
        LogParser parser(formatOf("combined"));
        LogRecord r;
        QCOMPARE(q(parser.parse(kCombinedLine, r)), QString());
        QCOMPARE(q(r.remoteAddr), QStringLiteral("83.149.9.216"));
        QCOMPARE(q(r.remoteUser), QString());
        QCOMPARE(r.time, kLineTime);
        QCOMPARE(q(r.method), QStringLiteral("GET"));
        QCOMPARE(q(r.target), QStringLiteral("/presentations/kibana.png?x=1"));
        QCOMPARE(q(r.path), QStringLiteral("/presentations/kibana.png"));
        QCOMPARE(q(r.protocol), QStringLiteral("HTTP/1.1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.bytes, std::uint64_t{203023});
        QCOMPARE(q(r.referer), QStringLiteral("http://semicomplete.com/"));
        QCOMPARE(q(r.userAgent), QStringLiteral("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_9_1)"));
        QCOMPARE(r.requestTimeSec, -1.0);
    }

    void combinedWithEscapedQuoteAndUser()
    {
        LogParser parser(formatOf("combined"));
        LogRecord r;
        const std::string line =
            "10.0.0.1 - alice [01/Jan/2024:00:00:00 +0100] \"POST /api/login HTTP/2.0\" 401 - \"-\" \"curl \\\"7\\\"\"";
        QCOMPARE(q(parser.parse(line, r)), QString());
        QCOMPARE(q(r.remoteUser), QStringLiteral("alice"));
        QCOMPARE(r.time, TimeNs{1704063600LL} * kNsPerSec);
        QCOMPARE(r.bytes, std::uint64_t{0});
        QCOMPARE(q(r.referer), QString());
        QCOMPARE(q(r.userAgent), QStringLiteral("curl \\\"7\\\""));
    }

    void timeCacheFollowsChanges()
    {
        LogParser parser(formatOf("common"));
        LogRecord r;
        const std::string a = "1.1.1.1 - - [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 1";
        const std::string b = "1.1.1.1 - - [17/May/2015:10:05:04 +0000] \"GET / HTTP/1.1\" 200 1";
        QCOMPARE(q(parser.parse(a, r)), QString());
        QCOMPARE(r.time, kLineTime);
        QCOMPARE(q(parser.parse(a, r)), QString());
        QCOMPARE(r.time, kLineTime);
        QCOMPARE(q(parser.parse(b, r)), QString());
        QCOMPARE(r.time, kLineTime + kNsPerSec);
    }

    void malformedCombinedLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("reason");
        const QString bad = q(sourceOf(Text::LogBadTime));
        QTest::newRow("month") << "1.1.1.1 - - [17/Mai/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\""
                               << bad;
        QTest::newRow("hour") << "1.1.1.1 - - [17/May/2015:25:05:03 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"" << bad;
        QTest::newRow("short time") << "1.1.1.1 - - [17/May/2015:10:05 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\""
                                    << bad;
        QTest::newRow("status") << "1.1.1.1 - - [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 2x0 1 \"-\" \"-\""
                                << q(sourceOf(Text::LogBadStatus));
        QTest::newRow("bytes") << "1.1.1.1 - - [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 1k \"-\" \"-\""
                               << q(sourceOf(Text::LogBadNumber));
        QTest::newRow("quote") << "1.1.1.1 - - [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1"
                               << q(sourceOf(Text::LogMissingQuote));
        QTest::newRow("empty") << QString() << q(sourceOf(Text::LogLineMismatch));
        QTest::newRow("words") << QStringLiteral("hello world") << q(sourceOf(Text::LogLineMismatch));
    }

    void malformedCombinedLines()
    {
        QFETCH(QString, line);
        QFETCH(QString, reason);
        LogParser parser(formatOf("combined"));
        LogRecord r;
        QCOMPARE(q(parser.parse(line.toStdString(), r)), reason);
    }

    void commonLine()
    {
        LogParser parser(formatOf("common"));
        LogRecord r;
        QCOMPARE(q(parser.parse("::1 - bob [17/May/2015:10:05:03 +0000] \"GET /a HTTP/1.0\" 304 0", r)), QString());
        QCOMPARE(q(r.remoteAddr), QStringLiteral("::1"));
        QCOMPARE(q(r.remoteUser), QStringLiteral("bob"));
        QCOMPARE(r.status, 304);
        QCOMPARE(q(r.path), QStringLiteral("/a"));
    }

    void nginxPattern()
    {
        const LogFormat format =
            formatOf("$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent "
                     "\"$http_referer\" \"$http_user_agent\" \"$http_x_forwarded_for\" rt=$request_time "
                     "urt=\"$upstream_response_time\" $http_x_user_id $pipe $msec");
        LogParser parser(format);
        LogRecord r;
        const std::string line =
            "10.1.1.1 - - [17/May/2015:10:05:03 +0000] \"GET /v1/items?id=3 HTTP/1.1\" 503 12 \"-\" \"ua\" "
            "\"203.0.113.9, 10.0.0.2\" rt=0.250 urt=\"0.120, 0.100\" u-42 p 1431857103.500";
        QCOMPARE(q(parser.parse(line, r)), QString());
        QCOMPARE(q(r.xForwardedFor), QStringLiteral("203.0.113.9, 10.0.0.2"));
        QCOMPARE(r.requestTimeSec, 0.25);
        QCOMPARE(r.status, 503);
        // $msec comes after $time_local in this pattern, so it is the time the line keeps.
        QCOMPARE(r.time, kLineTime + 500 * kNsPerMs);
        QCOMPARE(r.headers.size(), std::size_t{1});
        QCOMPARE(q(r.headers[0].first), QStringLiteral("x_user_id"));
        QCOMPARE(q(r.headers[0].second), QStringLiteral("u-42"));
    }

    void patternWithIsoTimeAndSplitRequest()
    {
        LogParser parser(
            formatOf("$time_iso8601 $remote_addr $request_method $request_uri $status $upstream_response_time"));
        LogRecord r;
        QCOMPARE(q(parser.parse("2015-05-17T12:05:03+02:00 192.0.2.7 PUT /x/y?z 201 0.004", r)), QString());
        QCOMPARE(r.time, kLineTime);
        QCOMPARE(q(r.method), QStringLiteral("PUT"));
        QCOMPARE(q(r.path), QStringLiteral("/x/y"));
        QCOMPARE(r.requestTimeSec, 0.004);
        QCOMPARE(q(parser.parse("2015-05-17T10:05:03.25Z 192.0.2.7 GET / 200 -", r)), QString());
        QCOMPARE(r.time, kLineTime + 250 * kNsPerMs);
        QCOMPARE(q(parser.parse("2015-05-17 192.0.2.7 GET / 200 -", r)), q(sourceOf(Text::LogBadTime)));
    }

    void badFormats_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown name") << QStringLiteral("apache");
        QTest::newRow("no time") << QStringLiteral("$remote_addr $status");
        QTest::newRow("adjacent") << QStringLiteral("$remote_addr$time_local");
        QTest::newRow("json unknown variable") << QStringLiteral("json:client=ip,time_iso8601=ts");
        QTest::newRow("json without time") << QStringLiteral("json:remote_addr=ip");
    }

    void badFormats()
    {
        QFETCH(QString, text);
        std::string error;
        QVERIFY(!logFormatFromText(text.toStdString(), error));
        QVERIFY(!error.empty());
    }

    void jsonLines()
    {
        LogParser parser(formatOf("json"));
        LogRecord r;
        const std::string line = "{\"time_iso8601\":\"2015-05-17T10:05:03+00:00\",\"remote_addr\":\"198.51.100.4\","
                                 "\"request\":\"GET /a\\/b?c HTTP/1.1\","
                                 "\"status\":200,\"body_bytes_sent\":\"5\",\"request_time\":0.5,\"nested\":{\"a\":[1,"
                                 "\"}\"]},\"http_x_api_key\":\"k\\u00e9y\","
                                 "\"remote_user\":null}";
        QCOMPARE(q(parser.parse(line, r)), QString());
        QCOMPARE(r.time, kLineTime);
        QCOMPARE(q(r.remoteAddr), QStringLiteral("198.51.100.4"));
        QCOMPARE(q(r.path), QStringLiteral("/a/b"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.bytes, std::uint64_t{5});
        QCOMPARE(r.requestTimeSec, 0.5);
        QCOMPARE(q(r.remoteUser), QString());
        QCOMPARE(r.headers.size(), std::size_t{1});
        QCOMPARE(q(r.headers[0].second), QStringLiteral("k\u00e9y"));
    }

    void jsonLinesWithMapping()
    {
        LogParser parser(formatOf("json:remote_addr=client,msec=ts,request_uri=uri,status=code"));
        LogRecord r;
        QCOMPARE(
            q(parser.parse(
                "{\"client\":\"1.2.3.4\",\"ts\":1431857103,\"uri\":\"/z\",\"code\":\"404\",\"remote_addr\":\"x\"}", r)),
            QString());
        QCOMPARE(q(r.remoteAddr), QStringLiteral("1.2.3.4"));
        QCOMPARE(r.time, kLineTime);
        QCOMPARE(r.status, 404);
        QCOMPARE(q(r.path), QStringLiteral("/z"));
    }

    void malformedJson_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("reason");
        const QString syntax = q(sourceOf(Text::LogJsonSyntax));
        QTest::newRow("not an object") << QStringLiteral("[1,2]") << syntax;
        QTest::newRow("cut off") << QStringLiteral("{\"remote_addr\":\"1.2.3.4\",\"msec\":1") << syntax;
        QTest::newRow("bad escape") << QStringLiteral("{\"remote_addr\":\"\\q\",\"msec\":1}") << syntax;
        QTest::newRow("trailing text") << QStringLiteral("{\"msec\":1} x") << syntax;
        QTest::newRow("no time") << QStringLiteral("{\"remote_addr\":\"1.2.3.4\"}") << q(sourceOf(Text::LogNoTime));
        QTest::newRow("bad time") << QStringLiteral("{\"msec\":\"yesterday\"}") << q(sourceOf(Text::LogBadTime));
    }

    void malformedJson()
    {
        QFETCH(QString, line);
        QFETCH(QString, reason);
        LogParser parser(formatOf("json"));
        LogRecord r;
        QCOMPARE(q(parser.parse(line.toStdString(), r)), reason);
    }

    void keys()
    {
        LogRecord r;
        r.remoteAddr = "10.0.0.1";
        r.remoteUser = "carol";
        r.xForwardedFor = "203.0.113.1, 198.51.100.2 ,10.0.0.9";
        r.path = "/tenants/acme/orders";
        const std::pair<std::string_view, std::string_view> headers[] = {{"x_user_id", "u-7"}};
        r.headers = headers;
        QCOMPARE(q(KeySelector(keyOf("ip")).keyOf(r)), QStringLiteral("10.0.0.1"));
        QCOMPARE(q(KeySelector(keyOf("xff-first")).keyOf(r)), QStringLiteral("203.0.113.1"));
        QCOMPARE(q(KeySelector(keyOf("xff-last")).keyOf(r)), QStringLiteral("10.0.0.9"));
        QCOMPARE(q(KeySelector(keyOf("user")).keyOf(r)), QStringLiteral("carol"));
        QCOMPARE(q(KeySelector(keyOf("header:X-User-Id")).keyOf(r)), QStringLiteral("u-7"));
        QCOMPARE(q(KeySelector(keyOf("header:X-Other")).keyOf(r)), QString());
        QCOMPARE(q(KeySelector(keyOf("path:^/tenants/([^/]+)/")).keyOf(r)), QStringLiteral("acme"));
        QCOMPARE(q(KeySelector(keyOf("path:^/users/(\\d+)")).keyOf(r)), QString());
        r.xForwardedFor = {};
        QCOMPARE(q(KeySelector(keyOf("xff-first")).keyOf(r)), QStringLiteral("10.0.0.1"));
    }

    void badKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown") << QStringLiteral("cookie");
        QTest::newRow("header without name") << QStringLiteral("header:");
        QTest::newRow("bad regex") << QStringLiteral("path:([a-z");
        QTest::newRow("regex without group") << QStringLiteral("path:^/api/");
    }

    void badKeys()
    {
        QFETCH(QString, text);
        std::string error;
        QVERIFY(!keySpecFromText(text.toStdString(), error));
        QVERIFY(!error.empty());
    }

    void routeMapTakesLongestPrefix()
    {
        RouteMap routes;
        routes.add("/api", "api");
        routes.add("/api/login", "login");
        routes.add("/", "site");
        QCOMPARE(q(routes.routeOf("/api/login/sso")), QStringLiteral("login"));
        QCOMPARE(q(routes.routeOf("/api/items")), QStringLiteral("api"));
        QCOMPARE(q(routes.routeOf("/index.html")), QStringLiteral("site"));
        QCOMPARE(q(routes.routeOf("")), QString());
        RouteMap none;
        QCOMPARE(q(none.routeOf("/api")), QString());
    }

    void splitterAcrossChunks()
    {
        const Split s = splitAll({"a\r\nbb", "b\n", "\n", "c", "cc\r\n", "last"});
        QCOMPARE(s.lines, (std::vector<std::string>{"a", "bbb", "", "ccc", "last"}));
        QCOMPARE(s.numbers, (std::vector<std::uint64_t>{1, 2, 3, 4, 5}));
    }

    void splitterSkipsTooLongLines()
    {
        const std::string longLine(100, 'x');
        // Within one chunk, and spread over several chunks.
        const Split s =
            splitAll({"ok\n" + longLine + "\nafter\n", longLine.substr(0, 30), longLine.substr(30), "\nend"}, 50);
        QCOMPARE(s.lines.size(), std::size_t{5});
        QCOMPARE(s.tooLong, (std::vector<bool>{false, true, false, true, false}));
        QCOMPARE(s.lines[2], std::string("after"));
        QCOMPARE(s.lines[4], std::string("end"));
        QCOMPARE(s.numbers[4], std::uint64_t{5});
        QVERIFY(s.lines[1].size() <= 256);
    }

    void splitterPendingBytes()
    {
        LineSplitter splitter;
        auto ignore = [](std::string_view, std::uint64_t, bool) {};
        splitter.feed("one\ntw", ignore);
        QCOMPARE(splitter.pendingBytes(), std::size_t{2});
        splitter.feed("o\n", ignore);
        QCOMPARE(splitter.pendingBytes(), std::size_t{0});
        QCOMPARE(splitter.linesSeen(), std::uint64_t{2});
    }

    void ingestRejectsWithLineNumbers()
    {
        IngestOptions options;
        options.format = formatOf("combined");
        options.key = keyOf("ip");
        options.routes.add("/api", "api");
        LineIngest ingest(std::move(options));
        RequestBatch batch;
        const std::string good = kCombinedLine;
        std::string withNul = kCombinedLine;
        withNul[40] = '\0';
        const std::string badUtf8Key = "\xff\xfe" + kCombinedLine.substr(12);
        const std::string spaceKey = "  - - [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"";
        const std::string api = "1.2.3.4 - - [17/May/2015:10:05:03 +0000] \"GET /api/v1 HTTP/1.1\" 200 1 \"-\" \"-\"";
        std::string text = good + "\n" + withNul + "\n" + badUtf8Key + "\r\n" + "garbage\n" + spaceKey + "\n" + api;

        LineSplitter splitter;
        auto onLine = [&](std::string_view line, std::uint64_t number, bool tooLong) {
            if (tooLong) {
                ingest.addTooLong(line, number);
            } else {
                ingest.add(line, number, batch);
            }
        };
        splitter.feed(text, onLine);
        splitter.finish(onLine);
        QCOMPARE(ingest.read(), std::uint64_t{6});
        QCOMPARE(ingest.parsed(), std::uint64_t{2});
        QCOMPARE(ingest.rejected().count(), std::uint64_t{4});
        const auto& rejected = ingest.rejected().first();
        QCOMPARE(rejected[0].number, std::uint64_t{2});
        QCOMPARE(q(rejected[0].reason), q(sourceOf(Text::LogNulByte)));
        QVERIFY(rejected[0].head.find("\\x00") != std::string::npos ||
                rejected[0].head.find("\\u0000") != std::string::npos);
        QCOMPARE(rejected[1].number, std::uint64_t{3});
        QCOMPARE(q(rejected[1].reason), q(sourceOf(Text::LogKeyNotText)));
        QVERIFY(rejected[1].head.starts_with("\\xff\\xfe"));
        QCOMPARE(rejected[2].number, std::uint64_t{4});
        QCOMPARE(rejected[3].number, std::uint64_t{5});

        QCOMPARE(batch.requests.size(), std::size_t{2});
        QCOMPARE(q(batch.requests[0].key), QStringLiteral("83.149.9.216"));
        QCOMPARE(q(batch.requests[0].ip), QStringLiteral("83.149.9.216"));
        QCOMPARE(q(batch.requests[0].route), QString());
        QCOMPARE(batch.requests[0].timestamp, kLineTime);
        QCOMPARE(batch.requests[0].cost, std::uint32_t{1});
        QCOMPARE(q(batch.requests[1].key), QStringLiteral("1.2.3.4"));
        QCOMPARE(q(batch.requests[1].route), QStringLiteral("api"));
        QCOMPARE(ingest.lastRecord().status, 200);
    }

    void ingestKeepsViewsWhenTheBatchGrows()
    {
        IngestOptions options;
        options.format = formatOf("common");
        options.key = keyOf("user");
        LineIngest ingest(std::move(options));
        RequestBatch batch;
        for (int i = 0; i < 20000; ++i) {
            const std::string line = "10.0.0." + std::to_string(i % 250) + " - user-" + std::to_string(i) +
                                     " [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 1";
            QVERIFY(ingest.add(line, static_cast<std::uint64_t>(i + 1), batch));
        }
        QCOMPARE(batch.requests.size(), std::size_t{20000});
        QCOMPARE(q(batch.requests[0].key), QStringLiteral("user-0"));
        QCOMPARE(q(batch.requests[0].ip), QStringLiteral("10.0.0.0"));
        QCOMPARE(q(batch.requests[19999].key), QStringLiteral("user-19999"));
        // A line without a user has no key under `user`.
        QVERIFY(!ingest.add("1.1.1.1 - - [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 1", 20001, batch));
        QCOMPARE(q(ingest.rejected().first().back().reason), q(sourceOf(Text::LogNoKey)));
    }

    void daysFromCivil()
    {
        QCOMPARE(LogTime::daysFromCivil(1970, 1, 1), std::int64_t{0});
        QCOMPARE(LogTime::daysFromCivil(2000, 3, 1), std::int64_t{11017});
        QCOMPARE(LogTime::daysFromCivil(2024, 2, 29), std::int64_t{19782});
    }
};

QTEST_GUILESS_MAIN(TestLogParser)
#include "tst_log_parser.moc"
