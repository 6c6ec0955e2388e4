// SPDX-License-Identifier: Apache-2.0
#include "EngineAnswers.h"

#include "shard/EngineShards.h"

#include <type_traits>

namespace sluice::app {

// One handler per question in ui/EngineQueries.h. A question without one does not compile.
namespace {
engine::KeyPage answer(const engine::EngineShards& e, const ui::KeyPageQuery& q) { return e.queryKeys(q.query); }

ui::KeyDetail answer(const engine::EngineShards& e, const ui::KeyDetailQuery& q)
{
    ui::KeyDetail detail;
    if (auto view = e.inspect(q.key, q.route)) {
        detail.found = true;
        detail.view = *view;
    } else {
        detail.view.key = q.key;
        detail.view.limit = e.limitFor(q.key, q.route);
        detail.view.routes = {engine::RouteLimit{std::string(), e.limitFor(q.key)}};
    }
    return detail;
}

engine::VipPage answer(const engine::EngineShards& e, const ui::VipPageQuery& q) { return e.queryVip(q.query); }

std::vector<engine::store::VipAssignment> answer(const engine::EngineShards& e, const ui::VipAssignmentsQuery&)
{
    return e.vipAssignments();
}

engine::VipSetup answer(const engine::EngineShards& e, const ui::VipSetupQuery&)
{
    engine::VipSetup setup{{}, e.vipAssignments()};
    // A removed tier leaves its slot in the catalog, nameless: it is no tier to hand on.
    for (const engine::VipTier& tier : e.vipCatalog().tiers()) {
        if (!tier.name.empty()) {
            setup.tiers.push_back(tier);
        }
    }
    return setup;
}

engine::AnomalyConfig answer(const engine::EngineShards& e, const ui::AnomalyConfigQuery&)
{
    return e.config().anomaly;
}

engine::NotifyConfig answer(const engine::EngineShards& e, const ui::NotifyConfigQuery&) { return e.config().notify; }

engine::EngineConfig answer(const engine::EngineShards& e, const ui::EngineConfigQuery&) { return e.config(); }

engine::flags::FlagSet answer(const engine::EngineShards& e, const ui::FlagSetQuery&) { return e.flagSet(); }

engine::FlagPreview answer(const engine::EngineShards& e, const ui::FlagPreviewQuery& q)
{
    return e.previewFlag(q.flag);
}
}  // namespace

ui::EngineAnswer answerOnEngine(const engine::EngineShards& engine, const ui::EngineQuery& query)
{
    return std::visit(
        [&engine](const auto& q) -> ui::EngineAnswer {
            using Q = std::decay_t<decltype(q)>;
            static_assert(std::is_same_v<decltype(answer(engine, q)), typename Q::Answer>,
                          "a question's handler returns the answer type the question names");
            return ui::AnswerTo<Q>{answer(engine, q)};
        },
        query);
}

ui::EngineAnswer emptyAnswer(const ui::EngineQuery& query)
{
    return std::visit(
        [](const auto& q) -> ui::EngineAnswer {
            using Q = std::decay_t<decltype(q)>;
            return ui::AnswerTo<Q>{};
        },
        query);
}

}  // namespace sluice::app
