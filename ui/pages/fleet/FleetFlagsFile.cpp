// SPDX-License-Identifier: Apache-2.0
#include "pages/fleet/FleetFlagsFile.h"

#include "InBackground.h"
#include "core/InputFile.h"
#include "flags/FlagsJson.h"
#include "pages/flags/FlagFileWarnings.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace sluice::ui {

namespace {
constexpr std::size_t kMaxFileBytes = 10 * 1024 * 1024;  // what the reader accepts

struct FileRead {
    QString error;  // the file cannot be read, or is too large
    QByteArray text;
    engine::flags::FlagsRead read;
};
}  // namespace

FleetFlagsFile::FleetFlagsFile(QWidget* parent) : QObject(parent), m_parent(parent) {}

void FleetFlagsFile::choose()
{
    if (m_busy) {
        return;
    }
    auto* dialog = new QFileDialog(m_parent, tr("Import flags on the whole fleet"), QString(),
                                   tr("Unleash client features (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("fleetFlagsFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &FleetFlagsFile::importFile);
    dialog->open();
}

void FleetFlagsFile::importFile(const QString& path)
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    const QString name = QFileInfo(path).fileName();
    inBackground<FileRead>(
        this,
        [path](FileRead& r) {
            std::string text;
            // Read up to what a flags file may be, so a file too large for one request is named as that.
            if (auto problem = engine::readInputFile(path.toStdString(), kMaxFileBytes, text, "flags file")) {
                r.error = QString::fromStdString(*problem);
                return;
            }
            if (static_cast<qsizetype>(text.size()) > kMaxBytes) {
                r.error = tr("it is larger than the %1 KiB the admin API takes in one request").arg(kMaxBytes / 1024);
                return;
            }
            r.read = engine::flags::readClientFeatures(text);
            r.text = QByteArray::fromStdString(text);
        },
        [this, name](const FileRead& r) {
            if (!r.error.isEmpty() || !r.read.flags) {
                emit refused(tr("%1 was not imported; nothing changed: %2")
                                 .arg(name, r.error.isEmpty() ? QString::fromStdString(r.read.error) : r.error));
                settle();
                return;
            }
            confirm(name, r.text, static_cast<int>(r.read.flags->features.size()),
                    static_cast<int>(r.read.flags->segments.size()), flagFileWarningLines(r.read.warnings));
        });
}

void FleetFlagsFile::confirm(const QString& name, const QByteArray& text, int flags, int segments,
                             const QStringList& warnings)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Import flags on the whole fleet"),
                                tr("Import %n flag(s) from %1 on every engine of the fleet?", nullptr, flags).arg(name),
                                QMessageBox::Cancel, m_parent);
    box->setObjectName(QStringLiteral("fleetFlagsImportConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QString details = tr("The file brings %n segment(s). Flags of the same name and segments of the same number are "
                         "replaced; each engine takes the whole file or none of it.",
                         nullptr, segments);
    if (!warnings.isEmpty()) {
        details += QStringLiteral("\n\n") +
                   tr("Evaluated as off, since Sluice does not know them:\n%1").arg(warnings.join(QLatin1Char('\n')));
    }
    box->setInformativeText(details);
    QPushButton* merge = box->addButton(tr("&Import"), QMessageBox::AcceptRole);
    merge->setObjectName(QStringLiteral("fleetFlagsImportMerge"));
    QPushButton* replace = box->addButton(tr("Import and &remove the other flags"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("fleetFlagsImportReplace"));
    replace->setToolTip(
        tr("Also removes, on every engine, each flag the file does not have (Sluice's own flags stay)"));
    box->setDefaultButton(merge);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, merge, replace, name, text, flags](QAbstractButton* clicked) {
                if (clicked == merge) {
                    emit confirmed(QString(), tr("%n flag(s) from %1 imported", nullptr, flags).arg(name), text);
                } else if (clicked == replace) {
                    emit confirmed(QStringLiteral("replace=true"),
                                   tr("%n flag(s) from %1 imported, the other flags removed", nullptr, flags).arg(name),
                                   text);
                }
            });
    connect(box, &QObject::destroyed, this, &FleetFlagsFile::settle);
    box->open();
}

void FleetFlagsFile::settle()
{
    if (m_busy) {
        m_busy = false;
        emit settled();
    }
}

}  // namespace sluice::ui
