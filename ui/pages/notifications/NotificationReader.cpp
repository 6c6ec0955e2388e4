// SPDX-License-Identifier: Apache-2.0
#include "pages/notifications/NotificationReader.h"

#include "EngineTextTranslator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sluice::ui {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString where(const NotificationFilter& f)
{
    QStringList terms;
    if (!f.type.isEmpty()) {
        terms << QStringLiteral("type = :type");
    }
    if (!f.recipient.isEmpty()) {
        terms << QStringLiteral("recipient = :recipient");
    }
    if (f.unreadOnly) {
        terms << QStringLiteral("read_at = 0");
    }
    if (f.sinceMs > 0) {
        terms << QStringLiteral("created_at >= :since");
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void bind(QSqlQuery& query, const NotificationFilter& f)
{
    if (!f.type.isEmpty()) {
        query.bindValue(QStringLiteral(":type"), f.type);
    }
    if (!f.recipient.isEmpty()) {
        query.bindValue(QStringLiteral(":recipient"), f.recipient);
    }
    if (f.sinceMs > 0) {
        query.bindValue(QStringLiteral(":since"), f.sinceMs);
    }
}

NotificationRecord readRow(const QSqlQuery& q)
{
    NotificationRecord r;
    r.id = q.value(0).toULongLong();
    r.type = q.value(1).toString();
    r.recipient = q.value(2).toString();
    r.key = q.value(3).toString();
    r.createdAtMs = q.value(4).toLongLong();
    r.severity = q.value(5).toInt();
    // Stored in English, shown in the console's language (the wording is the engine's text catalogue).
    r.title = localizedEngineText(q.value(6).toString());
    r.body = localizedEngineText(q.value(7).toString());
    r.spilled = q.value(8).toInt() != 0;
    r.readAtMs = q.value(9).toLongLong();
    r.acknowledgedAtMs = q.value(10).toLongLong();
    r.acknowledgedBy = q.value(11).toString();
    return r;
}

qint64 single(const QSqlDatabase& db, const QString& sql, const QString& bound = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    if (!bound.isNull()) {
        q.addBindValue(bound);
    }
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString readError(const QSqlQuery& query)
{
    return NotificationReader::tr("Could not read the notifications: %1").arg(query.lastError().text());
}
}  // namespace

NotificationReader::NotificationReader(QString databasePath) : m_connection(std::move(databasePath), this) {}

NotificationReader::~NotificationReader() = default;

bool NotificationReader::open(QString& error) { return m_connection.open(error); }

void NotificationReader::readInbox(quint64 id, const NotificationFilter& filter, int limit)
{
    NotificationRows answer;
    if (open(answer.error)) {
        const QSqlDatabase db = m_connection.database();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT id, type, recipient, key, created_at, severity, title, body, spilled, read_at, "
                           "acknowledged_at, acknowledged_by FROM notifications%1 ORDER BY id DESC LIMIT %2")
                .arg(where(filter))
                .arg(limit));
        bind(q, filter);
        if (q.exec()) {
            while (q.next()) {
                answer.rows.append(readRow(q));
            }
            QSqlQuery count(db);
            count.prepare(QStringLiteral("SELECT count(*) FROM notifications") + where(filter));
            bind(count, filter);
            answer.totalMatching = count.exec() && count.next() ? count.value(0).toLongLong() : answer.rows.size();
            answer.unread = single(db, QStringLiteral("SELECT count(*) FROM notifications WHERE read_at = 0"));
            QSqlQuery recipients(db);
            if (recipients.exec(QStringLiteral("SELECT DISTINCT recipient FROM notifications ORDER BY recipient"))) {
                while (recipients.next()) {
                    answer.recipients << recipients.value(0).toString();
                }
            }
        } else {
            answer.error = readError(q);
        }
    }
    emit inboxReady(id, answer);
}

void NotificationReader::readDeliveries(quint64 id, quint64 notificationId)
{
    NotificationDeliveries answer;
    answer.notificationId = notificationId;
    if (open(answer.error)) {
        QSqlQuery q(m_connection.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT channel, address, state, attempts, last_error, created_at, next_attempt_at, "
                                 "last_attempt_at, sent_at FROM notification_deliveries WHERE notification_id = ? "
                                 "ORDER BY CASE channel WHEN 'in_app' THEN 0 WHEN 'email' THEN 1 WHEN 'sms' THEN 2 "
                                 "ELSE 3 END"));
        q.addBindValue(notificationId);
        if (q.exec()) {
            while (q.next()) {
                answer.deliveries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toInt(), q.value(4).toString(), q.value(5).toLongLong(),
                                          q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong()});
            }
        } else {
            answer.error = readError(q);
        }
    }
    emit deliveriesReady(id, answer);
}

void NotificationReader::readStats(quint64 id, qint64 sinceMs)
{
    NotificationStats answer;
    if (open(answer.error)) {
        const QSqlDatabase db = m_connection.database();
        QSqlQuery days(db);
        days.setForwardOnly(true);
        days.prepare(QStringLiteral("SELECT (created_at / %1) * %1 AS day, type, count(*) FROM notifications "
                                    "WHERE created_at >= ? GROUP BY day, type ORDER BY day DESC, type")
                         .arg(kDayMs));
        days.addBindValue(sinceMs);
        if (days.exec()) {
            while (days.next()) {
                answer.days.append({days.value(0).toLongLong(), days.value(1).toString(), days.value(2).toLongLong()});
            }
        } else {
            answer.error = readError(days);
        }
        QSqlQuery channels(db);
        channels.setForwardOnly(true);
        channels.prepare(
            QStringLiteral("SELECT d.channel, sum(d.state = 'sent'), sum(d.state = 'failed'), sum(d.state = 'pending') "
                           "FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id "
                           "WHERE n.created_at >= ? GROUP BY d.channel"));
        channels.addBindValue(sinceMs);
        if (channels.exec()) {
            while (channels.next()) {
                answer.channels.append({channels.value(0).toString(), channels.value(1).toLongLong(),
                                        channels.value(2).toLongLong(), channels.value(3).toLongLong()});
            }
        }
        answer.spilledRows = single(db, QStringLiteral("SELECT count(*) FROM notifications WHERE spilled = 1"));
        answer.waitingRows = single(db, QStringLiteral("SELECT count(*) FROM notifications WHERE dispatched = 0"));
    }
    emit statsReady(id, answer);
}

void NotificationReader::readRecipient(quint64 id, const QString& recipient)
{
    RecipientRecord answer;
    answer.recipient = recipient;
    if (open(answer.error)) {
        const QSqlDatabase db = m_connection.database();
        answer.total = single(db, QStringLiteral("SELECT count(*) FROM notifications WHERE recipient = ?"), recipient);
        answer.unread = single(
            db, QStringLiteral("SELECT count(*) FROM notifications WHERE recipient = ? AND read_at = 0"), recipient);
        QSqlQuery prefs(db);
        prefs.prepare(QStringLiteral("SELECT preferences FROM notification_preferences WHERE recipient = ?"));
        prefs.addBindValue(recipient);
        if (prefs.exec() && prefs.next()) {
            answer.hasPreferences = true;
            answer.preferencesJson = prefs.value(0).toString();
        }
        QSqlQuery contact(db);
        contact.prepare(QStringLiteral("SELECT email, phone, webhook FROM notification_contacts WHERE key = ?"));
        contact.addBindValue(recipient);
        if (contact.exec() && contact.next()) {
            answer.hasContact = true;
            answer.email = contact.value(0).toString();
            answer.phone = contact.value(1).toString();
            answer.webhook = contact.value(2).toString();
        }
    }
    emit recipientReady(id, answer);
}

void NotificationReader::readUnread(quint64 id)
{
    QString error;
    if (open(error)) {
        emit unreadReady(id, single(m_connection.database(),
                                    QStringLiteral("SELECT count(*) FROM notifications WHERE read_at = 0")));
    }
}

}  // namespace sluice::ui
