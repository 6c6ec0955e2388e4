// SPDX-License-Identifier: Apache-2.0
#include "help/AboutDialog.h"

#include "core/LibraryVersions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sluice::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Sluice"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/io.github.sluice.Sluice.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Sluice logo"));

    auto* title = new QLabel(tr("<h2>Sluice %1</h2>").arg(QCoreApplication::applicationVersion()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto* summary = new QLabel(tr("A console for rate limiting: reputation, VIP tiers and auto-throttle, with "
                                  "simulated traffic scenarios to watch them at work."),
                               this);
    summary->setWordWrap(true);

    QStringList libraries{tr("Qt %1 (LGPL-3; Qt Charts GPL-3)").arg(QString::fromLatin1(qVersion()))};
    for (const auto& library : engine::libraryVersions()) {
        libraries << tr("%1 %2 (%3)")
                         .arg(QString::fromStdString(library.name), QString::fromStdString(library.version),
                              QString::fromStdString(library.license));
    }
    auto* license = new QLabel(tr("Sluice is licensed under the Apache License 2.0. Because it uses Qt Charts, the "
                                  "program as distributed is covered by the GPL-3."),
                               this);
    license->setWordWrap(true);
    auto* libs = new QLabel(tr("Built with: %1").arg(libraries.join(tr(", "))), this);
    libs->setObjectName(QStringLiteral("aboutLibraries"));
    libs->setWordWrap(true);
    libs->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_details = tr("Sluice %1\n%2").arg(QCoreApplication::applicationVersion(), libraries.join(QLatin1Char('\n')));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("Copy details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetails"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_details); });
    auto* aboutQt = buttons->addButton(tr("About Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addWidget(license);
    text->addWidget(libs);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AboutDialog::details() const { return m_details; }

}  // namespace sluice::ui
