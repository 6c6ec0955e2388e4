// SPDX-License-Identifier: Apache-2.0
// The VIP page's CSV import and export. Files are read, parsed and written on a worker thread; the engine
// validates and applies an import as one admin command.
#include "pages/vip/VipPage.h"

#include "CsvFiles.h"
#include "CurrentUser.h"
#include "EngineClient.h"
#include "InBackground.h"
#include "core/AtomicFile.h"
#include "core/InputFile.h"
#include "vip/VipCsv.h"

#include <QFileInfo>

#include <memory>

namespace sluice::ui {

namespace {
struct ImportResult {
    QString readError;
    engine::VipCsvParse parse;
};

struct ExportResult {
    QString error;
};

}  // namespace

void VipPage::chooseImportFile()
{
    chooseCsvFile(this, tr("Import VIP assignments"), QString(), false,
                  [this](const QString& path) { importFile(path); });
}

void VipPage::chooseExportFile()
{
    chooseCsvFile(this, tr("Export VIP assignments"), QStringLiteral("vip.csv"), true,
                  [this](const QString& path) { exportFile(path); });
}

void VipPage::importFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    showStatus(tr("Reading %1…").arg(name), true);
    inBackground<ImportResult>(
        this,
        [path](ImportResult& r) {
            std::string text;
            if (auto problem = engine::readInputFile(path.toStdString(), engine::kMaxCsvBytes, text, "CSV file")) {
                r.readError = QString::fromStdString(*problem);
                return;
            }
            r.parse = engine::VipCsv::parse(text);
        },
        [this, path, name](const ImportResult& r) {
            if (!r.readError.isEmpty()) {
                showStatus(tr("%1 was not imported; nothing changed:\n%2").arg(name, r.readError), false);
                return;
            }
            if (!r.parse.errors.empty()) {
                showStatus(tr("%1 was not imported (%n problem(s)); nothing changed:\n%2", nullptr,
                              static_cast<int>(r.parse.errors.size()))
                               .arg(name, firstCsvProblems(r.parse.errors)),
                           false);
                return;
            }
            const auto count = static_cast<int>(r.parse.rows.size());
            engine::cmd::ImportVip command = engine::VipCsv::toCommand(r.parse.rows, currentUserName().toStdString());
            const quint64 id = m_engine->sendCommand(std::move(command));
            m_commands.insert(id, tr("Imported %n VIP assignment(s) from %1.", nullptr, count).arg(name));
            m_importsRefused.insert(id,
                                    tr("%1 was not imported; nothing changed:\n%2").arg(name, QStringLiteral("%1")));
        });
}

void VipPage::exportFile(const QString& path)
{
    showStatus(tr("Exporting to %1…").arg(QFileInfo(path).fileName()), true);
    m_exports.ask(VipAssignmentsQuery{}, path);
}

void VipPage::onAssignmentsReady(const QString& path, const std::vector<engine::store::VipAssignment>& all)
{
    auto csv = std::make_shared<std::string>(engine::VipCsv::write(all));
    const auto count = static_cast<int>(all.size());
    inBackground<ExportResult>(
        this,
        [path, csv](ExportResult& r) {
            if (const auto error = engine::writeFileAtomically(path.toStdString(), *csv)) {
                r.error = QString::fromStdString(*error);
            }
        },
        [this, path, count](const ExportResult& r) {
            if (!r.error.isEmpty()) {
                showStatus(tr("Cannot write %1: %2").arg(path, r.error), false);
            } else {
                showStatus(tr("Exported %n VIP assignment(s) to %1.", nullptr, count).arg(path), true);
            }
        });
}

}  // namespace sluice::ui
