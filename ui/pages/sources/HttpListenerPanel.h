// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/sources/ApiTokenList.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace sluice::ui {

class EngineClient;

// The console's check API as the Sources page shows it: the address to listen on with Start and Stop, whether
// it listens (or why not), the tokens that may call it (names, scopes, when made; read from the database off
// the UI thread), and the nginx lines that put it in front of a site, to copy. The engine client starts and
// stops the listener off the UI thread and reports back (EngineClient::httpListenerChanged).
class HttpListenerPanel final : public QWidget {
    Q_OBJECT

public:
    static constexpr const char* kDefaultAddress = "127.0.0.1:9090";

    explicit HttpListenerPanel(EngineClient* engine, QWidget* parent = nullptr);

    // Reads the token list again (answered later).
    void refreshTokens();
    QString snippet() const;
    QWidget* firstInTabOrder() const;
    // The controls a read-only console turns off (the page declares them).
    QList<QWidget*> adminControls() const;

private:
    void showState();
    void startOrStop();
    void showTokens(const ApiTokenAnswer& answer);

    EngineClient* m_engine;
    ApiTokenList* m_tokens;
    QLineEdit* m_addressEdit;
    QPushButton* m_startStop;
    QLabel* m_status;
    QTableWidget* m_tokenTable;
    QLabel* m_tokenNote;
    QPlainTextEdit* m_snippet;
    QPushButton* m_copy;
    QString m_address;
};

}  // namespace sluice::ui
