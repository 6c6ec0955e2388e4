// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineClient.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <utility>

namespace sluice::ui {

// The questions of one kind that a page has asked and still waits for, each with what the page needs to
// know to use its answer (`Context`). Answers to anything else (another page's question, one forgotten
// since) never reach the page.
template <typename Q, typename Context>
class OpenQuestions final {
public:
    using Answer = typename Q::Answer;
    using Handler = std::function<void(quint64 id, const Context& context, const Answer& answer)>;

    // `receiver` is the page: answers are handled on its thread, and no more once it is gone.
    OpenQuestions(EngineClient* engine, QObject* receiver, Handler onAnswer)
        : m_engine(engine), m_onAnswer(std::move(onAnswer))
    {
        m_connection = QObject::connect(engine, &EngineClient::answered, receiver,
                                        [this](quint64 id, const EngineAnswer& answer) { take(id, answer); });
    }
    ~OpenQuestions() { QObject::disconnect(m_connection); }
    OpenQuestions(const OpenQuestions&) = delete;
    OpenQuestions& operator=(const OpenQuestions&) = delete;

    quint64 ask(Q query, Context context)
    {
        const quint64 id = m_engine->ask(std::move(query));
        m_open.insert(id, std::move(context));
        return id;
    }
    // Answers still on their way are dropped when they arrive.
    void forget() { m_open.clear(); }
    bool empty() const { return m_open.isEmpty(); }

private:
    void take(quint64 id, const EngineAnswer& answer)
    {
        const Answer* typed = answerTo<Q>(answer);
        const auto it = m_open.find(id);
        if (typed == nullptr || it == m_open.end()) {
            return;
        }
        const Context context = it.value();
        m_open.erase(it);
        m_onAnswer(id, context, *typed);
    }

    EngineClient* m_engine;
    Handler m_onAnswer;
    QHash<quint64, Context> m_open;
    QMetaObject::Connection m_connection;
};

}  // namespace sluice::ui
