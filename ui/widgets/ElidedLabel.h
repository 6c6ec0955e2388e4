// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>

namespace sluice::ui {

// One line of plain text that gives way when space is short: it shows as much as fits, ends with "…" and then
// carries the whole text in its tooltip. It asks for its whole width, but accepts a few characters' worth.
class ElidedLabel final : public QLabel {
    Q_OBJECT

public:
    explicit ElidedLabel(const QString& text = {}, QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void elide();

    QString m_fullText;
};

}  // namespace sluice::ui
