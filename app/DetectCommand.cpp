// SPDX-License-Identifier: Apache-2.0
#include "DetectCommand.h"

#include "CommandLine.h"
#include "Translations.h"

#include "anomaly/AnomalyDetector.h"
#include "anomaly/SeriesCsv.h"
#include "core/AtomicFile.h"
#include "core/CsvCell.h"
#include "core/InputFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>

namespace sluice::app {

namespace {

// The command's texts, under one translation context that lupdate sees too.
struct DetectText {
    Q_DECLARE_TR_FUNCTIONS(detect)
};

constexpr std::size_t kFlushBytes = 64 * 1024;

struct Options {
    QString series;
    QString out;
};

int parse(const QCoreApplication& app, Options& o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DetectText::tr(
        "Scores a metric series for anomalies without a display: reads timestamp,value rows (the Numenta Anomaly "
        "Benchmark format) and writes timestamp,value,score,alert per row. Each row is scored only from the rows "
        "before it; alert is 1 on the row that opens an incident.\n"
        "Example: sluice detect --series requests.csv --out scored.csv"));
    parser.addHelpOption();
    addLanguageOption(parser);
    parser.addPositionalArgument(QStringLiteral("detect"), DetectText::tr("The command."));
    const QCommandLineOption series(QStringLiteral("series"),
                                    DetectText::tr("The series <file> to score (CSV with the header timestamp,value)."),
                                    QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 DetectText::tr("Write the scored rows to <file> (default: standard output)."),
                                 QStringLiteral("file"));
    parser.addOptions({series, out});
    if (!parser.parse(app.arguments())) {
        return fail(kExitBadInput, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return -1;
    }
    if (!parser.isSet(series) || parser.positionalArguments().size() != 1) {
        return fail(kExitBadInput, DetectText::tr("usage: sluice detect --series <file.csv> [--out <file.csv>]"));
    }
    o.series = parser.value(series);
    o.out = parser.value(out);
    return kExitOk;
}

QString problemText(engine::anomaly::SeriesProblem problem)
{
    using engine::anomaly::SeriesProblem;
    switch (problem) {
    case SeriesProblem::None:
        break;
    case SeriesProblem::Empty:
        return DetectText::tr("the file is empty; it needs the header line timestamp,value");
    case SeriesProblem::Header:
        return DetectText::tr("the first line must be the header timestamp,value");
    case SeriesProblem::FieldCount:
        return DetectText::tr("a row needs exactly two fields, timestamp and value");
    case SeriesProblem::BadTime:
        return DetectText::tr("the time stamp is not YYYY-MM-DD HH:MM:SS");
    case SeriesProblem::BadValue:
        return DetectText::tr("the value is not a finite number");
    case SeriesProblem::TooManyRows:
        return DetectText::tr("more than %1 rows; split the series").arg(engine::anomaly::SeriesCsv::kMaxRows);
    case SeriesProblem::NoRows:
        return DetectText::tr("the file has a header but no rows");
    }
    return {};
}

QString parseError(const QString& file, const engine::anomaly::SeriesParse& parsed)
{
    const QString what = problemText(parsed.problem);
    if (parsed.column == 0) {
        return DetectText::tr("%1, line %2: %3").arg(file).arg(parsed.line).arg(what);
    }
    const QString column = parsed.column == 1 ? QStringLiteral("timestamp") : QStringLiteral("value");
    return DetectText::tr("%1, line %2, column %3 (%4): %5")
        .arg(file)
        .arg(parsed.line)
        .arg(parsed.column)
        .arg(column, what);
}

// Shortest text that reads back to the same number, whatever the locale.
std::string_view number(char (&buffer)[64], double value)
{
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return {buffer, ec == std::errc() ? static_cast<std::size_t>(end - buffer) : 0};
}

std::string_view fixed4(char (&buffer)[64], double value)
{
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 4);
    return {buffer, ec == std::errc() ? static_cast<std::size_t>(end - buffer) : 0};
}

// Where the scored rows go: a file written atomically (the target changes only when all of it was written), or
// standard output.
class Sink {
public:
    explicit Sink(const QString& path)
    {
        if (!path.isEmpty()) {
            m_file.emplace(path.toStdString());
            m_ok = m_file->open();
        }
    }
    void write(std::string_view bytes)
    {
        if (m_ok) {
            m_ok = m_file ? m_file->write(bytes) : std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size();
        }
    }
    // Why writing failed, or nothing when all of it was written.
    std::optional<std::string> finish()
    {
        if (m_file) {
            if (m_ok && m_file->commit()) {
                return std::nullopt;
            }
            return m_file->error().empty() ? std::string(std::strerror(EIO)) : m_file->error();
        }
        if (m_ok && std::fflush(stdout) == 0) {
            return std::nullopt;
        }
        return std::string(std::strerror(errno));
    }

private:
    std::optional<engine::AtomicFile> m_file;
    bool m_ok = true;
};

}  // namespace

int runDetect(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Options o;
    if (const int code = parse(app, o); code != kExitOk) {
        return code < 0 ? kExitOk : code;
    }
    std::string text;
    if (const auto problem = engine::readInputFile(o.series.toStdString(), engine::kMaxCsvBytes, text, "series file")) {
        return fail(kExitBadInput, QString::fromStdString(*problem));
    }
    const engine::anomaly::SeriesParse parsed = engine::anomaly::SeriesCsv::parse(text);
    if (!parsed.ok()) {
        return fail(kExitBadInput, parseError(o.series, parsed));
    }

    Sink sink(o.out);
    std::string chunk;
    engine::CsvCell::appendRecord(chunk, {"timestamp", "value", "score", "alert"});
    engine::anomaly::AnomalyDetector detector;
    std::size_t alerts = 0;
    for (const auto& row : parsed.rows) {
        const auto verdict = detector.observe(row.time, row.value);
        alerts += verdict.alert ? 1 : 0;
        char value[64];
        char score[64];
        engine::CsvCell::appendRecord(chunk, {std::string_view(text).substr(row.timeAt, row.timeSize),
                                              number(value, row.value), fixed4(score, verdict.score),
                                              verdict.alert ? "1" : "0"});
        if (chunk.size() >= kFlushBytes) {
            sink.write(chunk);
            chunk.clear();
        }
    }
    sink.write(chunk);
    if (const auto problem = sink.finish()) {
        const QString target = o.out.isEmpty() ? QStringLiteral("-") : o.out;
        return fail(kExitFailure, DetectText::tr("cannot write %1: %2").arg(target, QString::fromStdString(*problem)));
    }
    if (!o.out.isEmpty()) {
        std::printf("%s\n", qPrintable(DetectText::tr("%1 rows scored, %2 alerts; written to %3")
                                           .arg(parsed.rows.size())
                                           .arg(alerts)
                                           .arg(o.out)));
    }
    return kExitOk;
}

}  // namespace sluice::app
