// SPDX-License-Identifier: Apache-2.0
// The VIP page on a real engine and database: the table, search and the expiring filter, the assign dialog's
// checks, the tier catalog's refusals, CSV import and export, the limit preview, and read-only mode.
#include "EngineHost.h"
#include "pages/vip/VipAssignDialog.h"
#include "pages/vip/VipAssignmentModel.h"
#include "pages/vip/VipPage.h"
#include "pages/vip/VipTierModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace sluice;

namespace {
// Watches through a real engine but says it may not change anything, as `sluice --read-only` will.
class ReadOnlyClient final : public ui::EngineClient {
public:
    explicit ReadOnlyClient(app::EngineHost* host) : m_host(host)
    {
        connect(host, &ui::EngineClient::answered, this, &ui::EngineClient::answered);
    }
    quint64 sendCommand(engine::Command) override { return 0; }
    quint64 ask(ui::EngineQuery query) override { return m_host->ask(std::move(query)); }
    QString databasePath() const override { return m_host->databasePath(); }
    QList<engine::SourceState> sources() const override { return {}; }
    void controlSource(const QString&, const engine::SourceControl&) override {}
    bool readOnly() const override { return true; }

private:
    app::EngineHost* m_host;
};

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}
}  // namespace

class TestVipPage final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tableSearchAndExpiringFilter();
    void assignDialogChecksItsInput();
    void changeAndRevoke();
    void tierCatalogEditsAndRefusals();
    void csvImportAndExport();
    void readOnlyDisablesEveryAdminControl();

private:
    void send(engine::Command c);
    int rows() const { return m_page->assignments()->rowCount(); }
    QString status() const { return m_page->findChild<QLabel*>(QStringLiteral("vipStatus"))->text(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::EngineHost> m_host;
    std::unique_ptr<ui::VipPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    engine::TimeNs m_t0 = 0;
};

void TestVipPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    engine::RuntimeOptions o;
    o.databasePath = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    o.config.policies = {engine::Policy{"", 60, engine::kNsPerMin, 10}};
    m_host = std::make_unique<app::EngineHost>(o);
    QSignalSpy started(m_host.get(), &app::EngineHost::started);
    m_host->start();
    QVERIFY(started.wait(10000));
    m_t0 = m_host->clock().now();
    send(engine::cmd::AssignVip{"partner-a", "gold", m_t0 + 2 * engine::kNsPerDay, "launch", "ann"});
    send(engine::cmd::AssignVip{"partner-b", "platinum", 0, "reseller", "bo"});
    send(engine::cmd::AssignVip{"app-c", "gold", m_t0 + 30 * engine::kNsPerDay, "", "cy"});
    m_page = std::make_unique<ui::VipPage>(m_host.get());
    // Both tables as the engine's answers replace their rows, in every test below.
    m_testers.clear();
    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(m_page->assignments()), static_cast<QAbstractItemModel*>(m_page->tiers())}) {
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 3, 10000);
}

void TestVipPage::cleanup()
{
    m_testers.clear();
    m_page.reset();
    m_host.reset();
}

void TestVipPage::send(engine::Command c)
{
    QSignalSpy finished(m_host.get(), &ui::EngineClient::commandFinished);
    m_host->sendCommand(std::move(c));
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
}

void TestVipPage::tableSearchAndExpiringFilter()
{
    auto* model = m_page->assignments();
    QCOMPARE(model->index(0, ui::VipAssignmentModel::KeyColumn).data().toString(), QStringLiteral("app-c"));
    QCOMPARE(model->index(1, ui::VipAssignmentModel::LimitColumn).data().toString(),
             QStringLiteral("%1/min").arg(QLocale().toString(90)));  // 60/min x 1.5
    QVERIFY(
        model->index(1, ui::VipAssignmentModel::AssignedColumn).data().toString().startsWith(QStringLiteral("ann")));
    QCOMPARE(model->index(2, ui::VipAssignmentModel::ExpiresColumn).data().toString(), QStringLiteral("never"));

    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("vipSearch"));
    QTest::keyClicks(search, QStringLiteral("partner"));
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 2, 10000);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("reseller"));  // notes are searched too
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 1, 10000);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("partner-b"));
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 3, 10000);

    m_page->findChild<QCheckBox*>(QStringLiteral("vipExpiringOnly"))->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 1, 10000);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("partner-a"));
    m_page->findChild<QCheckBox*>(QStringLiteral("vipExpiringOnly"))->setChecked(false);
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 3, 10000);

    auto* table = m_page->findChild<QTableView*>(QStringLiteral("vipTable"));
    table->horizontalHeader()->setSortIndicator(ui::VipAssignmentModel::LimitColumn, Qt::DescendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, 0).data().toString(), QStringLiteral("partner-b"), 10000);

    // Selecting a row previews its limit: base x reputation x VIP x throttle.
    table->selectRow(0);
    auto* preview = m_page->findChild<QLabel*>(QStringLiteral("vipPreview"));
    QTRY_VERIFY_WITH_TIMEOUT(preview->text().contains(QStringLiteral("= %1/min").arg(QLocale().toString(120))), 10000);
    QVERIFY(preview->text().contains(QStringLiteral("platinum")));
}

void TestVipPage::assignDialogChecksItsInput()
{
    m_page->findChild<QPushButton*>(QStringLiteral("vipAssign"))->click();
    auto* dialog = m_page->findChild<ui::VipAssignDialog*>(QStringLiteral("vipAssignDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("vipAssignError"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("key")));

    dialog->findChild<QLineEdit*>(QStringLiteral("vipAssignKey"))->setText(QStringLiteral("not-seen-yet"));
    auto* tier = dialog->findChild<QComboBox*>(QStringLiteral("vipAssignTier"));
    tier->setCurrentIndex(tier->findData(QStringLiteral("platinum")));
    auto* expires = dialog->findChild<QDateTimeEdit*>(QStringLiteral("vipAssignExpires"));
    expires->setDateTime(QDateTime::currentDateTime().addDays(-1));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("future")));

    expires->setDateTime(QDateTime::currentDateTime().addDays(10));
    dialog->findChild<QLineEdit*>(QStringLiteral("vipAssignNotes"))->setText(QStringLiteral("trial, \"beta\""));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 4, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("not-seen-yet")), 10000);
    const engine::VipRow* added = nullptr;
    for (int r = 0; r < rows(); ++r) {
        if (m_page->assignments()->row(r)->key == "not-seen-yet") {
            added = m_page->assignments()->row(r);
        }
    }
    QVERIFY(added);
    QCOMPARE(added->tier, std::string("platinum"));
    QCOMPARE(added->notes, std::string("trial, \"beta\""));
    QVERIFY(!added->assignedBy.empty());
}

void TestVipPage::changeAndRevoke()
{
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("vipTable"));
    auto* change = m_page->findChild<QPushButton*>(QStringLiteral("vipChange"));
    QVERIFY(!change->isEnabled());  // nothing selected yet
    table->selectRow(1);
    QCOMPARE(m_page->assignments()->row(1)->key, std::string("partner-a"));
    QVERIFY(change->isEnabled());
    change->click();
    auto* dialog = m_page->findChild<ui::VipAssignDialog*>(QStringLiteral("vipAssignDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto* key = dialog->findChild<QLineEdit*>(QStringLiteral("vipAssignKey"));
    QCOMPARE(key->text(), QStringLiteral("partner-a"));
    QVERIFY(key->isReadOnly());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("vipAssignNotes"))->text(), QStringLiteral("launch"));
    auto* tier = dialog->findChild<QComboBox*>(QStringLiteral("vipAssignTier"));
    tier->setCurrentIndex(tier->findData(QStringLiteral("platinum")));
    dialog->findChild<QCheckBox*>(QStringLiteral("vipAssignNever"))->setChecked(true);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->assignments()->row(1)->tier, std::string("platinum"), 10000);
    QCOMPARE(m_page->assignments()->row(1)->expiresAt, engine::TimeNs(0));

    table->selectRow(1);
    m_page->findChild<QPushButton*>(QStringLiteral("vipRevoke"))->click();
    auto* confirm = m_page->findChild<QMessageBox*>(QStringLiteral("vipRevokeConfirm"));
    QVERIFY(confirm && confirm->isVisible());
    confirm->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("Revoked")), 10000);
}

void TestVipPage::tierCatalogEditsAndRefusals()
{
    auto* tiers = m_page->tiers();
    QTRY_COMPARE_WITH_TIMEOUT(tiers->rowCount(), 3, 10000);
    auto* tierTable = m_page->findChild<QTableView*>(QStringLiteral("vipTierTable"));
    tierTable->selectRow(1);  // by multiplier: silver x1.25, gold x1.5 (used by two keys), platinum x2.0
    QCOMPARE(tiers->tier(1)->name, std::string("gold"));
    QCOMPARE(tiers->index(1, ui::VipTierModel::KeysColumn).data().toString(), QStringLiteral("2"));
    m_page->findChild<QPushButton*>(QStringLiteral("vipTierRemove"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("still assigned to 2 keys")), 10000);
    QCOMPARE(tiers->rowCount(), 3);

    QSignalSpy shown(m_page.get(), &ui::VipPage::statusShown);
    m_page->findChild<QPushButton*>(QStringLiteral("vipTierAdd"))->click();
    auto* dialog = m_page->findChild<QDialog*>(QStringLiteral("vipTierDialog"));
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QLineEdit*>(QStringLiteral("vipTierName"))->setText(QStringLiteral("big spender"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("vipTierError"))->text().contains(QStringLiteral("spaces")));
    dialog->findChild<QLineEdit*>(QStringLiteral("vipTierName"))->setText(QStringLiteral("diamond"));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(tiers->rowCount(), 4, 10000);
    QCOMPARE(tiers->tier(1)->name, std::string("diamond"));  // x1.5 like gold: the names decide

    // The expiry warning lead time is a setting of the engine.
    m_page->findChild<QSpinBox*>(QStringLiteral("vipLeadDays"))->setValue(5);
    m_page->findChild<QPushButton*>(QStringLiteral("vipLeadApply"))->click();
    // Without the English catalogue the source's plural marker shows: "5 day(s)"; the console reads "5 days".
    QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("5 day(s) ahead")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->findChild<QLabel*>(QStringLiteral("vipSummary"))->text().contains(QStringLiteral("5 days ahead")),
        10000);
}

void TestVipPage::csvImportAndExport()
{
    QSignalSpy shown(m_page.get(), &ui::VipPage::statusShown);
    const QString bad = m_dir->filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(bad, "key,tier,expires,notes\nnew-1,gold,,\nnew-2,gold,tomorrow,\n"));
    m_page->importFile(bad);
    QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("line 3, column 3 (expires)")), 10000);
    QVERIFY(status().contains(QStringLiteral("nothing changed")));
    const QString unknownTier = m_dir->filePath(QStringLiteral("tier.csv"));
    QVERIFY(writeFile(unknownTier, "key,tier,expires,notes\nnew-1,gold,,\nnew-2,diamond,,\n"));
    m_page->importFile(unknownTier);
    QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("line 3, column 2 (tier): unknown VIP tier 'diamond'")),
                             10000);
    // Refused means the engine holds what it held: ask it, and match the answer to the question.
    QSignalSpy answers(m_host.get(), &app::EngineHost::answered);
    const quint64 asked = m_host->ask(ui::VipAssignmentsQuery{});
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(answers.cbegin(), answers.cend(),
                                         [asked](const QList<QVariant>& a) { return a.at(0).toULongLong() == asked; }),
                             10000);
    for (const QList<QVariant>& a : answers) {
        if (a.at(0).toULongLong() == asked) {
            const auto answer = a.at(1).value<ui::EngineAnswer>();
            const auto* all = ui::answerTo<ui::VipAssignmentsQuery>(answer);
            QVERIFY(all != nullptr);
            QCOMPARE(all->size(), std::size_t(3));
        }
    }
    QCOMPARE(rows(), 3);

    const QString good = m_dir->filePath(QStringLiteral("good.csv"));
    QVERIFY(
        writeFile(good, "key,tier,expires,notes\r\nnew-1,silver,,\"a, b\"\r\nnew-2,gold,2099-01-01T00:00:00Z,\r\n"));
    m_page->importFile(good);
    QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QStringLiteral("Imported 2")), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rows(), 5, 10000);

    const QString out = m_dir->filePath(QStringLiteral("out/export.csv"));
    QVERIFY(QDir().mkpath(QFileInfo(out).path()));
    m_page->exportFile(out);
    QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QStringLiteral("Exported 5")), 10000);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.startsWith("key,tier,expires,notes\r\napp-c,gold,"));
    QVERIFY(text.contains("new-1,silver,,\"a, b\"\r\n"));
    QVERIFY(text.contains("new-2,gold,2099-01-01T00:00:00Z,\r\n"));
}

void TestVipPage::readOnlyDisablesEveryAdminControl()
{
    ReadOnlyClient client(m_host.get());
    ui::VipPage page(&client);
    page.show();
    page.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(page.assignments()->rowCount(), 3, 10000);
    page.findChild<QTableView*>(QStringLiteral("vipTable"))->selectRow(0);
    page.findChild<QTableView*>(QStringLiteral("vipTierTable"))->selectRow(0);
    for (const char* name : {"vipAssign", "vipChange", "vipRevoke", "vipImport", "vipTierAdd", "vipTierEdit",
                             "vipTierRemove", "vipLeadApply"}) {
        auto* b = page.findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY2(b, name);
        QVERIFY2(!b->isEnabled(), name);
        QVERIFY2(b->toolTip().contains(QStringLiteral("read-only")), name);
    }
    // Looking is still allowed.
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("vipExport"))->isEnabled());
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("vipPreviewButton"))->isEnabled());
}

QTEST_MAIN(TestVipPage)
#include "tst_vip_page.moc"
