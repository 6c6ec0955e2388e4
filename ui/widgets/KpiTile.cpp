// SPDX-License-Identifier: Apache-2.0
#include "widgets/KpiTile.h"

#include "widgets/ElidedLabel.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace sluice::ui {

KpiTile::KpiTile(const QString& caption, QWidget* parent)
    : QFrame(parent), m_caption(new ElidedLabel(caption, this)), m_value(new ElidedLabel(QStringLiteral("–"), this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    setAccessibleName(caption);
    // Wide enough for the whole caption and a value of seven digits, whatever the value is now: a tile that
    // followed its value would make the rows of tiles re-flow as the figures change.
    const QMargins margins = layout->contentsMargins() + contentsMargins();
    const int value = QFontMetrics(big).horizontalAdvance(QStringLiteral("0,000,000"));
    setMinimumWidth(std::max(m_caption->sizeHint().width(), value) + margins.left() + margins.right());
}

void KpiTile::setValue(const QString& value)
{
    m_value->setFullText(value);
    setAccessibleDescription(tr("%1: %2").arg(m_caption->fullText(), value));
}

QString KpiTile::value() const { return m_value->fullText(); }

}  // namespace sluice::ui
