// SPDX-License-Identifier: Apache-2.0
#include "widgets/KpiTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sluice::ui {

KpiTile::KpiTile(const QString& caption, QWidget* parent)
    : QFrame(parent), m_caption(new QLabel(caption, this)), m_value(new QLabel(QStringLiteral("–"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(150);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    setAccessibleName(caption);
}

void KpiTile::setValue(const QString& value)
{
    m_value->setText(value);
    setAccessibleDescription(tr("%1: %2").arg(m_caption->text(), value));
}

QString KpiTile::value() const { return m_value->text(); }

}  // namespace sluice::ui
