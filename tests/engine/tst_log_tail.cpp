// SPDX-License-Identifier: Apache-2.0
// Following an access log as it grows and is rotated: every line written is read exactly once, whatever order
// the writer, the rotation and the reader's polls come in, and a restart resumes where the lines used ended.
#include "logs/LogTail.h"

#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

using namespace sluice::engine::logs;

namespace {

// A log writer as a web server is one: it keeps its file open and appends, until told to reopen the path.
class Writer final {
public:
    explicit Writer(std::string path) : m_path(std::move(path)) { reopen(); }
    ~Writer() { ::close(m_fd); }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    void reopen()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_fd = ::open(m_path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    }
    bool write(std::string_view text) const
    {
        return ::write(m_fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    }
    bool lines(int from, int to) const
    {
        std::string text;
        for (int i = from; i <= to; ++i) {
            text += lineText(i) + '\n';
        }
        return write(text);
    }
    static std::string lineText(int number) { return "line " + std::to_string(number); }

private:
    std::string m_path;
    int m_fd = -1;
};

// What the reader does with the chunks: whole lines out, an unfinished one held; at a rotation the held bytes
// are the last line of the file before, ended there.
class Lines final {
public:
    void feed(const LogTail& tail, std::string_view chunk)
    {
        if (tail.rotatedSinceLastPoll()) {
            finish();
        }
        for (char c : chunk) {
            if (c == '\n') {
                seen.push_back(m_pending);
                m_pending.clear();
            } else {
                m_pending += c;
            }
        }
    }
    void finish()
    {
        if (!m_pending.empty()) {
            seen.push_back(m_pending);
            m_pending.clear();
        }
    }
    std::size_t pending() const { return m_pending.size(); }

    std::vector<std::string> seen;

private:
    std::string m_pending;
};

// Polls until nothing new comes; returns how many chunks came.
int drain(LogTail& tail, Lines& lines)
{
    int chunks = 0;
    for (std::string_view chunk = tail.poll(); !chunk.empty(); chunk = tail.poll()) {
        lines.feed(tail, chunk);
        ++chunks;
    }
    if (tail.rotatedSinceLastPoll()) {
        lines.feed(tail, {});
    }
    return chunks;
}

std::vector<std::string> numbered(int from, int to)
{
    std::vector<std::string> out;
    for (int i = from; i <= to; ++i) {
        out.push_back(Writer::lineText(i));
    }
    return out;
}

std::string pathIn(const QTemporaryDir& dir, const char* name) { return dir.filePath(name).toStdString(); }

// A log being written, followed from its start.
struct Followed {
    explicit Followed(std::size_t chunkBytes = LogTail::kDefaultChunkBytes) : tail(path, std::nullopt, chunkBytes) {}

    QTemporaryDir dir;
    std::string path = pathIn(dir, "access.log");
    Writer writer{path};
    LogTail tail;
    Lines lines;
};

}  // namespace

class TestLogTail final : public QObject {
    Q_OBJECT

private slots:
    void linesSplitAcrossWritesComeOutWhole();
    void readsWholeChunksNotLines();
    void aFileThatAppearsLaterIsReadFromItsStart();
    void renameAndCreateReadsTheOldFileToItsEndFirst();
    void renameAndCreateWaitsWhileTheNewFileIsEmpty();
    void copyTruncateReadsWhatWasLeftFromTheCopy();
    void copyTruncateWithoutACopyStartsAgainAtZero();
    void aFileThatDisappearsAndComesBackIsReadAgain();
    void resumesAfterTheLastWholeLine();
    void resumesInTheRotatedFileThenTheNewOne();
    void aReplacedOrShorterFileIsReadFromItsStart();
};

void TestLogTail::linesSplitAcrossWritesComeOutWhole()
{
    Followed log;
    auto& [dir, path, writer, tail, lines] = log;
    QVERIFY(writer.write("li"));
    drain(tail, lines);
    QVERIFY(lines.seen.empty());
    QVERIFY(writer.write("ne 1\nline"));
    drain(tail, lines);
    QVERIFY(writer.write(" 2\nline 3 with a truncated en"));
    drain(tail, lines);
    QCOMPARE(lines.seen, numbered(1, 2));
    // The position is after the last whole line: the unfinished one is read again after a restart.
    QCOMPARE(tail.position(lines.pending()).offset, std::uint64_t(14));
    QVERIFY(writer.write("d\n"));
    drain(tail, lines);
    QCOMPARE(lines.seen.back(), std::string("line 3 with a truncated end"));
    QCOMPARE(tail.position(lines.pending()).offset, std::filesystem::file_size(path));
    QVERIFY(tail.error().empty());
    QCOMPARE(tail.bytesBehind(), std::uint64_t(0));
}

void TestLogTail::readsWholeChunksNotLines()
{
    QTemporaryDir dir;
    const std::string path = pathIn(dir, "access.log");
    Writer writer(path);
    QVERIFY(writer.lines(1, 100'000));
    const std::uint64_t size = std::filesystem::file_size(path);
    LogTail tail(path, std::nullopt);
    Lines lines;
    const int chunks = drain(tail, lines);
    QCOMPARE(lines.seen.size(), std::size_t(100'000));
    QCOMPARE(lines.seen, numbered(1, 100'000));
    QCOMPARE(chunks, static_cast<int>((size + LogTail::kDefaultChunkBytes - 1) / LogTail::kDefaultChunkBytes));
}

void TestLogTail::aFileThatAppearsLaterIsReadFromItsStart()
{
    QTemporaryDir dir;
    const std::string path = pathIn(dir, "access.log");
    LogTail tail(path, std::nullopt);
    QVERIFY(tail.poll().empty());
    QVERIFY(tail.waitingForFile());
    QVERIFY(tail.error().empty());  // waited for, not an error
    Writer writer(path);
    QVERIFY(writer.lines(1, 3));
    Lines lines;
    drain(tail, lines);
    QCOMPARE(lines.seen, numbered(1, 3));
    QVERIFY(!tail.waitingForFile());
}

void TestLogTail::renameAndCreateReadsTheOldFileToItsEndFirst()
{
    Followed log(16);  // small chunks: the rotation lands between reads of one file
    auto& [dir, path, writer, tail, lines] = log;
    QVERIFY(writer.lines(1, 3));
    drain(tail, lines);
    QVERIFY(writer.lines(4, 5));
    lines.feed(tail, tail.poll());  // part of 4 and 5 read, the rest not yet
    std::filesystem::rename(path, path + ".1");
    QVERIFY(writer.lines(6, 6));  // still writing the old file
    Writer fresh(path);           // logrotate's "create"
    QVERIFY(writer.lines(7, 7));  // the writer has not reopened yet
    drain(tail, lines);
    QCOMPARE(lines.seen, numbered(1, 7));
    writer.reopen();
    QVERIFY(writer.write("line 8\nline 9 unfinis"));
    drain(tail, lines);
    QCOMPARE(lines.seen, numbered(1, 8));
    QVERIFY(writer.write("hed\n"));
    drain(tail, lines);
    QCOMPARE(lines.seen.size(), std::size_t(9));
    QCOMPARE(lines.seen.back(), std::string("line 9 unfinished"));
    const FilePosition position = tail.position(lines.pending());
    struct stat st {};
    QCOMPARE(::stat(path.c_str(), &st), 0);
    QCOMPARE(position.inode, static_cast<std::uint64_t>(st.st_ino));
    QCOMPARE(position.offset, std::filesystem::file_size(path));
}

void TestLogTail::renameAndCreateWaitsWhileTheNewFileIsEmpty()
{
    Followed log;
    auto& [dir, path, writer, tail, lines] = log;
    QVERIFY(writer.write("line 1\nline 2 cut by the rotation"));
    drain(tail, lines);
    std::filesystem::rename(path, path + ".1");
    Writer fresh(path);
    drain(tail, lines);  // the new file is empty: the old one is still the one written
    QVERIFY(writer.write(" and finished\nline 3\n"));
    drain(tail, lines);
    QCOMPARE(lines.seen, (std::vector<std::string>{"line 1", "line 2 cut by the rotation and finished", "line 3"}));
    // An unfinished last line of the old file ends at the rotation: it is not glued to the new file's first.
    QVERIFY(writer.write("line 4 never finished"));
    QVERIFY(fresh.lines(5, 5));
    drain(tail, lines);
    QCOMPARE(lines.seen.size(), std::size_t(5));
    QCOMPARE(lines.seen[3], std::string("line 4 never finished"));
    QCOMPARE(lines.seen[4], std::string("line 5"));
}

void TestLogTail::copyTruncateReadsWhatWasLeftFromTheCopy()
{
    Followed log;
    auto& [dir, path, writer, tail, lines] = log;
    QVERIFY(writer.lines(1, 3));
    drain(tail, lines);
    QVERIFY(writer.lines(4, 5));  // written and not yet read when the rotation comes
    std::filesystem::copy_file(path, path + ".1");
    std::filesystem::resize_file(path, 0);
    QVERIFY(writer.lines(6, 6));  // appended after the truncation: from the file's start
    drain(tail, lines);
    QCOMPARE(lines.seen, numbered(1, 6));
    QVERIFY(writer.lines(7, 8));
    drain(tail, lines);
    QCOMPARE(lines.seen, numbered(1, 8));
    QCOMPARE(tail.position(0).offset, std::filesystem::file_size(path));
}

void TestLogTail::copyTruncateWithoutACopyStartsAgainAtZero()
{
    Followed log;
    auto& [dir, path, writer, tail, lines] = log;
    QVERIFY(writer.lines(1, 3));
    drain(tail, lines);
    // The copy went elsewhere (compressed at once): what the file holds after the truncation is read once.
    std::filesystem::resize_file(path, 0);
    QVERIFY(writer.lines(4, 4));
    drain(tail, lines);
    QCOMPARE(lines.seen, numbered(1, 4));
    // Someone else's file at "<path>.1" is not taken for the copy.
    {
        Writer other(path + ".1");
        QVERIFY(other.write(std::string(200, 'x') + '\n'));
    }
    std::filesystem::resize_file(path, 0);
    QVERIFY(writer.lines(5, 5));
    drain(tail, lines);
    QCOMPARE(lines.seen, numbered(1, 5));
}

void TestLogTail::aFileThatDisappearsAndComesBackIsReadAgain()
{
    QTemporaryDir dir;
    const std::string path = pathIn(dir, "access.log");
    LogTail tail(path, std::nullopt);
    Lines lines;
    {
        Writer writer(path);
        QVERIFY(writer.lines(1, 2));
        drain(tail, lines);
        std::filesystem::remove(path);
        QVERIFY(writer.lines(3, 3));  // a writer that still holds the deleted file
    }
    drain(tail, lines);
    QVERIFY(tail.error().empty());
    QCOMPARE(lines.seen, numbered(1, 3));
    Writer again(path);
    QVERIFY(again.lines(4, 5));
    drain(tail, lines);
    QCOMPARE(lines.seen, numbered(1, 5));
}

void TestLogTail::resumesAfterTheLastWholeLine()
{
    QTemporaryDir dir;
    const std::string path = pathIn(dir, "access.log");
    Writer writer(path);
    FilePosition saved;
    {
        LogTail tail(path, std::nullopt);
        Lines lines;
        QVERIFY(writer.write("line 1\nline 2\nline 3\nline 4 half"));
        drain(tail, lines);
        QCOMPARE(lines.seen, numbered(1, 3));
        saved = tail.position(lines.pending());
    }
    QVERIFY(writer.write(" done\nline 5\n"));  // written while nothing follows the file
    LogTail tail(path, saved);
    Lines lines;
    drain(tail, lines);
    QCOMPARE(lines.seen, (std::vector<std::string>{"line 4 half done", "line 5"}));
}

void TestLogTail::resumesInTheRotatedFileThenTheNewOne()
{
    QTemporaryDir dir;
    const std::string path = pathIn(dir, "access.log");
    Writer writer(path);
    FilePosition saved;
    {
        LogTail tail(path, std::nullopt);
        Lines lines;
        QVERIFY(writer.lines(1, 2));
        drain(tail, lines);
        saved = tail.position(lines.pending());
    }
    QVERIFY(writer.lines(3, 4));
    std::filesystem::rename(path, path + ".1");
    writer.reopen();
    QVERIFY(writer.lines(5, 6));
    LogTail tail(path, saved);
    Lines lines;
    drain(tail, lines);
    QCOMPARE(lines.seen, numbered(3, 6));
}

void TestLogTail::aReplacedOrShorterFileIsReadFromItsStart()
{
    QTemporaryDir dir;
    const std::string path = pathIn(dir, "access.log");
    FilePosition saved;
    {
        Writer writer(path);
        QVERIFY(writer.lines(1, 5));
        LogTail tail(path, std::nullopt);
        Lines lines;
        drain(tail, lines);
        saved = tail.position(0);
    }
    std::filesystem::resize_file(path, 0);
    {
        Writer writer(path);
        QVERIFY(writer.lines(6, 6));
    }
    {
        LogTail tail(path, saved);  // the same file, shorter than the saved offset: truncated meanwhile
        Lines lines;
        drain(tail, lines);
        QCOMPARE(lines.seen, numbered(6, 6));
    }
    {
        // Another file put in its place (made before the old one goes, so it cannot reuse its inode number).
        Writer writer(path + ".new");
        QVERIFY(writer.lines(1, 9));  // longer than the saved offset, but another file
        std::filesystem::rename(path + ".new", path);
    }
    LogTail tail(path, saved);
    Lines lines;
    drain(tail, lines);
    QCOMPARE(lines.seen, numbered(1, 9));
}

QTEST_GUILESS_MAIN(TestLogTail)
#include "tst_log_tail.moc"
