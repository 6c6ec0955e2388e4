// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Page.h"
#include "pages/audit/AuditRecord.h"

#include <QTimer>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace sluice::ui {

class AuditLog;
class AuditTableModel;
class EngineClient;
class TableDescription;

// Who changed what, when and why: the audit log newest first, filtered by action, actor, time and text,
// loaded a page at a time from the database (read-only, off the UI thread) and exportable as CSV. There is
// no way to edit or delete a row. It reads again whenever an admin command finishes.
class AuditPage final : public Page {
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 250;

    explicit AuditPage(EngineClient* engine, QWidget* parent = nullptr);

    // Writes the rows matching the current filters to `path` as CSV; the button asks for the path first.
    void exportTo(const QString& path);
    AuditFilter currentFilter() const;
    // Shows the entries whose target or reason mentions `target` (a key), through the text filter.
    void showEntriesFor(const QString& target);
    bool takeKeyRequest(KeyRequest request, const QString& key) override;

signals:
    void exportFinished(bool ok, const QString& message);

protected:
    // Reads the rows loaded so far again (after an admin command).
    void render() override;
    // Shown after a while: filters again, which also moves "last hour" along to now.
    void catchUp() override;

private:
    QWidget* buildFilterBar();
    void applyFilters();
    void onAnswered(const AuditRows& rows);
    void onCommandFinished();
    void showDetail(const QModelIndex& current);
    void chooseExportFile();
    void onExportProgress(quint64 id, qint64 written, qint64 total);
    void onExportDone(quint64 id, bool ok, qint64 written, const QString& message);
    // The filter's choices, each shown in `words` (default: as it is), in the order of those words.
    static void setChoices(QComboBox* combo, const QStringList& values,
                           const std::function<QString(const QString&)>& words = {});

    AuditLog* m_log;
    AuditTableModel* m_model;
    QComboBox* m_action;
    QComboBox* m_actor;
    QComboBox* m_period;
    QLineEdit* m_search;
    QPushButton* m_export;
    QLabel* m_count;
    QProgressBar* m_progress;
    QLabel* m_exportStatus;
    QStackedWidget* m_stack;
    QTableView* m_table;
    TableDescription* m_description = nullptr;
    QLabel* m_empty;
    QLabel* m_detail;
    QTimer m_searchDelay;
    quint64 m_exportId = 0;
};

}  // namespace sluice::ui
