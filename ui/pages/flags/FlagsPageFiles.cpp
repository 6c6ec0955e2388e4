// SPDX-License-Identifier: Apache-2.0
// The Flags page's client-features files. Files are read, parsed, written and serialized on a worker thread;
// the engine validates and applies an import as one admin command, all or nothing.
#include "pages/flags/FlagsPage.h"

#include "CurrentUser.h"
#include "EngineClient.h"
#include "InBackground.h"
#include "core/AtomicFile.h"
#include "core/InputFile.h"
#include "flags/FlagsJson.h"
#include "pages/flags/FlagFileWarnings.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>

#include <memory>

namespace sluice::ui {

namespace {
constexpr std::size_t kMaxFlagsFileBytes = 10 * 1024 * 1024;  // what the reader accepts

struct ImportResult {
    QString readError;
    engine::flags::FlagsRead read;
};

struct ExportResult {
    QString error;
};
}  // namespace

void FlagsPage::chooseFile(bool save)
{
    auto* dialog = new QFileDialog(this, save ? tr("Export flags") : tr("Import flags"),
                                   save ? QStringLiteral("flags.json") : QString(),
                                   tr("Unleash client features (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("flagsFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    if (save) {
        dialog->setDefaultSuffix(QStringLiteral("json"));
    } else {
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, save](const QString& path) { save ? exportFile(path) : importFile(path); });
    dialog->open();
}

void FlagsPage::importFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    showStatus(tr("Reading %1…").arg(name), true);
    inBackground<ImportResult>(
        this,
        [path](ImportResult& r) {
            std::string text;
            if (auto problem = engine::readInputFile(path.toStdString(), kMaxFlagsFileBytes, text, "flags file")) {
                r.readError = QString::fromStdString(*problem);
                return;
            }
            r.read = engine::flags::readClientFeatures(text);
        },
        [this, path, name](const ImportResult& r) {
            if (!r.readError.isEmpty() || !r.read.flags) {
                const QString why = r.readError.isEmpty() ? QString::fromStdString(r.read.error) : r.readError;
                showStatus(tr("%1 was not imported; nothing changed:\n%2").arg(name, why), false);
                return;
            }
            const QStringList warnings = flagFileWarningLines(r.read.warnings);
            const int count = static_cast<int>(r.read.flags->features.size());
            QString done = tr("Imported %n flag(s) from %1.", nullptr, count).arg(name);
            if (!warnings.isEmpty()) {
                done = tr("%1 Evaluated as off, since this console does not know them:\n%2")
                           .arg(done, warnings.join(QLatin1Char('\n')));
            }
            send(engine::cmd::ImportFlags{*r.read.flags, false, path.toStdString(), currentUserName().toStdString()},
                 done);
            if (!warnings.isEmpty()) {
                showStatus(tr("Importing %1; the engine will check it. Warnings:\n%2")
                               .arg(name, warnings.join(QLatin1Char('\n'))),
                           true);
            }
        });
}

void FlagsPage::exportFile(const QString& path)
{
    showStatus(tr("Exporting to %1…").arg(QFileInfo(path).fileName()), true);
    m_exports.ask(FlagSetQuery{}, path);
}

void FlagsPage::writeExport(const QString& path, const engine::flags::FlagSet& set)
{
    auto flags = std::make_shared<engine::flags::FlagSet>(set);
    const auto count = static_cast<int>(set.features.size());
    inBackground<ExportResult>(
        this,
        [path, flags](ExportResult& r) {
            if (const auto error =
                    engine::writeFileAtomically(path.toStdString(), engine::flags::writeClientFeatures(*flags))) {
                r.error = QString::fromStdString(*error);
            }
        },
        [this, path, count](const ExportResult& r) {
            if (!r.error.isEmpty()) {
                showStatus(tr("Cannot write %1: %2").arg(path, r.error), false);
            } else {
                showStatus(tr("Exported %n flag(s) to %1.", nullptr, count).arg(path), true);
            }
        });
}

}  // namespace sluice::ui
