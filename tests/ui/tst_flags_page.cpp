// SPDX-License-Identifier: Apache-2.0
// The Flags page against a console that records what it is sent: the rows follow the snapshot, and every
// control sends the one command a person means (the rollout only when the slider is let go of, a big jump only
// after a confirmation, the kill switch only with a reason), the editor refuses weights that do not add up and
// previews the candidate, a read-only console disables every control. SLUICE_TEST_SHOTS=DIR also writes the
// window at 1024x640 in English and German to DIR/flags-LANG.png, to be looked at.
#include "AdminControls.h"
#include "EngineClient.h"
#include "MainWindow.h"
#include "Translations.h"
#include "pages/flags/ExposureSparkline.h"
#include "pages/flags/FlagEditorDialog.h"
#include "pages/flags/FlagRow.h"
#include "pages/flags/FlagsPage.h"
#include "pages/flags/RolloutSlider.h"
#include "widgets/ElidedLabel.h"

#include "flags/FlagsJson.h"
#include "snapshot/Snapshot.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace sluice;
namespace flags = engine::flags;

namespace {

constexpr engine::TimeNs kNow = 1'780'000'000LL * engine::kNsPerSec;

// Records every command and answers every question after a turn of the event loop, as the engine would.
class RecordingClient final : public ui::EngineClient {
public:
    std::vector<engine::Command> commands;
    std::vector<flags::FeatureFlag> previewed;
    flags::FlagSet set;
    engine::FlagPreview preview;
    QString refusal;  // non-empty: every command is refused with it
    bool readOnlyConsole = false;

    quint64 sendCommand(engine::Command command) override
    {
        commands.push_back(std::move(command));
        const quint64 id = ++m_next;
        QMetaObject::invokeMethod(
            this, [this, id, refused = refusal] { emit commandFinished(id, refused.isEmpty(), refused); },
            Qt::QueuedConnection);
        return id;
    }
    quint64 ask(ui::EngineQuery query) override
    {
        const quint64 id = ++m_next;
        ui::EngineAnswer answer = std::visit(
            [this](const auto& q) -> ui::EngineAnswer {
                using Q = std::decay_t<decltype(q)>;
                if constexpr (std::is_same_v<Q, ui::FlagSetQuery>) {
                    return ui::AnswerTo<Q>{set};
                } else if constexpr (std::is_same_v<Q, ui::FlagPreviewQuery>) {
                    previewed.push_back(q.flag);
                    return ui::AnswerTo<Q>{preview};
                } else {
                    return ui::AnswerTo<Q>{};
                }
            },
            query);
        QMetaObject::invokeMethod(
            this, [this, id, answer] { emit answered(id, answer); }, Qt::QueuedConnection);
        return id;
    }
    QString databasePath() const override { return {}; }
    QList<engine::SourceState> sources() const override { return {}; }
    void controlSource(const QString&, const engine::SourceControl&) override {}
    bool readOnly() const override { return readOnlyConsole; }

    template <typename C>
    const C* last() const
    {
        return commands.empty() ? nullptr : std::get_if<C>(&commands.back());
    }

private:
    quint64 m_next = 0;
};

flags::Variant variant(const std::string& name, int weight)
{
    flags::Variant v;
    v.name = name;
    v.weight = weight;
    return v;
}

flags::FeatureFlag definition(const std::string& name, int rollout)
{
    flags::FeatureFlag f;
    f.name = name;
    f.enabled = true;
    flags::Strategy s;
    s.name = "flexibleRollout";
    s.parameters = {{"rollout", std::to_string(rollout)}, {"stickiness", "default"}};
    f.strategies.push_back(s);
    return f;
}

engine::FlagRowView row(const std::string& name, int rollout)
{
    engine::FlagRowView r;
    r.name = name;
    r.enabled = true;
    r.rollout = rollout;
    r.keysActive = 2000;
    r.keysInside = static_cast<std::uint64_t>(std::max(rollout, 0)) * 20;
    r.effect = "route_policy:checkout";
    for (int minute = 0; minute < 30; ++minute) {
        r.exposure.push_back(engine::ExposureBucket{
            kNow - (30 - minute) * engine::kExposureBucket, static_cast<std::uint64_t>(100 + minute), 50, {}});
    }
    return r;
}

// Four flags as a working console shows them: a Sluice feature at full rollout, a route policy in a running
// plan, a VIP tier whose plan an alert halted, and a killed one with variants.
engine::FlagsView fourFlags()
{
    engine::FlagsView view;
    view.revision = 3;
    engine::FlagRowView feature = row("adaptive_limiting", 100);
    feature.builtIn = true;
    feature.effect = "feature";
    feature.keysInside = 2000;
    engine::FlagRowView checkout = row("checkout-v2", 20);
    checkout.plan = engine::PlanState::Running;
    checkout.planStep = 10;
    checkout.planTarget = 100;
    checkout.planNextStepAt = kNow + engine::kNsPerHour;
    engine::FlagRowView partners = row("partner-boost", 40);
    partners.effect = "vip_tier:gold";
    partners.plan = engine::PlanState::Halted;
    partners.planStep = 5;
    partners.planTarget = 60;
    partners.planHaltedBy = "alert 12 (spike on requests)";
    partners.nextScheduleAt = kNow + 2 * engine::kNsPerDay;
    partners.nextScheduleEnables = false;
    engine::FlagRowView search = row("new-search", -1);
    search.killed = true;
    search.effect = "";
    search.variants = {"blue", "green"};
    for (engine::ExposureBucket& b : search.exposure) {
        b.variants = {{"blue", 60}, {"green", b.yes - 60}};
    }
    view.flags = {feature, checkout, partners, search};
    return view;
}

engine::SnapshotPtr snapshotWith(engine::FlagsView view)
{
    auto snapshot = std::make_shared<engine::Snapshot>();
    snapshot->at = kNow;
    snapshot->anomaly = std::make_shared<engine::AnomalyView>();
    snapshot->flags = std::make_shared<engine::FlagsView>(std::move(view));
    return snapshot;
}

flags::FlagSet definitions()
{
    flags::FlagSet set;
    set.features = {definition("adaptive_limiting", 100), definition("checkout-v2", 20),
                    definition("partner-boost", 40), definition("new-search", 100)};
    flags::FeatureFlag& search = set.features.back();
    search.variants = {variant("blue", 500), variant("green", 500)};
    set.segments.push_back(flags::Segment{1, "beta-testers", {}});
    return set;
}

// A window-modal dialog of the page that is open now, once it is; null when none opens.
template <typename Dialog>
Dialog* openDialog(QWidget* page, const QString& name)
{
    Dialog* dialog = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] {
            for (Dialog* d : page->findChildren<Dialog*>(name)) {
                dialog = d->isVisible() ? d : dialog;
            }
            return dialog != nullptr;
        },
        5000);
    return opened ? dialog : nullptr;
}

}  // namespace

class TestFlagsPage final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsFollowTheSnapshot();
    void sliderAppliesWhenLetGoOf();
    void keyboardMovesAndAppliesOnRelease();
    void bigJumpAsksFirst();
    void refusedRolloutSnapsBack();
    void switchKillAndPlanSendTheirCommands();
    void editorRefusesWeightsThatDoNotAddUp();
    void editorReadsStrategiesConstraintsAndSegments();
    void editorSetsScheduleAndPlanDependenciesAndStrategyVariants();
    void editorKeepsAnUneditedPlansProgress();
    void importSendsTheFileAndExportWritesIt();
    void readOnlyConsoleDisablesEveryControl();
    void shots();

private:
    void showPage(bool readOnly = false);
    ui::FlagRow* flagRow(const char* name) const { return m_page->row(QString::fromLatin1(name)); }
    template <typename W>
    W* in(const char* flag, const char* child) const
    {
        return flagRow(flag)->findChild<W*>(QString::fromLatin1(child));
    }
    QString status() const { return m_page->findChild<QLabel*>(QStringLiteral("flagsStatus"))->text(); }

    std::unique_ptr<RecordingClient> m_client;
    std::unique_ptr<ui::FlagsPage> m_page;
};

void TestFlagsPage::init()
{
    m_client = std::make_unique<RecordingClient>();
    m_client->set = definitions();
}

void TestFlagsPage::cleanup()
{
    m_page.reset();
    m_client.reset();
}

void TestFlagsPage::showPage(bool readOnly)
{
    m_client->readOnlyConsole = readOnly;
    m_page = std::make_unique<ui::FlagsPage>(m_client.get());
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->apply(snapshotWith(fourFlags()));
    QTRY_VERIFY(flagRow("checkout-v2") != nullptr);
}

void TestFlagsPage::rowsFollowTheSnapshot()
{
    showPage();
    QCOMPARE(m_page->findChildren<ui::FlagRow*>().size(), 4);
    const QString summary = m_page->findChild<QLabel*>(QStringLiteral("flagsSummary"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("4 flag")) && summary.endsWith(QStringLiteral(", 3 on, 1 killed")),
             qPrintable(summary));
    QCOMPARE(in<QLabel>("checkout-v2", "flagShare")->text(),
             QStringLiteral("20.0 % of %1 keys").arg(QLocale().toString(2000)));
    QCOMPARE(in<ui::RolloutSlider>("checkout-v2", "flagRollout")->value(), 20);
    QCOMPARE(in<QLabel>("checkout-v2", "flagRolloutValue")->text(), QStringLiteral("20 %"));
    QCOMPARE(in<QLabel>("checkout-v2", "flagEffect")->text(), QStringLiteral("Route policy checkout"));
    QVERIFY(in<ui::ElidedLabel>("checkout-v2", "flagStatus")
                ->fullText()
                .startsWith(QStringLiteral("Plan +10 % to 100 %, next ")));
    QCOMPARE(in<QPushButton>("checkout-v2", "flagPlanPause")->text(), QStringLiteral("Pause plan"));
    QVERIFY(in<ui::ElidedLabel>("partner-boost", "flagStatus")->fullText().contains(QStringLiteral("Off at ")));
    QVERIFY(in<ui::ElidedLabel>("partner-boost", "flagStatus")
                ->fullText()
                .endsWith(QStringLiteral("Plan halted: alert 12 (spike on requests)")));
    QCOMPARE(in<QPushButton>("partner-boost", "flagPlanPause")->text(), QStringLiteral("Resume plan"));
    QVERIFY(in<QPushButton>("adaptive_limiting", "flagPlanPause")->isHidden());
    QVERIFY(!in<QLabel>("new-search", "flagKilled")->isHidden());
    QVERIFY(in<QLabel>("checkout-v2", "flagKilled")->isHidden());
    QCOMPARE(in<QPushButton>("new-search", "flagKill")->text(), QStringLiteral("Lift kill"));
    QVERIFY(in<ui::RolloutSlider>("new-search", "flagRollout")->isHidden());  // no rollout strategy
    auto* exposure = in<ui::ExposureSparkline>("checkout-v2", "flagExposure");
    QCOMPARE(exposure->totalYes(), quint64(30 * 100 + 29 * 30 / 2));
    QCOMPARE(exposure->totalNo(), quint64(30 * 50));
    QVERIFY(!exposure->toolTip().contains(QStringLiteral("By variant")));
    const QString split = in<ui::ExposureSparkline>("new-search", "flagExposure")->toolTip();
    QVERIFY2(split.contains(QStringLiteral("\nBy variant: blue 1,800 (")) &&
                 split.contains(QStringLiteral("green 1,635 (")),
             qPrintable(split));

    // The next snapshot changes a row in place; a new flag rebuilds the list.
    ui::FlagRow* before = flagRow("checkout-v2");
    engine::FlagsView view = fourFlags();
    view.flags[1].rollout = 30;
    view.flags[1].keysInside = 600;
    m_page->apply(snapshotWith(view));
    QTRY_COMPARE(in<ui::RolloutSlider>("checkout-v2", "flagRollout")->value(), 30);
    QCOMPARE(flagRow("checkout-v2"), before);
    QCOMPARE(in<QLabel>("checkout-v2", "flagShare")->text(),
             QStringLiteral("30.0 % of %1 keys").arg(QLocale().toString(2000)));
    view.flags.push_back(row("zz-late", 5));
    m_page->apply(snapshotWith(view));
    QTRY_VERIFY(flagRow("zz-late") != nullptr);
    QTRY_COMPARE(m_page->findChildren<ui::FlagRow*>().size(), 5);  // the old rows are gone
}

void TestFlagsPage::sliderAppliesWhenLetGoOf()
{
    showPage();
    auto* slider = in<ui::RolloutSlider>("checkout-v2", "flagRollout");
    // A click on the groove right of the handle moves a page (10 points) and applies at release.
    const QPoint right(slider->width() - 3, slider->height() / 2);
    QTest::mousePress(slider, Qt::LeftButton, {}, right);
    QVERIFY(m_client->commands.empty());
    QTest::mouseRelease(slider, Qt::LeftButton, {}, right);
    QCOMPARE(m_client->commands.size(), std::size_t(1));
    const auto* sent = m_client->last<engine::cmd::SetFlagRollout>();
    QVERIFY(sent != nullptr);
    QCOMPARE(sent->name, std::string("checkout-v2"));
    QCOMPARE(sent->percent, 30);
    QVERIFY(!sent->actor.empty());
    // Until the engine has it, a snapshot with the old value does not move the slider back.
    m_page->apply(snapshotWith(fourFlags()));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(slider->value(), 30);
}

void TestFlagsPage::keyboardMovesAndAppliesOnRelease()
{
    showPage();
    auto* slider = in<ui::RolloutSlider>("checkout-v2", "flagRollout");
    slider->setFocus();
    for (int i = 0; i < 3; ++i) {
        QTest::keyPress(slider, Qt::Key_Right);
    }
    QCOMPARE(slider->value(), 23);
    QVERIFY(m_client->commands.empty());  // a held key sends nothing yet
    QTest::keyRelease(slider, Qt::Key_Right);
    QCOMPARE(m_client->commands.size(), std::size_t(1));
    QCOMPARE(m_client->last<engine::cmd::SetFlagRollout>()->percent, 23);

    // The engine applied 23; Page Up adds 10 and Enter applies it while the key is still down.
    engine::FlagsView view = fourFlags();
    view.flags[1].rollout = 23;
    m_page->apply(snapshotWith(view));
    QTRY_COMPARE(slider->applied(), 23);
    QTest::keyPress(slider, Qt::Key_PageUp);
    QCOMPARE(slider->value(), 33);
    QCOMPARE(m_client->commands.size(), std::size_t(1));
    QTest::keyPress(slider, Qt::Key_Return);
    QCOMPARE(m_client->commands.size(), std::size_t(2));
    QCOMPARE(m_client->last<engine::cmd::SetFlagRollout>()->percent, 33);
    QTest::keyRelease(slider, Qt::Key_PageUp);
    QCOMPARE(m_client->commands.size(), std::size_t(2));  // the same value is not sent twice
}

void TestFlagsPage::bigJumpAsksFirst()
{
    showPage();
    auto* slider = in<ui::RolloutSlider>("checkout-v2", "flagRollout");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End);  // 20 -> 100
    auto* ask = openDialog<QMessageBox>(m_page.get(), QStringLiteral("rolloutConfirm"));
    QVERIFY(ask != nullptr);
    QVERIFY(ask->text().contains(QStringLiteral("from 20 % to 100 %")));
    QVERIFY(m_client->commands.empty());
    ask->button(QMessageBox::Cancel)->click();
    QTRY_COMPARE(slider->value(), 20);
    QVERIFY(m_client->commands.empty());

    // 25 points is still one step; 26 asks.
    for (int i = 0; i < 25; ++i) {
        QTest::keyPress(slider, Qt::Key_Right);
    }
    QTest::keyRelease(slider, Qt::Key_Right);
    QCOMPARE(m_client->last<engine::cmd::SetFlagRollout>()->percent, 45);
    engine::FlagsView view = fourFlags();
    view.flags[1].rollout = 45;
    m_page->apply(snapshotWith(view));
    QTRY_COMPARE(slider->applied(), 45);
    QTest::keyClick(slider, Qt::Key_Home);
    ask = openDialog<QMessageBox>(m_page.get(), QStringLiteral("rolloutConfirm"));
    QVERIFY(ask != nullptr);
    QCOMPARE(m_client->commands.size(), std::size_t(1));
    ask->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(m_client->commands.size(), std::size_t(2));
    QCOMPARE(m_client->last<engine::cmd::SetFlagRollout>()->percent, 0);
}

void TestFlagsPage::refusedRolloutSnapsBack()
{
    showPage();
    m_client->refusal = QStringLiteral("the flag has no rollout strategy");
    auto* slider = in<ui::RolloutSlider>("partner-boost", "flagRollout");
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Left);
    QCOMPARE(m_client->last<engine::cmd::SetFlagRollout>()->percent, 39);
    QTRY_COMPARE(slider->value(), 40);
    QCOMPARE(status(), QStringLiteral("The engine refused: the flag has no rollout strategy"));
}

void TestFlagsPage::switchKillAndPlanSendTheirCommands()
{
    showPage();
    in<QCheckBox>("checkout-v2", "flagEnabled")->click();
    const auto* enabled = m_client->last<engine::cmd::SetFlagEnabled>();
    QVERIFY(enabled != nullptr);
    QCOMPARE(enabled->name, std::string("checkout-v2"));
    QVERIFY(!enabled->enabled);

    in<QPushButton>("checkout-v2", "flagPlanPause")->click();
    QVERIFY(m_client->last<engine::cmd::PauseRolloutPlan>()->paused);
    in<QPushButton>("partner-boost", "flagPlanPause")->click();  // halted: resume
    QCOMPARE(m_client->last<engine::cmd::PauseRolloutPlan>()->name, std::string("partner-boost"));
    QVERIFY(!m_client->last<engine::cmd::PauseRolloutPlan>()->paused);

    // Killing asks why; no reason, no kill.
    const std::size_t sent = m_client->commands.size();
    in<QPushButton>("checkout-v2", "flagKill")->click();
    auto* reason = openDialog<QInputDialog>(m_page.get(), QStringLiteral("killReasonDialog"));
    QVERIFY(reason != nullptr);
    reason->setTextValue(QStringLiteral("   "));
    reason->accept();
    QTRY_VERIFY(status().contains(QStringLiteral("a reason is required")));
    QCOMPARE(m_client->commands.size(), sent);
    in<QPushButton>("checkout-v2", "flagKill")->click();
    reason = openDialog<QInputDialog>(m_page.get(), QStringLiteral("killReasonDialog"));
    QVERIFY(reason != nullptr);
    reason->setTextValue(QStringLiteral("checkout errors in eu-west"));
    reason->accept();
    QTRY_COMPARE(m_client->commands.size(), sent + 1);
    const auto* kill = m_client->last<engine::cmd::SetFlagKilled>();
    QVERIFY(kill->killed);
    QCOMPARE(kill->reason, std::string("checkout errors in eu-west"));
    QTRY_COMPARE(status(), QStringLiteral("checkout-v2 is killed: off for every key."));

    in<QPushButton>("new-search", "flagKill")->click();  // killed: lifts at once
    QCOMPARE(m_client->last<engine::cmd::SetFlagKilled>()->name, std::string("new-search"));
    QVERIFY(!m_client->last<engine::cmd::SetFlagKilled>()->killed);
}

void TestFlagsPage::editorRefusesWeightsThatDoNotAddUp()
{
    m_client->preview = engine::FlagPreview{2000, 1000, {{"blue", 600}, {"green", 400}}};
    showPage();
    in<QPushButton>("new-search", "flagEdit")->click();
    auto* editor = openDialog<ui::FlagEditorDialog>(m_page.get(), QStringLiteral("flagEditorDialog"));
    QVERIFY(editor != nullptr);
    auto* variants = editor->findChild<QTableWidget*>(QStringLiteral("flagVariants"));
    auto* weights = editor->findChild<QLabel*>(QStringLiteral("variantWeights"));
    auto* problem = editor->findChild<QLabel*>(QStringLiteral("flagEditorProblem"));
    QCOMPARE(variants->rowCount(), 2);
    QCOMPARE(weights->text(), QStringLiteral("Weights add up to 100.0 %."));
    QVERIFY(problem->isHidden());
    // The engine previews the flag as it is edited.
    QTRY_VERIFY(!m_client->previewed.empty());
    QCOMPARE(m_client->previewed.back().name, std::string("new-search"));
    QTRY_COMPARE(editor->findChild<QLabel*>(QStringLiteral("flagPreview"))->text(),
                 QStringLiteral("Preview over the %1 keys the engine knows: %2 inside (50.0 %); by variant: "
                                "blue 600, green 400")
                     .arg(QLocale().toString(2000), QLocale().toString(1000)));

    variants->item(0, 1)->setText(QStringLiteral("40"));
    QCOMPARE(editor->weightTotal(), 900);
    QCOMPARE(weights->text(), QStringLiteral("Weights add up to 90.0 %."));
    QVERIFY(!problem->isHidden());
    QCOMPARE(problem->text(), QStringLiteral("The variants' weights add up to 90.0 %; they must add up to 100 %."));
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(editor->isVisible());  // refused: stays open, nothing sent
    QVERIFY(m_client->commands.empty());

    variants->item(1, 1)->setText(QStringLiteral("60"));
    QVERIFY(problem->isHidden());
    QTRY_COMPARE(m_client->previewed.back().variants.at(0).weight, 400);  // the preview follows the edit
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(m_client->commands.size(), std::size_t(1));
    const auto* put = m_client->last<engine::cmd::PutFlag>();
    QVERIFY(put != nullptr);
    QCOMPARE(put->flag.name, std::string("new-search"));
    QCOMPARE(put->flag.variants.size(), std::size_t(2));
    QCOMPARE(put->flag.variants[0].weight, 400);
    QCOMPARE(put->flag.variants[1].weight, 600);
}

void TestFlagsPage::editorReadsStrategiesConstraintsAndSegments()
{
    showPage();
    m_page->openEditor({});  // a new flag
    auto* editor = openDialog<ui::FlagEditorDialog>(m_page.get(), QStringLiteral("flagEditorDialog"));
    QVERIFY(editor != nullptr);
    auto* strategies = editor->findChild<QTableWidget*>(QStringLiteral("flagStrategies"));
    auto* problem = editor->findChild<QLabel*>(QStringLiteral("flagEditorProblem"));
    QCOMPARE(problem->text(), QStringLiteral("The flag needs a name."));
    editor->findChild<QLineEdit*>(QStringLiteral("flagEditorName"))->setText(QStringLiteral("checkout-v2"));
    QCOMPARE(problem->text(), QStringLiteral("A flag named checkout-v2 exists already."));
    editor->findChild<QLineEdit*>(QStringLiteral("flagEditorName"))->setText(QStringLiteral("eu-beta"));
    QCOMPARE(strategies->rowCount(), 1);
    strategies->item(0, 1)->setText(QStringLiteral("rollout=25, stickiness=userId, groupId=eu-beta"));
    strategies->item(0, 2)->setText(QStringLiteral("appName IN web,ios; !userId STR_STARTS_WITH test- /i"));
    strategies->item(0, 3)->setText(QStringLiteral("1"));
    QVERIFY(problem->isHidden());
    strategies->item(0, 2)->setText(QStringLiteral("appName LIKE web"));
    QCOMPARE(problem->text(), QStringLiteral("Strategy 1: 'LIKE' is not an operator (IN, NOT_IN, STR_CONTAINS, "
                                             "NUM_GT, DATE_AFTER, ...)"));
    strategies->item(0, 2)->setText(QStringLiteral("appName IN web,ios; !userId STR_STARTS_WITH test- /i"));
    strategies->item(0, 3)->setText(QStringLiteral("1, 7"));
    QCOMPARE(problem->text(), QStringLiteral("Strategy 1: there is no segment 7."));
    strategies->item(0, 3)->setText(QStringLiteral("1"));
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(m_client->commands.size(), std::size_t(1));
    const auto* put = m_client->last<engine::cmd::PutFlag>();
    QCOMPARE(put->flag.name, std::string("eu-beta"));
    const flags::Strategy& s = put->flag.strategies.at(0);
    QCOMPARE(s.name, std::string("flexibleRollout"));
    QCOMPARE(s.parameters.size(), std::size_t(3));
    QCOMPARE(s.parameters[0], (std::pair<std::string, std::string>("rollout", "25")));
    QCOMPARE(s.constraints.size(), std::size_t(2));
    QCOMPARE(s.constraints[0].contextName, std::string("appName"));
    QVERIFY(s.constraints[0].op == flags::Operator::In);
    QCOMPARE(s.constraints[0].values, (std::vector<std::string>{"web", "ios"}));
    QVERIFY(s.constraints[1].inverted && s.constraints[1].caseInsensitive);
    QVERIFY(s.constraints[1].op == flags::Operator::StrStartsWith);
    QCOMPARE(s.constraints[1].values, (std::vector<std::string>{"test-"}));
    QCOMPARE(s.segments, (std::vector<int>{1}));
}

// The schedule, the plan, the flags it depends on and a strategy's own variants, each read back from what a person
// types, refused with the place named when wrong; a new plan leaves its start to the engine's clock.
void TestFlagsPage::editorSetsScheduleAndPlanDependenciesAndStrategyVariants()
{
    showPage();
    m_page->openEditor(QStringLiteral("checkout-v2"));
    auto* editor = openDialog<ui::FlagEditorDialog>(m_page.get(), QStringLiteral("flagEditorDialog"));
    QVERIFY(editor != nullptr);
    auto* problem = editor->findChild<QLabel*>(QStringLiteral("flagEditorProblem"));
    auto* dependencies = editor->findChild<QLineEdit*>(QStringLiteral("flagEditorDependencies"));
    dependencies->setText(QStringLiteral("partner-boost, !new-search:blue"));
    QCOMPARE(problem->text(),
             QStringLiteral("Depends on: '!new-search:blue': a parent that must be off gives no variant"));
    dependencies->setText(QStringLiteral("partner-boost, no-such-flag"));
    QCOMPARE(problem->text(), QStringLiteral("Depends on: there is no other flag named no-such-flag."));
    dependencies->setText(QStringLiteral("partner-boost, new-search:blue|green"));
    QVERIFY(problem->isHidden());

    auto* strategies = editor->findChild<QTableWidget*>(QStringLiteral("flagStrategies"));
    strategies->item(0, 4)->setText(QStringLiteral("fast 60, safe 30"));
    QCOMPARE(problem->text(), QStringLiteral("Strategy 1: the strategy's variant weights add up to 90.0 %, not 100 %"));
    strategies->item(0, 4)->setText(QStringLiteral("fast 60, safe 40"));
    QVERIFY(problem->isHidden());

    auto* schedule = editor->findChild<QTableWidget*>(QStringLiteral("flagSchedule"));
    editor->findChild<QPushButton*>(QStringLiteral("addScheduleEntry"))->click();
    editor->findChild<QPushButton*>(QStringLiteral("addScheduleEntry"))->click();
    QCOMPARE(schedule->rowCount(), 2);
    auto* first = static_cast<QDateTimeEdit*>(schedule->cellWidget(0, 0));
    QCOMPARE(first->dateTime().toMSecsSinceEpoch(), (kNow + engine::kNsPerHour) / engine::kNsPerMs);
    first->setDateTime(QDateTime::fromMSecsSinceEpoch((kNow - engine::kNsPerHour) / engine::kNsPerMs));
    QVERIFY2(problem->text().startsWith(QStringLiteral("Schedule row 1: ")), qPrintable(problem->text()));
    QVERIFY(problem->text().endsWith(QStringLiteral(" has passed on the engine's clock.")));
    first->setDateTime(QDateTime::fromMSecsSinceEpoch((kNow + 3 * engine::kNsPerHour) / engine::kNsPerMs));
    QVERIFY(problem->isHidden());

    editor->findChild<QCheckBox*>(QStringLiteral("flagPlanOn"))->setChecked(true);
    editor->findChild<QSpinBox*>(QStringLiteral("flagPlanStep"))->setValue(20);
    editor->findChild<QSpinBox*>(QStringLiteral("flagPlanEvery"))->setValue(2);
    editor->findChild<QComboBox*>(QStringLiteral("flagPlanUnit"))->setCurrentIndex(1);  // hours
    editor->findChild<QSpinBox*>(QStringLiteral("flagPlanTarget"))->setValue(80);
    editor->findChild<QCheckBox*>(QStringLiteral("flagPlanHalt_spike"))->setChecked(true);
    QVERIFY(problem->isHidden());
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

    QTRY_COMPARE(m_client->commands.size(), std::size_t(1));
    const auto* put = m_client->last<engine::cmd::PutFlag>();
    QVERIFY(put != nullptr);
    const flags::FeatureFlag& f = put->flag;
    QCOMPARE(f.dependencies.size(), std::size_t(2));
    QCOMPARE(f.dependencies[0].feature, std::string("partner-boost"));
    QVERIFY(f.dependencies[0].enabled && f.dependencies[0].variants.empty());
    QCOMPARE(f.dependencies[1].variants, (std::vector<std::string>{"blue", "green"}));
    QCOMPARE(f.strategies.at(0).variants.size(), std::size_t(2));
    QCOMPARE(f.strategies[0].variants[0].name, std::string("fast"));
    QCOMPARE(f.strategies[0].variants[0].weight, 600);
    QCOMPARE(f.strategies[0].variants[1].weight, 400);
    // In order of time, whatever the rows' order: the second row (two hours on, off) comes first.
    QCOMPARE(f.schedule.size(), std::size_t(2));
    QCOMPARE(f.schedule[0].at, kNow + 2 * engine::kNsPerHour);
    QVERIFY(!f.schedule[0].enable);
    QCOMPARE(f.schedule[1].at, kNow + 3 * engine::kNsPerHour);
    QVERIFY(f.schedule[1].enable);
    QVERIFY(f.plan.has_value());
    QCOMPARE(f.plan->stepPercent, 20);
    QCOMPARE(f.plan->stepEvery, 2 * engine::kNsPerHour);
    QCOMPARE(f.plan->targetPercent, 80);
    QCOMPARE(f.plan->haltOn, (std::vector<std::string>{"spike"}));
    QCOMPARE(f.plan->nextStepAt, engine::TimeNs{0});  // the engine starts it on its own clock
}

// Saving a flag whose plan was not touched keeps where the plan is: its next step, its pause.
void TestFlagsPage::editorKeepsAnUneditedPlansProgress()
{
    flags::RolloutPlan plan;
    plan.stepPercent = 10;
    plan.stepEvery = engine::kNsPerHour;
    plan.targetPercent = 100;
    plan.nextStepAt = kNow + 17 * engine::kNsPerMin;
    plan.paused = true;
    m_client->set.features[1].plan = plan;
    showPage();
    m_page->openEditor(QStringLiteral("checkout-v2"));
    auto* editor = openDialog<ui::FlagEditorDialog>(m_page.get(), QStringLiteral("flagEditorDialog"));
    QVERIFY(editor != nullptr);
    QVERIFY(editor->findChild<QCheckBox*>(QStringLiteral("flagPlanOn"))->isChecked());
    QCOMPARE(editor->findChild<QComboBox*>(QStringLiteral("flagPlanUnit"))->currentIndex(), 1);
    editor->findChild<QLineEdit*>(QStringLiteral("flagEditorDescription"))->setText(QStringLiteral("checkout"));
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(m_client->commands.size(), std::size_t(1));
    const auto* put = m_client->last<engine::cmd::PutFlag>();
    QVERIFY(put != nullptr && put->flag.plan.has_value());
    QCOMPARE(put->flag.plan->nextStepAt, kNow + 17 * engine::kNsPerMin);
    QVERIFY(put->flag.plan->paused);
    QCOMPARE(put->flag.description, std::string("checkout"));
}

// The page hands the file to the client-features reader off the UI thread and sends what it read as one
// ImportFlags; a file the reader refuses sends nothing and says the reader's words.
void TestFlagsPage::importSendsTheFileAndExportWritesIt()
{
    showPage();
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("flags.json"));
    const QByteArray text = R"({"version": 2, "features": [{"name": "eu-beta", "enabled": true, "strategies": )"
                            R"([{"name": "custom", "parameters": {}}]}], "segments": []})";
    QFile file(good);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    const flags::FlagsRead expected = flags::readClientFeatures(text.toStdString());
    QVERIFY(expected.flags.has_value());
    m_page->importFile(good);
    QTRY_COMPARE(m_client->commands.size(), std::size_t(1));
    const auto* import = m_client->last<engine::cmd::ImportFlags>();
    QVERIFY(import != nullptr);
    QCOMPARE(import->flags.features.size(), expected.flags->features.size());
    QCOMPARE(import->flags.features.at(0).name, expected.flags->features.at(0).name);
    QCOMPARE(import->source, good.toStdString());
    QVERIFY(!import->replaceAll);
    for (const std::string& warning : expected.warnings) {  // named with their place in the file
        QTRY_VERIFY2(status().contains(QString::fromStdString(warning)), qPrintable(status()));
    }

    const QString bad = dir.filePath(QStringLiteral("broken.json"));
    QFile broken(bad);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"version": 2, "features": {}})");
    broken.close();
    const flags::FlagsRead refused = flags::readClientFeatures(R"({"version": 2, "features": {}})");
    QVERIFY(!refused.flags.has_value());
    m_page->importFile(bad);
    QTRY_VERIFY(status().startsWith(QStringLiteral("broken.json was not imported; nothing changed:")));
    QVERIFY(status().contains(QString::fromStdString(refused.error)));
    QCOMPARE(m_client->commands.size(), std::size_t(1));

    const QString out = dir.filePath(QStringLiteral("export.json"));
    m_page->exportFile(out);
    QTRY_VERIFY(status().startsWith(QStringLiteral("Exported 4 flag")));
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll().toStdString(), flags::writeClientFeatures(m_client->set));
}

void TestFlagsPage::readOnlyConsoleDisablesEveryControl()
{
    showPage(true);
    int controls = 0;
    for (QWidget* w : m_page->findChildren<QWidget*>()) {
        if (w->property(ui::kAdminControlProperty).toBool()) {
            ++controls;
            QVERIFY2(!w->isEnabled(), qPrintable(w->objectName()));
            QVERIFY2(w->toolTip().contains(QStringLiteral("read-only")), qPrintable(w->objectName()));
        }
    }
    QCOMPARE(controls, 2 + 4 * 5);  // new, import; per row switch, slider, plan, kill, edit
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("exportFlagsButton"))->isEnabled());
    // A snapshot does not turn them back on, nor change their tooltips.
    m_page->apply(snapshotWith(fourFlags()));
    QCoreApplication::sendPostedEvents();
    QVERIFY(!in<QPushButton>("new-search", "flagKill")->isEnabled());
    QVERIFY(in<QPushButton>("new-search", "flagKill")->toolTip().contains(QStringLiteral("read-only")));
}

// The window as a person sees it, in both languages, when SLUICE_TEST_SHOTS names a directory.
void TestFlagsPage::shots()
{
    const QString dir = qEnvironmentVariable("SLUICE_TEST_SHOTS");
    if (dir.isEmpty()) {
        QSKIP("only with SLUICE_TEST_SHOTS");
    }
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        app::selectLanguage(language);
        app::installTranslations();
        ui::MainWindow window(m_client.get());
        window.resize(1024, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentPageId(QStringLiteral("flags"));
        emit m_client->snapshotReady(snapshotWith(fourFlags()));
        QTRY_VERIFY(window.findChild<ui::FlagRow*>() != nullptr);
        QCoreApplication::sendPostedEvents();  // the rows' layout settles before the grab
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("flags-%1.png").arg(language))));
        window.findChild<ui::FlagsPage*>()->openEditor(QStringLiteral("new-search"));
        auto* editor =
            openDialog<ui::FlagEditorDialog>(window.findChild<ui::FlagsPage*>(), QStringLiteral("flagEditorDialog"));
        QVERIFY(editor != nullptr);
        // The preview is shown once the engine's answer is in.
        auto* preview = editor->findChild<QLabel*>(QStringLiteral("flagPreview"));
        QVERIFY(preview != nullptr);
        QTRY_VERIFY(preview->text() != ui::FlagEditorDialog::tr("Preview: waiting for the engine…"));
        QVERIFY(editor->grab().save(QDir(dir).filePath(QStringLiteral("flag-editor-%1.png").arg(language))));
        // The schedule and plan tab with a switch planned and a plan that halts on spikes.
        auto* tabs = editor->findChild<QTabWidget*>(QStringLiteral("flagEditorTabs"));
        QVERIFY(tabs != nullptr);
        tabs->setCurrentIndex(2);
        editor->findChild<QPushButton*>(QStringLiteral("addScheduleEntry"))->click();
        editor->findChild<QCheckBox*>(QStringLiteral("flagPlanOn"))->setChecked(true);
        editor->findChild<QCheckBox*>(QStringLiteral("flagPlanHalt_spike"))->setChecked(true);
        QCoreApplication::sendPostedEvents();
        QVERIFY(editor->grab().save(QDir(dir).filePath(QStringLiteral("flag-editor-plan-%1.png").arg(language))));
        editor->reject();
    }
}

QTEST_MAIN(TestFlagsPage)
#include "tst_flags_page.moc"
