// SPDX-License-Identifier: Apache-2.0
#include "widgets/ElidedLabel.h"

#include <QEvent>

namespace sluice::ui {

namespace {
constexpr int kShortestChars = 6;  // "Anfra…" still says what the label is about
}

ElidedLabel::ElidedLabel(const QString& text, QWidget* parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setFullText(text);
}

void ElidedLabel::setFullText(const QString& text)
{
    if (text == m_fullText && !text.isEmpty()) {
        return;
    }
    m_fullText = text;
    updateGeometry();
    elide();
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const QMargins m = contentsMargins();
    return {fm.horizontalAdvance(m_fullText) + 2 * margin() + m.left() + m.right(),
            fm.height() + 2 * margin() + m.top() + m.bottom()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const QString shortest =
        m_fullText.size() > kShortestChars ? m_fullText.left(kShortestChars) + QChar(u'…') : m_fullText;
    const QMargins m = contentsMargins();
    return {fm.horizontalAdvance(shortest) + 2 * margin() + m.left() + m.right(), sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        elide();
    }
}

void ElidedLabel::elide()
{
    const int room = contentsRect().width() - 2 * margin();
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, std::max(0, room));
    if (shown != text()) {
        QLabel::setText(shown);
    }
    setToolTip(shown == m_fullText ? QString() : m_fullText);
}

}  // namespace sluice::ui
