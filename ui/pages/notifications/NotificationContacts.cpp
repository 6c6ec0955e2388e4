// SPDX-License-Identifier: Apache-2.0
// The Notifications page's contacts CSV: import and export. Files are read, parsed and written on a thread of
// their own (the export reads the contacts through its own read-only connection there); the engine validates and
// applies an import as one admin command, every contact or none.
#include "pages/notifications/NotificationsPage.h"

#include "CsvFiles.h"
#include "EngineClient.h"
#include "InBackground.h"
#include "core/AtomicFile.h"
#include "core/InputFile.h"
#include "history/ReadOnlyConnection.h"
#include "notify/ContactCsv.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace sluice::ui {

namespace {
struct ContactsImport {
    QString readError;
    engine::notify::ContactCsvParse parse;
};

struct ContactsExport {
    QString error;
    int count = 0;
};

// Every key owner's contact, by key.
QString readContacts(const QString& databasePath, std::vector<engine::NotifyContact>& contacts)
{
    QString error;
    ReadOnlyConnection connection(databasePath, &contacts);
    if (!connection.open(error)) {
        return error;
    }
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, email, phone, webhook FROM notification_contacts ORDER BY key"))) {
        return query.lastError().text();
    }
    while (query.next()) {
        contacts.push_back({query.value(0).toString().toStdString(), query.value(1).toString().toStdString(),
                            query.value(2).toString().toStdString(), query.value(3).toString().toStdString()});
    }
    return {};
}
}  // namespace

void NotificationsPage::chooseContactsImport()
{
    chooseCsvFile(this, tr("Import key owners' contacts"), QString(), false,
                  [this](const QString& path) { importContacts(path); });
}

void NotificationsPage::chooseContactsExport()
{
    chooseCsvFile(this, tr("Export key owners' contacts"), QStringLiteral("contacts.csv"), true,
                  [this](const QString& path) { exportContacts(path); });
}

void NotificationsPage::importContacts(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    showStatus(tr("Reading %1…").arg(name));
    inBackground<ContactsImport>(
        this,
        [path](ContactsImport& r) {
            std::string text;
            if (auto problem = engine::readInputFile(path.toStdString(), engine::kMaxCsvBytes, text, "CSV file")) {
                r.readError = QString::fromStdString(*problem);
                return;
            }
            r.parse = engine::notify::ContactCsv::parse(text);
        },
        [this, name](const ContactsImport& r) {
            if (!r.readError.isEmpty()) {
                showStatus(tr("%1 was not imported; nothing changed:\n%2").arg(name, r.readError));
                return;
            }
            if (!r.parse.errors.empty()) {
                showStatus(tr("%1 was not imported (%n problem(s)); nothing changed:\n%2", nullptr,
                              static_cast<int>(r.parse.errors.size()))
                               .arg(name, firstCsvProblems(r.parse.errors)));
                return;
            }
            const auto count = static_cast<int>(r.parse.contacts.size());
            act(engine::notify::ContactCsv::toCommand(r.parse),
                tr("Imported %n contact(s) from %1.", nullptr, count).arg(name));
        });
}

void NotificationsPage::exportContacts(const QString& path)
{
    showStatus(tr("Exporting to %1…").arg(QFileInfo(path).fileName()));
    const QString database = m_engine->databasePath();
    inBackground<ContactsExport>(
        this,
        [path, database](ContactsExport& r) {
            std::vector<engine::NotifyContact> contacts;
            if (database.isEmpty()) {
                r.error = tr("Nothing is persisted, so there are no contacts.");
                return;
            }
            if (r.error = readContacts(database, contacts); !r.error.isEmpty()) {
                return;
            }
            r.count = static_cast<int>(contacts.size());
            if (const auto error =
                    engine::writeFileAtomically(path.toStdString(), engine::notify::ContactCsv::write(contacts))) {
                r.error = QString::fromStdString(*error);
            }
        },
        [this, path](const ContactsExport& r) {
            showStatus(r.error.isEmpty() ? tr("Exported %n contact(s) to %1.", nullptr, r.count).arg(path)
                                         : tr("Cannot write %1: %2").arg(path, r.error));
        });
}

}  // namespace sluice::ui
