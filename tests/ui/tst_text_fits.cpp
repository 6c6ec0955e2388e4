// SPDX-License-Identifier: Apache-2.0
// Every page at the smallest window the console promises (1024x640) and at 1440x900, in English and German,
// during an attack: no text is wider than the widget that shows it. A label may elide its text when it keeps
// the whole text in its tooltip. CTest runs this again at QT_SCALE_FACTOR 1.5 and 2.
#include "CurrentUser.h"
#include "EngineHost.h"
#include "MainWindow.h"
#include "Page.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QStyleOptionGroupBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include <sqlite3.h>

#include <memory>

using namespace sluice;

namespace {

// Notifications as the ops team gets them during the attack, with a delivery by email that keeps failing, for the
// Notifications page to show (ids far above the engine's own, so both can be in the inbox).
void seedNotifications(const std::string& path, engine::TimeNs now)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    sqlite3_busy_timeout(db, 10000);
    const qint64 ms = now / engine::kNsPerMs;
    const QString sql =
        QStringLiteral(
            "INSERT INTO notifications (id, type, recipient, key, created_at, severity, title, body, "
            "dispatched) VALUES (900001, 'flagged', 'ops', 'bot-1042', %1, 2, "
            "'Key bot-1042 is now flagged (score 12.5)', 'Repeated violations during the wave.', 1), "
            "(900002, 'throttle_change', 'ops', '', %1, 1, 'Throttle raised to high', 'Load at 96 percent.', 1);"
            "INSERT INTO notification_deliveries (notification_id, channel, address, state, attempts, "
            "last_error, created_at, last_attempt_at, sent_at) VALUES "
            "(900001, 'in_app', '', 'sent', 1, '', %1, %1, %1), "
            "(900001, 'email', 'ops@example.org', 'failed', 8, '535 authentication failed', %1, %1, 0), "
            "(900002, 'in_app', '', 'sent', 1, '', %1, %1, %1);")
            .arg(ms);
    QCOMPARE(sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

constexpr auto kEllipsis = u'…';

QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    return text;
}

// The part of `widget` that its ancestors leave on screen, in its own coordinates. A scroll area's viewport
// clips on purpose (its content scrolls), so the search stops there.
QRect unclippedRect(const QWidget* widget)
{
    QRect visible = widget->rect();
    QPoint offset;
    for (const QWidget* w = widget; w->parentWidget() != nullptr && !w->isWindow(); w = w->parentWidget()) {
        offset += w->pos();
        const QWidget* parent = w->parentWidget();
        if (qobject_cast<const QAbstractScrollArea*>(parent->parentWidget()) != nullptr &&
            static_cast<const QAbstractScrollArea*>(parent->parentWidget())->viewport() == parent) {
            break;
        }
        visible &= parent->rect().translated(-offset);
    }
    return visible;
}

// An elided text keeps the whole text in the tooltip.
bool elidedWithTooltip(const QString& shown, const QString& toolTip)
{
    if (!shown.contains(kEllipsis) || toolTip.isEmpty()) {
        return false;
    }
    const QString head = shown.section(kEllipsis, 0, 0);
    return toolTip.contains(head);
}

QString plainOf(const QLabel* label)
{
    if (label->textFormat() == Qt::RichText ||
        (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))) {
        QTextDocument doc;
        doc.setHtml(label->text());
        return doc.toPlainText();
    }
    // A label with a buddy draws its mnemonic as an underline, not as '&'.
    return label->buddy() != nullptr ? withoutMnemonic(label->text()) : label->text();
}

// What is wrong with how `label` shows its text, or an empty string.
QString labelProblem(const QLabel* label)
{
    const QString text = plainOf(label);
    if (text.trimmed().isEmpty()) {
        return {};
    }
    const QFontMetrics fm = label->fontMetrics();
    QRect area = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
    int indent = label->indent();
    if (indent < 0 && label->frameWidth() > 0) {
        indent = fm.horizontalAdvance(QLatin1Char('x')) / 2;
    }
    if (indent > 0) {
        area.setWidth(area.width() - indent);
    }
    area &= unclippedRect(label);
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (label->wordWrap()) {
        QSize needed;
        if (rich) {
            QTextDocument doc;
            doc.setDefaultFont(label->font());
            doc.setDocumentMargin(0);
            doc.setHtml(label->text());
            doc.setTextWidth(area.width());
            needed = QSize(qCeil(doc.idealWidth()), qCeil(doc.size().height()));
        } else {
            needed = fm.boundingRect(QRect(0, 0, area.width(), 100000), Qt::TextWordWrap | Qt::AlignLeft, text).size();
        }
        if (needed.width() > area.width() || needed.height() > area.height()) {
            return QStringLiteral("needs %1x%2 wrapped, has %3x%4")
                .arg(needed.width())
                .arg(needed.height())
                .arg(area.width())
                .arg(area.height());
        }
        return {};
    }
    int widest = 0;
    int lines = 0;
    if (rich) {
        QTextDocument doc;
        doc.setDefaultFont(label->font());
        doc.setDocumentMargin(0);
        doc.setHtml(label->text());
        widest = qCeil(doc.idealWidth());
        lines = qCeil(doc.size().height() / fm.lineSpacing() - 0.25);
    } else {
        // The width QLabel itself lays a line out in: the advance without the last glyph's overhang.
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            widest = std::max(widest, fm.boundingRect(QRect(0, 0, 100000, 1000), Qt::AlignLeft, line).width());
            ++lines;
        }
    }
    const int tall = lines * fm.height() + (lines - 1) * fm.leading();
    if (widest > area.width() || tall > area.height() + 1) {
        if (elidedWithTooltip(text, label->toolTip()) && widest <= area.width()) {
            return {};
        }
        return QStringLiteral("needs %1x%2, has %3x%4").arg(widest).arg(tall).arg(area.width()).arg(area.height());
    }
    return {};
}

QString buttonProblem(const QAbstractButton* button)
{
    const QString text = withoutMnemonic(button->text());
    if (text.isEmpty()) {
        return {};
    }
    const QFontMetrics fm = button->fontMetrics();
    int needed = fm.horizontalAdvance(text);
    QRect area;
    if (const auto* push = qobject_cast<const QPushButton*>(button)) {
        QStyleOptionButton option;
        option.initFrom(push);
        option.text = push->text();
        option.icon = push->icon();
        option.iconSize = push->iconSize();
        option.features =
            push->isDefault() || push->autoDefault() ? QStyleOptionButton::AutoDefaultButton : QStyleOptionButton::None;
        area = push->style()->subElementRect(QStyle::SE_PushButtonContents, &option, push);
        if (!push->icon().isNull()) {
            needed += push->iconSize().width() + 4;
        }
    } else if (qobject_cast<const QCheckBox*>(button) != nullptr || qobject_cast<const QRadioButton*>(button)) {
        QStyleOptionButton option;
        option.initFrom(button);
        option.text = button->text();
        const bool check = qobject_cast<const QCheckBox*>(button) != nullptr;
        area = button->style()->subElementRect(check ? QStyle::SE_CheckBoxContents : QStyle::SE_RadioButtonContents,
                                               &option, button);
    } else if (const auto* tool = qobject_cast<const QToolButton*>(button)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull()) {
            return {};
        }
        if (tool->width() >= tool->sizeHint().width()) {
            return {};
        }
        return QStringLiteral("needs %1 px, has %2").arg(tool->sizeHint().width()).arg(tool->width());
    } else {
        area = button->rect();
    }
    area &= unclippedRect(button);
    if (needed > area.width()) {
        return QStringLiteral("needs %1 px, has %2").arg(needed).arg(area.width());
    }
    return {};
}

QString groupBoxProblem(const QGroupBox* box)
{
    const QString title = withoutMnemonic(box->title());
    if (title.isEmpty()) {
        return {};
    }
    QStyleOptionGroupBox option;
    option.initFrom(box);
    option.text = box->title();
    option.subControls = QStyle::SC_GroupBoxLabel | QStyle::SC_GroupBoxFrame;
    const QRect label = box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
    const int available = (box->rect() & unclippedRect(box)).right() - label.left() + 1;
    const int needed = box->fontMetrics().horizontalAdvance(title);
    return needed > available ? QStringLiteral("needs %1 px, has %2").arg(needed).arg(available) : QString();
}

QString tabBarProblems(const QTabBar* bar)
{
    QStringList problems;
    for (int i = 0; i < bar->count(); ++i) {
        const QString title = withoutMnemonic(bar->tabText(i));
        if (bar->tabRect(i).width() < bar->fontMetrics().horizontalAdvance(title) &&
            !elidedWithTooltip(title, bar->tabToolTip(i)) && bar->elideMode() == Qt::ElideNone) {
            problems << QStringLiteral("tab '%1'").arg(title);
        }
    }
    return problems.join(QStringLiteral(", "));
}

// "QLabel in KpiTile 'kpiRate' \"Requests per second\"": the widget, or the nearest one with a name around it.
QString describe(const QWidget* w, const QString& text)
{
    const QWidget* named = w;
    while (named != nullptr && named->objectName().isEmpty()) {
        named = named->parentWidget();
    }
    const QString where = named == nullptr || named == w
                              ? QString()
                              : QStringLiteral(" in %1").arg(QString::fromLatin1(named->metaObject()->className()));
    return QStringLiteral("%1%2 '%3' \"%4\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), where,
             named != nullptr ? named->objectName() : QString(), text.left(120));
}

// Every visible text of `root` that does not fit, one line each; `skip` (when given) is measured elsewhere.
QStringList textsThatDoNotFit(QWidget* root, const QWidget* skip = nullptr)
{
    QStringList problems;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || w->width() <= 0 || w->height() <= 0 || !w->window()->isVisible() ||
            (skip != nullptr && (skip == w || skip->isAncestorOf(w)))) {
            continue;
        }
        if (w->parentWidget() != nullptr && qobject_cast<QAbstractItemView*>(w->parentWidget()->parentWidget())) {
            continue;  // an item view's editor or index widget; the view owns its layout
        }
        QString problem;
        QString text;
        if (const auto* label = qobject_cast<QLabel*>(w)) {
            text = label->text();
            problem = labelProblem(label);
        } else if (const auto* button = qobject_cast<QAbstractButton*>(w)) {
            text = button->text();
            problem = buttonProblem(button);
        } else if (const auto* box = qobject_cast<QGroupBox*>(w)) {
            text = box->title();
            problem = groupBoxProblem(box);
        } else if (const auto* bar = qobject_cast<QTabBar*>(w)) {
            problem = tabBarProblems(bar);
        }
        if (!problem.isEmpty()) {
            problems << QStringLiteral("%1: %2").arg(describe(w, text), problem);
        }
    }
    return problems;
}

}  // namespace

class TestTextFits final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyTextFits_data();
    void everyTextFits();

private:
    void useLanguage(const QString& language);
    void showPageAsAUserWould(ui::MainWindow& window, int index);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::EngineHost> m_host;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

void TestTextFits::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    engine::RuntimeOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    options.snapshotInterval = std::chrono::milliseconds(50);
    app::SimulationOptions simulation;
    simulation.scenario = QStringLiteral("ddos-wave");
    simulation.speed = 0;
    simulation.startNow = false;
    m_host = std::make_unique<app::EngineHost>(options, simulation);
    m_host->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_host->simulation() != nullptr, 30000);
    // Eleven minutes in: the first wave is a minute old, the throttle is at its strictest, bots are flagged.
    const engine::TimeNs attack = m_host->simulation()->startTime() + 11 * engine::kNsPerMin;
    QTRY_VERIFY_WITH_TIMEOUT(m_host->simulation()->virtualNow() >= attack, 120000);
    m_host->controlSource(QString::fromUtf8(engine::SimulationSource::kId), engine::control::SetPaused{true});

    // What an operator has done by then: VIPs assigned and an override set and cleared, for the VIP and Audit
    // pages to show.
    const engine::TimeNs now = m_host->simulation()->virtualNow();
    const std::string user = ui::currentUserName().toStdString();
    const std::vector<engine::Command> commands = {
        engine::cmd::AssignVip{"partner-17", "platinum", 0, "reseller contract", user},
        engine::cmd::AssignVip{"partner-4", "gold", now + 2 * engine::kNsPerDay, "launch partner, trial ends", user},
        engine::cmd::SetThrottleOverride{engine::ThrottleLevel::Low, "load test on the checkout backend",
                                         now + engine::kNsPerHour, user},
        engine::cmd::ClearThrottleOverride{user},
    };
    QSignalSpy finished(m_host.get(), &ui::EngineClient::commandFinished);
    for (const engine::Command& command : commands) {
        m_host->sendCommand(command);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), static_cast<qsizetype>(commands.size()), 30000);
    m_host->runtime()->sync();
    seedNotifications(options.databasePath, now);
}

void TestTextFits::cleanupTestCase()
{
    m_host.reset();
    useLanguage(QStringLiteral("en"));
}

void TestTextFits::useLanguage(const QString& language)
{
    for (auto& translator : m_translators) {
        QCoreApplication::removeTranslator(translator.get());
    }
    m_translators.clear();
    const QLocale locale(language == QLatin1String("de") ? QLocale::German : QLocale::English,
                         language == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    const std::pair<QString, QString> catalogues[] = {
        {QStringLiteral("sluice"), QStringLiteral(":/i18n")},
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)}};
    for (const auto& [name, where] : catalogues) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(locale, name, QStringLiteral("_"), where)) {
            QCoreApplication::installTranslator(translator.get());
            m_translators.push_back(std::move(translator));
        }
    }
}

void TestTextFits::showPageAsAUserWould(ui::MainWindow& window, int index)
{
    window.setCurrentPage(index);
    QWidget* page = window.pageWidget(index);
    // Tables fill from the engine and the database off the UI thread: wait until every visible one has rows.
    const auto views = page->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        if (view->isVisibleTo(page) && view->model() != nullptr) {
            QTRY_VERIFY2_WITH_TIMEOUT(view->model()->rowCount() > 0, qPrintable(view->objectName()), 30000);
        }
    }
    // A list that drives a detail pane shows its first row's details, as after a user's first click.
    for (QAbstractItemView* view : views) {
        if (view->property(ui::Page::kDrivesDetailProperty).toBool() && !view->currentIndex().isValid()) {
            view->setCurrentIndex(view->model()->index(0, 0));
        }
    }
    // And those details fill the same way: every visible list in the page has rows before texts are measured,
    // except a key's events when the pane has said it has none (a key the throttle held back but that never
    // broke its own limit).
    const QString noEvents = QCoreApplication::translate("sluice::ui::KeyDetailPane",
                                                         "No violations or tier changes recorded for this key.");
    const auto* historyStatus = page->findChild<QLabel*>(QStringLiteral("historyStatus"));
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
        if (view->isVisibleTo(page) && view->model() != nullptr) {
            // A header has its view's rows: the view itself says whether it may be empty.
            QAbstractItemView* owner = qobject_cast<QHeaderView*>(view) != nullptr
                                           ? qobject_cast<QAbstractItemView*>(view->parentWidget())
                                           : view;
            const bool mayBeEmpty =
                owner != nullptr && owner->objectName() == QLatin1String("keyEvents") && historyStatus != nullptr;
            QTRY_VERIFY2_WITH_TIMEOUT(view->model()->rowCount() > 0 ||
                                          (mayBeEmpty && historyStatus->text() == noEvents),
                                      qPrintable(page->objectName() + QLatin1Char('/') +
                                                 QString::fromLatin1(view->metaObject()->className()) +
                                                 QLatin1Char('#') + view->objectName()),
                                      30000);
        }
    }
    // A key's limits come with the engine's answer, and the pane then asks its splitter for the width they
    // need on the next turn of the event loop: wait for the answer, then let both turns pass.
    if (const auto* breakdown = page->findChild<QLabel*>(QStringLiteral("limitBreakdown"));
        breakdown != nullptr && breakdown->isVisibleTo(page)) {
        QTRY_VERIFY_WITH_TIMEOUT(!breakdown->text().isEmpty(), 30000);
    }
    // The API tokens come from the database the same way; the note under their table says what came.
    if (const auto* tokens = page->findChild<QLabel*>(QStringLiteral("apiTokenNote"));
        tokens != nullptr && tokens->isVisibleTo(page)) {
        QTRY_VERIFY_WITH_TIMEOUT(!tokens->text().isEmpty(), 30000);
    }
    for (int turn = 0; turn < 3; ++turn) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

void TestTextFits::everyTextFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char* language : {"en", "de"}) {
        for (const QSize size : {QSize(1024, 640), QSize(1440, 900)}) {
            QTest::addRow("%s %dx%d", language, size.width(), size.height()) << QString::fromLatin1(language) << size;
        }
    }
}

void TestTextFits::everyTextFits()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    useLanguage(language);
    ui::MainWindow window(m_host.get());
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A window that cannot be made this small would pass by being bigger than asked.
    QCOMPARE(window.size(), size);

    QStringList problems;
    for (int i = 0; i < window.pageCount(); ++i) {
        showPageAsAUserWould(window, i);
        if (QTest::currentTestFailed()) {
            return;
        }
        // A page whose texts, once they arrived, need more room than the window has would widen it.
        QVERIFY2(window.size() == size, qPrintable(QStringLiteral("%1 makes the window %2x%3")
                                                       .arg(window.pageId(i))
                                                       .arg(window.width())
                                                       .arg(window.height())));
        for (const QString& problem : textsThatDoNotFit(window.pageWidget(i))) {
            problems << QStringLiteral("%1: %2").arg(window.pageId(i), problem);
        }
    }
    // The menus, toolbar and status bar around the pages, as they stand with the last page shown.
    for (const QString& problem : textsThatDoNotFit(&window, window.pageWidget(0)->parentWidget())) {
        problems << QStringLiteral("window: %1").arg(problem);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTextFits)
#include "tst_text_fits.moc"
