// SPDX-License-Identifier: Apache-2.0
// The question channel between the pages and a real engine: answers matched to their question by id, worked
// out on the engine thread while the UI thread goes on, and stale answers kept from the pages.
#include "EngineHost.h"
#include "LatestQuestion.h"
#include "OpenQuestions.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <future>
#include <memory>
#include <thread>

using namespace sluice;

namespace {
// Holds the engine thread until opened, so a test sees what the UI thread does while the engine is busy.
class EngineGate final {
public:
    explicit EngineGate(app::EngineHost& host)
    {
        host.runtime()->post(
            [thread = m_engineThread, opened = m_open.get_future().share()](const engine::EngineShards&) {
                *thread = std::this_thread::get_id();
                opened.wait();
            });
    }
    ~EngineGate() { open(); }  // also when a check failed: the host cannot stop a held engine thread
    EngineGate(const EngineGate&) = delete;
    EngineGate& operator=(const EngineGate&) = delete;

    void open()
    {
        if (!m_opened) {
            m_opened = true;
            m_open.set_value();
        }
    }
    // Read once the engine has answered a later question: the thread that held the gate.
    std::thread::id engineThread() const { return *m_engineThread; }

private:
    std::promise<void> m_open;
    bool m_opened = false;
    std::shared_ptr<std::thread::id> m_engineThread = std::make_shared<std::thread::id>();
};

ui::EngineAnswer answerFor(const QSignalSpy& answers, quint64 id)
{
    const QList<QList<QVariant>> recorded = answers;  // the spy records the replays too, so iterate a copy
    for (const QList<QVariant>& a : recorded) {
        if (a.at(0).toULongLong() == id) {
            return a.at(1).value<ui::EngineAnswer>();
        }
    }
    return {};
}
}  // namespace

class TestEngineQuestions final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void answersComeByIdOnTheUiThread();
    void aLatestQuestionDropsEarlierAnswers();
    void openQuestionsKeepTheirContext();
    void aQuestionWithoutAnEngineGetsAnEmptyAnswer();
    void theVipSetupHoldsTheTiersInUseAndEveryAssignment();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::EngineHost> m_host;
};

void TestEngineQuestions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    engine::RuntimeOptions o;
    o.databasePath = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    m_host = std::make_unique<app::EngineHost>(o);
    QSignalSpy started(m_host.get(), &app::EngineHost::started);
    m_host->start();
    QVERIFY(started.wait(10000));
}

void TestEngineQuestions::cleanup()
{
    m_host.reset();
    m_dir.reset();
}

void TestEngineQuestions::answersComeByIdOnTheUiThread()
{
    QSignalSpy answers(m_host.get(), &ui::EngineClient::answered);
    QList<bool> onUiThread;
    connect(m_host.get(), &ui::EngineClient::answered, this,
            [&onUiThread, this] { onUiThread << (QThread::currentThread() == thread()); });

    EngineGate gate(*m_host);
    const quint64 alice = m_host->ask(ui::KeyDetailQuery{"alice"});
    const quint64 vip = m_host->ask(ui::VipPageQuery{});
    const quint64 bob = m_host->ask(ui::KeyDetailQuery{"bob"});
    const quint64 keys = m_host->ask(ui::KeyPageQuery{});
    // Asking returned while the engine thread is held: the UI thread never waits for an answer.
    QCOMPARE(QSet<quint64>({alice, vip, bob, keys}).size(), 4);
    QCoreApplication::processEvents();
    QCOMPARE(answers.count(), 0);

    gate.open();
    QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 4, 10000);
    QVERIFY(gate.engineThread() != std::thread::id());
    QVERIFY(gate.engineThread() != std::this_thread::get_id());
    QCOMPARE(onUiThread, QList<bool>({true, true, true, true}));

    const ui::EngineAnswer aliceAnswer = answerFor(answers, alice);
    const ui::EngineAnswer bobAnswer = answerFor(answers, bob);
    const auto* aliceDetail = ui::answerTo<ui::KeyDetailQuery>(aliceAnswer);
    const auto* bobDetail = ui::answerTo<ui::KeyDetailQuery>(bobAnswer);
    QVERIFY(aliceDetail != nullptr && bobDetail != nullptr);
    QCOMPARE(aliceDetail->view.key, std::string("alice"));
    QCOMPARE(bobDetail->view.key, std::string("bob"));
    QVERIFY(!aliceDetail->found);  // no traffic yet: the limit it would get
    const ui::EngineAnswer vipAnswer = answerFor(answers, vip);
    const ui::EngineAnswer keysAnswer = answerFor(answers, keys);
    QVERIFY(ui::answerTo<ui::VipPageQuery>(vipAnswer) != nullptr);
    QVERIFY(ui::answerTo<ui::KeyPageQuery>(vipAnswer) == nullptr);
    QVERIFY(ui::answerTo<ui::KeyPageQuery>(keysAnswer) != nullptr);
}

void TestEngineQuestions::aLatestQuestionDropsEarlierAnswers()
{
    QSignalSpy answers(m_host.get(), &ui::EngineClient::answered);
    QObject page;
    QStringList shown;
    ui::LatestQuestion<ui::KeyDetailQuery> detail(
        m_host.get(), &page, [&shown](const ui::KeyDetail& d) { shown << QString::fromStdString(d.view.key); });

    {
        EngineGate gate(*m_host);
        detail.ask(ui::KeyDetailQuery{"alice"});
        detail.ask(ui::KeyDetailQuery{"bob"});  // the user moved on before the engine answered
        QVERIFY(detail.waiting());
    }
    QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 2, 10000);  // both answers arrived ...
    QCOMPARE(shown, QStringList{QStringLiteral("bob")});   // ... the page saw only the latest
    QVERIFY(!detail.waiting());

    // A replayed answer, or one to a question of another page, changes nothing.
    const QList<QList<QVariant>> recorded = answers;  // the spy records the replays too, so iterate a copy
    for (const QList<QVariant>& a : recorded) {
        emit m_host->answered(a.at(0).toULongLong(), a.at(1).value<ui::EngineAnswer>());
    }
    emit m_host->answered(987'654'321, ui::AnswerTo<ui::KeyDetailQuery>{});
    QCOMPARE(shown.size(), 1);
}

void TestEngineQuestions::openQuestionsKeepTheirContext()
{
    QObject page;
    QStringList handled;
    ui::OpenQuestions<ui::KeyDetailQuery, QString> open(
        m_host.get(), &page, [&handled](quint64, const QString& context, const ui::KeyDetail& d) {
            handled << context + QLatin1Char('=') + QString::fromStdString(d.view.key);
        });
    QSignalSpy answers(m_host.get(), &ui::EngineClient::answered);

    open.ask(ui::KeyDetailQuery{"alice"}, QStringLiteral("forgotten"));
    open.forget();  // as a model does when its query changes
    open.ask(ui::KeyDetailQuery{"bob"}, QStringLiteral("first"));
    open.ask(ui::KeyDetailQuery{"carol"}, QStringLiteral("second"));
    QVERIFY(!open.empty());
    QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 3, 10000);
    handled.sort();
    QCOMPARE(handled, QStringList({QStringLiteral("first=bob"), QStringLiteral("second=carol")}));
    QVERIFY(open.empty());
}

void TestEngineQuestions::theVipSetupHoldsTheTiersInUseAndEveryAssignment()
{
    // What-if hands this to fresh engines: a removed tier leaves an empty slot in the catalog, which is no tier.
    QSignalSpy finished(m_host.get(), &ui::EngineClient::commandFinished);
    const std::vector<engine::Command> commands{
        engine::cmd::PutVipTier{"gold", 2.0}, engine::cmd::PutVipTier{"silver", 1.5},
        engine::cmd::RemoveVipTier{"silver"}, engine::cmd::AssignVip{"10.0.0.1", "gold", 0, "", "admin"}};
    for (const engine::Command& c : commands) {
        m_host->sendCommand(c);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 10000);
    for (const QList<QVariant>& f : std::as_const(finished)) {
        QVERIFY2(f.at(1).toBool(), qPrintable(f.at(2).toString()));
    }
    QSignalSpy answers(m_host.get(), &ui::EngineClient::answered);
    const quint64 id = m_host->ask(ui::VipSetupQuery{});
    QTRY_VERIFY_WITH_TIMEOUT(!answers.isEmpty(), 10000);
    const ui::EngineAnswer answer = answerFor(answers, id);
    const auto* vip = ui::answerTo<ui::VipSetupQuery>(answer);
    QVERIFY(vip != nullptr);
    // The catalog the console starts with, gold changed, silver gone and no nameless slot.
    QStringList names;
    for (const engine::VipTier& t : vip->tiers) {
        names << QString::fromStdString(t.name);
        if (t.name == "gold") {
            QCOMPARE(t.multiplier, 2.0);
        }
    }
    QVERIFY2(names.contains(QStringLiteral("gold")) && !names.contains(QStringLiteral("silver")) &&
                 !names.contains(QString()),
             qPrintable(names.join(QLatin1Char(','))));
    QCOMPARE(vip->assignments.size(), std::size_t(1));
    QCOMPARE(vip->assignments[0].key, std::string("10.0.0.1"));
    QCOMPARE(vip->assignments[0].tier, std::string("gold"));
}

void TestEngineQuestions::aQuestionWithoutAnEngineGetsAnEmptyAnswer()
{
    app::EngineHost idle(engine::RuntimeOptions{});
    QSignalSpy answers(&idle, &ui::EngineClient::answered);
    const quint64 id = idle.ask(ui::VipAssignmentsQuery{});
    QCOMPARE(answers.count(), 0);  // even then, the answer comes later
    QVERIFY(answers.wait(10000));
    QCOMPARE(answers.at(0).at(0).toULongLong(), id);
    const auto answer = answers.at(0).at(1).value<ui::EngineAnswer>();
    const auto* all = ui::answerTo<ui::VipAssignmentsQuery>(answer);
    QVERIFY(all != nullptr && all->empty());
}

QTEST_GUILESS_MAIN(TestEngineQuestions)
#include "tst_engine_questions.moc"
