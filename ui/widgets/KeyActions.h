// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAbstractItemView;
class QAction;
class QMenu;
class QPoint;
class QWidget;

namespace sluice::ui {

// What the console offers on one key wherever keys are listed: assign it a VIP tier, copy it, show its
// audit entries. The actions exist once per list; a context menu (right click, the menu key or Shift+F10
// on the current row) shows them for the key it was opened on. Copying is done here; the other two are
// requests the page passes on, since they open another page's dialog or list.
class KeyActions final : public QObject {
    Q_OBJECT

public:
    explicit KeyActions(QWidget* parent);

    QAction* assignVip() const { return m_assignVip; }
    QAction* copyKey() const { return m_copyKey; }
    QAction* showAudit() const { return m_showAudit; }
    // A menu of the three actions for whatever key the last menu was opened on, for a button of its own.
    QMenu* menu() const { return m_menu; }

    // Offers the actions on the rows of `view`; the key of a row is the data of its first column in `keyRole`.
    void attach(QAbstractItemView* view, int keyRole);
    // Offers them on `widget` for the key `keyOf()` returns then (nothing when it is empty).
    void attach(QWidget* widget, std::function<QString()> keyOf);
    // Sets the key the actions act on (a button's menu does this before it opens).
    void setKey(const QString& key);
    QString key() const { return m_key; }

signals:
    void assignVipRequested(const QString& key);
    void showAuditRequested(const QString& key);

private:
    void popup(const QString& key, const QPoint& globalPos);

    QAction* m_assignVip;
    QAction* m_copyKey;
    QAction* m_showAudit;
    QMenu* m_menu;
    QString m_key;
};

}  // namespace sluice::ui
