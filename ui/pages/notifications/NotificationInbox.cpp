// SPDX-License-Identifier: Apache-2.0
#include "pages/notifications/NotificationInbox.h"

#include "pages/notifications/NotificationReader.h"

#include <QMetaObject>

namespace sluice::ui {

NotificationInbox::NotificationInbox(const QString& databasePath, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<NotificationRows>();
    qRegisterMetaType<NotificationDeliveries>();
    qRegisterMetaType<NotificationStats>();
    qRegisterMetaType<RecipientRecord>();
    if (databasePath.isEmpty()) {
        return;  // nothing is persisted, so there is no inbox
    }
    m_reader = new NotificationReader(databasePath);
    m_reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_reader, &NotificationReader::inboxReady, this, &NotificationInbox::inboxReady, Qt::QueuedConnection);
    connect(m_reader, &NotificationReader::deliveriesReady, this, &NotificationInbox::deliveriesReady,
            Qt::QueuedConnection);
    connect(m_reader, &NotificationReader::statsReady, this, &NotificationInbox::statsReady, Qt::QueuedConnection);
    connect(m_reader, &NotificationReader::recipientReady, this, &NotificationInbox::recipientReady,
            Qt::QueuedConnection);
    connect(
        m_reader, &NotificationReader::unreadReady, this, [this](quint64, qint64 unread) { emit unreadReady(unread); },
        Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("notifications-read"));
    m_thread.start();
}

NotificationInbox::~NotificationInbox()
{
    m_thread.quit();
    m_thread.wait();
}

template <typename Answer, typename Work>
quint64 NotificationInbox::post(Work work, void (NotificationInbox::*ready)(quint64, const Answer&))
{
    const quint64 id = m_nextId++;
    if (m_reader == nullptr) {
        QMetaObject::invokeMethod(
            this,
            [this, id, ready] {
                Answer empty;
                empty.error = tr("Nothing is persisted, so there are no notifications to show.");
                emit(this->*ready)(id, empty);
            },
            Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, id, work] { work(reader, id); }, Qt::QueuedConnection);
    return id;
}

quint64 NotificationInbox::readInbox(const NotificationFilter& filter, int limit)
{
    return post([filter, limit](NotificationReader* r, quint64 id) { r->readInbox(id, filter, limit); },
                &NotificationInbox::inboxReady);
}

quint64 NotificationInbox::readDeliveries(quint64 notificationId)
{
    return post([notificationId](NotificationReader* r, quint64 id) { r->readDeliveries(id, notificationId); },
                &NotificationInbox::deliveriesReady);
}

quint64 NotificationInbox::readStats(qint64 sinceMs)
{
    return post([sinceMs](NotificationReader* r, quint64 id) { r->readStats(id, sinceMs); },
                &NotificationInbox::statsReady);
}

quint64 NotificationInbox::readRecipient(const QString& recipient)
{
    return post([recipient](NotificationReader* r, quint64 id) { r->readRecipient(id, recipient); },
                &NotificationInbox::recipientReady);
}

void NotificationInbox::readUnread()
{
    if (m_reader != nullptr) {
        QMetaObject::invokeMethod(
            m_reader, [reader = m_reader, id = m_nextId++] { reader->readUnread(id); }, Qt::QueuedConnection);
    }
}

}  // namespace sluice::ui
