// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/sources/ApiTokenList.h"
#include "traffic/SourceState.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace sluice::ui {

// The check API as the Sources page shows it: where it listens and whether it runs, the tokens that may
// call it (names, scopes, when made; read from the database off the UI thread), and the nginx lines that
// put it in front of a site, to copy.
class HttpListenerPanel final : public QWidget {
    Q_OBJECT

public:
    static constexpr const char* kDefaultAddress = "127.0.0.1:9090";

    HttpListenerPanel(const QString& databasePath, QWidget* parent = nullptr);

    // The listener among the sources, if the engine has one.
    void showListener(const std::optional<engine::SourceState>& listener);
    // Reads the token list again (answered later).
    void refreshTokens();
    QString snippet() const;
    QWidget* firstInTabOrder() const;

private:
    void showTokens(const ApiTokenAnswer& answer);

    ApiTokenList* m_tokens;
    QLabel* m_status;
    QTableWidget* m_tokenTable;
    QLabel* m_tokenNote;
    QPlainTextEdit* m_snippet;
    QPushButton* m_copy;
    QString m_address;
};

}  // namespace sluice::ui
