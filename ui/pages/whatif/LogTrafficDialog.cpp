// SPDX-License-Identifier: Apache-2.0
#include "pages/whatif/LogTrafficDialog.h"

#include "pages/sources/LogSettingsForm.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sluice::ui {

LogTrafficDialog::LogTrafficDialog(const LogSourceSettings& start, QWidget* parent)
    : QDialog(parent), m_routes(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("whatIfLogDialog"));
    setWindowTitle(tr("Access log to replay"));
    auto* form = new QFormLayout;
    m_form = new LogSettingsForm(this, form);
    m_routes->setObjectName(QStringLiteral("whatIfLogRoutes"));
    m_routes->setPlaceholderText(tr("/api=api, /login=login"));
    m_routes->setToolTip(tr("The route of each path prefix: the longest prefix wins, other paths take the default "
                            "policy."));
    m_routes->setAccessibleName(tr("Routes"));
    form->addRow(tr("&Routes:"), m_routes);
    m_problem->setObjectName(QStringLiteral("whatIfLogProblem"));
    m_problem->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &LogSettingsForm::changed, this, &LogTrafficDialog::check);
    connect(m_routes, &QLineEdit::textChanged, this, &LogTrafficDialog::check);
    m_form->show(start);
    m_routes->setText(routesText(start.routes));
    check();
}

LogSourceSettings LogTrafficDialog::settings() const
{
    LogSourceSettings s;
    m_form->fill(s);
    QString ignored;
    s.routes = routesFromText(m_routes->text(), ignored).value_or(QList<QPair<QString, QString>>{});
    s.follow = false;
    return s;
}

void LogTrafficDialog::check()
{
    QString problem = m_form->problem();
    if (problem.isEmpty()) {
        LogSourceSettings s;
        m_form->fill(s);
        QString routes;
        if (!routesFromText(m_routes->text(), routes)) {
            problem = tr("Routes: %1").arg(routes);
        } else {
            ingestOptionsOf(s, problem);
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

}  // namespace sluice::ui
