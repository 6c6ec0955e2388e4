// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LogSourceSettings.h"
#include "pages/sources/LogPreview.h"
#include "widgets/CheckedDialog.h"

class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTimer;

namespace sluice::ui {

class LogSettingsForm;

// Asks for an access log to read as a source: the file, its format, the key, the route map (path prefix →
// route), and whether to follow it as it grows or read it once. The first lines show as the engine would
// take them (time, key, route, status, or why a line is refused), worked out off the UI thread, before
// anything starts. OK stays refused while the settings cannot be used.
class AddLogSourceDialog final : public CheckedDialog {
    Q_OBJECT

public:
    explicit AddLogSourceDialog(QWidget* parent = nullptr);

    LogSourceSettings settings() const;
    void setSettings(const LogSourceSettings& settings);
    QString problem() const override;
    // The preview shown now; for tests.
    const LogPreviewResult& preview() const { return m_preview; }

signals:
    // A new preview is on screen.
    void previewShown();

private:
    void schedulePreview();
    void showPreview(const LogPreviewResult& result);
    QList<QPair<QString, QString>> routes() const;

    LogSettingsForm* m_form;
    QTableWidget* m_routes;
    QPushButton* m_addRoute;
    QPushButton* m_removeRoute;
    QRadioButton* m_follow;
    QRadioButton* m_once;
    QLabel* m_previewNote;
    QTableWidget* m_previewTable;
    QTimer* m_settle;
    LogPreviewer* m_previewer;
    LogPreviewResult m_preview;
    bool m_previewCurrent = false;  // m_preview answers the settings shown
};

}  // namespace sluice::ui
