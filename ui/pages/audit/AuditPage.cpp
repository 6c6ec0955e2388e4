// SPDX-License-Identifier: Apache-2.0
#include "pages/audit/AuditPage.h"

#include "EngineClient.h"
#include "Format.h"
#include "audit/AuditActions.h"
#include "history/AdminActionText.h"
#include "pages/audit/AuditLog.h"
#include "pages/audit/AuditStateText.h"
#include "pages/audit/AuditTableModel.h"
#include "widgets/PageParts.h"
#include "widgets/TableDescription.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <string_view>
#include <utility>

namespace sluice::ui {

AuditPage::AuditPage(EngineClient* engine, QWidget* parent)
    : Page(parent, Draws::OnRequest), m_log(new AuditLog(engine->databasePath(), this)),
      m_model(new AuditTableModel(m_log, this)), m_action(new QComboBox(this)), m_actor(new QComboBox(this)),
      m_period(new QComboBox(this)), m_search(new QLineEdit(this)), m_export(new QPushButton(tr("Export CSV…"), this)),
      m_count(new QLabel(this)), m_progress(new QProgressBar(this)), m_exportStatus(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)), m_empty(new QLabel(this)),
      m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    setAccessibleName(tr("Audit log"));

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    // The table loads a page at a time as it scrolls: say how many match, and how many are loaded so far.
    m_description = TableDescription::attach(
        m_table, tr("Audit log"),
        [this](int rows) {
            const auto total =
                static_cast<int>(std::min<qint64>(m_model->totalMatching(), std::numeric_limits<int>::max()));
            return rows == total
                       ? tr("%Ln change(s)", nullptr, total)
                       : tr("%Ln change(s), %1 loaded", nullptr, total).arg(formatCount(static_cast<quint64>(rows)));
        },
        tr("newest first"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);  // arrows walk the rows; Tab leaves the table
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    const QFontMetrics fm = m_table->fontMetrics();
    const auto width = [&fm](const QString& sample) { return fm.horizontalAdvance(sample) + 24; };
    const QString longestTime = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    m_table->setColumnWidth(AuditTableModel::TimeColumn, width(longestTime));
    m_table->setColumnWidth(AuditTableModel::ActorColumn, width(QStringLiteral("administrator")));
    // Every action's words fit, and of the targets the engine's own and keys of usual length; a longer key is
    // elided, its tooltip says it whole.
    int actionWidth = 0;
    for (const std::string_view id : engine::AuditActions::kAll) {
        actionWidth = std::max(actionWidth, width(adminActionWords(QString::fromLatin1(id))));
    }
    m_table->setColumnWidth(AuditTableModel::ActionColumn, actionWidth);
    int targetWidth = width(QStringLiteral("partner-api-1234"));
    for (const QString& words : adminSettingWords()) {
        targetWidth = std::max(targetWidth, width(words));
    }
    m_table->setColumnWidth(AuditTableModel::TargetColumn, targetWidth);
    // States and reasons share what is left; the selected row's details below show them whole.
    for (const int column :
         {AuditTableModel::BeforeColumn, AuditTableModel::AfterColumn, AuditTableModel::ReasonColumn}) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    m_table->horizontalHeader()->setHighlightSections(false);

    m_empty->setObjectName(QStringLiteral("auditEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 3);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_progress->setObjectName(QStringLiteral("auditExportProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_exportStatus->setObjectName(QStringLiteral("auditExportStatus"));
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* status = new QHBoxLayout;
    status->addWidget(m_count);
    status->addStretch(1);
    status->addWidget(m_exportStatus);
    status->addWidget(m_progress);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_detail);
    layout->addLayout(status);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &AuditPage::applyFilters);
    connect(m_model, &AuditTableModel::answered, this, &AuditPage::onAnswered);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showDetail(m_table->currentIndex()); });
    connect(engine, &EngineClient::commandFinished, this, &AuditPage::onCommandFinished);
    connect(m_log, &AuditLog::exportProgress, this, &AuditPage::onExportProgress);
    connect(m_log, &AuditLog::exportDone, this, &AuditPage::onExportDone);
    markStale();  // the first rows are read when the page is first shown
}

QWidget* AuditPage::buildFilterBar()
{
    auto* bar = new QWidget(this);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->setAccessibleName(tr("Action filter"));
    m_action->addItem(tr("All actions"), QString());
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_actor->setObjectName(QStringLiteral("auditActorFilter"));
    m_actor->setAccessibleName(tr("Who filter"));
    m_actor->addItem(tr("Everyone"), QString());
    m_actor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->setObjectName(QStringLiteral("auditPeriodFilter"));
    m_period->setAccessibleName(tr("Time filter"));
    addPeriodChoices(m_period);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search targets and reasons…"));
    m_search->setAccessibleName(tr("Search targets and reasons"));
    m_search->setClearButtonEnabled(true);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_export->setToolTip(tr("Write the rows matching the filters to a CSV file"));
    for (QComboBox* combo : {m_action, m_actor, m_period}) {
        connect(combo, &QComboBox::activated, this, &AuditPage::applyFilters);
    }
    connect(m_export, &QPushButton::clicked, this, &AuditPage::chooseExportFile);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_action);
    layout->addWidget(m_actor);
    layout->addWidget(m_period);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_export);
    return bar;
}

void AuditPage::showEntriesFor(const QString& target)
{
    m_search->setText(target);
    m_searchDelay.stop();
    applyFilters();
}

bool AuditPage::takeKeyRequest(KeyRequest request, const QString& key)
{
    if (request != KeyRequest::ShowAuditEntries) {
        return false;
    }
    showEntriesFor(key);
    return true;
}

AuditFilter AuditPage::currentFilter() const
{
    AuditFilter filter;
    filter.action = m_action->currentData().toString();
    filter.actor = m_actor->currentData().toString();
    filter.text = m_search->text().trimmed();
    if (const qint64 seconds = m_period->currentData().toLongLong(); seconds > 0) {
        // "Last hour" of engine time, the clock the rows are shown in; before the engine's first snapshot,
        // the wall clock is the best guess of it.
        const qint64 nowMs = snapshot() ? snapshot()->at / engine::kNsPerMs : QDateTime::currentMSecsSinceEpoch();
        filter.sinceMs = nowMs - seconds * 1000;
    }
    return filter;
}

void AuditPage::applyFilters()
{
    m_searchDelay.stop();
    m_model->setFilter(currentFilter());
}

void AuditPage::catchUp() { applyFilters(); }

void AuditPage::render() { m_model->reload(); }

void AuditPage::onCommandFinished() { markStale(); }

void AuditPage::setChoices(QComboBox* combo, const QStringList& values,
                           const std::function<QString(const QString&)>& words)
{
    const QString current = combo->currentData().toString();
    while (combo->count() > 1) {
        combo->removeItem(1);
    }
    QList<std::pair<QString, QString>> items;  // words, value
    for (const QString& value : values) {
        items.append({words ? words(value) : value, value});
    }
    std::sort(items.begin(), items.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto& [text, value] : items) {
        combo->addItem(text, value);
        if (text != value) {
            combo->setItemData(combo->count() - 1, value, Qt::ToolTipRole);
        }
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(std::max(index, 0));
}

void AuditPage::onAnswered(const AuditRows& rows)
{
    if (rows.first && rows.error.isEmpty()) {
        setChoices(m_action, rows.actions, adminActionWords);
        setChoices(m_actor, rows.actors);
    }
    const bool empty = m_model->rowCount() == 0;
    if (!rows.error.isEmpty()) {
        m_empty->setText(rows.error);
    } else if (empty && m_model->filter().isEmpty()) {
        m_empty->setText(tr("No admin actions yet.\n\nEvery change to VIP tiers and assignments, the throttle, "
                            "policies, reputation settings and feature gates is recorded here: who made it, when, "
                            "what it was before and after, and why. Rows are never edited or deleted."));
    } else if (empty) {
        m_empty->setText(tr("No audit rows match these filters."));
    }
    m_stack->setCurrentWidget(empty || !rows.error.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
    m_detail->setVisible(!empty && rows.error.isEmpty());
    if (!empty && !m_table->currentIndex().isValid()) {
        m_table->setCurrentIndex(m_model->index(0, 0));  // the newest change, spelled out below the table
    }
    m_description->update();  // the total comes with the answer, not with the rows
    m_count->setText(tr("Showing %1 of %2 rows")
                         .arg(formatCount(static_cast<quint64>(m_model->rowCount())),
                              formatCount(static_cast<quint64>(m_model->totalMatching()))));
}

void AuditPage::showDetail(const QModelIndex& current)
{
    if (!current.isValid()) {
        m_detail->setText(tr("Select a row to see the whole change."));
        return;
    }
    const AuditRecord& r = m_model->record(current.row());
    QString text = tr("%1 on %2 by %3").arg(adminActionWords(r.action), adminTargetWords(r.action, r.target), r.actor);
    text.append(QLatin1Char('\n')).append(AuditTableModel::timeTip(r));
    text.append(QLatin1Char('\n')).append(tr("Before: %1").arg(auditStateText(r.before)));
    text.append(QLatin1Char('\n')).append(tr("After: %1").arg(auditStateText(r.after)));
    if (!r.reason.isEmpty()) {
        text.append(QLatin1Char('\n')).append(tr("Reason: %1").arg(r.reason));
    }
    m_detail->setText(text);
}

void AuditPage::chooseExportFile()
{
    const QString suggested =
        QDir::home().filePath(QStringLiteral("sluice-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the audit log"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

void AuditPage::exportTo(const QString& path)
{
    m_export->setEnabled(false);  // one export at a time
    m_progress->setRange(0, 0);   // busy until the first count arrives
    m_progress->show();
    m_exportStatus->setText(tr("Exporting…"));
    m_exportId = m_log->exportCsv(currentFilter(), path);
}

void AuditPage::onExportProgress(quint64 id, qint64 written, qint64 total)
{
    if (id != m_exportId) {
        return;
    }
    // QProgressBar counts in int: scale to per mille so a log of any size fits.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? static_cast<int>(written * 1000 / total) : 1000);
    m_exportStatus->setText(
        tr("Exporting… %1 of %2 rows")
            .arg(formatCount(static_cast<quint64>(written)), formatCount(static_cast<quint64>(total))));
}

void AuditPage::onExportDone(quint64 id, bool ok, qint64 /*written*/, const QString& message)
{
    if (id != m_exportId) {
        return;
    }
    m_exportId = 0;
    m_progress->hide();
    m_export->setEnabled(true);
    m_exportStatus->setText(message);
    emit exportFinished(ok, message);
}

}  // namespace sluice::ui
