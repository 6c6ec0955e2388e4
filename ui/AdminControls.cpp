// SPDX-License-Identifier: Apache-2.0
#include "AdminControls.h"

#include "EngineClient.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace sluice::ui {

namespace {
// Puts the control back to disabled whenever its page enables it, e.g. once a row is selected.
class KeepDisabled final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::EnabledChange) {
            auto* widget = static_cast<QWidget*>(watched);
            if (widget->isEnabled()) {
                widget->setEnabled(false);
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

// Marks the control; in a read-only console also disables it with the reason. True when it was disabled.
template <typename Control>
bool markAndDisable(Control* control, const EngineClient& engine, const QString& reason)
{
    control->setProperty(kAdminControlProperty, true);
    if (!engine.readOnly()) {
        return false;
    }
    control->setEnabled(false);
    control->setToolTip(reason);
    return true;
}
}  // namespace

QString readOnlyExplanation()
{
    return QCoreApplication::translate(
        "AdminControls", "This console is read-only (--read-only or --watch): admin changes are turned off.");
}

void markAdminControl(QWidget* control, const EngineClient& engine, const QString& reason)
{
    if (markAndDisable(control, engine, reason)) {
        control->installEventFilter(new KeepDisabled(control));
    }
}

void markAdminControl(QAction* action, const EngineClient& engine, const QString& reason)
{
    if (!markAndDisable(action, engine, reason)) {
        return;
    }
    QObject::connect(action, &QAction::enabledChanged, action, [action](bool enabled) {
        if (enabled) {
            action->setEnabled(false);
        }
    });
}

}  // namespace sluice::ui
