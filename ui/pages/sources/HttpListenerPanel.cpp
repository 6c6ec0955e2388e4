// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/HttpListenerPanel.h"

#include "EngineClient.h"
#include "pages/sources/ListenAddress.h"
#include "pages/sources/NginxSnippet.h"
#include "widgets/PageParts.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sluice::ui {

HttpListenerPanel::HttpListenerPanel(EngineClient* engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_tokens(new ApiTokenList(engine->databasePath(), this)),
      m_addressEdit(new QLineEdit(this)), m_startStop(new QPushButton(this)), m_status(new QLabel(this)),
      m_tokenTable(new QTableWidget(0, 3, this)), m_tokenNote(new QLabel(this)), m_snippet(new QPlainTextEdit(this)),
      m_copy(new QPushButton(tr("&Copy"), this)), m_address(engine->httpListener().address)
{
    setObjectName(QStringLiteral("httpListenerPanel"));
    m_addressEdit->setObjectName(QStringLiteral("httpListenerAddress"));
    m_startStop->setObjectName(QStringLiteral("httpListenerStartStop"));
    m_status->setObjectName(QStringLiteral("httpListenerStatus"));
    m_tokenTable->setObjectName(QStringLiteral("apiTokenTable"));
    m_tokenNote->setObjectName(QStringLiteral("apiTokenNote"));
    m_snippet->setObjectName(QStringLiteral("nginxSnippet"));
    m_copy->setObjectName(QStringLiteral("sourcesCopySnippet"));

    auto* addressLabel = new QLabel(tr("Listen &on:"), this);
    addressLabel->setBuddy(m_addressEdit);
    m_addressEdit->setText(m_address);
    m_addressEdit->setPlaceholderText(QString::fromLatin1(kDefaultAddress));
    m_addressEdit->setToolTip(tr("An IP address and a port: 127.0.0.1:9090 for this machine only, 0.0.0.0:9090 "
                                 "for every network, [::1]:9090 for IPv6; port 0 picks a free one"));
    // Room for either word, so the button does not change size under the pointer.
    m_startStop->setText(tr("S&top"));
    const int stopWidth = m_startStop->sizeHint().width();
    m_startStop->setText(tr("Star&t"));
    m_startStop->setMinimumWidth(std::max(stopWidth, m_startStop->sizeHint().width()));
    connect(m_startStop, &QPushButton::clicked, this, &HttpListenerPanel::startOrStop);
    connect(m_addressEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_engine->httpListener().phase != HttpListenerState::Phase::Listening) {
            startOrStop();
        }
    });
    connect(m_addressEdit, &QLineEdit::textEdited, this, [this] { showState(); });

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

    auto* addressRow = new QHBoxLayout;
    addressRow->addWidget(addressLabel);
    addressRow->addWidget(m_addressEdit, 1);
    addressRow->addWidget(m_startStop);

    auto* snippetHeading = new QHBoxLayout;
    snippetHeading->addWidget(sectionHeading(this, tr("nginx in front of a site")), 1);
    snippetHeading->addWidget(m_copy);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionHeading(this, tr("HTTP check API")));
    layout->addLayout(addressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_tokenTable, 1);
    m_tokenTable->hide();  // until there are tokens: the note says there are none
    layout->addWidget(m_tokenNote);
    layout->addLayout(snippetHeading);
    layout->addWidget(m_snippet, 3);

    // In reading order: the Copy button sits above the text it copies.
    setTabOrder(m_addressEdit, m_startStop);
    setTabOrder(m_startStop, m_tokenTable);
    setTabOrder(m_tokenTable, m_copy);
    setTabOrder(m_copy, m_snippet);
    connect(m_tokens, &ApiTokenList::ready, this, &HttpListenerPanel::showTokens);
    connect(m_engine, &EngineClient::httpListenerChanged, this, [this] {
        showState();
        refreshTokens();  // a listener that just started may have read tokens the list has not shown yet
    });
    showState();
}

QList<QWidget*> HttpListenerPanel::adminControls() const { return {m_addressEdit, m_startStop}; }

void HttpListenerPanel::startOrStop()
{
    const HttpListenerState state = m_engine->httpListener();
    if (state.phase == HttpListenerState::Phase::Listening || state.phase == HttpListenerState::Phase::Starting) {
        m_engine->stopHttpListener();
        return;
    }
    QString problem;
    if (!ListenAddress::read(m_addressEdit->text(), problem)) {
        m_status->setText(problem);
        m_addressEdit->setFocus();
        return;
    }
    m_engine->startHttpListener(m_addressEdit->text().trimmed());
}

void HttpListenerPanel::showState()
{
    const HttpListenerState state = m_engine->httpListener();
    const bool on =
        state.phase == HttpListenerState::Phase::Listening || state.phase == HttpListenerState::Phase::Starting;
    m_startStop->setText(on ? tr("S&top") : tr("Star&t"));
    m_addressEdit->setReadOnly(on);  // what it listens on changes with Stop, then Start
    m_startStop->setToolTip(on ? tr("Close the port; checks already under way are still decided")
                               : tr("Answer the checks of nginx, Traefik or Envoy at this address"));
    if (state.phase != HttpListenerState::Phase::Stopped && m_addressEdit->text().trimmed() != state.address) {
        m_addressEdit->setText(state.address);  // started from the settings, not typed here
    }
    // What nginx is told to ask: where it listens, else the address typed (once it reads as one).
    QString problem;
    const QString typed = m_addressEdit->text().trimmed();
    const QString address = state.phase == HttpListenerState::Phase::Listening ? state.listeningAt
                            : ListenAddress::read(typed, problem)              ? typed
                                                                               : m_address;
    if (address != m_address) {
        m_address = address;
        m_snippet->setPlainText(snippet());
    }
    switch (state.phase) {
    case HttpListenerState::Phase::Stopped:
        m_status->setText(m_engine->readOnly()
                              ? tr("Not listening: a read-only console answers no checks; the server that writes "
                                   "the database does (“sluice serve”).")
                              : tr("Stopped. Start answers checks at the address above; “sluice serve” does the "
                                   "same without a window."));
        break;
    case HttpListenerState::Phase::Starting:
        m_status->setText(tr("Starting at %1…").arg(state.address));
        break;
    case HttpListenerState::Phase::Listening: {
        QStringList parts{tr("Listening at %1.").arg(state.listeningAt)};
        if (state.beyondLoopback) {
            parts << tr("Other machines can reach it; every request still needs a token.");
        }
        if (state.validTokens == 0) {
            parts << tr("No valid token yet: every check gets 401.");
        }
        m_status->setText(parts.join(QLatin1Char('\n')));  // a line each, so none is cut short
        break;
    }
    case HttpListenerState::Phase::Failed:
        m_status->setText(tr("Not listening at %1: %2").arg(state.address, state.error));
        break;
    }
}

void HttpListenerPanel::refreshTokens() { m_tokens->refresh(); }

QWidget* HttpListenerPanel::firstInTabOrder() const { return m_addressEdit; }

QString HttpListenerPanel::snippet() const
{
    // A listener on every address is reached by an nginx on the same machine through the loopback.
    QString problem;
    const std::optional<ListenAddress> address = ListenAddress::read(m_address, problem);
    if (address && (address->host == QLatin1String("0.0.0.0") || address->host == QLatin1String("::"))) {
        return nginxSnippet(ListenAddress::text(
            address->host == QLatin1String("::") ? QStringLiteral("::1") : QStringLiteral("127.0.0.1"), address->port));
    }
    return nginxSnippet(m_address);
}

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
