// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OpenQuestions.h"

#include <functional>
#include <utility>
#include <variant>

namespace sluice::ui {

// The latest question of one kind that a page asked. Asking again drops the answer to the earlier question
// if it is still on its way, so the page shows what it asked for last, never an older answer arriving late.
template <typename Q>
class LatestQuestion final {
public:
    using Answer = typename Q::Answer;

    LatestQuestion(EngineClient* engine, QObject* receiver, std::function<void(const Answer&)> onAnswer)
        : m_open(engine, receiver,
                 [onAnswer = std::move(onAnswer)](quint64, std::monostate, const Answer& answer) { onAnswer(answer); })
    {
    }

    void ask(Q query)
    {
        m_open.forget();
        m_open.ask(std::move(query), {});
    }
    // Whether the answer is still on its way.
    bool waiting() const { return !m_open.empty(); }

private:
    OpenQuestions<Q, std::monostate> m_open;
};

}  // namespace sluice::ui
