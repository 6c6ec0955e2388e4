// SPDX-License-Identifier: Apache-2.0
#include "help/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sluice::ui {

namespace {
// The guide in the language of the interface where there is one (":/help/user-guide.de.md"), else English.
QString guideFor(const QLocale& locale)
{
    const QString translated =
        QStringLiteral(":/help/user-guide.%1.md").arg(locale.name().section(QLatin1Char('_'), 0, 0));
    return QFile::exists(translated) ? translated : QStringLiteral(":/docs/user-guide.md");
}
}  // namespace

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("Sluice user guide"));
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    QFile guide(guideFor(QLocale()));
    if (guide.open(QIODevice::ReadOnly)) {
        m_browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    } else {
        m_browser->setPlainText(tr("The user guide is missing from this build."));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

}  // namespace sluice::ui
