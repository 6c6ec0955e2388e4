// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QTextBrowser;

namespace sluice::ui {

// Help > User guide (F1): the guide that ships inside the binary (docs/user-guide.md, and its translations in
// resources/help/), rendered from its Markdown in the language of the interface, so it is there without a
// browser or network and always matches the version running.
class UserGuideDialog final : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

}  // namespace sluice::ui
