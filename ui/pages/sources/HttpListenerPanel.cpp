// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/HttpListenerPanel.h"

#include "pages/sources/NginxSnippet.h"
#include "widgets/PageParts.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sluice::ui {

HttpListenerPanel::HttpListenerPanel(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_tokens(new ApiTokenList(databasePath, this)), m_status(new QLabel(this)),
      m_tokenTable(new QTableWidget(0, 3, this)), m_tokenNote(new QLabel(this)), m_snippet(new QPlainTextEdit(this)),
      m_copy(new QPushButton(tr("&Copy"), this)), m_address(QString::fromLatin1(kDefaultAddress))
{
    setObjectName(QStringLiteral("httpListenerPanel"));
    m_status->setObjectName(QStringLiteral("httpListenerStatus"));
    m_tokenTable->setObjectName(QStringLiteral("apiTokenTable"));
    m_tokenNote->setObjectName(QStringLiteral("apiTokenNote"));
    m_snippet->setObjectName(QStringLiteral("nginxSnippet"));
    m_copy->setObjectName(QStringLiteral("sourcesCopySnippet"));

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tokenTable->setHorizontalHeaderLabels({tr("Token"), tr("Scopes"), tr("Created")});
    m_tokenTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpListTable(m_tokenTable);
    m_tokenTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tokenTable->horizontalHeader()->setStretchLastSection(true);
    m_tokenTable->setAccessibleName(tr("Check API tokens"));
    m_tokenNote->setWordWrap(true);

    m_snippet->setReadOnly(true);
    m_snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_snippet->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_snippet->setAccessibleName(tr("nginx configuration"));
    m_snippet->setPlainText(snippet());
    m_copy->setToolTip(tr("Copy the nginx configuration to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(snippet()); });

    auto* snippetHeading = new QHBoxLayout;
    snippetHeading->addWidget(sectionHeading(this, tr("nginx in front of a site")), 1);
    snippetHeading->addWidget(m_copy);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionHeading(this, tr("HTTP check API")));
    layout->addWidget(m_status);
    layout->addWidget(m_tokenTable, 1);
    m_tokenTable->hide();  // until there are tokens: the note says there are none
    layout->addWidget(m_tokenNote);
    layout->addLayout(snippetHeading);
    layout->addWidget(m_snippet, 3);

    // In reading order: the Copy button sits above the text it copies.
    setTabOrder(m_tokenTable, m_copy);
    setTabOrder(m_copy, m_snippet);
    connect(m_tokens, &ApiTokenList::ready, this, &HttpListenerPanel::showTokens);
    showListener(std::nullopt);
}

void HttpListenerPanel::showListener(const std::optional<engine::SourceState>& listener)
{
    if (listener && !listener->name.empty()) {
        const QString address = QString::fromStdString(listener->name);
        if (address != m_address) {
            m_address = address;
            m_snippet->setPlainText(snippet());
        }
    }
    if (!listener) {
        m_status->setText(tr("Not running in this console. “sluice serve” answers checks at %1 by default.")
                              .arg(QString::fromLatin1(kDefaultAddress)));
    } else if (!listener->lastError.empty()) {
        m_status->setText(tr("Not listening at %1: %2").arg(m_address, QString::fromStdString(listener->lastError)));
    } else {
        m_status->setText(listener->running ? tr("Listening at %1").arg(m_address)
                                            : tr("Stopped (configured for %1)").arg(m_address));
    }
}

void HttpListenerPanel::refreshTokens() { m_tokens->refresh(); }

QWidget* HttpListenerPanel::firstInTabOrder() const { return m_tokenTable; }

QString HttpListenerPanel::snippet() const { return nginxSnippet(m_address); }

void HttpListenerPanel::showTokens(const ApiTokenAnswer& answer)
{
    m_tokenTable->setRowCount(static_cast<int>(answer.tokens.size()));
    for (int r = 0; r < answer.tokens.size(); ++r) {
        const ApiTokenRow& token = answer.tokens[r];
        m_tokenTable->setItem(r, 0, new QTableWidgetItem(token.name));
        m_tokenTable->setItem(r, 1, new QTableWidgetItem(token.scopes));
        m_tokenTable->setItem(r, 2,
                              new QTableWidgetItem(token.created.isValid()
                                                       ? QLocale().toString(token.created, QLocale::ShortFormat)
                                                       : QString()));
    }
    m_tokenTable->setVisible(!answer.tokens.isEmpty());
    if (!answer.error.isEmpty()) {
        m_tokenNote->setText(tr("The tokens could not be read: %1").arg(answer.error));
    } else if (answer.tokens.isEmpty()) {
        m_tokenNote->setText(tr("No tokens yet. Make one with “sluice token create NAME”; it is shown once."));
    } else {
        m_tokenNote->setText(tr("Create and revoke tokens with “sluice token create” and “sluice token revoke”."));
    }
}

}  // namespace sluice::ui
