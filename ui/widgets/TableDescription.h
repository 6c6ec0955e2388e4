// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemView;
class QHeaderView;
class QWidget;

namespace sluice::ui {

// Keeps a table's accessible description current, so a screen reader can say what it shows now: how many
// rows ("1,234 keys") and in which order ("sorted by Score, descending", or a fixed order the page names).
// It follows the model (reset, rows in or out, layout) and the sort indicator, and builds the text only
// then: never per cell, never per snapshot that changes nothing but values.
class TableDescription final : public QObject {
    Q_OBJECT

public:
    // The number of rows in words, e.g. tr("%Ln key(s)", nullptr, rows).
    using CountText = std::function<QString(int rows)>;

    // Names `view`, describes it and keeps the description current; the helper is a child of the view, whose
    // model must be set first.
    // `fixedOrder` is said when the view cannot be sorted by the user (e.g. "newest first").
    static TableDescription* attach(QAbstractItemView* view, const QString& name, CountText count,
                                    const QString& fixedOrder = {});

    // For a count that comes from elsewhere than rowCount() (a total the model learns with its answer).
    void update();

private:
    TableDescription(QAbstractItemView* view, CountText count, QString fixedOrder);
    static QHeaderView* header(QAbstractItemView* view);
    QString orderText(QAbstractItemView* view) const;

    // The view, kept as a QWidget: a view's own children (a tree widget's model) are deleted in ~QWidget and
    // may signal then, when the object is a QWidget and no longer an item view; update() checks which.
    QWidget* m_widget;
    CountText m_count;
    QString m_fixedOrder;
};

}  // namespace sluice::ui
