// SPDX-License-Identifier: Apache-2.0
// Scores a fleet shares: between batches the runtime hands the engine's changes and reads to the fleet and brings
// the fleet's answers back. The score applied is what the decisions after it meet.
#include "decision/Engine.h"

namespace sluice::engine {

void Engine::takeScoreShare(std::vector<ScoreChange>& changes, std::vector<ScoreRead>& reads, double share, TimeNs now)
{
    m_reputation.sweepReads(m_keys, share);
    m_reputation.takeShare(m_keys, changes, reads, now);
}

void Engine::applyFleetScores(std::span<const FleetScore> answers, TimeNs now)
{
    // Decay is applied before the fleet's score is set over it, and a window that ended is assessed (one waiting
    // for its pass goes to the fleet as a change later either way: with scores shared it moves no score here).
    tick(now);
    for (const FleetScore& answer : answers) {
        m_reputation.applyFleetScore(m_keys, m_events, answer, now);
    }
}

}  // namespace sluice::engine
