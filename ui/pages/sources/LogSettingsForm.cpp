// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/LogSettingsForm.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sluice::ui {

namespace {
const QString kPattern = QStringLiteral("pattern");
const QString kHeader = QStringLiteral("header:");
const QString kPath = QStringLiteral("path:");
}  // namespace

LogSettingsForm::LogSettingsForm(QWidget* dialog, QFormLayout* form)
    : QObject(dialog), m_dialog(dialog), m_path(new QLineEdit(dialog)),
      m_browse(new QPushButton(tr("&Browse…"), dialog)), m_format(new QComboBox(dialog)),
      m_pattern(new QLineEdit(dialog)), m_key(new QComboBox(dialog)), m_keyArgument(new QLineEdit(dialog))
{
    m_path->setObjectName(QStringLiteral("logPath"));
    m_browse->setObjectName(QStringLiteral("logBrowse"));
    m_format->setObjectName(QStringLiteral("logFormat"));
    m_pattern->setObjectName(QStringLiteral("logPattern"));
    m_key->setObjectName(QStringLiteral("logKey"));
    m_keyArgument->setObjectName(QStringLiteral("logKeyArgument"));

    m_path->setPlaceholderText(QStringLiteral("/var/log/nginx/access.log"));
    m_format->addItem(tr("Combined (nginx, Apache)"), QStringLiteral("combined"));
    m_format->addItem(tr("Common"), QStringLiteral("common"));
    m_format->addItem(tr("JSON lines"), QStringLiteral("json"));
    m_format->addItem(tr("nginx log_format pattern"), kPattern);
    m_pattern->setPlaceholderText(
        QStringLiteral(R"($remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent)"));
    m_key->addItem(tr("Client IP address"), QStringLiteral("ip"));
    m_key->addItem(tr("First X-Forwarded-For address"), QStringLiteral("xff-first"));
    m_key->addItem(tr("Last X-Forwarded-For address"), QStringLiteral("xff-last"));
    m_key->addItem(tr("Authenticated user"), QStringLiteral("user"));
    m_key->addItem(tr("Header field"), kHeader);
    m_key->addItem(tr("Capture from the path"), kPath);

    auto* file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);
    // A row whose field is a layout gets no buddy by itself: without one, its "&" shows instead of a shortcut.
    auto* fileLabel = new QLabel(tr("&File:"), dialog);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, file);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("Pa&ttern:"), m_pattern);
    auto* key = new QHBoxLayout;
    key->addWidget(m_key);
    key->addWidget(m_keyArgument, 1);
    auto* keyLabel = new QLabel(tr("&Key:"), dialog);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, key);
    m_key->setAccessibleName(tr("Key"));
    m_keyArgument->setAccessibleName(tr("Header name or path expression"));

    connect(m_browse, &QPushButton::clicked, this, &LogSettingsForm::browse);
    for (QLineEdit* edit : {m_path, m_pattern, m_keyArgument}) {
        connect(edit, &QLineEdit::textChanged, this, &LogSettingsForm::changed);
    }
    for (QComboBox* combo : {m_format, m_key}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateArguments();
            emit changed();
        });
    }
    updateArguments();
}

void LogSettingsForm::browse()
{
    auto* picker = new QFileDialog(m_dialog, tr("Choose an access log"), m_path->text(),
                                   tr("Access logs (*.log *.log.* *.gz *.txt);;All files (*)"));
    picker->setObjectName(QStringLiteral("logFilePicker"));
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
    picker->open();
}

void LogSettingsForm::updateArguments()
{
    m_pattern->setEnabled(m_format->currentData().toString() == kPattern);
    const QString key = m_key->currentData().toString();
    m_keyArgument->setEnabled(key == kHeader || key == kPath);
    m_keyArgument->setPlaceholderText(key == kHeader ? QStringLiteral("X-User-Id")
                                      : key == kPath ? QStringLiteral("^/users/([^/]+)")
                                                     : QString());
}

void LogSettingsForm::fill(LogSourceSettings& settings) const
{
    settings.path = m_path->text().trimmed();
    const QString format = m_format->currentData().toString();
    settings.format = format == kPattern ? m_pattern->text() : format;
    const QString key = m_key->currentData().toString();
    settings.key = key == kHeader || key == kPath ? key + m_keyArgument->text().trimmed() : key;
}

void LogSettingsForm::show(const LogSourceSettings& settings)
{
    m_path->setText(settings.path);
    const int format = m_format->findData(settings.format);
    m_format->setCurrentIndex(format >= 0 ? format : m_format->findData(kPattern));
    m_pattern->setText(format >= 0 ? QString() : settings.format);
    for (const QString& prefix : {kHeader, kPath}) {
        if (settings.key.startsWith(prefix)) {
            m_key->setCurrentIndex(m_key->findData(prefix));
            m_keyArgument->setText(settings.key.mid(prefix.size()));
            return;
        }
    }
    m_key->setCurrentIndex(std::max(0, m_key->findData(settings.key)));
}

QString LogSettingsForm::problem() const
{
    if (m_path->text().trimmed().isEmpty()) {
        return tr("Choose the log file.");
    }
    if (m_pattern->isEnabled() && !m_pattern->text().contains(QLatin1Char('$'))) {
        return tr("Write the pattern as nginx's log_format does, with $variables.");
    }
    if (m_keyArgument->isEnabled() && m_keyArgument->text().trimmed().isEmpty()) {
        return m_key->currentData().toString() == kHeader ? tr("Name the header field that holds the key.")
                                                          : tr("Write the expression whose first group is the key.");
    }
    return {};
}

}  // namespace sluice::ui
