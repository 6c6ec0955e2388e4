// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;

namespace sluice::ui {

class LogSettingsForm;
class ReplayRun;

// Replays a log apart from the live engine: which file, its format and key, and how fast (as fast as possible
// or at the log's own timing times a factor); a progress bar and Cancel while it runs, and the report, shown
// readably, when it is done.
class ReplayDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ReplayDialog(QWidget* parent = nullptr);

    // Starts the replay as the Start button does.
    void startReplay();
    QString report() const;

signals:
    void replayFinished();

private:
    void showProgress();
    void finish(const QString& report, const QString& error);

    LogSettingsForm* m_form;
    QRadioButton* m_fastest;
    QRadioButton* m_paced;
    QDoubleSpinBox* m_factor;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_report;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QTimer* m_poll;
    ReplayRun* m_run;
};

}  // namespace sluice::ui
