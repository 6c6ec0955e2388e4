// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/AddLogSourceDialog.h"

#include "pages/sources/LogSettingsForm.h"
#include "widgets/PageParts.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sluice::ui {

namespace {
// Typing settles before the file is read again.
constexpr int kSettleMs = 300;

enum PreviewColumn { LineColumn, TimeColumn, KeyColumn, RouteColumn, StatusColumn, PreviewColumns };
}  // namespace

AddLogSourceDialog::AddLogSourceDialog(QWidget* parent)
    : CheckedDialog(parent), m_routes(new QTableWidget(0, 2, this)),
      m_addRoute(new QPushButton(tr("Add &route"), this)), m_removeRoute(new QPushButton(tr("R&emove route"), this)),
      m_follow(new QRadioButton(tr("Fo&llow it as it grows"), this)),
      m_once(new QRadioButton(tr("Read it &once from the start"), this)), m_previewNote(new QLabel(this)),
      m_previewTable(new QTableWidget(0, PreviewColumns, this)), m_settle(new QTimer(this)),
      m_previewer(new LogPreviewer(this))
{
    setObjectName(QStringLiteral("addLogSourceDialog"));
    setWindowTitle(tr("Add a log file"));
    m_routes->setObjectName(QStringLiteral("logRoutes"));
    m_addRoute->setObjectName(QStringLiteral("logAddRoute"));
    m_removeRoute->setObjectName(QStringLiteral("logRemoveRoute"));
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_once->setObjectName(QStringLiteral("logOnce"));
    m_previewNote->setObjectName(QStringLiteral("logPreviewNote"));
    m_previewTable->setObjectName(QStringLiteral("logPreview"));

    auto* form = new QFormLayout;
    m_form = new LogSettingsForm(this, form);

    m_routes->setHorizontalHeaderLabels({tr("Path prefix"), tr("Route")});
    m_routes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_routes->verticalHeader()->hide();
    m_routes->setAccessibleName(tr("Route map"));
    m_routes->setMaximumHeight(m_routes->horizontalHeader()->sizeHint().height() +
                               4 * m_routes->verticalHeader()->defaultSectionSize() + 4);
    auto* routeButtons = new QVBoxLayout;
    routeButtons->addWidget(m_addRoute);
    routeButtons->addWidget(m_removeRoute);
    routeButtons->addStretch(1);
    auto* routes = new QHBoxLayout;
    routes->addWidget(m_routes, 1);
    routes->addLayout(routeButtons);
    form->addRow(tr("Routes:"), routes);

    auto* modes = new QButtonGroup(this);
    modes->addButton(m_follow);
    modes->addButton(m_once);
    m_follow->setChecked(true);
    auto* mode = new QVBoxLayout;
    mode->addWidget(m_follow);
    mode->addWidget(m_once);
    form->addRow(tr("Reading:"), mode);

    m_previewTable->setHorizontalHeaderLabels({tr("Line"), tr("Time"), tr("Key"), tr("Route"), tr("Status")});
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpListTable(m_previewTable);
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    m_previewTable->setAccessibleName(tr("Preview of the first lines"));
    m_previewTable->setMinimumHeight(m_previewTable->verticalHeader()->defaultSectionSize() * 6);
    m_previewNote->setWordWrap(true);
    form->addRow(sectionHeading(this, tr("Preview")));
    form->addRow(m_previewNote);
    form->addRow(m_previewTable);
    finish(form, QStringLiteral("addLogSourceProblem"));
    resize(720, 640);

    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, [this] {
        LogSourceSettings wanted = settings();
        if (m_form->problem().isEmpty()) {
            m_previewNote->setText(tr("Reading the first lines…"));
            m_previewer->request(wanted);
        } else {
            showPreview(LogPreviewResult{{}, m_form->problem()});
        }
    });
    connect(m_previewer, &LogPreviewer::ready, this, [this](const LogPreviewResult& result) {
        if (!m_settle->isActive()) {
            showPreview(result);
        }
    });
    connect(m_form, &LogSettingsForm::changed, this, &AddLogSourceDialog::schedulePreview);
    connect(m_routes, &QTableWidget::itemChanged, this, &AddLogSourceDialog::schedulePreview);
    connect(m_addRoute, &QPushButton::clicked, this, [this] {
        const int row = m_routes->rowCount();
        m_routes->insertRow(row);
        m_routes->setItem(row, 0, new QTableWidgetItem(QStringLiteral("/")));
        m_routes->setItem(row, 1, new QTableWidgetItem());
        m_routes->setCurrentCell(row, 0);
        m_routes->editItem(m_routes->item(row, 0));
    });
    connect(m_removeRoute, &QPushButton::clicked, this, [this] {
        if (m_routes->currentRow() >= 0) {
            m_routes->removeRow(m_routes->currentRow());
            schedulePreview();
        }
    });
    schedulePreview();
}

LogSourceSettings AddLogSourceDialog::settings() const
{
    LogSourceSettings s;
    m_form->fill(s);
    s.routes = routes();
    s.follow = m_follow->isChecked();
    return s;
}

void AddLogSourceDialog::setSettings(const LogSourceSettings& settings)
{
    m_form->show(settings);
    m_routes->setRowCount(0);
    for (const auto& [prefix, route] : settings.routes) {
        const int row = m_routes->rowCount();
        m_routes->insertRow(row);
        m_routes->setItem(row, 0, new QTableWidgetItem(prefix));
        m_routes->setItem(row, 1, new QTableWidgetItem(route));
    }
    (settings.follow ? m_follow : m_once)->setChecked(true);
    schedulePreview();
}

QList<QPair<QString, QString>> AddLogSourceDialog::routes() const
{
    QList<QPair<QString, QString>> routes;
    for (int row = 0; row < m_routes->rowCount(); ++row) {
        const QString prefix = m_routes->item(row, 0) ? m_routes->item(row, 0)->text().trimmed() : QString();
        const QString route = m_routes->item(row, 1) ? m_routes->item(row, 1)->text().trimmed() : QString();
        if (!prefix.isEmpty()) {
            routes.append({prefix, route});
        }
    }
    return routes;
}

QString AddLogSourceDialog::problem() const
{
    if (const QString form = m_form->problem(); !form.isEmpty()) {
        return form;
    }
    if (!m_previewCurrent) {
        return tr("Wait for the preview of the first lines.");
    }
    return m_preview.error;
}

void AddLogSourceDialog::schedulePreview()
{
    m_previewCurrent = false;
    m_settle->start();
}

void AddLogSourceDialog::showPreview(const LogPreviewResult& result)
{
    m_preview = result;
    m_previewCurrent = true;
    m_previewTable->clearSpans();
    m_previewTable->setRowCount(static_cast<int>(result.lines.size()));
    int rejected = 0;
    for (int r = 0; r < result.lines.size(); ++r) {
        const PreviewLine& line = result.lines[r];
        m_previewTable->setItem(r, LineColumn, new QTableWidgetItem(QString::number(line.number)));
        if (!line.rejection.isEmpty()) {
            ++rejected;
            auto* reason = new QTableWidgetItem(tr("Rejected: %1").arg(line.rejection));
            reason->setForeground(QColor(0xC0, 0x20, 0x20));
            m_previewTable->setItem(r, TimeColumn, reason);
            m_previewTable->setSpan(r, TimeColumn, 1, PreviewColumns - TimeColumn);
            continue;
        }
        m_previewTable->setItem(r, TimeColumn, new QTableWidgetItem(line.time));
        m_previewTable->setItem(r, KeyColumn, new QTableWidgetItem(line.key));
        m_previewTable->setItem(r, RouteColumn,
                                new QTableWidgetItem(line.route.isEmpty() ? tr("(default)") : line.route));
        m_previewTable->setItem(r, StatusColumn, new QTableWidgetItem(QString::number(line.status)));
    }
    if (!result.error.isEmpty()) {
        m_previewNote->setText(result.error);
    } else if (result.lines.isEmpty()) {
        m_previewNote->setText(tr("The file has no lines yet."));
    } else {
        m_previewNote->setText(
            tr("The first %Ln line(s) as the engine takes them", nullptr, static_cast<int>(result.lines.size())) +
            (rejected > 0 ? tr("; %Ln rejected.", nullptr, rejected) : QStringLiteral(".")));
    }
    emit previewShown();
}

}  // namespace sluice::ui
