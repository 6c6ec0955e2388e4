// SPDX-License-Identifier: Apache-2.0
#include "RolloutSlider.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace sluice::ui {

namespace {
bool movesTheSlider(int key)
{
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        return true;
    default:
        return false;
    }
}
}  // namespace

RolloutSlider::RolloutSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent)
{
    setRange(0, 100);
    setSingleStep(1);
    setPageStep(10);
    setFocusPolicy(Qt::StrongFocus);
}

void RolloutSlider::setApplied(int percent)
{
    m_applied = percent;
    if (m_holding && percent == value()) {
        m_holding = false;  // the engine has what was let go of
    }
    if (!moving()) {
        setValue(percent);
    }
}

void RolloutSlider::revert()
{
    m_holding = false;
    setValue(m_applied);
}

void RolloutSlider::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        m_keyHeld = false;
        letGo();
        event->accept();
        return;
    }
    if (movesTheSlider(event->key())) {
        m_keyHeld = true;
    }
    QSlider::keyPressEvent(event);
}

void RolloutSlider::keyReleaseEvent(QKeyEvent* event)
{
    if (movesTheSlider(event->key()) && !event->isAutoRepeat()) {
        m_keyHeld = false;
        letGo();
    }
    QSlider::keyReleaseEvent(event);
}

void RolloutSlider::mouseReleaseEvent(QMouseEvent* event)
{
    QSlider::mouseReleaseEvent(event);
    letGo();  // a click on the groove moves by a page without ever pressing the handle
}

void RolloutSlider::wheelEvent(QWheelEvent* event) { event->ignore(); }

void RolloutSlider::letGo()
{
    if (isSliderDown() || value() == m_applied || (m_holding && value() == m_released)) {
        return;  // still moving, or nothing new to apply
    }
    m_holding = true;
    m_released = value();
    emit released(m_released);
}

}  // namespace sluice::ui
