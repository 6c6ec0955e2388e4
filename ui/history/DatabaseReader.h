// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/ReadOnlyConnection.h"

#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <utility>

namespace sluice::ui {

// Reads the engine's database on a thread of its own, through a read-only connection that lives and dies
// on that thread, and hands each answer back on the thread that owns the reader (the UI thread). A slow
// query never holds up the window; an answer still on its way when the reader goes away is dropped.
class DatabaseReader final : public QObject {
public:
    // An empty path means nothing is persisted: hasDatabase() is false and read() must not be called.
    DatabaseReader(const QString& databasePath, const QString& threadName, QObject* parent = nullptr);
    ~DatabaseReader() override;  // waits for the read in progress, then stops the thread

    bool hasDatabase() const { return m_context != nullptr; }

    // Runs `query` on the reader's thread, in the order of the calls, and `answer` with its result here.
    template <typename Result>
    void read(std::function<Result(ReadOnlyConnection&)> query, std::function<void(const Result&)> answer)
    {
        QMetaObject::invokeMethod(
            m_context,
            [this, context = m_context, query = std::move(query), answer = std::move(answer)] {
                Result result = query(context->connection);
                QMetaObject::invokeMethod(
                    this, [answer, result = std::move(result)] { answer(result); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    // Lives on m_thread; deleted there when the thread finishes, so the connection closes where it opened.
    struct Context final : QObject {
        explicit Context(const QString& databasePath) : connection(databasePath, this) {}
        ReadOnlyConnection connection;
    };

    QThread m_thread;
    Context* m_context = nullptr;
};

}  // namespace sluice::ui
