// SPDX-License-Identifier: Apache-2.0
// No keychain at all (the session bus address points nowhere, as on a server without a desktop session): the
// store says so with the keychain's own words well within its deadline, refuses to store instead of writing the
// secrets anywhere else, and the console's host reports the same.
#include "EngineHost.h"
#include "secrets/SecretStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice;

class TestKeychainAbsent final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void noKeychainIsReportedQuicklyWithItsReason();
    void theHostSaysThereIsNoKeychain();
};

void TestKeychainAbsent::initTestCase()
{
    // QtKeychain picks its backend once per process, at the first job: the environment is set before.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sluice-test/bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qunsetenv("XDG_CURRENT_DESKTOP");
    qunsetenv("KDE_SESSION_VERSION");
}

void TestKeychainAbsent::noKeychainIsReportedQuicklyWithItsReason()
{
    QElapsedTimer clock;
    clock.start();
    ui::SecretStore store(QStringLiteral("sluice-test"));
    QSignalSpy loaded(&store, &ui::SecretStore::loaded);
    store.open();
    QCOMPARE(store.state().phase, ui::KeychainState::Phase::Checking);
    QVERIFY(loaded.wait(ui::SecretStore::kDeadline.count() * 3));
    // The keychain's own answer, not the deadline: a missing bus fails in milliseconds.
    QVERIFY2(clock.elapsed() < ui::SecretStore::kDeadline.count(), QByteArray::number(clock.elapsed()).constData());
    QCOMPARE(store.state().phase, ui::KeychainState::Phase::Unavailable);
    QVERIFY(!store.state().error.isEmpty());
    QVERIFY2(!store.state().error.contains(QStringLiteral("did not answer")), qPrintable(store.state().error));
    QVERIFY(store.secrets() == engine::NotifySecrets{});

    QSignalSpy stored(&store, &ui::SecretStore::stored);
    engine::NotifySecrets secrets;
    secrets.smtpPassword = "never-stored";
    store.store(secrets, 0);
    QVERIFY(stored.wait(10000));
    QVERIFY(!stored.at(0).at(0).toBool());
    const QString refusal = stored.at(0).at(1).toString();
    QVERIFY2(refusal.contains(QStringLiteral("No keychain")) && refusal.contains(store.state().error),
             qPrintable(refusal));
    qInfo("no keychain after %lld ms: %s", clock.elapsed(), qPrintable(store.state().error));
}

void TestKeychainAbsent::theHostSaysThereIsNoKeychain()
{
    QTemporaryDir dir;
    engine::RuntimeOptions options;
    options.databasePath = dir.filePath(QStringLiteral("sluice.db")).toStdString();
    app::EngineHost host(options);
    QCOMPARE(host.keychain().phase, ui::KeychainState::Phase::Unavailable);  // not opened: none is used
    QSignalSpy changed(&host, &app::EngineHost::keychainChanged);
    host.openKeychain(QStringLiteral("sluice-test"));
    QTRY_COMPARE_WITH_TIMEOUT(host.keychain().phase, ui::KeychainState::Phase::Unavailable, 10000);
    QVERIFY(changed.count() >= 2);  // checking, then unavailable
    QVERIFY(!host.keychain().error.isEmpty());
    QSignalSpy stored(&host, &app::EngineHost::secretsStored);
    host.storeNotificationSecrets(engine::NotifySecrets{"a", "b", "c"}, 0);
    QVERIFY(stored.wait(10000));
    QVERIFY(!stored.at(0).at(0).toBool());
    QVERIFY(!stored.at(0).at(1).toString().isEmpty());
}

QTEST_MAIN(TestKeychainAbsent)
#include "tst_keychain_absent.moc"
