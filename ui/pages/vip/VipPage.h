// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineQueries.h"
#include "LatestQuestion.h"
#include "OpenQuestions.h"
#include "Page.h"

#include "config/Command.h"
#include "store/StoreTypes.h"
#include "vip/VipQuery.h"

#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace sluice::ui {

class EngineClient;
class RoutePicker;
class TableDescription;
class VipAssignmentModel;
class VipTierModel;

// VIP tiers and assignments: the tier catalog, the assignments table (search, sort, expiring soon), assign /
// change / revoke, CSV import and export, and a preview of any key's effective limit. Every question goes
// to the engine thread and comes back as a queued signal; files are read and written on worker threads.
class VipPage final : public Page {
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 1000;
    static constexpr engine::TimeNs kExpiringSoon = 7 * engine::kNsPerDay;

    explicit VipPage(EngineClient* engine, QWidget* parent = nullptr);

    // Asks the engine for the assignments and the catalog now.
    void refresh();
    // What the Import and Export buttons do once a file is chosen.
    void importFile(const QString& path);
    void exportFile(const QString& path);
    void previewKey(const QString& key);
    // Another page's "Assign VIP…" on a key: the assign dialog opens with the key filled in.
    bool takeKeyRequest(KeyRequest request, const QString& key) override;
    VipAssignmentModel* assignments() const { return m_model; }
    VipTierModel* tiers() const { return m_tierModel; }

signals:
    // A refresh answered (the table holds the engine's latest answer).
    void refreshed();
    // The outcome of an admin action, import or export, as shown in the status line.
    void statusShown(const QString& text, bool ok);

protected:
    void render() override {}  // everything on the page comes from the engine's answers

private:
    QWidget* buildAssignments();
    QWidget* buildTiers();
    QWidget* buildPreview();
    void declareAdminControls();
    void setTabOrderAsLaid();
    void updateButtons();
    void onVipReady(const engine::VipPage& page);
    void onCommandFinished(quint64 id, bool ok, const QString& error);
    void onKeyReady(const KeyDetail& detail);
    void onAssignmentsReady(const QString& path, const std::vector<engine::store::VipAssignment>& all);
    void send(engine::Command command, const QString& done);
    void showStatus(const QString& text, bool ok);
    void openAssignDialog(bool change, const QString& key = {});
    void openTierDialog(bool editing);
    void revokeSelected();
    void removeSelectedTier();
    void chooseImportFile();
    void chooseExportFile();
    const engine::VipRow* selectedRow() const;

    EngineClient* m_engine;
    VipAssignmentModel* m_model;
    VipTierModel* m_tierModel;
    engine::VipQuery m_query;
    engine::TimeNs m_engineNow = 0;
    LatestQuestion<VipPageQuery> m_vipRequest;
    LatestQuestion<KeyDetailQuery> m_previewRequest;
    OpenQuestions<VipAssignmentsQuery, QString> m_exports;  // each with the file to write
    QHash<quint64, QString> m_commands;                     // command id -> what to say when it is done
    QHash<quint64, QString> m_importsRefused;  // import command id -> how to say it was refused ("%1": why)
    QString m_assignWhenLoaded;                // a key to open the assign dialog for once the tiers are known
    bool m_answered = false;                   // the engine answered at least once

    QLabel* m_summary;
    QSpinBox* m_leadDays;
    QPushButton* m_leadApply;
    QLineEdit* m_search;
    QCheckBox* m_expiringOnly;
    QLabel* m_matching;
    RoutePicker* m_route;
    QTableView* m_table;
    TableDescription* m_tableDescription = nullptr;
    quint64 m_totalMatching = 0;
    QTableView* m_tierTable;
    QLabel* m_tierState;
    QPushButton* m_assign;
    QPushButton* m_change;
    QPushButton* m_revoke;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_tierAdd;
    QPushButton* m_tierEdit;
    QPushButton* m_tierRemove;
    QLineEdit* m_previewKey;
    RoutePicker* m_previewRoute;
    QLabel* m_preview;
    QLabel* m_status;
};

}  // namespace sluice::ui
