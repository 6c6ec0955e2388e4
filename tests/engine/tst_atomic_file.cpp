// SPDX-License-Identifier: Apache-2.0
// Files written completely or not at all: a failed write never replaces a good file, and says why.
#include "core/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace sluice::engine;

namespace {
QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void put(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QStringList leftovers(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Lowers the largest file this process may write, so a write past it fails in the kernel (EFBIG), as a full
// disk would fail it, without needing a full disk. Restored on scope exit.
class FileSizeLimit final {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);  // the write must fail, not kill the test
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};
}  // namespace

class TestAtomicFile final : public QObject {
    Q_OBJECT

private slots:
    void writesANewFile();
    void replacesAnOldFileKeepingItsPermissions();
    void aFailedWriteKeepsTheOldFileAndSaysWhy();
    void aDiscardedWriteKeepsTheOldFile();
    void aMissingFolderIsAnError();
    void aSymbolicLinkStaysALink();
    void devicesAreWrittenInPlace();
};

void TestAtomicFile::writesANewFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.json"));
    QCOMPARE(writeFileAtomically(path.toStdString(), "{\"ok\":true}\n"), std::nullopt);
    QCOMPARE(contents(path), QByteArray("{\"ok\":true}\n"));
    QCOMPARE(leftovers(dir), QStringList{QStringLiteral("report.json")});
}

void TestAtomicFile::replacesAnOldFileKeepingItsPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vip.csv"));
    put(path, "old");
    QCOMPARE(::chmod(path.toLocal8Bit().constData(), 0640), 0);
    QCOMPARE(writeFileAtomically(path.toStdString(), "new contents"), std::nullopt);
    QCOMPARE(contents(path), QByteArray("new contents"));
    struct stat st {};
    QCOMPARE(::stat(path.toLocal8Bit().constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0640));
    QCOMPARE(leftovers(dir), QStringList{QStringLiteral("vip.csv")});
}

void TestAtomicFile::aFailedWriteKeepsTheOldFileAndSaysWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prev.csv"));
    put(path, "key,tier,expires,notes\r\nalice,gold,,\r\n");
    std::optional<std::string> error;
    {
        const FileSizeLimit limit(16);
        error = writeFileAtomically(path.toStdString(), std::string(4096, 'x'));
    }
    QVERIFY(error.has_value());
    QVERIFY2(error->find("too large") != std::string::npos, error->c_str());  // EFBIG: "File too large"
    QCOMPARE(contents(path), QByteArray("key,tier,expires,notes\r\nalice,gold,,\r\n"));
    QCOMPARE(leftovers(dir), QStringList{QStringLiteral("prev.csv")});

    // Streaming: the first chunks fit, a later one fails, and commit refuses.
    AtomicFile file(path.toStdString());
    QVERIFY(file.open());
    {
        const FileSizeLimit limit(64);
        QVERIFY(file.write("0123456789"));
        QVERIFY(!file.write(std::string(4096, 'y')));
    }
    QVERIFY(!file.write("more"));
    QVERIFY(!file.commit());
    QVERIFY(!file.error().empty());
    QCOMPARE(contents(path), QByteArray("key,tier,expires,notes\r\nalice,gold,,\r\n"));
    QCOMPARE(leftovers(dir), QStringList{QStringLiteral("prev.csv")});
}

void TestAtomicFile::aDiscardedWriteKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    put(path, "old");
    {
        AtomicFile file(path.toStdString());
        QVERIFY(file.open());
        QVERIFY(file.write("half of a new file"));
        // Leaves scope without commit(): a cancelled export.
    }
    QCOMPARE(contents(path), QByteArray("old"));
    QCOMPARE(leftovers(dir), QStringList{QStringLiteral("audit.csv")});
}

void TestAtomicFile::aMissingFolderIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/r.json"));
    const auto error = writeFileAtomically(path.toStdString(), "x");
    QVERIFY(error.has_value());
    QVERIFY2(error->find("No such file") != std::string::npos, error->c_str());
    const auto folder = writeFileAtomically(dir.path().toStdString(), "x");
    QVERIFY(folder.has_value());
    QVERIFY2(folder->find("directory") != std::string::npos, folder->c_str());
}

void TestAtomicFile::aSymbolicLinkStaysALink()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("real.csv"));
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    put(target, "old");
    QVERIFY(QFile::link(target, link));
    QCOMPARE(writeFileAtomically(link.toStdString(), "new"), std::nullopt);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(contents(target), QByteArray("new"));
}

void TestAtomicFile::devicesAreWrittenInPlace()
{
    QCOMPARE(writeFileAtomically("/dev/null", "discarded"), std::nullopt);
    // /dev/full fails every write with ENOSPC: the error is reported, not swallowed.
    const auto error = writeFileAtomically("/dev/full", "x");
    QVERIFY(error.has_value());
    QVERIFY2(error->find("No space left") != std::string::npos, error->c_str());
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomic_file.moc"
