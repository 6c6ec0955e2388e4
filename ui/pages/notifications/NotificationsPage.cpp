// SPDX-License-Identifier: Apache-2.0
#include "pages/notifications/NotificationsPage.h"

#include "AdminControls.h"
#include "CurrentUser.h"
#include "EngineClient.h"
#include "EngineTextTranslator.h"
#include "Format.h"
#include "fleet/FleetErrand.h"
#include "fleet/FleetFeed.h"
#include "fleet/FleetFigures.h"
#include "pages/notifications/ChannelSettingsDialog.h"
#include "pages/notifications/CleanupDialog.h"
#include "pages/notifications/NotificationDetailPane.h"
#include "pages/notifications/NotificationInbox.h"
#include "pages/notifications/NotificationStatsView.h"
#include "pages/notifications/NotificationTableModel.h"
#include "pages/notifications/NotificationText.h"
#include "pages/notifications/RecipientDialog.h"
#include "widgets/PageParts.h"
#include "widgets/TableDescription.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace sluice::ui {

namespace {
// While notifications stream in, the inbox is read again at most this often.
constexpr int kRereadMs = 500;

bool sameCounts(const engine::NotifyView& a, const engine::NotifyView& b)
{
    if (a.produced != b.produced || a.accepted != b.accepted || a.spilled != b.spilled) {
        return false;
    }
    for (int c = 0; c < engine::kChannelCount; ++c) {
        const auto& x = a.channels[static_cast<std::size_t>(c)];
        const auto& y = b.channels[static_cast<std::size_t>(c)];
        if (x.sent != y.sent || x.failed != y.failed || x.attempts != y.attempts) {
            return false;
        }
    }
    return true;
}

qint64 engineNowMs(const engine::SnapshotPtr& snapshot)
{
    // Before the engine's first snapshot, the wall clock is the best guess of engine time.
    return snapshot ? snapshot->at / engine::kNsPerMs : QDateTime::currentMSecsSinceEpoch();
}
}  // namespace

NotificationsPage::NotificationsPage(EngineClient* engine, FleetFeed* fleet, QWidget* parent)
    : Page(parent, Draws::OnRequest), m_engine(engine), m_fleet(fleet),
      m_inbox(new NotificationInbox(engine->databasePath(), this)), m_model(new NotificationTableModel(this))
{
    setObjectName(QStringLiteral("notificationsPage"));
    setAccessibleName(tr("Notifications"));
    m_views = new QStackedWidget(this);
    QWidget* toolbar = buildToolbar();
    m_views->addWidget(buildInbox());
    m_stats = new NotificationStatsView(m_views);
    m_views->addWidget(m_stats);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_views, 1);

    const QString readOnly = readOnlyExplanation();
    for (QPushButton* button : {m_recipient, m_channels, m_cleanup, m_import, m_markRead, m_markAllRead, m_acknowledge,
                                m_delete, m_detail->retryButton()}) {
        adminControl(button, *m_engine, readOnly);
    }
    if (!m_engine->readOnly()) {
        m_recipient->setToolTip(tr("Preferences, contact and notifications of the ops team or of a key's owner"));
        m_channels->setToolTip(tr("Email, webhook and SMS settings, their secrets, and test messages"));
        m_cleanup->setToolTip(tr("Delete notifications older than a number of days"));
        m_markAllRead->setToolTip(tr("Mark every notification read (only the chosen recipient's when one is chosen)"));
        connect(m_recipient, &QPushButton::clicked, this, [this] {
            const NotificationRecord* r = selectedRecord();
            openRecipient(r != nullptr ? r->recipient : m_recipientFilter->currentData().toString());
        });
        connect(m_channels, &QPushButton::clicked, this, &NotificationsPage::openChannels);
        connect(m_cleanup, &QPushButton::clicked, this, &NotificationsPage::openCleanup);
        m_import->setToolTip(tr("Read key owners' contacts from a CSV file (key,email,phone,webhook); all or none"));
        connect(m_import, &QPushButton::clicked, this, &NotificationsPage::chooseContactsImport);
        connect(m_markRead, &QPushButton::clicked, this, [this] {
            if (m_selected && showingFleet()) {
                askEngine(QStringLiteral("/api/notifications/read"),
                          QByteArray("{\"ids\":[") + QByteArray::number(*m_selected) + "]}",
                          tr("Mark notification %1 read").arg(*m_selected), false);
            } else if (m_selected) {
                act(engine::cmd::MarkNotificationsRead{{*m_selected}, false, {}, currentUserName().toStdString()},
                    tr("Notification %1 marked read.").arg(*m_selected));
            }
        });
        connect(m_markAllRead, &QPushButton::clicked, this, [this] {
            const QString recipient = m_recipientFilter->currentData().toString();
            act(engine::cmd::MarkNotificationsRead{{}, true, recipient.toStdString(), currentUserName().toStdString()},
                recipient.isEmpty() ? tr("Every notification marked read.")
                                    : tr("Every notification for %1 marked read.").arg(recipientName(recipient)));
        });
        connect(m_acknowledge, &QPushButton::clicked, this, [this] {
            if (m_selected && showingFleet()) {
                askEngine(QStringLiteral("/api/notifications/%1/acknowledge").arg(*m_selected), {},
                          tr("Acknowledge notification %1").arg(*m_selected), true);
            } else if (m_selected) {
                act(engine::cmd::AcknowledgeNotification{*m_selected, currentUserName().toStdString()},
                    tr("Notification %1 acknowledged.").arg(*m_selected));
            }
        });
        connect(m_delete, &QPushButton::clicked, this, [this] {
            if (m_selected) {
                act(engine::cmd::DeleteNotifications{{*m_selected}, {}, currentUserName().toStdString()},
                    tr("Notification %1 deleted.").arg(*m_selected));
            }
        });
        connect(m_detail, &NotificationDetailPane::retryRequested, this, [this](const QString& stored) {
            const auto channel = channelOf(stored);
            if (m_selected && channel) {
                m_engine->retryNotification(*m_selected, *channel);
                showStatus(tr("Asked to retry the %1 delivery of notification %2.")
                               .arg(channelName(*channel))
                               .arg(*m_selected));
                m_reread.start();
            }
        });
    }
    connect(m_detail, &NotificationDetailPane::retryableChanged, this, &NotificationsPage::updateButtons);
    connect(m_engine, &EngineClient::commandFinished, this, [this](quint64 id, bool ok, const QString& error) {
        const auto it = m_commands.find(id);
        if (it != m_commands.end()) {
            if (!showingFleet()) {  // about this console's engine, which a fleet's view does not show
                showStatus(ok ? it->second : tr("The engine refused: %1").arg(error));
            }
            m_commands.erase(it);
        }
        m_reread.start();  // any admin change may have written notifications
    });
    connect(m_engine, &EngineClient::secretsStored, this, [this](bool ok, const QString& error) {
        showStatus(ok ? tr("The secrets were stored in the keychain.")
                      : tr("The secrets were not stored: %1").arg(error));
    });
    connect(m_inbox, &NotificationInbox::inboxReady, this, &NotificationsPage::onInbox);
    connect(m_inbox, &NotificationInbox::unreadReady, this, &NotificationsPage::setUnread);
    connect(m_inbox, &NotificationInbox::deliveriesReady, this, [this](quint64 id, const NotificationDeliveries& d) {
        if (id == m_deliveriesRequest) {
            m_detail->showDeliveries(d);
        }
    });
    connect(m_inbox, &NotificationInbox::statsReady, this, [this](quint64 id, const NotificationStats& stats) {
        if (id == m_statsRequest) {
            m_stats->showStats(stats);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NotificationsPage::onCurrentRowChanged);
    m_reread.setSingleShot(true);
    m_reread.setInterval(kRereadMs);
    connect(&m_reread, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            markStale();
        } else {
            m_inbox->readUnread();
        }
    });
    m_inbox->readUnread();
    if (m_fleet != nullptr) {
        m_errand = new FleetErrand(m_fleet, m_status, this);
        connect(m_errand, &FleetErrand::settled, this, &NotificationsPage::updateButtons);
    }
    followFleet(m_fleet);
    updateButtons();
    markStale();  // the first rows are read when the page is first shown
}

QWidget* NotificationsPage::buildToolbar()
{
    auto* bar = new QWidget(this);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("notificationSummary"));
    m_summary->setWordWrap(true);
    m_showInbox = new QPushButton(tr("&Inbox"), bar);
    m_showInbox->setObjectName(QStringLiteral("notificationShowInbox"));
    m_showStats = new QPushButton(tr("&Statistics"), bar);
    m_showStats->setObjectName(QStringLiteral("notificationShowStats"));
    auto* group = new QButtonGroup(bar);
    for (QPushButton* b : {m_showInbox, m_showStats}) {
        b->setCheckable(true);
        group->addButton(b);
    }
    m_showInbox->setChecked(true);
    connect(m_showInbox, &QPushButton::toggled, this, [this](bool on) {
        m_views->setCurrentIndex(on ? 0 : 1);
        markStale();
    });
    m_recipient = new QPushButton(tr("&Recipient…"), bar);
    m_recipient->setObjectName(QStringLiteral("notificationRecipientButton"));
    m_channels = new QPushButton(tr("C&hannels…"), bar);
    m_channels->setObjectName(QStringLiteral("notificationChannelsButton"));
    m_cleanup = new QPushButton(tr("Clea&n up…"), bar);
    m_cleanup->setObjectName(QStringLiteral("notificationCleanupButton"));
    m_import = new QPushButton(tr("Import contacts…"), bar);
    m_import->setObjectName(QStringLiteral("notificationImportContacts"));
    m_export = new QPushButton(tr("Export contacts…"), bar);
    m_export->setObjectName(QStringLiteral("notificationExportContacts"));
    m_export->setToolTip(tr("Write every key owner's contact to a CSV file"));
    connect(m_export, &QPushButton::clicked, this, &NotificationsPage::chooseContactsExport);

    auto* top = new QHBoxLayout;
    top->addWidget(m_showInbox);
    top->addWidget(m_showStats);
    top->addSpacing(8);
    top->addWidget(m_summary, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_recipient);
    buttons->addWidget(m_channels);
    buttons->addWidget(m_cleanup);
    buttons->addSpacing(8);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(buttons);
    return bar;
}

QWidget* NotificationsPage::buildFilters()
{
    auto* bar = new QWidget(this);
    m_filters = bar;
    m_type = new QComboBox(bar);
    m_type->setObjectName(QStringLiteral("notificationTypeFilter"));
    m_type->setAccessibleName(tr("Type filter"));
    m_type->addItem(tr("All types"), QString());
    for (int t = 0; t < engine::kNotificationTypeCount; ++t) {
        const auto type = static_cast<engine::NotificationType>(t);
        const std::string_view stored = engine::nameOf(type);
        const QString name = QString::fromLatin1(stored.data(), static_cast<qsizetype>(stored.size()));
        m_type->addItem(notificationTypeIcon(name), notificationTypeName(type), name);
    }
    m_recipientFilter = new QComboBox(bar);
    m_recipientFilter->setObjectName(QStringLiteral("notificationRecipientFilter"));
    m_recipientFilter->setAccessibleName(tr("Recipient filter"));
    m_recipientFilter->addItem(tr("Everyone"), QString());
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("notificationPeriodFilter"));
    m_period->setAccessibleName(tr("Time filter"));
    addPeriodChoices(m_period);
    m_unreadOnly = new QCheckBox(tr("&Unread only"), bar);
    m_unreadOnly->setObjectName(QStringLiteral("notificationUnreadOnly"));
    for (QComboBox* combo : {m_type, m_recipientFilter, m_period}) {
        // Sized for a typical entry, not the longest: a recipient filter listing long keys would otherwise widen the
        // page (and the window) past what a 1024-pixel screen holds.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        connect(combo, &QComboBox::activated, this, &NotificationsPage::reload);
    }
    connect(m_unreadOnly, &QCheckBox::toggled, this, &NotificationsPage::reload);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_type);
    layout->addWidget(m_recipientFilter);
    layout->addWidget(m_period);
    layout->addWidget(m_unreadOnly);
    layout->addStretch(1);
    return bar;
}

QWidget* NotificationsPage::buildInbox()
{
    auto* inbox = new QWidget(m_views);
    QWidget* filters = buildFilters();
    auto* left = new QWidget(inbox);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("notificationTable"));
    m_table->setProperty(kDrivesDetailProperty, true);
    m_table->setModel(m_model);
    setUpListTable(m_table);
    // The title takes what the other columns leave; those are as wide as their usual content.
    const QFontMetrics fm = m_table->fontMetrics();
    const auto width = [&fm](const QString& sample) { return fm.horizontalAdvance(sample) + 24; };
    m_table->setColumnWidth(NotificationTableModel::TypeColumn,
                            m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 16);
    m_table->setColumnWidth(NotificationTableModel::TimeColumn, width(notificationMoment(1'798'502'340'000)));
    // Most notifications are the ops team's; a key owner's name elides (its tooltip and the detail say it whole).
    m_table->setColumnWidth(NotificationTableModel::RecipientColumn,
                            width(recipientName(QString::fromLatin1(
                                engine::kOpsRecipient.data(), static_cast<qsizetype>(engine::kOpsRecipient.size())))) +
                                fm.horizontalAdvance(QStringLiteral("0000")));
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnHidden(NotificationTableModel::EngineColumn, true);  // shown with a fleet's notifications
    stretchColumnWithFloor(m_table, NotificationTableModel::TitleColumn, width(QStringLiteral("Key bot-7 went over")));
    TableDescription::attach(
        m_table, tr("Notifications"), [](int rows) { return tr("%Ln notification(s)", nullptr, rows); },
        tr("newest first"));
    m_empty = new QLabel(left);
    m_empty->setObjectName(QStringLiteral("notificationsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_list = new QStackedWidget(left);
    m_list->addWidget(m_table);
    m_list->addWidget(m_empty);
    m_count = new QLabel(left);
    m_count->setObjectName(QStringLiteral("notificationCount"));
    m_count->setWordWrap(true);  // a fleet's view says whose notifications these are
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_count);

    auto* right = new QWidget(inbox);
    m_markRead = new QPushButton(tr("&Mark read"), right);
    m_markRead->setObjectName(QStringLiteral("notificationMarkRead"));
    m_markAllRead = new QPushButton(tr("Mark &all read"), right);
    m_markAllRead->setObjectName(QStringLiteral("notificationMarkAllRead"));
    m_acknowledge = new QPushButton(tr("Ac&knowledge"), right);
    m_acknowledge->setObjectName(QStringLiteral("notificationAcknowledge"));
    m_delete = new QPushButton(tr("&Delete"), right);
    m_delete->setObjectName(QStringLiteral("notificationDelete"));
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("notificationCommandStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    auto* scroll = new QScrollArea(right);
    scroll->setObjectName(QStringLiteral("notificationDetailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_detail = new NotificationDetailPane(scroll);
    scroll->setWidget(m_detail);
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_markRead, 0, 0);
    buttons->addWidget(m_markAllRead, 0, 1);
    buttons->addWidget(m_acknowledge, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(scroll, 1);

    auto* split = new QSplitter(Qt::Horizontal, inbox);
    split->setObjectName(QStringLiteral("notificationsSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({600, 380});
    auto* layout = new QVBoxLayout(inbox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filters);
    layout->addWidget(split, 1);
    return inbox;
}

NotificationFilter NotificationsPage::currentFilter() const
{
    NotificationFilter filter;
    filter.type = m_type->currentData().toString();
    filter.recipient = m_recipientFilter->currentData().toString();
    filter.unreadOnly = m_unreadOnly->isChecked();
    if (const qint64 seconds = m_period->currentData().toLongLong(); seconds > 0) {
        filter.sinceMs = engineNowMs(snapshot()) - seconds * 1000;
    }
    return filter;
}

void NotificationsPage::reload()
{
    m_inboxRequest = m_inbox->readInbox(currentFilter(), kRowLimit);
    if (m_showStats->isChecked()) {
        m_statsRequest =
            m_inbox->readStats(engineNowMs(snapshot()) - qint64{NotificationStatsView::kDays} * 24 * 3600 * 1000);
    }
    if (m_selected) {
        m_deliveriesRequest = m_inbox->readDeliveries(*m_selected);
    }
}

void NotificationsPage::fleetScopeChanged()
{
    const bool fleet = showingFleet();
    m_table->setColumnHidden(NotificationTableModel::EngineColumn, !fleet);
    m_table->setColumnHidden(NotificationTableModel::RecipientColumn, fleet);  // the ops team's, every one
    m_filters->setEnabled(!fleet);
    m_filters->setToolTip(fleet ? tr("The filters choose among this console's notifications") : QString());
    if (fleet) {
        m_showInbox->setChecked(true);
    }
    m_showStats->setEnabled(!fleet);
    // The contacts are this console's engine's, whatever the list shows.
    m_export->setEnabled(!fleet);
    m_export->setToolTip(fleet ? tr("The contacts are this console's: choose This console in the toolbar")
                               : tr("Write every key owner's contact to a CSV file"));
    m_status->hide();
    if (m_errand != nullptr) {
        m_errand->forget();
    }
    m_selected.reset();
    m_selectedEngine.clear();
    m_model->setRows({});
    if (!m_engine->readOnly()) {
        const QString here = tr("This acts on this console's engine: choose This console in the toolbar");
        for (QPushButton* button : {m_recipient, m_channels, m_cleanup, m_import, m_markAllRead}) {
            button->setEnabled(!fleet);
            button->setToolTip(fleet ? here : QString());
        }
        if (!fleet) {
            m_recipient->setToolTip(tr("Preferences, contact and notifications of the ops team or of a key's owner"));
            m_channels->setToolTip(tr("Email, webhook and SMS settings, their secrets, and test messages"));
            m_cleanup->setToolTip(tr("Delete notifications older than a number of days"));
            m_import->setToolTip(
                tr("Read key owners' contacts from a CSV file (key,email,phone,webhook); all or none"));
            m_markAllRead->setToolTip(
                tr("Mark every notification read (only the chosen recipient's when one is chosen)"));
        }
    }
    // The other scope's words go; this console's come back with its next read.
    m_summary->setText(fleet || m_unread < 0 ? QString()
                                             : tr("%Ln unread notification(s)", nullptr,
                                                  static_cast<int>(std::min<qint64>(m_unread, INT_MAX))));
    m_count->clear();
    m_empty->clear();
    m_list->setCurrentWidget(m_empty);
    m_detail->showNotification(nullptr);
    updateButtons();
}

void NotificationsPage::renderFleet()
{
    m_inbox->readUnread();  // the sidebar's count stays this console's, and keeps up
    const engine::http::FleetAnswer* current = m_fleet->current();
    const FleetFigures f = current != nullptr ? fleetFigures(*current, fleetScope()) : FleetFigures{};
    QList<NotificationRecord> rows;
    for (const engine::http::FleetNote& n : f.inbox) {
        NotificationRecord r;
        r.id = n.note.id;
        r.type = QString::fromStdString(n.note.type);
        r.recipient =
            QString::fromLatin1(engine::kOpsRecipient.data(), static_cast<qsizetype>(engine::kOpsRecipient.size()));
        r.key = QString::fromStdString(n.note.key);
        r.createdAtMs = n.note.at / engine::kNsPerMs;
        r.severity = n.note.severity;
        r.title = localizedEngineText(n.note.title);
        r.body = localizedEngineText(n.note.body);
        r.readAtMs = n.note.readAt / engine::kNsPerMs;
        r.acknowledgedAtMs = n.note.acknowledgedAt / engine::kNsPerMs;
        r.acknowledgedBy = QString::fromStdString(n.note.acknowledgedBy);
        r.engine = QString::fromStdString(n.engine);
        rows.push_back(std::move(r));
    }
    m_model->setRows(rows);
    const bool whole = fleetScope() == kWholeFleet;
    const int unread = static_cast<int>(std::min<std::uint64_t>(f.unreadNotifications, INT_MAX));
    if (current == nullptr) {
        m_summary->setText(tr("The fleet has not answered: see the Fleet page."));
    } else if (!f.found) {
        m_summary->setText(whole ? tr("No engine of the fleet is heard of.")
                                 : tr("%1 is not heard of.").arg(fleetScope()));
    } else {
        m_summary->setText(
            whole ? tr("%Ln unread notification(s) for the ops team across the fleet", nullptr, unread)
                  : tr("%Ln unread notification(s) for the ops team on %1", nullptr, unread).arg(fleetScope()));
    }
    m_empty->setText(!f.found ? m_summary->text()
                     : whole  ? tr("No engine of the fleet has notifications for the ops team.")
                              : tr("%1 has no notifications for the ops team.").arg(fleetScope()));
    m_list->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
    m_count->setText(tr("The newest notifications of each engine's inbox for the ops team. Mark read and "
                        "Acknowledge ask its engine through the fleet; each engine delivers its own."));
    const int row = m_selected ? m_model->rowOf(m_selectedEngine, *m_selected) : -1;
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, NotificationTableModel::TitleColumn),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_selected.reset();
        m_selectedEngine.clear();
    }
    m_detail->showNotification(selectedRecord());
    updateButtons();
}

void NotificationsPage::render()
{
    if (showingFleet()) {
        renderFleet();
        return;
    }
    reload();
    if (snapshot()) {
        m_stats->showDelivery(&snapshot()->notify);
    }
}

void NotificationsPage::received(const engine::Snapshot& snapshot)
{
    if (sameCounts(snapshot.notify, m_counted)) {
        return;
    }
    m_counted = snapshot.notify;
    if (!m_reread.isActive()) {
        m_reread.start();
    }
}

void NotificationsPage::onInbox(quint64 id, const NotificationRows& answer)
{
    if (id != m_inboxRequest) {
        return;  // a newer read is on its way
    }
    if (showingFleet()) {  // read before the Engine choice changed: only the badge, which is this console's, takes it
        if (answer.error.isEmpty()) {
            setUnread(answer.unread);
        }
        return;
    }
    // The recipients to choose from, keeping the chosen one.
    const QString chosen = m_recipientFilter->currentData().toString();
    while (m_recipientFilter->count() > 1) {
        m_recipientFilter->removeItem(1);
    }
    for (const QString& r : answer.recipients) {
        m_recipientFilter->addItem(recipientName(r), r);
    }
    if (!chosen.isEmpty() && m_recipientFilter->findData(chosen) < 0) {
        m_recipientFilter->addItem(recipientName(chosen), chosen);
    }
    m_recipientFilter->setCurrentIndex(std::max(0, m_recipientFilter->findData(chosen)));

    m_model->setRows(answer.rows);
    const bool empty = answer.rows.isEmpty();
    if (!answer.error.isEmpty()) {
        m_empty->setText(answer.error);
    } else if (empty && answer.totalMatching == 0 && currentFilter().type.isEmpty() && !m_unreadOnly->isChecked() &&
               m_recipientFilter->currentIndex() == 0 && m_period->currentIndex() == 0) {
        m_empty->setText(tr("No notifications yet.\n\nTier changes, violations, VIP assignments, anomaly alerts and "
                            "throttle changes notify the ops team and, where a key has a contact, its owner."));
    } else if (empty) {
        m_empty->setText(tr("No notifications match these filters."));
    }
    m_list->setCurrentWidget(empty || !answer.error.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
    m_count->setText(tr("Showing %1 of %2 notifications")
                         .arg(formatCount(static_cast<quint64>(answer.rows.size())),
                              formatCount(static_cast<quint64>(answer.totalMatching))));
    const int row = m_selected ? m_model->rowOf(m_selectedEngine, *m_selected) : -1;
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_selected.reset();
    }
    m_detail->showNotification(selectedRecord());
    if (answer.error.isEmpty()) {
        setUnread(answer.unread);
    }
    updateButtons();
}

void NotificationsPage::onCurrentRowChanged(const QModelIndex& current)
{
    if (!current.isValid()) {
        return;
    }
    const quint64 id = current.data(NotificationTableModel::kIdRole).toULongLong();
    const QString engine = current.data(NotificationTableModel::kEngineRole).toString();
    const bool changed = m_selected != id || m_selectedEngine != engine;
    m_selected = id;
    m_selectedEngine = engine;
    m_detail->showNotification(selectedRecord());
    if (changed && engine.isEmpty()) {  // another engine's deliveries are in its own database
        m_deliveriesRequest = m_inbox->readDeliveries(id);
    }
    updateButtons();
}

const NotificationRecord* NotificationsPage::selectedRecord() const
{
    const int row = m_selected ? m_model->rowOf(m_selectedEngine, *m_selected) : -1;
    return row < 0 ? nullptr : &m_model->record(row);
}

void NotificationsPage::setUnread(qint64 unread)
{
    if (unread == m_unread) {
        return;
    }
    m_unread = unread;
    if (!showingFleet()) {  // a fleet's view says the fleet's unread count there; the badge stays this console's
        m_summary->setText(
            tr("%Ln unread notification(s)", nullptr, static_cast<int>(std::min<qint64>(unread, INT_MAX))));
    }
    emit unreadChanged(static_cast<int>(std::min<qint64>(unread, INT_MAX)));
}

QString NotificationsPage::unreadToolTip(int count) const { return tr("%n unread notification(s)", nullptr, count); }

void NotificationsPage::updateButtons()
{
    if (m_engine->readOnly()) {
        return;
    }
    const NotificationRecord* r = selectedRecord();
    const bool unread = r != nullptr && r->readAtMs == 0;
    const bool unacknowledged = r != nullptr && r->acknowledgedAtMs == 0;
    if (showingFleet()) {
        // Asked of the notification's engine through the fleet, with the fleet's admin token; once at a time.
        const bool free = !m_errand->busy();
        m_markRead->setEnabled(unread && free);
        m_acknowledge->setEnabled(unacknowledged && free);
        m_markRead->setToolTip(unread ? tr("Ask %1 to mark the notification read").arg(m_selectedEngine)
                                      : tr("Choose an unread notification"));
        m_acknowledge->setToolTip(unacknowledged
                                      ? tr("Ask %1 to mark the notification acknowledged").arg(m_selectedEngine)
                                      : tr("Choose a notification nobody acknowledged yet"));
        const QString elsewhere = tr("A notification is deleted, and its deliveries retried, on its own engine");
        for (QPushButton* button : {m_delete, m_detail->retryButton()}) {
            button->setEnabled(false);
            button->setToolTip(elsewhere);
        }
        return;
    }
    m_markRead->setEnabled(unread);
    m_acknowledge->setEnabled(unacknowledged);
    m_delete->setEnabled(r != nullptr);
    m_markRead->setToolTip(unread ? tr("Mark the chosen notification read") : tr("Choose an unread notification"));
    m_acknowledge->setToolTip(unacknowledged ? tr("Say that you have seen to it")
                                             : tr("Choose a notification nobody acknowledged yet"));
    m_delete->setToolTip(r != nullptr ? tr("Delete the chosen notification and its deliveries")
                                      : tr("Choose a notification to delete"));
    QPushButton* retry = m_detail->retryButton();
    const auto channel = m_detail->retryableChannel();
    retry->setEnabled(channel.has_value());
    retry->setToolTip(channel ? tr("Try the %1 delivery again now, whatever its backoff").arg(channelName(*channel))
                              : tr("Choose a pending or failed delivery by email, SMS or webhook"));
}

void NotificationsPage::act(engine::Command command, const QString& done)
{
    m_status->hide();
    m_commands.emplace(m_engine->sendCommand(std::move(command)), done);
}

void NotificationsPage::askEngine(const QString& path, const QByteArray& body, const QString& what, bool acknowledge)
{
    const std::uint64_t id = *m_selected;
    // Done once the engine's inbox shows it so, or no longer lists it among its newest.
    auto done = [id, acknowledge](const engine::EngineSummary& summary) {
        for (const engine::EngineSummary::InboxNote& note : summary.inbox) {
            if (note.id == id) {
                return acknowledge ? note.acknowledgedAt != 0 : note.readAt != 0;
            }
        }
        return true;
    };
    m_errand->ask(m_selectedEngine, "POST", path, body, what, std::move(done));
    updateButtons();
}

void NotificationsPage::showStatus(const QString& text)
{
    m_status->setStyleSheet({});  // a fleet errand's problem was red
    m_status->setText(text);
    m_status->show();
}

void NotificationsPage::openRecipient(const QString& recipient)
{
    if (m_engine->readOnly()) {
        return;
    }
    auto* dialog = new RecipientDialog(m_inbox, recipient, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecipientDialog::commandsChosen, this, [this](const std::vector<engine::Command>& commands) {
        for (const engine::Command& c : commands) {
            act(c, tr("Recipient saved."));
        }
    });
    connect(dialog, &RecipientDialog::showInInbox, this, [this](const QString& r) {
        if (m_recipientFilter->findData(r) < 0) {
            m_recipientFilter->addItem(recipientName(r), r);
        }
        m_recipientFilter->setCurrentIndex(m_recipientFilter->findData(r));
        m_showInbox->setChecked(true);
        reload();
    });
    dialog->open();
}

void NotificationsPage::openChannels()
{
    if (m_engine->readOnly()) {
        return;
    }
    auto* dialog = new ChannelSettingsDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (snapshot()) {
        dialog->showDelivery(snapshot()->notify);
    }
    connect(dialog, &ChannelSettingsDialog::configChosen, this, [this](const engine::NotifyConfig& config) {
        act(engine::cmd::SetNotifyConfig{config}, tr("Channel settings saved."));
    });
    dialog->open();
}

void NotificationsPage::openCleanup()
{
    if (m_engine->readOnly()) {
        return;
    }
    auto* dialog = new CleanupDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int days = dialog->days();
        const engine::TimeNs before = engineNowMs(snapshot()) * engine::kNsPerMs - days * engine::kNsPerDay;
        act(engine::cmd::CleanupNotifications{before, static_cast<std::uint32_t>(days),
                                              currentUserName().toStdString()},
            tr("Notifications older than %n day(s) deleted.", nullptr, days));
    });
    dialog->open();
}

}  // namespace sluice::ui
