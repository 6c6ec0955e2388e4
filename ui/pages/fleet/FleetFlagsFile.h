// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QWidget;

namespace sluice::ui {

// A flags file (Unleash client features) imported on every engine of a fleet from the Fleet page: chosen, read and
// checked on a worker thread, so a file that would be refused is named with its problem before anything is sent,
// then confirmed by the admin, who chooses whether the fleet's other flags stay or go. What to send is handed on as
// the admin API's request (`POST /api/flags.json`), which the page sends and follows to every engine.
class FleetFlagsFile final : public QObject {
    Q_OBJECT

public:
    // The admin API's limit on one request's body: a larger file is refused here, by name, rather than by the server.
    static constexpr qsizetype kMaxBytes = 64 * 1024;

    // `parent` hosts the dialogs.
    explicit FleetFlagsFile(QWidget* parent);

    // Opens the file dialog; a file chosen goes on as importFile().
    void choose();
    // Reads and checks `path`, then asks the admin to confirm (the box's object name: fleetFlagsImportConfirm).
    void importFile(const QString& path);
    // A file is being read or confirmed: the page does not offer another meanwhile.
    bool busy() const { return m_busy; }

signals:
    // The file cannot be imported: `text` names it and what is wrong, and where.
    void refused(const QString& text);
    // Confirmed: `query` is the request's to `/api/flags.json` ("replace=true" or none), `what` the change in words for
    // the status line.
    void confirmed(const QString& query, const QString& what, const QByteArray& body);
    // No longer busy (sent, refused or cancelled).
    void settled();

private:
    void confirm(const QString& name, const QByteArray& text, int flags, int segments, const QStringList& warnings);
    void settle();

    QWidget* m_parent;
    bool m_busy = false;
};

}  // namespace sluice::ui
