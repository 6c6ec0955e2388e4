// SPDX-License-Identifier: Apache-2.0
#include "pages/notifications/NotificationDetailPane.h"

#include "pages/notifications/NotificationText.h"
#include "widgets/PageParts.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sluice::ui {

namespace {
enum DeliveryColumn { ChannelColumn, StateColumn, AttemptsColumn, ErrorColumn, DeliveryColumnCount };
}  // namespace

NotificationDetailPane::NotificationDetailPane(QWidget* parent)
    : QWidget(parent), m_title(sectionHeading(this)), m_meta(new QLabel(this)), m_body(new QLabel(this)),
      m_deliveries(new QTableWidget(0, DeliveryColumnCount, this)), m_times(new QLabel(this)),
      m_retry(new QPushButton(tr("Retr&y now"), this))
{
    setObjectName(QStringLiteral("notificationDetail"));
    m_title->setObjectName(QStringLiteral("notificationDetailTitle"));
    m_title->setWordWrap(true);
    for (QLabel* label : {m_meta, m_body}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_meta->setObjectName(QStringLiteral("notificationDetailMeta"));
    m_body->setObjectName(QStringLiteral("notificationDetailBody"));
    m_deliveries->setObjectName(QStringLiteral("notificationDeliveries"));
    m_deliveries->setHorizontalHeaderLabels({tr("Channel"), tr("State"), tr("Attempts"), tr("Last error")});
    setUpListTable(m_deliveries);
    m_deliveries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deliveries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_deliveries->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deliveries->horizontalHeader()->setStretchLastSection(true);
    m_deliveries->setAccessibleName(tr("Deliveries"));
    m_retry->setObjectName(QStringLiteral("notificationRetryButton"));
    m_times->setObjectName(QStringLiteral("notificationDeliveryTimes"));
    m_times->setWordWrap(true);
    m_times->setTextFormat(Qt::PlainText);
    m_times->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_body);
    m_deliveryHeading = sectionHeading(this, tr("Delivery"));
    layout->addWidget(m_deliveryHeading);
    layout->addWidget(m_deliveries);
    layout->addWidget(m_times);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_deliveries, &QTableWidget::currentCellChanged, this, [this] { updateRetry(); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const auto channel = retryableChannel()) {
            emit retryRequested(*channel);
        }
    });
    showNotification(nullptr);
}

void NotificationDetailPane::showNotification(const NotificationRecord* r)
{
    const quint64 id = r != nullptr ? r->id : 0;
    if (id != m_for) {
        m_shown.clear();
        m_deliveries->setRowCount(0);
    }
    m_for = id;
    // Without a notification there is no delivery to show: the table would only be an empty frame. Another
    // engine's notification was delivered by that engine, whose database alone says how.
    for (QWidget* w : {static_cast<QWidget*>(m_deliveryHeading), static_cast<QWidget*>(m_deliveries),
                       static_cast<QWidget*>(m_times), static_cast<QWidget*>(m_retry)}) {
        w->setVisible(r != nullptr && r->engine.isEmpty());
    }
    if (r == nullptr) {
        m_title->setText(tr("No notification chosen"));
        m_meta->setText(tr("Choose a notification in the list to see its text and how it was delivered."));
        m_body->clear();
        updateRetry();
        return;
    }
    m_title->setText(r->title);
    QStringList meta;
    meta << tr("%1 · %2 · for %3")
                .arg(notificationTypeName(r->type), severityName(r->severity), recipientName(r->recipient));
    if (!r->key.isEmpty()) {
        meta << tr("Key: %1").arg(r->key);
    }
    meta << tr("Created: %1").arg(notificationMoment(r->createdAtMs));
    meta << (r->readAtMs != 0 ? tr("Read: %1").arg(notificationMoment(r->readAtMs)) : tr("Unread"));
    if (r->acknowledgedAtMs != 0) {
        meta << tr("Acknowledged by %1: %2").arg(r->acknowledgedBy, notificationMoment(r->acknowledgedAtMs));
    }
    if (!r->engine.isEmpty()) {
        meta << tr("In the inbox of %1, which keeps its deliveries.").arg(r->engine);
    }
    if (r->spilled) {
        meta << tr("Reached the database because the delivery queue was full.");
    }
    m_meta->setText(meta.join(QLatin1Char('\n')));
    m_body->setText(r->body);
    updateRetry();
}

void NotificationDetailPane::showDeliveries(const NotificationDeliveries& answer)
{
    if (answer.notificationId != m_for) {
        return;  // an answer for a notification no longer chosen
    }
    const QString current = m_deliveries->currentRow() >= 0 && m_deliveries->currentRow() < m_shown.size()
                                ? m_shown.at(m_deliveries->currentRow()).channel
                                : QString();
    m_shown = answer.deliveries;
    m_deliveries->setRowCount(static_cast<int>(m_shown.size()));
    // As tall as its rows (four channels at most): the pane scrolls as a whole, never the table inside it.
    m_deliveries->setFixedHeight(m_deliveries->horizontalHeader()->sizeHint().height() +
                                 m_deliveries->verticalHeader()->defaultSectionSize() *
                                     std::max<int>(1, static_cast<int>(m_shown.size())) +
                                 2 * m_deliveries->frameWidth());
    for (int row = 0; row < m_shown.size(); ++row) {
        const DeliveryRecord& d = m_shown.at(row);
        const auto cell = [this, row](int column, const QString& text, const QString& tip = {}) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            m_deliveries->setItem(row, column, item);
        };
        cell(ChannelColumn, channelName(d.channel),
             d.address.isEmpty() ? tr("The channel's ops destination") : d.address);
        const QString next = d.state == QLatin1String("pending") && d.nextAttemptAtMs != 0
                                 ? tr("Next attempt: %1").arg(notificationMoment(d.nextAttemptAtMs))
                                 : QString();
        cell(StateColumn, deliveryStateName(d.state), next);
        cell(AttemptsColumn, QString::number(d.attempts));
        cell(ErrorColumn, d.lastError.isEmpty() ? QStringLiteral("—") : d.lastError, d.lastError);
        if (d.channel == current) {
            m_deliveries->setCurrentCell(row, 0);
        }
    }
    if (!answer.error.isEmpty()) {
        m_deliveries->setRowCount(0);
        m_deliveries->setToolTip(answer.error);
    }
    if (m_deliveries->currentRow() < 0) {
        // The first delivery that can be retried is the likely one to act on.
        for (int row = 0; row < m_shown.size(); ++row) {
            if (m_shown.at(row).channel != QLatin1String("in_app") && m_shown.at(row).state != QLatin1String("sent")) {
                m_deliveries->setCurrentCell(row, 0);
                break;
            }
        }
    }
    updateRetry();
}

std::optional<QString> NotificationDetailPane::retryableChannel() const
{
    const int row = m_deliveries->currentRow();
    if (m_for == 0 || row < 0 || row >= m_shown.size()) {
        return std::nullopt;
    }
    const DeliveryRecord& d = m_shown.at(row);
    if (d.channel == QLatin1String("in_app") || d.state == QLatin1String("sent")) {
        return std::nullopt;
    }
    return d.channel;
}

void NotificationDetailPane::updateRetry()
{
    const int row = m_deliveries->currentRow();
    if (row < 0 || row >= m_shown.size()) {
        m_times->setText(m_shown.isEmpty() ? QString() : tr("Choose a delivery to see its times."));
    } else {
        const DeliveryRecord& d = m_shown.at(row);
        QString text =
            tr("%1 to %2").arg(channelName(d.channel), d.address.isEmpty() ? tr("the ops destination") : d.address);
        text += QLatin1Char('\n') + tr("Created %1 · last attempt %2 · sent %3")
                                        .arg(notificationMoment(d.createdAtMs), notificationMoment(d.lastAttemptAtMs),
                                             notificationMoment(d.sentAtMs));
        if (d.state == QLatin1String("pending") && d.nextAttemptAtMs != 0) {
            text += QLatin1Char('\n') + tr("Next attempt: %1").arg(notificationMoment(d.nextAttemptAtMs));
        }
        m_times->setText(text);
    }
    emit retryableChanged();  // the page enables "Retry now" and words its tooltip, unless it is read-only
}

}  // namespace sluice::ui
