// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QLabel;
class QTableView;
class QWidget;

namespace sluice::ui {

// A bold label above a chart or a table, the same on every page.
QLabel* sectionHeading(QWidget* parent, const QString& text = {});

// A read-only list of rows: whole-row selection, alternating rows instead of grid lines (they guide the eye;
// grid lines only add ink), one line per row at a fixed height, no row numbers. Tab leaves it (arrows move
// within): walking every cell of a long list with Tab would trap the keyboard in it.
void setUpListTable(QTableView* table);

}  // namespace sluice::ui
