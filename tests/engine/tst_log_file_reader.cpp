// SPDX-License-Identifier: Apache-2.0
// A replayed log is read whole, plain or gzip-compressed, in large chunks; a damaged file says so.
#include "logs/LogFileReader.h"

#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>

using namespace sluice::engine::logs;

namespace {

std::string sampleLog()
{
    std::string text;
    for (int i = 0; i < 60'000; ++i) {
        text += "10.0.0." + std::to_string(i % 250) + " - - [05/Dec/2026:03:00:00 +0000] \"GET /item/" +
                std::to_string(i) + " HTTP/1.1\" 200 512 \"-\" \"curl/7.88\"\n";
    }
    return text;
}

bool writeGzip(const std::string& path, const std::string& text)
{
    gzFile file = gzopen(path.c_str(), "wb");
    const bool ok = file != nullptr &&
                    gzwrite(file, text.data(), static_cast<unsigned>(text.size())) == static_cast<int>(text.size());
    return gzclose(file) == Z_OK && ok;
}

// Everything the reader hands out, and in how many chunks.
std::string readAll(LogFileReader& reader, int& chunks)
{
    std::string out;
    chunks = 0;
    for (std::string_view chunk = reader.read(); !chunk.empty(); chunk = reader.read()) {
        out.append(chunk);
        ++chunks;
    }
    return out;
}

}  // namespace

class TestLogFileReader final : public QObject {
    Q_OBJECT

private slots:
    void readsAPlainFileInWholeChunks();
    void readsAGzipFile();
    void aFileCutShortIsAnError();
    void aMissingFileIsAnError();
};

void TestLogFileReader::readsAPlainFileInWholeChunks()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("access.log").toStdString();
    const std::string text = sampleLog();
    std::ofstream(path, std::ios::binary) << text;
    std::string error;
    auto reader = LogFileReader::open(path, error);
    QVERIFY2(reader, error.c_str());
    QCOMPARE(reader->totalBytes(), std::uint64_t(text.size()));
    QCOMPARE(reader->progress(), 0.0);
    int chunks = 0;
    QVERIFY(readAll(*reader, chunks) == text);
    QCOMPARE(chunks, static_cast<int>((text.size() + LogFileReader::kChunkBytes - 1) / LogFileReader::kChunkBytes));
    QVERIFY(reader->error().empty());
    QCOMPARE(reader->bytesRead(), std::uint64_t(text.size()));
    QCOMPARE(reader->progress(), 1.0);
}

void TestLogFileReader::readsAGzipFile()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("access.log.1.gz").toStdString();
    const std::string text = sampleLog();
    QVERIFY(writeGzip(path, text));
    std::string error;
    auto reader = LogFileReader::open(path, error);
    QVERIFY2(reader, error.c_str());
    QVERIFY(reader->totalBytes() < text.size() / 4);  // the size on disk, compressed
    int chunks = 0;
    const std::string first(reader->read());
    QVERIFY(reader->progress() > 0.0 && reader->progress() < 1.0);
    QVERIFY(first + readAll(*reader, chunks) == text);
    QVERIFY(reader->error().empty());
    QCOMPARE(reader->bytesRead(), std::uint64_t(text.size()));
}

void TestLogFileReader::aFileCutShortIsAnError()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("access.log.gz").toStdString();
    QVERIFY(writeGzip(path, sampleLog()));
    std::filesystem::resize_file(path, std::filesystem::file_size(path) / 2);
    std::string error;
    auto reader = LogFileReader::open(path, error);
    QVERIFY2(reader, error.c_str());
    int chunks = 0;
    const std::string got = readAll(*reader, chunks);
    QVERIFY(got.size() < sampleLog().size());
    QVERIFY2(reader->error().find(path) != std::string::npos, reader->error().c_str());
}

void TestLogFileReader::aMissingFileIsAnError()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("nothing.log").toStdString();
    std::string error;
    QVERIFY(!LogFileReader::open(path, error));
    QVERIFY(error.find(path) != std::string::npos);
    QVERIFY(!LogFileReader::open(dir.path().toStdString(), error));
    QVERIFY(error.find("folder") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestLogFileReader)
#include "tst_log_file_reader.moc"
