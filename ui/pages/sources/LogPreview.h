// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LogSourceSettings.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QThread;

namespace sluice::ui {

// One line of a log as the engine would take it: the request it becomes, or why it is refused.
struct PreviewLine {
    quint64 number = 0;
    QString time;  // the line's own time, in the reader's locale
    QString key;
    QString route;  // empty = the default policy
    int status = 0;
    QString rejection;  // empty when the line became a request
};

struct LogPreviewResult {
    QList<PreviewLine> lines;
    QString error;  // the settings or the file could not be used at all
};

// Reads the first lines of a log with the given settings exactly as a log source would (format, key,
// routes), without handing anything to the engine. Blocking: call it off the UI thread.
LogPreviewResult previewLog(const LogSourceSettings& settings, int maxLines);

// Works out previews on a thread of its own, one at a time: while one runs, only the newest request waits.
// The answer comes with `ready` on the owner's thread; the destructor waits for a preview in progress (it
// reads a few kilobytes at most).
class LogPreviewer final : public QObject {
    Q_OBJECT

public:
    static constexpr int kLines = 20;

    using QObject::QObject;
    ~LogPreviewer() override;

    void request(const LogSourceSettings& settings);

signals:
    void ready(const sluice::ui::LogPreviewResult& result);

private:
    void startNext();

    QThread* m_running = nullptr;
    std::optional<LogSourceSettings> m_waiting;
};

}  // namespace sluice::ui
