// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace sluice::ui {

// Runs `work` on a thread of its own and `done` back on `context`'s thread: for a file read, parsed or written
// once (imports and exports), which must never hold up the UI thread.
template <typename Result>
void inBackground(QObject* context, std::function<void(Result&)> work, std::function<void(const Result&)> done)
{
    auto result = std::make_shared<Result>();
    QThread* thread = QThread::create([work, result] { work(*result); });
    QObject::connect(thread, &QThread::finished, context, [thread, result, done] {
        thread->deleteLater();
        done(*result);
    });
    thread->start();
}

}  // namespace sluice::ui
