// SPDX-License-Identifier: Apache-2.0
#include "fleet/FleetFeed.h"

#include "fleet/FleetClient.h"
#include "secrets/Keychain.h"

#include <QDateTime>

#include <algorithm>

#include <utility>

namespace sluice::ui {

FleetFeed::FleetFeed(const QString& keychainService, QObject* parent) : QObject(parent), m_client(new FleetClient(this))
{
    if (!keychainService.isEmpty()) {
        m_keychain = new Keychain(keychainService, Keychain::kDeadline, this);
    }
    connect(&m_poll, &QTimer::timeout, m_client, &FleetClient::poll);
    connect(m_client, &FleetClient::answered, this, &FleetFeed::heard);
    connect(m_client, &FleetClient::failed, this, [this](const QString& reason) {
        m_failing = true;
        emit failed(reason);
        emit changed();
    });
}

bool FleetFeed::attached() const { return m_client->attached(); }

QUrl FleetFeed::server() const { return m_client->server(); }

void FleetFeed::restore()
{
    if (std::exchange(m_restored, true) || m_keychain == nullptr) {
        return;
    }
    const quint64 generation = m_generation;
    m_keychain->read(QString::fromLatin1(kServerKey), [this, generation](const Keychain::Outcome& server) {
        if (generation != m_generation || server.missing || !server.error.isEmpty() || server.text.isEmpty()) {
            return;  // attached or forgotten by hand meanwhile, or never attached: nothing to attach to
        }
        emit restoring(server.text, {});
        m_keychain->read(QString::fromLatin1(kTokenKey), [this, generation,
                                                          address = server.text](const Keychain::Outcome& token) {
            if (generation != m_generation) {
                return;  // what the user did meanwhile wins
            }
            if (!token.error.isEmpty() || token.missing) {
                m_keychainProblem = token.missing ? tr("No token for %1 in the keychain: give it again.").arg(address)
                                                  : tr("The keychain could not give the token: %1").arg(token.error);
                emit problem(m_keychainProblem);
                return;
            }
            QString error;
            const QUrl url = FleetClient::serverUrl(address, error);
            if (!url.isValid()) {
                m_keychainProblem = error;
                emit problem(error);
                return;
            }
            emit restoring(address, token.text);
            m_client->setServer(url, token.text.toUtf8());
            emit attachedChanged();
            schedule();
            m_client->poll();
        });
    });
}

void FleetFeed::attach(const QUrl& server, const QByteArray& token)
{
    ++m_generation;
    if (server != m_client->server()) {
        forgetHeard();  // another fleet: nothing of the one before stays
    }
    m_restored = true;  // what the keychain holds is about to be this
    m_failing = false;
    m_client->setServer(server, token);
    m_keychainProblem.clear();
    emit attachedChanged();
    schedule();
    m_client->poll();
    if (m_keychain == nullptr) {
        return;
    }
    const auto kept = [this, generation = m_generation](const Keychain::Outcome& outcome) {
        if (!outcome.error.isEmpty() && generation == m_generation) {
            m_keychainProblem =
                tr("Attached for this session only: the keychain could not keep the token (%1).").arg(outcome.error);
            emit problem(m_keychainProblem);
        }
    };
    m_keychain->write(QString::fromLatin1(kServerKey), server.toString(), kept);
    m_keychain->write(QString::fromLatin1(kTokenKey), QString::fromUtf8(token), kept);
}

void FleetFeed::detach()
{
    ++m_generation;
    m_restored = true;
    m_client->setServer({}, {});
    forgetHeard();
    m_keychainProblem.clear();
    if (m_keychain != nullptr) {
        m_keychain->remove(QString::fromLatin1(kServerKey), [](const Keychain::Outcome&) {});
        m_keychain->remove(QString::fromLatin1(kTokenKey), [](const Keychain::Outcome&) {});
    }
    emit attachedChanged();
    schedule();
}

void FleetFeed::watch(const QObject* viewer, bool on)
{
    if (on) {
        m_viewers.insert(viewer);
    } else {
        m_viewers.remove(viewer);
    }
    const bool was = m_poll.isActive() && m_poll.interval() == kPollMs;
    schedule();
    if (!was && m_poll.isActive() && m_poll.interval() == kPollMs) {
        m_client->poll();  // now, not a second later
    }
}

void FleetFeed::schedule()
{
    int every = 0;
    if (!m_viewers.isEmpty()) {
        every = kPollMs;
    } else if (attached() && !m_latest) {
        every = kRetryMs;
    }
    if (every == 0) {
        m_poll.stop();
    } else if (!m_poll.isActive() || m_poll.interval() != every) {
        m_poll.start(every);
    }
}

const FleetFeed::Heard& FleetFeed::heardOf(const QString& engineId) const
{
    if (engineId.isEmpty()) {
        return m_fleet;
    }
    static const Heard none;
    const auto it = m_engines.constFind(engineId);
    return it == m_engines.cend() ? none : *it;
}

const FleetHistory& FleetFeed::history(const QString& engineId) const { return heardOf(engineId).rates; }

const std::vector<engine::ThrottleSample>& FleetFeed::throttle(const QString& engineId) const
{
    return heardOf(engineId).throttle.samples();
}

namespace {
// An engine's throttle as a timeline sample: a signal it does not measure reads 0, as the engine's own timeline has it.
engine::ThrottleSample throttleSampleOf(const engine::EngineSummary& s)
{
    engine::ThrottleSample out;
    if (!engine::parseThrottleLevel(s.throttle, out.level)) {
        out.level = engine::ThrottleLevel::None;
    }
    out.load.cpuPercent = std::max(0.0, s.cpuPercent);
    out.load.memoryPercent = std::max(0.0, s.memoryPercent);
    out.load.concurrency = std::max(0.0, s.concurrency);
    return out;
}
}  // namespace

void FleetFeed::heard(const engine::http::FleetAnswer& answer)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_fleet.rates.add(now, answer.decisionsPerSec, answer.deniedPerSec, answer.deniedByTierPerSec);
    engine::ThrottleSample fleet;
    QHash<QString, Heard> engines;
    for (const engine::FleetEntry& e : answer.engines) {
        const QString id = QString::fromStdString(e.summary.id);
        Heard heard = m_engines.take(id);
        if (!e.silent) {  // a silent engine's figures are its last ones, not the present's; what was heard stays
            const engine::ThrottleSample sample = throttleSampleOf(e.summary);
            heard.rates.add(now, e.summary.decisionsPerSec, e.summary.deniedPerSec, e.summary.deniedByTierPerSec);
            heard.throttle.add(now, sample);
            fleet.level = std::max(fleet.level, sample.level);
            fleet.load.cpuPercent = std::max(fleet.load.cpuPercent, sample.load.cpuPercent);
            fleet.load.memoryPercent = std::max(fleet.load.memoryPercent, sample.load.memoryPercent);
            fleet.load.concurrency += sample.load.concurrency;
        }
        engines.insert(id, std::move(heard));  // engines no longer in the answer are forgotten
    }
    m_fleet.throttle.add(now, fleet);
    m_engines = std::move(engines);
    m_latest = answer;
    m_failing = false;
    schedule();  // answered at last: no more retries unless someone watches
    emit answered(answer);
    emit changed();
}

void FleetFeed::forgetHeard()
{
    m_latest.reset();
    m_failing = false;
    m_fleet = {};
    m_engines.clear();
}

}  // namespace sluice::ui
