// SPDX-License-Identifier: Apache-2.0
// API tokens on a real database file: what a proxy's token opens, what a revoked or wrong one does not, and that
// only a salt and a hash ever reach the disk.
#include "StoreTestSupport.h"

#include "http/TokenStore.h"
#include "http/TokenVerifier.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::http;
using store::testing::kT0;

class TestTokenStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void aCreatedTokenIsAcceptedForItsScope();
    void aWrongOrMissingTokenIsRefused_data();
    void aWrongOrMissingTokenIsRefused();
    void scopesAllowWhatTheySay();
    void aRevokedTokenIsRefusedAndListed();
    void onlySaltAndHashReachTheDisk();
    void eachChangeLeavesAnAuditRow();
    void aNameIsTakenOnlyWhileItsTokenIsValid();
    void badNamesAreRefused();
    void aServerSeesTokensAnotherConnectionWrote();

private:
    std::unique_ptr<TokenStore> openStore();
    void loadFromDisk(TokenVerifier& verifier);
    std::string create(const char* name, TokenScope scope);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::string m_path;
};

void TestTokenStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    store::StoreError error;
    QVERIFY(store::Database::open(m_path, error) != nullptr);  // creates and migrates the file, then closes it
}

std::unique_ptr<TokenStore> TestTokenStore::openStore()
{
    std::string error;
    auto s = TokenStore::open(m_path, error);
    if (!s) {
        qWarning("%s", error.c_str());
    }
    return s;
}

void TestTokenStore::loadFromDisk(TokenVerifier& verifier)
{
    std::vector<TokenEntry> tokens;
    if (auto s = openStore(); s && !s->loadValid(tokens)) {
        verifier.replace(std::move(tokens));
    }
}

std::string TestTokenStore::create(const char* name, TokenScope scope)
{
    auto s = openStore();
    std::string token;
    if (!s || s->create(name, scope, "tester", kT0, token)) {
        return {};
    }
    return token;
}

void TestTokenStore::aCreatedTokenIsAcceptedForItsScope()
{
    const std::string token = create("nginx", TokenScope::Check);
    QVERIFY(token.starts_with("sluice_"));
    TokenVerifier verifier;
    loadFromDisk(verifier);
    QCOMPARE(verifier.size(), std::size_t(1));
    QCOMPARE(verifier.check("Bearer " + token, TokenScope::Check), TokenCheck::Accepted);
    QCOMPARE(verifier.check("bearer  " + token + " ", TokenScope::Check), TokenCheck::Accepted);
    QVERIFY(create("second", TokenScope::Check) != token);
}

void TestTokenStore::aWrongOrMissingTokenIsRefused_data()
{
    // %1 stands for the valid token, created by the test itself (data functions run before init()).
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<int>("expected");
    QTest::newRow("absent") << QString() << int(TokenCheck::Missing);
    QTest::newRow("basic auth") << QStringLiteral("Basic dXNlcjpwYXNz") << int(TokenCheck::Missing);
    QTest::newRow("bearer, nothing after") << QStringLiteral("Bearer   ") << int(TokenCheck::Missing);
    QTest::newRow("one digit off") << QStringLiteral("Bearer %1~") << int(TokenCheck::Invalid);
    QTest::newRow("another id") << QStringLiteral("Bearer %1#") << int(TokenCheck::Invalid);
    QTest::newRow("cut short") << QStringLiteral("Bearer %1-") << int(TokenCheck::Invalid);
    QTest::newRow("upper case") << QStringLiteral("Bearer %1^") << int(TokenCheck::Invalid);
    QTest::newRow("garbage") << QStringLiteral("Bearer sluice__x") << int(TokenCheck::Invalid);
}

void TestTokenStore::aWrongOrMissingTokenIsRefused()
{
    QFETCH(QString, authorization);
    QFETCH(int, expected);
    const QString token = QString::fromStdString(create("nginx", TokenScope::Check));
    QVERIFY(token.startsWith(QStringLiteral("sluice_1_")));
    QString wrongSecret = token;
    wrongSecret.back() = token.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    QString wrongId = token;
    wrongId.replace(QStringLiteral("sluice_1_"), QStringLiteral("sluice_2_"));
    authorization.replace(QStringLiteral("%1~"), wrongSecret)
        .replace(QStringLiteral("%1#"), wrongId)
        .replace(QStringLiteral("%1-"), token.chopped(1))
        .replace(QStringLiteral("%1^"), token.toUpper());
    TokenVerifier verifier;
    loadFromDisk(verifier);
    QCOMPARE(verifier.size(), std::size_t(1));
    QCOMPARE(int(verifier.check(authorization.toStdString(), TokenScope::Check)), expected);
    QCOMPARE(verifier.check("Bearer " + token.toStdString(), TokenScope::Check), TokenCheck::Accepted);
}

void TestTokenStore::scopesAllowWhatTheySay()
{
    const std::string check = create("proxy", TokenScope::Check);
    const std::string read = create("prometheus", TokenScope::Read);
    const std::string admin = create("ops", TokenScope::Admin);
    TokenVerifier v;
    loadFromDisk(v);
    QCOMPARE(v.check("Bearer " + check, TokenScope::Check), TokenCheck::Accepted);
    QCOMPARE(v.check("Bearer " + check, TokenScope::Read), TokenCheck::Forbidden);
    QCOMPARE(v.check("Bearer " + read, TokenScope::Read), TokenCheck::Accepted);
    QCOMPARE(v.check("Bearer " + read, TokenScope::Check), TokenCheck::Forbidden);
    for (const TokenScope needed : {TokenScope::Check, TokenScope::Read, TokenScope::Admin}) {
        QCOMPARE(v.check("Bearer " + admin, needed), TokenCheck::Accepted);
    }
    QCOMPARE(v.check("Bearer " + check, TokenScope::Admin), TokenCheck::Forbidden);
}

void TestTokenStore::aRevokedTokenIsRefusedAndListed()
{
    const std::string token = create("nginx", TokenScope::Check);
    const std::string other = create("traefik", TokenScope::Check);
    {
        auto s = openStore();
        QVERIFY(s);
        QVERIFY(!s->revoke("nginx", "tester", kT0 + kNsPerSec));
        const auto again = s->revoke("nginx", "tester", kT0 + 2 * kNsPerSec);
        QVERIFY(again);
        QCOMPARE(again->code, TokenError::Code::NotFound);
        std::vector<TokenInfo> all;
        QVERIFY(!s->list(all));
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all[0].name, std::string("nginx"));
        QCOMPARE(all[0].createdAt, kT0);
        QCOMPARE(all[0].revokedAt, kT0 + kNsPerSec);
        QCOMPARE(all[1].revokedAt, TimeNs(0));
    }
    TokenVerifier v;
    loadFromDisk(v);
    QCOMPARE(v.check("Bearer " + token, TokenScope::Check), TokenCheck::Invalid);
    QCOMPARE(v.check("Bearer " + other, TokenScope::Check), TokenCheck::Accepted);
}

void TestTokenStore::onlySaltAndHashReachTheDisk()
{
    const std::string token = create("nginx", TokenScope::Admin);
    const std::string secret = token.substr(token.rfind('_') + 1);
    QCOMPARE(secret.size(), std::size_t(64));
    {
        auto s = openStore();  // a checkpoint on close folds the WAL into the file
    }
    QByteArray everything;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        QFile f(QString::fromStdString(m_path + suffix));
        if (f.open(QIODevice::ReadOnly)) {
            everything += f.readAll();
        }
    }
    QVERIFY(everything.size() > 0);
    QVERIFY(!everything.contains(QByteArray::fromStdString(secret)));
    QVERIFY(!everything.contains(QByteArray::fromStdString(secret.substr(0, 16))));
    QVERIFY(!everything.contains(QByteArray::fromHex(QByteArray::fromStdString(secret))));
    const auto raw = store::testing::openRaw(m_path);
    sqlite3_stmt* stmt = nullptr;
    QCOMPARE(sqlite3_prepare_v2(raw.get(), "SELECT length(salt), length(hash), typeof(hash) FROM api_tokens", -1, &stmt,
                                nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(stmt, 0), 16);
    QCOMPARE(sqlite3_column_int(stmt, 1), 32);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 2))), QByteArray("blob"));
    sqlite3_finalize(stmt);
}

void TestTokenStore::eachChangeLeavesAnAuditRow()
{
    create("nginx", TokenScope::Check);
    {
        auto s = openStore();
        QVERIFY(!s->revoke("nginx", "alice", kT0 + kNsPerSec));
    }
    const auto raw = store::testing::openRaw(m_path);
    sqlite3_stmt* stmt = nullptr;
    QCOMPARE(sqlite3_prepare_v2(raw.get(),
                                "SELECT actor, action, target, coalesce(before, '-'), coalesce(after, '-') "
                                "FROM audit_log WHERE action LIKE 'token.%' ORDER BY id",
                                -1, &stmt, nullptr),
             SQLITE_OK);
    QStringList rows;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QStringList cells;
        for (int i = 0; i < 5; ++i) {
            cells << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)));
        }
        rows << cells.join(QLatin1Char(' '));
    }
    sqlite3_finalize(stmt);
    QCOMPARE(rows, QStringList({QStringLiteral("tester token.create nginx - {\"scope\":\"check\"}"),
                                QStringLiteral("alice token.revoke nginx {\"scope\":\"check\"} "
                                               "{\"scope\":\"check\",\"revoked\":true}")}));
}

void TestTokenStore::aNameIsTakenOnlyWhileItsTokenIsValid()
{
    const std::string first = create("nginx", TokenScope::Check);
    auto s = openStore();
    std::string token;
    const auto taken = s->create("nginx", TokenScope::Check, "tester", kT0, token);
    QVERIFY(taken);
    QCOMPARE(taken->code, TokenError::Code::NameTaken);
    QVERIFY(token.empty());
    QVERIFY(!s->revoke("nginx", "tester", kT0));
    QVERIFY(!s->create("nginx", TokenScope::Read, "tester", kT0, token));
    TokenVerifier v;
    loadFromDisk(v);
    QCOMPARE(v.check("Bearer " + first, TokenScope::Check), TokenCheck::Invalid);
    QCOMPARE(v.check("Bearer " + token, TokenScope::Read), TokenCheck::Accepted);
}

void TestTokenStore::badNamesAreRefused()
{
    auto s = openStore();
    std::string token;
    for (const std::string& name : {std::string(), std::string("two words"), std::string(65, 'a'),
                                    std::string("caf\xc3\xa9"), std::string("a\nb")}) {
        const auto error = s->create(name, TokenScope::Check, "tester", kT0, token);
        QVERIFY(error);
        QCOMPARE(error->code, TokenError::Code::BadName);
    }
    std::vector<TokenInfo> all;
    QVERIFY(!s->list(all));
    QVERIFY(all.empty());
}

void TestTokenStore::aServerSeesTokensAnotherConnectionWrote()
{
    auto server = openStore();
    QVERIFY(server->changed());  // the first look always loads
    QVERIFY(!server->changed());
    const std::string token = create("late", TokenScope::Check);
    QVERIFY(server->changed());
    std::vector<TokenEntry> tokens;
    QVERIFY(!server->loadValid(tokens));
    TokenVerifier v;
    QCOMPARE(v.check("Bearer " + token, TokenScope::Check), TokenCheck::Invalid);
    v.replace(std::move(tokens));
    QCOMPARE(v.check("Bearer " + token, TokenScope::Check), TokenCheck::Accepted);
    QVERIFY(!server->changed());
}

QTEST_APPLESS_MAIN(TestTokenStore)
#include "tst_token_store.moc"
