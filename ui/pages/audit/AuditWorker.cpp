// SPDX-License-Identifier: Apache-2.0
#include "pages/audit/AuditWorker.h"

#include "Csv.h"
#include "core/AtomicFile.h"
#include "pages/audit/AuditQuery.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace sluice::ui {

namespace {
constexpr qsizetype kWriteChunkBytes = 64 * 1024;

QString utc(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs); }

// Both clocks, each as recorded: a row from before engine time was recorded leaves that field empty. Actions
// and targets stay ids, the stable form for scripts and spreadsheets.
QStringList csvFields(const AuditRecord& r)
{
    const QString engineAt = r.engineAtMs ? utc(*r.engineAtMs) : QString();
    return {QString::number(r.id), engineAt, utc(r.atMs), r.actor, r.action, r.target, r.before, r.after, r.reason};
}
}  // namespace

AuditWorker::AuditWorker(QString databasePath) : m_connection(std::move(databasePath), this) {}

AuditWorker::~AuditWorker() = default;

QStringList AuditWorker::distinct(const char* column)
{
    QStringList values;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(QLatin1String(column)))) {
        while (query.next()) {
            values << query.value(0).toString();
        }
    }
    return values;
}

void AuditWorker::read(quint64 id, const AuditFilter& filter, qint64 beforeId, int limit)
{
    AuditRows page;
    page.first = beforeId == 0;
    if (m_connection.open(page.error)) {
        const AuditQuery sql(filter);
        QSqlQuery query(m_connection.database());
        query.setForwardOnly(true);
        query.prepare(sql.rowsSql(beforeId, limit + 1));  // one extra row says whether there are more
        sql.bind(query, beforeId);
        if (query.exec()) {
            while (query.next()) {
                page.rows.push_back(AuditQuery::read(query));
            }
            page.more = page.rows.size() > limit;
            if (page.more) {
                page.rows.removeLast();
            }
        } else {
            page.error = tr("Could not read the audit log: %1").arg(query.lastError().text());
        }
        if (page.first && page.error.isEmpty()) {
            QSqlQuery count(m_connection.database());
            count.prepare(sql.countSql());
            sql.bind(count);
            page.totalMatching = count.exec() && count.next() ? count.value(0).toLongLong() : page.rows.size();
            page.actions = distinct("action");
            page.actors = distinct("actor");
        }
    }
    emit pageReady(id, page);
}

void AuditWorker::exportCsv(quint64 id, const AuditFilter& filter, const QString& path)
{
    m_cancel = false;
    QString error;
    if (!m_connection.open(error)) {
        emit exportDone(id, false, 0, error);
        return;
    }
    const AuditQuery sql(filter);
    QSqlQuery count(m_connection.database());
    count.prepare(sql.countSql());
    sql.bind(count);
    const qint64 total = count.exec() && count.next() ? count.value(0).toLongLong() : 0;

    // Written completely or not at all: a full disk or a cancel leaves an older file of that name untouched.
    engine::AtomicFile file(path.toStdString());
    auto writeError = [&] {
        return tr("Could not write %1: %2; no file was written.").arg(path, QString::fromStdString(file.error()));
    };
    if (!file.open()) {
        emit exportDone(id, false, 0, writeError());
        return;
    }
    QByteArray buffer =
        csvRecord({QStringLiteral("id"), QStringLiteral("engine_time_utc"), QStringLiteral("wall_time_utc"),
                   QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("target"),
                   QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("reason")});
    auto drain = [&] {
        const bool ok = file.write(std::string_view(buffer.constData(), static_cast<std::size_t>(buffer.size())));
        buffer.clear();
        return ok;
    };
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(sql.rowsSql(0, 0));
    sql.bind(query);
    if (!query.exec()) {
        file.discard();
        emit exportDone(id, false, 0, tr("Could not read the audit log: %1").arg(query.lastError().text()));
        return;
    }
    qint64 written = 0;
    emit exportProgress(id, 0, total);
    while (query.next()) {
        if (m_cancel) {
            file.discard();
            emit exportDone(id, false, written, tr("The export was cancelled; no file was written."));
            return;
        }
        buffer.append(csvRecord(csvFields(AuditQuery::read(query))));
        if (buffer.size() >= kWriteChunkBytes && !drain()) {
            emit exportDone(id, false, written, writeError());
            return;
        }
        if (++written % kProgressEveryRows == 0) {
            emit exportProgress(id, written, std::max(total, written));
        }
    }
    if (!drain() || !file.commit()) {
        emit exportDone(id, false, written, writeError());
        return;
    }
    emit exportProgress(id, written, written);
    emit exportDone(id, true, written,
                    tr("Exported %n audit rows to %1.", nullptr, static_cast<int>(written)).arg(path));
}

}  // namespace sluice::ui
