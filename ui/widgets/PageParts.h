// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QComboBox;
class QLabel;
class QSplitter;
class QTableView;
class QWidget;

namespace sluice::ui {

// A bold label above a chart or a table, the same on every page.
QLabel* sectionHeading(QWidget* parent, const QString& text = {});

// A read-only list of rows: whole-row selection, alternating rows instead of grid lines (they guide the eye;
// grid lines only add ink), one line per row at a fixed height, no row numbers. Tab leaves it (arrows move
// within): walking every cell of a long list with Tab would trap the keyboard in it.
void setUpListTable(QTableView* table);

// Keeps each pane of `splitter` at least as wide as its content needs as that content changes (a pane filled
// after it was shown grows its minimum, and QSplitter by itself would leave it cut until the next resize).
void followPaneMinimums(QSplitter* splitter);

// `column` of `table` takes the width the other columns leave, but never less than `floorWidth`: a stretched
// column alone would shrink to a few pixels in a narrow window and show every key as "bot-1…". Below the
// floor the table scrolls sideways instead.
void stretchColumnWithFloor(QTableView* table, int column, int floorWidth);

// The time filter of a history list: any time, the last hour, 24 hours, 7 or 30 days; each item's data is the
// span in seconds, 0 for any time.
void addPeriodChoices(QComboBox* combo);

}  // namespace sluice::ui
