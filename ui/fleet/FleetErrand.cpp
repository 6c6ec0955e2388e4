// SPDX-License-Identifier: Apache-2.0
#include "fleet/FleetErrand.h"

#include "fleet/FleetClient.h"
#include "fleet/FleetFeed.h"

#include "redis/FleetChange.h"

#include <QJsonObject>
#include <QLabel>
#include <QUrl>

namespace sluice::ui {

FleetErrand::FleetErrand(FleetFeed* feed, QLabel* status, QObject* parent)
    : QObject(parent), m_feed(feed), m_status(status)
{
    connect(m_feed, &FleetFeed::answered, this, &FleetErrand::follow);
}

void FleetErrand::ask(const QString& engine, const QByteArray& method, const QString& path, const QByteArray& body,
                      const QString& what, Done done)
{
    const quint64 generation = ++m_generation;
    m_engine = engine;
    m_what = what;
    m_done = std::move(done);
    m_changeId.clear();
    m_busy = true;
    m_taken = false;
    m_missing = 0;
    m_sinceTaken = 0;
    say(tr("%1 on %2: asking…").arg(what, engine), false);
    const QString query = QStringLiteral("engine=") + QString::fromLatin1(QUrl::toPercentEncoding(engine));
    m_feed->client()->sendChange(method, path, query, body, this,
                                 [this, generation](const QJsonObject& answer, const QString& problem) {
                                     if (generation == m_generation) {  // not forgotten, and no errand since
                                         answered(answer, problem);
                                     }
                                 });
}

void FleetErrand::answered(const QJsonObject& answer, const QString& problem)
{
    if (!problem.isEmpty()) {
        settle(tr("%1 on %2: not done. %3").arg(m_what, m_engine, problem), true);
        return;
    }
    const QString change = answer.value(QLatin1String("fleet_change")).toString();
    if (!change.isEmpty()) {
        m_changeId = change;
        say(tr("%1 on %2: passed on through the fleet; waiting for %2 to do it…").arg(m_what, m_engine), false);
        m_feed->client()->poll();
        return;
    }
    // Made by the attached server itself: right when it is the engine asked. A server that does not know the
    // `engine` parameter made it on its own alert or notification of the same id.
    const QString madeBy = answer.value(QLatin1String("engine")).toString();
    if (madeBy == m_engine) {
        settle(tr("%1 on %2: done.").arg(m_what, m_engine), false);
    } else {
        settle(tr("%1 on %2: the server at %3 did it itself rather than pass it on: it may be a Sluice older than "
                  "this console. Look at its own alerts and notifications.")
                   .arg(m_what, m_engine, m_feed->server().toString()),
               true);
    }
}

void FleetErrand::forget()
{
    ++m_generation;
    m_changeId.clear();
    m_status->hide();
    if (m_busy) {
        m_busy = false;
        emit settled();
    }
}

void FleetErrand::follow(const engine::http::FleetAnswer& answer)
{
    if (m_changeId.isEmpty()) {
        return;
    }
    const std::string engineId = m_engine.toStdString();
    const engine::FleetEntry* entry = nullptr;
    for (const engine::FleetEntry& e : answer.engines) {
        if (e.summary.id == engineId) {
            entry = &e;
        }
    }
    if (entry == nullptr) {
        // One answer may miss an engine (a Redis blip leaves a server listing only itself).
        if (++m_missing >= kMissingAnswers) {
            settle(tr("%1 on %2: %2 left the fleet before it did it.").arg(m_what, m_engine), true);
        }
        return;
    }
    m_missing = 0;
    if (!m_taken && engine::redis::changeReached(m_changeId.toStdString(), entry->summary.changeCursor)) {
        m_taken = true;
    }
    if (m_taken) {
        if (m_done(entry->summary)) {
            settle(tr("%1 on %2: %2 has done it.").arg(m_what, m_engine), false);
        } else if (++m_sinceTaken > kAnswersAfterTaking) {
            settle(tr("%1 on %2: %2 took it but did not do it; it may have changed meanwhile, and its log says why.")
                       .arg(m_what, m_engine),
                   true);
        }
    } else if (entry->silent) {
        settle(tr("%1 on %2: %2 went silent before it did it.").arg(m_what, m_engine), true);
    }
}

void FleetErrand::say(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
    m_status->show();
}

void FleetErrand::settle(const QString& text, bool problem)
{
    m_changeId.clear();
    say(text, problem);
    m_busy = false;
    emit settled();
}

}  // namespace sluice::ui
