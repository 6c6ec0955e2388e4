// SPDX-License-Identifier: Apache-2.0
#include "CsvFiles.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace sluice::ui {

void chooseCsvFile(QWidget* parent, const QString& title, const QString& suggested, bool save,
                   std::function<void(const QString&)> chosen)
{
    // The VIP page's words, where this dialog was first.
    auto* dialog =
        new QFileDialog(parent, title, suggested,
                        QCoreApplication::translate("sluice::ui::VipPage", "CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    if (save) {
        dialog->setDefaultSuffix(QStringLiteral("csv"));
    } else {
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(chosen));
    dialog->open();
}

}  // namespace sluice::ui
