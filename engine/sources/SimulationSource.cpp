// SPDX-License-Identifier: Apache-2.0
#include "sources/SimulationSource.h"

#include "core/Overloaded.h"
#include "runtime/EngineRuntime.h"
#include "sim/ModelledLoadSource.h"
#include "sim/ScenarioLoader.h"

#include <utility>

namespace sluice::engine {

SimulationSource::SimulationSource(EngineRuntime& runtime, ManualClock& virtualClock, Options options,
                                   PacingClock& pacing)
    : m_runtime(runtime), m_virtualClock(virtualClock), m_pacing(pacing), m_options(options)
{
}

SimulationSource::~SimulationSource() = default;

SourceState SimulationSource::idleState(std::string scenario, double speed)
{
    SourceState state;
    state.id = kId;
    state.kind = SourceKind::Simulation;
    state.name = std::move(scenario);
    state.speed = speed;
    state.choices = sim::builtinScenarioNames();
    return state;
}

SourceState SimulationSource::state() const
{
    std::lock_guard lock(m_mutex);
    SourceState state = idleState(m_scenario, m_options.speed);
    state.requests = m_requestsBefore;
    if (m_driver) {
        state.running = !m_driver->finished();
        state.paused = m_driver->paused();
        state.lagNs = m_driver->lag();
        state.requests += m_driver->handedOver();
        state.virtualNow = m_driver->virtualNow();
    }
    return state;
}

std::optional<std::string> SimulationSource::control(const SourceControl& control)
{
    return std::visit(Overloaded{
                          [this](const control::SetPaused& c) -> std::optional<std::string> {
                              std::lock_guard lock(m_mutex);
                              if (m_driver) {
                                  m_driver->setPaused(c.paused);
                              }
                              return std::nullopt;
                          },
                          [this](const control::SetSpeed& c) -> std::optional<std::string> {
                              std::lock_guard lock(m_mutex);
                              m_options.speed = c.speed;
                              if (m_driver) {
                                  m_driver->setSpeed(c.speed);
                              }
                              return std::nullopt;
                          },
                          [this](const control::Choose& c) { return choose(c.choice); },
                      },
                      control);
}

const SimulationDriver* SimulationSource::driver() const
{
    std::lock_guard lock(m_mutex);
    return m_driver.get();
}

std::optional<std::string> SimulationSource::choose(const std::string& name)
{
    std::lock_guard lock(m_mutex);
    if (m_driver && name == m_scenario) {
        return std::nullopt;
    }
    sim::Scenario scenario;
    std::string problem;
    if (!sim::loadScenario(name, scenario, problem)) {
        return problem;
    }
    // A new scenario picks up where virtual time is: keys and their reputations carry on.
    const TimeNs from = m_driver ? m_driver->virtualNow() : m_virtualClock.now();
    const bool paused = m_driver && m_driver->paused();
    if (m_driver) {
        m_requestsBefore += m_driver->handedOver();
        m_driver.reset();
    }
    scenario.startUnixS = from / kNsPerSec;
    m_driver = std::make_unique<SimulationDriver>(m_runtime, m_virtualClock, scenario, m_options.seed,
                                                  m_options.duration, m_pacing);
    m_runtime.replaceLoadSource(std::make_unique<sim::ModelledLoadSource>(scenario.backend));
    m_driver->setSpeed(m_options.speed);
    m_driver->setPaused(paused);
    m_driver->start();
    m_scenario = name;
    return std::nullopt;
}

}  // namespace sluice::engine
