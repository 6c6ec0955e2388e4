// SPDX-License-Identifier: Apache-2.0
// One Sluice per database file, whatever name reaches the file: a hard link or a symlink is the same file.
#include "StoreTestSupport.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <string>

#include <unistd.h>

using namespace sluice::engine;
using namespace sluice::engine::store;
using namespace sluice::engine::store::testing;

class TestSingleInstance : public QObject {
    Q_OBJECT

private slots:
    void secondNameIsRefused_data();
    void secondNameIsRefused();
    void noLockFileBesideTheDatabase();
    void leftoverLockFileIsHarmless();
};

void TestSingleInstance::secondNameIsRefused_data()
{
    QTest::addColumn<bool>("hardLink");
    QTest::newRow("hard link") << true;
    QTest::newRow("symlink") << false;
}

void TestSingleInstance::secondNameIsRefused()
{
    QFETCH(bool, hardLink);
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    const std::string other = filePath(dir, "other-name.db");
    auto first = openOrFail(path);
    QVERIFY(first);
    QCOMPARE(hardLink ? ::link(path.c_str(), other.c_str()) : ::symlink(path.c_str(), other.c_str()), 0);
    StoreError error;
    QVERIFY(!Database::open(other, error));
    QVERIFY2(error.code == StoreError::Code::InUse, error.message.c_str());
    QVERIFY2(mentions(error, "Database " + other + " is in use by another Sluice process"), error.message.c_str());
    // The refused open touched nothing: the first connection still writes.
    first->writeEvents({Event{}});
    first.reset();
    auto again = openOrFail(other);
    QVERIFY(again);
    // And the original name is refused while the other name holds the file.
    QVERIFY(!Database::open(path, error));
    QVERIFY(error.code == StoreError::Code::InUse);
    again.reset();
    QVERIFY(openOrFail(path));
}

void TestSingleInstance::noLockFileBesideTheDatabase()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    auto db = openOrFail(path);
    QVERIFY(db);
    QVERIFY(!QFile::exists(QString::fromStdString(path + ".lock")));
}

void TestSingleInstance::leftoverLockFileIsHarmless()
{
    QTemporaryDir dir;
    const std::string path = filePath(dir, "sluice.db");
    {
        QFile stale(QString::fromStdString(path + ".lock"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
    }
    QVERIFY(openOrFail(path));
}

QTEST_APPLESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
