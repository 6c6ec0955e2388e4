// SPDX-License-Identifier: Apache-2.0
// A replayed access log as a traffic source: the log's own timing on a manual pacing clock at a speed factor,
// pause, progress to the end, cancel by destruction; and the file reader under it (plain, gzip, cut-off gzip).
#include "logs/LogFileReader.h"
#include "runtime/EngineRuntime.h"
#include "sources/LogReplaySource.h"

#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

using namespace sluice::engine;

namespace {

constexpr int kSeconds = 100;
constexpr int kPerSecond = 10;
constexpr TimeNs kStart = 1431857100LL * kNsPerSec;  // 17/May/2015:10:05:00 +0000

std::string accessLog()
{
    std::string text;
    char line[200];
    for (int s = 0; s < kSeconds; ++s) {
        for (int c = 0; c < kPerSecond; ++c) {
            std::snprintf(line, sizeof line,
                          "10.0.0.%d - - [17/May/2015:10:%02d:%02d +0000] \"GET /p HTTP/1.1\" 200 1 \"-\" \"t\"\n",
                          c + 1, 5 + s / 60, s % 60);
            text += line;
        }
    }
    return text;
}

logs::IngestOptions combined()
{
    logs::IngestOptions options;
    std::string error;
    options.format = *logs::logFormatFromText("combined", error);
    options.key = *logs::keySpecFromText("ip", error);
    return options;
}

}  // namespace

class TestLogReplaySource final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_text = accessLog();
        m_path = m_dir.filePath(QStringLiteral("access.log")).toStdString();
        QFile f(QString::fromStdString(m_path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_text.data(), static_cast<qint64>(m_text.size()));
    }

    void init()
    {
        RuntimeOptions options;
        options.followRequestTime = true;
        m_clock = std::make_unique<ManualClock>(kStart);
        m_pacing = std::make_unique<ManualPacingClock>();
        std::string error;
        m_runtime = EngineRuntime::start(options, *m_clock, {}, error);
        QVERIFY2(m_runtime, error.c_str());
    }

    void cleanup()
    {
        m_source.reset();  // the traffic before the engine it feeds
        m_runtime.reset();
    }

    void followsTheLogsTimingAtTheChosenSpeed()
    {
        open(10);
        QCOMPARE(LogReplaySource::firstLineTime(m_path, combined().format), kStart);
        m_source->start();
        m_pacing->waitForSleeper();
        QCOMPARE(m_source->state().virtualNow, kStart);  // the first second only: nothing runs ahead

        m_pacing->advance(kNsPerSec);  // ten seconds of log
        m_pacing->waitForSleeper();
        QCOMPARE(m_source->state().virtualNow, kStart + 10 * kNsPerSec);
        const SourceState s = m_source->state();
        QCOMPARE(s.kind, SourceKind::LogReplay);
        QVERIFY(s.running);
        QVERIFY(s.progress >= 0 && s.progress < 1);

        QVERIFY(!m_source->control(control::SetPaused{true}));
        m_pacing->advance(60 * kNsPerSec);  // a minute passes while paused
        m_runtime->sync();
        QVERIFY(m_source->state().paused);
        QCOMPARE(m_source->state().virtualNow, kStart + 10 * kNsPerSec);

        // Resumed, it carries on from where it stood rather than catching up on the paused minute.
        QVERIFY(!m_source->control(control::SetPaused{false}));
        m_pacing->advance(kNsPerSec);
        m_pacing->waitForSleeper();
        QCOMPARE(m_source->state().virtualNow, kStart + 20 * kNsPerSec);
        QVERIFY(m_source->control(control::Choose{"x"}));  // a replay has nothing to choose

        QVERIFY(!m_source->control(control::SetSpeed{SourceState::kUnpaced}));
        m_source->waitFinished();
        const LogReplaySource::Counts counts = m_source->counts();
        QCOMPARE(counts.read, std::uint64_t{kSeconds * kPerSecond});
        QCOMPARE(counts.parsed, std::uint64_t{kSeconds * kPerSecond});
        QCOMPARE(counts.allowed + counts.denied, std::uint64_t{kSeconds * kPerSecond});
        QCOMPARE(m_source->state().progress, 1.0);
        QVERIFY(!m_source->state().running);
    }

    void destroyingItCancelsTheReplay()
    {
        open(1);
        m_source->start();
        m_pacing->waitForSleeper();
        m_source.reset();  // waiting for its next second: returns at once
        QVERIFY(true);
    }

    void cancelEndsTheWaitForIt()
    {
        open(1);
        m_source->start();
        m_pacing->waitForSleeper();
        m_source->cancel();
        m_source->waitFinished();  // returns: the console's replay dialog waits on it
        QVERIFY(m_source->counts().read < std::uint64_t{kSeconds * kPerSecond});
    }

    void readsPlainAndGzipFilesAlike()
    {
        const std::string gzPath = m_dir.filePath(QStringLiteral("access.log.gz")).toStdString();
        gzFile gz = gzopen(gzPath.c_str(), "wb");
        QVERIFY(gz);
        QCOMPARE(gzwrite(gz, m_text.data(), static_cast<unsigned>(m_text.size())), static_cast<int>(m_text.size()));
        QCOMPARE(gzclose(gz), Z_OK);
        QCOMPARE(readAll(m_path), m_text);
        QCOMPARE(readAll(gzPath), m_text);

        // Cut off in the middle: what was there is read, and the end is reported as an error.
        QFile full(QString::fromStdString(gzPath));
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QByteArray bytes = full.readAll();
        const std::string cutPath = m_dir.filePath(QStringLiteral("cut.log.gz")).toStdString();
        QFile cut(QString::fromStdString(cutPath));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
        cut.close();
        std::string error;
        auto reader = logs::LogFileReader::open(cutPath, error);
        QVERIFY(reader);
        while (!reader->read().empty()) {
        }
        QVERIFY(!reader->error().empty());
        QVERIFY(reader->bytesRead() > 0 && reader->bytesRead() < m_text.size());

        QVERIFY(!logs::LogFileReader::open(m_dir.filePath(QStringLiteral("missing")).toStdString(), error));
        QVERIFY(error.find("missing") != std::string::npos);
        QVERIFY(!logs::LogFileReader::open(m_dir.path().toStdString(), error));
        QVERIFY(error.find("folder") != std::string::npos);
    }

private:
    void open(double speed)
    {
        LogReplayOptions options;
        options.path = m_path;
        options.ingest = combined();
        options.speed = speed;
        std::string error;
        m_source = LogReplaySource::open(*m_runtime, std::move(options), error, m_clock.get(), *m_pacing);
        QVERIFY2(m_source, error.c_str());
    }

    static std::string readAll(const std::string& path)
    {
        std::string error;
        auto reader = logs::LogFileReader::open(path, error);
        if (!reader) {
            return error;
        }
        std::string out;
        for (std::string_view chunk = reader->read(); !chunk.empty(); chunk = reader->read()) {
            out += chunk;
        }
        if (reader->progress() != 1.0 || reader->totalBytes() == 0) {
            return "progress";
        }
        return out;
    }

    QTemporaryDir m_dir;
    std::string m_text;
    std::string m_path;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ManualPacingClock> m_pacing;
    std::unique_ptr<EngineRuntime> m_runtime;
    std::unique_ptr<LogReplaySource> m_source;
};

QTEST_GUILESS_MAIN(TestLogReplaySource)
#include "tst_log_replay_source.moc"
