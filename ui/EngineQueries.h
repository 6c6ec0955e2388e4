// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/AnomalyConfig.h"
#include "config/EngineConfig.h"
#include "config/NotifyConfig.h"
#include "flags/FlagModel.h"
#include "query/FlagPreview.h"
#include "query/KeyQuery.h"
#include "query/KeyView.h"
#include "store/StoreTypes.h"
#include "vip/VipQuery.h"
#include "vip/VipSetup.h"

#include <QMetaType>

#include <string>
#include <variant>
#include <vector>

namespace sluice::ui {

// A key looked up for the detail pane; `found` is false for a key the engine does not know.
struct KeyDetail {
    bool found = false;
    engine::KeyView view;
};

// The questions the pages may ask of the engine, each naming the type of its answer. The engine side
// answers each one in a handler of its own (app/EngineAnswers.cpp); EngineClient carries every question
// and every answer through one entry point and one signal, so a new question changes neither. A new
// question is one struct here, one entry in EngineQueries below and one handler.

// One page of the active keys.
struct KeyPageQuery {
    using Answer = engine::KeyPage;
    engine::KeyQuery query;
};

// One key's state and its limit on `route`, or the limit it would get if it is not known; with the limits
// on the routes the key sends to.
struct KeyDetailQuery {
    using Answer = KeyDetail;
    std::string key;
    std::string route{};  // empty: the default route
};

// One page of VIP assignments with the tier catalog.
struct VipPageQuery {
    using Answer = engine::VipPage;
    engine::VipQuery query;
};

// Every VIP assignment, for an export.
struct VipAssignmentsQuery {
    using Answer = std::vector<engine::store::VipAssignment>;
};

// The VIP tier catalog and every assignment: what-if hands them to its engines.
struct VipSetupQuery {
    using Answer = engine::VipSetup;
};

// The anomaly detection settings in force, for the settings dialog to start from.
struct AnomalyConfigQuery {
    using Answer = engine::AnomalyConfig;
};

// The whole engine configuration in force: what-if's configuration A, and the start of B.
struct EngineConfigQuery {
    using Answer = engine::EngineConfig;
};

// The notification setting in force (channels and delivery), for the channel settings to start from.
struct NotifyConfigQuery {
    using Answer = engine::NotifyConfig;
};

// Every flag and segment in force, for the Flags page's editor and its export.
struct FlagSetQuery {
    using Answer = engine::flags::FlagSet;
};

// A flag as the editor has it now, evaluated over the keys the engine knows: the editor's live preview.
struct FlagPreviewQuery {
    using Answer = engine::FlagPreview;
    engine::flags::FeatureFlag flag;
};

// The answer to a question of type Q, tagged with it so that two questions may share an answer type.
template <typename Q>
struct AnswerTo {
    typename Q::Answer value;
};

template <typename... Queries>
struct QueryCatalog {
    using Query = std::variant<Queries...>;
    using Answer = std::variant<AnswerTo<Queries>...>;
};

using EngineQueries = QueryCatalog<KeyPageQuery, KeyDetailQuery, VipPageQuery, VipAssignmentsQuery, AnomalyConfigQuery,
                                   NotifyConfigQuery, FlagSetQuery, FlagPreviewQuery, EngineConfigQuery, VipSetupQuery>;
using EngineQuery = EngineQueries::Query;
using EngineAnswer = EngineQueries::Answer;

// The answer if it is one to a question of type Q, else null.
template <typename Q>
const typename Q::Answer* answerTo(const EngineAnswer& answer)
{
    const auto* tagged = std::get_if<AnswerTo<Q>>(&answer);
    return tagged != nullptr ? &tagged->value : nullptr;
}
template <typename Q>
const typename Q::Answer* answerTo(const EngineAnswer&& answer) = delete;  // would point into a temporary

}  // namespace sluice::ui

Q_DECLARE_METATYPE(sluice::ui::EngineAnswer)
