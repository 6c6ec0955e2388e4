// SPDX-License-Identifier: Apache-2.0
// The admin API's fleet route: the engines this server knows of (its roster, read from Redis every second) with
// the fleet's totals, answered from memory.
#include "http/AdminApi.h"
#include "http/AdminReplies.h"
#include "http/FleetJson.h"

namespace sluice::engine::http {

void AdminApi::fleet(Responder& responder)
{
    if (!m_fleet) {
        responder.send(problem(503, "this server keeps no fleet roster"));
        return;
    }
    responder.send(jsonResponse(200, encodeFleetAnswer(fleetAnswerOf(m_fleet()))));
}

}  // namespace sluice::engine::http
