// SPDX-License-Identifier: Apache-2.0
#include "widgets/KeyActions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>

namespace sluice::ui {

namespace {
bool isMenuKey(const QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return false;
    }
    const auto* key = static_cast<const QKeyEvent*>(event);
    return key->key() == Qt::Key_Menu || (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier);
}

// Turns a context menu request on a widget (mouse or keyboard) into a call with where it was asked for. Some
// platforms send both a key press and a context menu event for the menu key; the menu already open then
// takes the second one.
class MenuRequests final : public QObject {
public:
    using Handler = std::function<void(const QContextMenuEvent* mouse)>;  // null: asked from the keyboard
    MenuRequests(QObject* parent, Handler handler) : QObject(parent), m_handler(std::move(handler)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ContextMenu) {
            const auto* request = static_cast<QContextMenuEvent*>(event);
            m_handler(request->reason() == QContextMenuEvent::Mouse ? request : nullptr);
            return true;
        }
        if (isMenuKey(event)) {
            m_handler(nullptr);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    Handler m_handler;
};
}  // namespace

KeyActions::KeyActions(QWidget* parent)
    : QObject(parent), m_assignVip(new QAction(tr("Assign VIP…"), this)), m_copyKey(new QAction(tr("Copy key"), this)),
      m_showAudit(new QAction(tr("Show audit entries"), this)), m_menu(new QMenu(parent))
{
    m_assignVip->setObjectName(QStringLiteral("keyAssignVipAction"));
    m_copyKey->setObjectName(QStringLiteral("keyCopyAction"));
    m_showAudit->setObjectName(QStringLiteral("keyAuditAction"));
    m_menu->setObjectName(QStringLiteral("keyActionsMenu"));
    m_menu->menuAction()->setObjectName(QStringLiteral("keyActionsMenuAction"));
    m_menu->addAction(m_assignVip);
    m_menu->addAction(m_copyKey);
    m_menu->addAction(m_showAudit);
    connect(m_assignVip, &QAction::triggered, this, [this] { emit assignVipRequested(m_key); });
    connect(m_copyKey, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(m_key); });
    connect(m_showAudit, &QAction::triggered, this, [this] { emit showAuditRequested(m_key); });
}

void KeyActions::setKey(const QString& key) { m_key = key; }

void KeyActions::attach(QAbstractItemView* view, int keyRole)
{
    auto* requests = new MenuRequests(view, [this, view, keyRole](const QContextMenuEvent* mouse) {
        QModelIndex index = view->currentIndex();
        QPoint at;
        if (mouse != nullptr) {
            index = view->indexAt(mouse->pos());
            at = mouse->globalPos();
            if (index.isValid()) {
                view->setCurrentIndex(index);
            }
        } else {
            const QRect cell = view->visualRect(index);
            at = view->viewport()->mapToGlobal(cell.isValid() ? cell.center() : QPoint());
        }
        if (index.isValid()) {
            popup(index.siblingAtColumn(0).data(keyRole).toString(), at);
        }
    });
    view->installEventFilter(requests);
    view->viewport()->installEventFilter(requests);
}

void KeyActions::attach(QWidget* widget, std::function<QString()> keyOf)
{
    widget->installEventFilter(new MenuRequests(widget, [this, widget, keyOf](const QContextMenuEvent* mouse) {
        popup(keyOf(), mouse != nullptr ? mouse->globalPos() : widget->mapToGlobal(widget->rect().center()));
    }));
}

void KeyActions::popup(const QString& key, const QPoint& globalPos)
{
    if (key.isEmpty() || m_menu->isVisible()) {
        return;
    }
    m_key = key;
    m_menu->popup(globalPos);
}

}  // namespace sluice::ui
