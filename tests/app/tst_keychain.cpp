// SPDX-License-Identifier: Apache-2.0
// The notification secrets in a real Secret Service (tests/with-keyring.sh runs this program inside a private
// D-Bus session with an unlocked gnome-keyring): stored and read back by another store, cleared on request,
// never written to the database or the settings file, handed on to delivery by the host (when delivery is
// built), and a keychain too slow for the deadline reported as unavailable.
#include "../engine/SmtpReceiver.h"
#include "ConsoleTestSupport.h"

#include "AppSettings.h"
#include "Console.h"
#include "EngineHost.h"
#include "secrets/SecretStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice;

namespace {
const QString kService = QStringLiteral("sluice-test");

engine::NotifySecrets someSecrets()
{
    engine::NotifySecrets s;
    s.smtpPassword = "smtp-Pa55-7Kq2xW";
    s.webhookUrl = "https://hooks.example.org/services/T000/B000/tok3n-Zr8Lm4";
    s.smsPassword = "sms-auth-9Hd3Pq";
    return s;
}

// Opens a store and waits until it has read what the keychain holds.
bool openAndLoad(ui::SecretStore& store)
{
    QSignalSpy loaded(&store, &ui::SecretStore::loaded);
    store.open();
    return loaded.wait(30000);
}

// Every file under `dir` that holds `secret` (the database, its WAL, the settings file, anything else).
QStringList filesHolding(const QString& dir, const std::string& secret)
{
    QStringList found;
    QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(QByteArray::fromStdString(secret))) {
            found << file.fileName();
        }
    }
    return found;
}
}  // namespace

class TestKeychain final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void aSecretIsStoredAndReadBack();
    void clearingOneLeavesTheOthers();
    void noSecretReachesTheDatabaseOrTheSettings();
    void theHostHandsTheSecretsToDelivery();
    void aKeychainSlowerThanTheDeadlineIsUnavailable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKeychain::init() { m_dir = std::make_unique<QTemporaryDir>(); }

void TestKeychain::aSecretIsStoredAndReadBack()
{
    ui::SecretStore writer(kService);
    QVERIFY(openAndLoad(writer));
    QCOMPARE(writer.state().phase, ui::KeychainState::Phase::Available);
    QSignalSpy stored(&writer, &ui::SecretStore::stored);
    writer.store(someSecrets(), 0);
    QVERIFY(stored.wait(30000));
    QVERIFY2(stored.at(0).at(0).toBool(), qPrintable(stored.at(0).at(1).toString()));
    QVERIFY(writer.state().smtpPasswordSet && writer.state().webhookUrlSet && writer.state().smsPasswordSet);

    ui::SecretStore reader(kService);
    QVERIFY(openAndLoad(reader));
    QCOMPARE(reader.state().phase, ui::KeychainState::Phase::Available);
    QVERIFY(reader.secrets() == someSecrets());
    QVERIFY(reader.state().smtpPasswordSet && reader.state().webhookUrlSet && reader.state().smsPasswordSet);
}

void TestKeychain::clearingOneLeavesTheOthers()
{
    ui::SecretStore store(kService);
    QVERIFY(openAndLoad(store));
    QSignalSpy stored(&store, &ui::SecretStore::stored);
    store.store(someSecrets(), 0);
    QVERIFY(stored.wait(30000));
    engine::NotifySecrets newPassword;
    newPassword.smtpPassword = "changed-Pa55";
    store.store(newPassword, engine::channelBit(engine::Channel::Webhook));
    QVERIFY(stored.wait(30000));
    QVERIFY2(stored.at(1).at(0).toBool(), qPrintable(stored.at(1).at(1).toString()));

    ui::SecretStore reader(kService);
    QVERIFY(openAndLoad(reader));
    QCOMPARE(reader.secrets().smtpPassword, std::string("changed-Pa55"));
    QCOMPARE(reader.secrets().webhookUrl, std::string());
    QCOMPARE(reader.secrets().smsPassword, someSecrets().smsPassword);
    QVERIFY(!reader.state().webhookUrlSet);
}

void TestKeychain::noSecretReachesTheDatabaseOrTheSettings()
{
    const QString settingsFile = m_dir->filePath(QStringLiteral("console.ini"));
    const QString db = m_dir->filePath(QStringLiteral("sluice.db"));
    app::ConsoleSetup setup =
        testing::consoleSetup({QStringLiteral("sluice"), QStringLiteral("--db"), db}, settingsFile);
    setup.keychainService = QStringLiteral("sluice-test-console");
    {
        app::AppSettings settings(settingsFile, nullptr);
        app::Console console(std::move(setup), settings);
        app::EngineHost& host = console.host();
        QSignalSpy started(&host, &app::EngineHost::started);
        console.start();
        QVERIFY(started.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(host.keychain().phase, ui::KeychainState::Phase::Available, 30000);
        QSignalSpy stored(&host, &app::EngineHost::secretsStored);
        host.storeNotificationSecrets(someSecrets(), 0);
        QVERIFY(stored.wait(30000));
        QVERIFY2(stored.at(0).at(0).toBool(), qPrintable(stored.at(0).at(1).toString()));
        QVERIFY(host.keychain().smtpPasswordSet && host.keychain().webhookUrlSet && host.keychain().smsPasswordSet);
        console.finish();  // writes the settings and everything the engine holds
    }
    QVERIFY(QFile::exists(db));
    QVERIFY(QFile::exists(settingsFile));
    for (const std::string& secret :
         {someSecrets().smtpPassword, someSecrets().webhookUrl, someSecrets().smsPassword}) {
        QCOMPARE(filesHolding(m_dir->path(), secret), QStringList{});
    }
}

void TestKeychain::theHostHandsTheSecretsToDelivery()
{
    if (!SmtpReceiver::available()) {
        QSKIP("python3 with aiosmtpd is not installed (Debian: python3-aiosmtpd)");
    }
    SmtpReceiver server(QStringLiteral("sluice-mailer"), QString::fromStdString(someSecrets().smtpPassword));
    engine::RuntimeOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    engine::EmailChannelConfig& email = options.config.notify.email;
    email.host = "127.0.0.1";
    email.port = server.port();
    email.username = "sluice-mailer";
    email.from = "Sluice <alerts@sluice.example.org>";
    email.caFile = (SmtpReceiver::certificateDir() + QStringLiteral("/ca.pem")).toStdString();
    app::EngineHost host(options);
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(30000));
    if (host.runtime()->notifications() == nullptr) {
        QSKIP("notification delivery does not run in this build");
    }
    // What an earlier run stored, read by this host at its start and handed to delivery.
    {
        ui::SecretStore earlier(QStringLiteral("sluice-test-host"));
        QVERIFY(openAndLoad(earlier));
        QSignalSpy stored(&earlier, &ui::SecretStore::stored);
        earlier.store(someSecrets(), 0);
        QVERIFY(stored.wait(30000));
    }
    host.openKeychain(QStringLiteral("sluice-test-host"));
    QTRY_VERIFY_WITH_TIMEOUT(host.keychain().phase == ui::KeychainState::Phase::Available, 30000);
    QVERIFY(host.keychain().smtpPasswordSet);
    // The test message goes with the password delivery was given (the server requires it): the secrets were
    // handed on before the keychain reported them, and calls into delivery keep their order.
    QSignalSpy finished(&host, &app::EngineHost::testNotificationFinished);
    const quint64 id = host.sendTestNotification(engine::Channel::Email, QStringLiteral("alice@example.org"));
    QVERIFY(id != 0);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toULongLong(), id);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QCOMPARE(server.received(), 1);
    QCOMPARE(server.message(1)[QStringLiteral("rcpt_tos")].toArray().at(0).toString(),
             QStringLiteral("alice@example.org"));
}

void TestKeychain::aKeychainSlowerThanTheDeadlineIsUnavailable()
{
    // A healthy keyring needs some milliseconds a job: a deadline of one gives up first, as it would on a
    // keychain that hangs, and says so.
    QElapsedTimer clock;
    clock.start();
    ui::SecretStore store(kService, std::chrono::milliseconds(1));
    QVERIFY(openAndLoad(store));
    QCOMPARE(store.state().phase, ui::KeychainState::Phase::Unavailable);
    QVERIFY2(store.state().error.contains(QStringLiteral("did not answer")), qPrintable(store.state().error));
    QVERIFY(clock.elapsed() < 5000);
    QSignalSpy stored(&store, &ui::SecretStore::stored);
    store.store(someSecrets(), 0);
    QVERIFY(stored.wait(10000));
    QVERIFY(!stored.at(0).at(0).toBool());
    QVERIFY2(stored.at(0).at(1).toString().contains(QStringLiteral("No keychain")),
             qPrintable(stored.at(0).at(1).toString()));
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
