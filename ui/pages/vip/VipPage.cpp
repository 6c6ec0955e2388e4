// SPDX-License-Identifier: Apache-2.0
#include "pages/vip/VipPage.h"

#include "EngineClient.h"
#include "LimitFormat.h"
#include "pages/vip/RoutePicker.h"
#include "pages/vip/VipAssignDialog.h"
#include "pages/vip/VipAssignmentModel.h"
#include "pages/vip/VipTierDialog.h"
#include "pages/vip/VipTierModel.h"
#include "widgets/TableDescription.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <utility>

namespace sluice::ui {

namespace {
QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

QTableView* table(QAbstractItemModel* model, const char* name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setTabKeyNavigation(false);  // arrows walk the rows; Tab leaves the table
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    return view;
}
}  // namespace

VipPage::VipPage(EngineClient* engine, QWidget* parent)
    : Page(parent, Draws::OnRequest), m_engine(engine), m_model(new VipAssignmentModel(this)),
      m_tierModel(new VipTierModel(this)),
      m_vipRequest(engine, this, [this](const engine::VipPage& page) { onVipReady(page); }),
      m_previewRequest(engine, this, [this](const KeyDetail& detail) { onKeyReady(detail); }),
      m_exports(engine, this,
                [this](quint64, const QString& path, const VipAssignmentsQuery::Answer& all) {
                    onAssignmentsReady(path, all);
                }),
      m_summary(new QLabel(this)), m_leadDays(new QSpinBox(this)),
      m_leadApply(button(tr("Apply"), "vipLeadApply", this)), m_search(new QLineEdit(this)),
      m_expiringOnly(new QCheckBox(tr("Expiring within 7 days"), this)), m_matching(new QLabel(this)),
      m_route(new RoutePicker(QStringLiteral("vipRoute"), tr("Route of the limits shown"), this)),
      m_table(table(m_model, "vipTable", this)), m_tierTable(table(m_tierModel, "vipTierTable", this)),
      m_tierState(new QLabel(tr("Loading…"), this)), m_assign(button(tr("Assign…"), "vipAssign", this)),
      m_change(button(tr("Change…"), "vipChange", this)), m_revoke(button(tr("Revoke"), "vipRevoke", this)),
      m_import(button(tr("Import CSV…"), "vipImport", this)), m_export(button(tr("Export CSV…"), "vipExport", this)),
      m_tierAdd(button(tr("Add…"), "vipTierAdd", this)), m_tierEdit(button(tr("Edit…"), "vipTierEdit", this)),
      m_tierRemove(button(tr("Remove"), "vipTierRemove", this)), m_previewKey(new QLineEdit(this)),
      m_previewRoute(new RoutePicker(QStringLiteral("vipPreviewRoute"), tr("Route to preview"), this)),
      m_preview(new QLabel(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("vipPage"));
    setAccessibleName(tr("VIP"));
    m_summary->setObjectName(QStringLiteral("vipSummary"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_summary->setFont(big);
    m_leadDays->setObjectName(QStringLiteral("vipLeadDays"));
    m_leadDays->setAccessibleName(tr("Days of warning before a VIP assignment expires"));
    m_leadDays->setRange(1, 90);
    m_leadDays->setValue(3);
    m_leadDays->setSuffix(tr(" days"));
    m_status->setObjectName(QStringLiteral("vipStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("vipSplitter"));
    split->addWidget(buildAssignments());
    auto* side = new QWidget(split);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(buildTiers(), 1);
    sideLayout->addWidget(buildPreview());
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({920, 240});

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(new QLabel(tr("Warn"), this));
    top->addWidget(m_leadDays);
    top->addWidget(new QLabel(tr("before an assignment expires"), this));
    top->addWidget(m_leadApply);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_engine, &EngineClient::commandFinished, this, &VipPage::onCommandFinished);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_query.contains = text.toStdString();
        refresh();
    });
    connect(m_route, &QComboBox::currentIndexChanged, this, [this] {
        m_query.route = m_route->route();
        refresh();
    });
    connect(m_previewRoute, &QComboBox::currentIndexChanged, this, [this] { previewKey(m_previewKey->text()); });
    connect(m_expiringOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_query.expiringWithin = on ? std::optional(kExpiringSoon) : std::nullopt;
        refresh();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                m_query.sort = VipAssignmentModel::sortOf(column);
                m_query.descending = order == Qt::DescendingOrder;
                refresh();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        if (const engine::VipRow* row = selectedRow()) {
            m_previewKey->setText(QString::fromStdString(row->key));
            previewKey(m_previewKey->text());
        }
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_change->isEnabled()) {
            openAssignDialog(true);
        }
    });
    connect(m_tierTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VipPage::updateButtons);
    connect(m_assign, &QPushButton::clicked, this, [this] { openAssignDialog(false); });
    connect(m_change, &QPushButton::clicked, this, [this] { openAssignDialog(true); });
    connect(m_revoke, &QPushButton::clicked, this, &VipPage::revokeSelected);
    connect(m_import, &QPushButton::clicked, this, &VipPage::chooseImportFile);
    connect(m_export, &QPushButton::clicked, this, &VipPage::chooseExportFile);
    connect(m_tierAdd, &QPushButton::clicked, this, [this] { openTierDialog(false); });
    connect(m_tierEdit, &QPushButton::clicked, this, [this] { openTierDialog(true); });
    connect(m_tierRemove, &QPushButton::clicked, this, &VipPage::removeSelectedTier);
    connect(m_leadApply, &QPushButton::clicked, this, [this] {
        const int days = m_leadDays->value();
        send(engine::cmd::SetVipExpiringLead{days * engine::kNsPerDay},
             tr("VIP expiry warnings now come %n day(s) ahead.", nullptr, days));
    });
    declareAdminControls();
    // Assignments change far more slowly than snapshots arrive; once the engine runs, ask once a second.
    refreshWhileVisible(kRefreshMs, [this] {
        if (snapshot() && !m_vipRequest.waiting()) {
            refresh();
        }
    });
    updateButtons();
    m_summary->setText(tr("VIP assignments"));
    setTabOrderAsLaid();
}

void VipPage::setTabOrderAsLaid()
{
    // The widgets were made before their panes were laid out: the actions sit above the table they act on.
    auto* previewButton = findChild<QPushButton*>(QStringLiteral("vipPreviewButton"));
    const QList<QWidget*> order{m_leadDays, m_leadApply, m_search,     m_expiringOnly, m_route,       m_assign,
                                m_change,   m_revoke,    m_import,     m_export,       m_table,       m_tierTable,
                                m_tierAdd,  m_tierEdit,  m_tierRemove, m_previewKey,   previewButton, m_previewRoute};
    for (qsizetype i = 1; i < order.size(); ++i) {
        QWidget::setTabOrder(order[i - 1], order[i]);
    }
}

QWidget* VipPage::buildAssignments()
{
    auto* box = new QGroupBox(tr("Assignments"), this);
    m_search->setObjectName(QStringLiteral("vipSearch"));
    m_search->setPlaceholderText(tr("Search key, tier or notes"));
    m_search->setAccessibleName(tr("Search VIP assignments"));
    m_search->setClearButtonEnabled(true);
    m_expiringOnly->setObjectName(QStringLiteral("vipExpiringOnly"));
    m_matching->setObjectName(QStringLiteral("vipMatching"));
    m_route->setToolTip(tr("The route whose policy the Limit now column is worked out for"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_expiringOnly);
    filters->addWidget(m_route);
    filters->addWidget(m_matching);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_assign, m_change, m_revoke}) {
        actions->addWidget(b);
    }
    actions->addStretch(1);
    actions->addWidget(m_import);
    actions->addWidget(m_export);

    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(VipAssignmentModel::KeyColumn, Qt::AscendingOrder);
    // The engine answers at most a page of rows: say how many match when that is more than are shown.
    m_tableDescription = TableDescription::attach(m_table, tr("VIP assignments"), [this](int rows) {
        const int total =
            std::max(rows, static_cast<int>(std::min<quint64>(m_totalMatching, std::numeric_limits<int>::max())));
        return rows == total ? tr("%Ln assignment(s)", nullptr, rows)
                             : tr("%Ln assignment(s), %1 shown", nullptr, total).arg(QLocale().toString(rows));
    });
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm](const QString& sample) { return fm.horizontalAdvance(sample) + 16; };
    m_table->setWordWrap(false);
    m_table->setColumnWidth(VipAssignmentModel::KeyColumn, width(QStringLiteral("partner-00000")));
    m_table->setColumnWidth(VipAssignmentModel::TierColumn, width(QStringLiteral("platinum")));
    m_table->setColumnWidth(VipAssignmentModel::MultiplierColumn, width(QStringLiteral("Multiplier")));
    m_table->setColumnWidth(VipAssignmentModel::LimitColumn, width(QStringLiteral("10,000/min")));
    m_table->setColumnWidth(VipAssignmentModel::ExpiresColumn, width(QStringLiteral("0000-00-00 00:00 (in 00 d)")));
    m_table->setColumnWidth(VipAssignmentModel::NotesColumn, width(QStringLiteral("launch partner, tri")));

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    return box;
}

QWidget* VipPage::buildTiers()
{
    auto* box = new QGroupBox(tr("Tier catalog"), this);
    m_tierTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    TableDescription::attach(m_tierTable, tr("VIP tier catalog"),
                             [](int rows) { return tr("%Ln tier(s)", nullptr, rows); });
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_tierAdd);
    actions->addWidget(m_tierEdit);
    actions->addWidget(m_tierRemove);
    actions->addStretch(1);
    // Until the first answer the catalog is unknown, not empty; an empty one says how to fill it.
    m_tierState->setObjectName(QStringLiteral("vipTierState"));
    m_tierState->setWordWrap(true);
    m_tierState->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_tierState);
    layout->addWidget(m_tierTable, 1);
    layout->addLayout(actions);
    return box;
}

QWidget* VipPage::buildPreview()
{
    auto* box = new QGroupBox(tr("Effective limit preview"), this);
    m_previewKey->setObjectName(QStringLiteral("vipPreviewKey"));
    m_previewKey->setPlaceholderText(tr("Any key, known or not"));
    m_previewKey->setAccessibleName(tr("Key to preview"));
    auto* go = button(tr("Preview"), "vipPreviewButton", box);
    connect(go, &QPushButton::clicked, this, [this] { previewKey(m_previewKey->text()); });
    connect(m_previewKey, &QLineEdit::returnPressed, this, [this] { previewKey(m_previewKey->text()); });
    m_preview->setObjectName(QStringLiteral("vipPreview"));
    m_preview->setText(tr("Select an assignment or type a key."));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewRoute->setToolTip(
        tr("The route whose policy the preview is worked out for; the key's own routes come first"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_previewKey, 1);
    row->addWidget(go);
    auto* legend = new QLabel(tr("base × reputation × VIP × throttle = limit"), box);
    legend->setEnabled(false);  // a hint, drawn in the disabled text colour
    legend->setWordWrap(true);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_previewRoute);
    layout->addWidget(legend);
    layout->addWidget(m_preview);
    return box;
}

void VipPage::declareAdminControls()
{
    const QString readOnly = tr("The console is read-only: VIP tiers and assignments cannot be changed here.");
    for (QPushButton* b : {m_assign, m_change, m_revoke, m_import, m_tierAdd, m_tierEdit, m_tierRemove, m_leadApply}) {
        adminControl(b, *m_engine, readOnly);
    }
    adminControl(m_leadDays, *m_engine, readOnly);
}

void VipPage::updateButtons()
{
    const bool writable = !m_engine->readOnly();
    const bool row = selectedRow() != nullptr;
    const bool tier = m_tierTable->selectionModel()->hasSelection();
    m_assign->setEnabled(writable);
    m_leadApply->setEnabled(writable);
    m_import->setEnabled(writable);
    m_tierAdd->setEnabled(writable);
    m_change->setEnabled(writable && row);
    m_revoke->setEnabled(writable && row);
    m_tierEdit->setEnabled(writable && tier);
    m_tierRemove->setEnabled(writable && tier);
}

const engine::VipRow* VipPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->row(rows.first().row());
}

void VipPage::refresh() { m_vipRequest.ask(VipPageQuery{m_query}); }

void VipPage::onVipReady(const engine::VipPage& page)
{
    m_engineNow = page.now;
    const QString selected = selectedRow() != nullptr ? QString::fromStdString(selectedRow()->key) : QString();
    m_totalMatching = page.totalMatching;
    m_model->setRows(page.rows, page.now);
    m_tableDescription->update();  // the same rows with another total change no row count
    m_tierModel->setTiers(page.tiers);
    m_answered = true;
    m_tierState->setText(tr("No tiers yet. Add one to give keys a higher limit."));
    m_tierState->setVisible(page.tiers.empty());
    m_route->setRoutes(page.routes);
    m_previewRoute->setRoutes(page.routes);
    if (!selected.isEmpty() && !m_table->selectionModel()->hasSelection()) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->row(r)->key == selected.toStdString()) {
                m_table->selectRow(r);
            }
        }
    }
    m_matching->setText(page.totalMatching == page.totalAssignments
                            ? QString()
                            : tr("%1 of %2")
                                  .arg(QLocale().toString(static_cast<qulonglong>(page.totalMatching)),
                                       QLocale().toString(static_cast<qulonglong>(page.totalAssignments))));
    const QString count = page.totalAssignments == 1
                              ? tr("1 VIP assignment")
                              : tr("%1 VIP assignments").arg(QLocale().toString(qulonglong(page.totalAssignments)));
    const QString lead = QLocale().toString(static_cast<double>(page.expiringLead) / engine::kNsPerDay, 'g', 3);
    m_summary->setText(tr("%1 · expiry warnings %2 days ahead").arg(count, lead));
    if (!m_leadDays->hasFocus() && page.expiringLead % engine::kNsPerDay == 0) {
        m_leadDays->setValue(static_cast<int>(page.expiringLead / engine::kNsPerDay));
    }
    updateButtons();
    if (!m_assignWhenLoaded.isEmpty()) {
        openAssignDialog(false, std::exchange(m_assignWhenLoaded, QString()));
    }
    emit refreshed();
}

bool VipPage::takeKeyRequest(KeyRequest request, const QString& key)
{
    if (request != KeyRequest::AssignVip || key.isEmpty()) {
        return false;
    }
    m_previewKey->setText(key);
    previewKey(key);
    if (m_answered) {
        openAssignDialog(false, key);
    } else {
        m_assignWhenLoaded = key;  // the dialog needs the tier catalog
        refresh();
    }
    return true;
}

void VipPage::previewKey(const QString& key)
{
    if (m_previewKey->text() != key) {
        m_previewKey->setText(key);  // what the route picker previews again
    }
    if (key.isEmpty()) {
        m_preview->setText(tr("Select an assignment or type a key."));
        return;
    }
    m_previewRequest.ask(KeyDetailQuery{key.toStdString(), m_previewRoute->route()});
}

void VipPage::onKeyReady(const KeyDetail& detail)
{
    const engine::KeyView& v = detail.view;
    QString vip = v.vipTier.empty() ? tr("no VIP tier") : tr("VIP %1").arg(QString::fromStdString(v.vipTier));
    QString seen = detail.found && v.active ? tr("active") : tr("not active; the limit it would get now");
    std::vector<std::string> keyRoutes;
    for (const engine::RouteLimit& r : v.routes) {
        keyRoutes.push_back(r.route);
    }
    m_previewRoute->putFirst(keyRoutes);
    const engine::RouteLimit shown{m_previewRoute->route(), v.limit};
    m_preview->setText(tr("<b>%1</b> (%2, %3)<br>%4")
                           .arg(QString::fromStdString(v.key).toHtmlEscaped(), vip.toHtmlEscaped(), seen,
                                formatRouteLimit(shown).toHtmlEscaped()));
}

void VipPage::send(engine::Command command, const QString& done)
{
    m_commands.insert(m_engine->sendCommand(std::move(command)), done);
}

void VipPage::onCommandFinished(quint64 id, bool ok, const QString& error)
{
    const auto it = m_commands.find(id);
    if (it == m_commands.end()) {
        return;  // another page's command
    }
    const QString done = it.value();
    m_commands.erase(it);
    const QString refused = m_importsRefused.take(id);
    showStatus(ok ? done : refused.isEmpty() ? error : refused.arg(error), ok);
    refresh();
    previewKey(m_previewKey->text());
}

void VipPage::showStatus(const QString& text, bool ok)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, ok ? palette.color(QPalette::Text) : QColor(0xC0, 0x20, 0x20));
    m_status->setPalette(palette);
    m_status->setText(text);
    emit statusShown(text, ok);
}

void VipPage::openAssignDialog(bool change, const QString& givenKey)
{
    const engine::VipRow* existing = change ? selectedRow() : nullptr;
    if (change && existing == nullptr) {
        return;
    }
    auto* dialog = new VipAssignDialog(m_tierModel->tiers(), m_engineNow, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!givenKey.isEmpty()) {
        dialog->setKey(givenKey);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, change] {
        const engine::cmd::AssignVip c = dialog->command();
        const QString key = QString::fromStdString(c.key);
        send(c, change ? tr("Changed the VIP assignment of %1.").arg(key)
                       : tr("Assigned %1 to %2.").arg(QString::fromStdString(c.tier), key));
    });
    dialog->open();
}

void VipPage::revokeSelected()
{
    const engine::VipRow* row = selectedRow();
    if (row == nullptr) {
        return;
    }
    const QString key = QString::fromStdString(row->key);
    auto* confirm = new QMessageBox(
        QMessageBox::Question, tr("Revoke VIP"),
        tr("Revoke the %1 tier of %2? Its limit drops back at once.").arg(QString::fromStdString(row->tier), key),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("vipRevokeConfirm"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::accepted, this, [this, key] {
        send(engine::cmd::RevokeVip{key.toStdString()}, tr("Revoked the VIP tier of %1.").arg(key));
    });
    confirm->open();
}

void VipPage::openTierDialog(bool editing)
{
    const QModelIndexList rows = m_tierTable->selectionModel()->selectedRows();
    const engine::VipTierUsage* tier = editing && !rows.isEmpty() ? m_tierModel->tier(rows.first().row()) : nullptr;
    if (editing && tier == nullptr) {
        return;
    }
    auto* dialog = new VipTierDialog(tier != nullptr ? QString::fromStdString(tier->name) : QString(),
                                     tier != nullptr ? tier->multiplier : 1.5, editing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const engine::cmd::PutVipTier c = dialog->command();
        send(c, tr("Saved VIP tier %1 (×%2).").arg(QString::fromStdString(c.name), formatMultiplier(c.multiplier)));
    });
    dialog->open();
}

void VipPage::removeSelectedTier()
{
    const QModelIndexList rows = m_tierTable->selectionModel()->selectedRows();
    if (const engine::VipTierUsage* tier = rows.isEmpty() ? nullptr : m_tierModel->tier(rows.first().row())) {
        const QString name = QString::fromStdString(tier->name);
        send(engine::cmd::RemoveVipTier{tier->name}, tr("Removed VIP tier %1.").arg(name));
    }
}

}  // namespace sluice::ui
