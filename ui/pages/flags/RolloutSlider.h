// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSlider>

namespace sluice::ui {

// A flag's rollout, 0..100 %. Moving it only shows the new value; the value is applied once the hand lets go:
// the mouse button is released, the arrow or page key is released, or Enter is pressed. A person holding an
// arrow key thus sends one change, not one per step. The wheel is left to the list around it, so scrolling
// the page never changes a rollout.
class RolloutSlider final : public QSlider {
    Q_OBJECT

public:
    explicit RolloutSlider(QWidget* parent = nullptr);

    // The value the engine has; shown unless the slider is being moved.
    void setApplied(int percent);
    int applied() const { return m_applied; }
    // Back to the applied value (a change that was not confirmed, or that the engine refused).
    void revert();
    // The engine took the value let go of: from now on the slider shows what the engine has, even if that is
    // no longer the same (a plan stepped meanwhile).
    void settle() { m_holding = false; }
    // Whether a person is moving it or the value let go of is not applied yet (what the engine says must not
    // jump it back meanwhile).
    bool moving() const { return isSliderDown() || m_keyHeld || m_holding; }

signals:
    // The person let go at `percent`, which differs from the applied value; it stays shown until the engine
    // applies it or revert() is called.
    void released(int percent);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void letGo();

    int m_applied = 0;
    bool m_keyHeld = false;
    bool m_holding = false;
    int m_released = 0;
};

}  // namespace sluice::ui
