// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineQueries.h"
#include "LogSourceSettings.h"
#include "config/Command.h"
#include "snapshot/Snapshot.h"
#include "traffic/RejectedInput.h"
#include "traffic/SourceControl.h"
#include "traffic/SourceState.h"

#include <QList>
#include <QObject>
#include <QString>

#include <vector>

Q_DECLARE_METATYPE(sluice::engine::SnapshotPtr)

namespace sluice::ui {

// The console's own HTTP check API (the same one `sluice serve` runs) as the host reports it.
struct HttpListenerState {
    enum class Phase { Stopped, Starting, Listening, Failed };
    Phase phase = Phase::Stopped;
    QString address = QStringLiteral("127.0.0.1:9090");  // host:port as asked for; port 0 = any free one
    QString listeningAt;                                 // host:port it is bound to, while Listening
    quint16 port = 0;                                    // the bound port, while Listening
    bool beyondLoopback = false;  // other machines can reach it (their requests still need a token)
    int validTokens = -1;         // tokens it accepts now; -1 until read
    bool switchedOn = false;      // asked to run (what the settings keep), whether or not it could
    QString error;                // why it is not listening (Failed)
};

// The OS keychain that holds the notification channels' secrets, as the host found it. It is probed with a
// real write, read and delete of a throw-away entry (a read alone cannot tell a locked keyring from an empty one).
struct KeychainState {
    enum class Phase { Checking, Available, Unavailable };
    Phase phase = Phase::Checking;
    QString error;  // why it is unavailable, for a person (the keychain's own words)
    // Which secrets are stored (never their values).
    bool smtpPasswordSet = false;
    bool webhookUrlSet = false;
    bool smsPasswordSet = false;
};

// What the pages may ask of the engine. The UI never waits on it: the latest snapshot is pushed about ten
// times a second, and every command and every question (EngineQueries.h) is answered later by a queued
// signal carrying the id the request returned. Pages receive answers through LatestQuestion or
// OpenQuestions, which match the ids for them.
class EngineClient : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    virtual quint64 sendCommand(engine::Command command) = 0;
    // The answer comes with `answered`; the engine thread works it out between batches.
    virtual quint64 ask(EngineQuery query) = 0;

    // The SQLite file, for read-only history views (empty when nothing is persisted).
    virtual QString databasePath() const = 0;

    // What feeds the engine its requests (the simulated traffic, and so on) and how each one is doing.
    virtual QList<engine::SourceState> sources() const = 0;
    // Pauses, speeds up or switches a source; a control the source refuses is reported by the host.
    virtual void controlSource(const QString& id, const engine::SourceControl& control) = 0;
    // The first lines a source could not understand, copied from the source now (no engine round trip).
    virtual std::vector<engine::RejectedInput> rejectedLines(const QString& id) const
    {
        Q_UNUSED(id);
        return {};
    }
    // Starts reading an access log as another source (sourcesChanged follows). Empty when it started;
    // otherwise a sentence saying what is wrong with the settings. Where the file cannot be read, the new
    // source says so in its state.
    virtual QString addLogSource(const LogSourceSettings& settings)
    {
        Q_UNUSED(settings);
        return tr("This console cannot read access logs.");
    }
    // Stops a log source and forgets it; the simulation and the HTTP listener stay.
    virtual void removeSource(const QString& id) { Q_UNUSED(id); }
    // The access logs the console reads, as configured (to keep them for the next start).
    virtual QList<LogSourceSettings> logSources() const { return {}; }

    // True when the console only watches (`sluice --read-only`): pages disable every admin control and say
    // why in its tooltip, and the engine refuses admin commands even if one arrives.
    virtual bool readOnly() const { return false; }

    // The HTTP check API inside the console: started and stopped off the UI thread, reported by
    // httpListenerChanged (and sourcesChanged, since a running listener is one of the sources).
    virtual HttpListenerState httpListener() const { return {}; }
    // `address` is host:port (ListenAddress); a listener already running is replaced.
    virtual void startHttpListener(const QString& address) { Q_UNUSED(address); }
    virtual void stopHttpListener() {}

    // Notifications. "Retry now" for one delivery; its outcome shows in the database and the snapshot.
    virtual void retryNotification(quint64 notificationId, engine::Channel channel)
    {
        Q_UNUSED(notificationId);
        Q_UNUSED(channel);
    }
    // "Send test message" on a channel to `address` (empty: the ops destination); the outcome comes with
    // testNotificationFinished carrying the returned id. 0 when this console cannot send.
    virtual quint64 sendTestNotification(engine::Channel channel, const QString& address)
    {
        Q_UNUSED(channel);
        Q_UNUSED(address);
        return 0;
    }
    virtual KeychainState keychain() const { return {}; }
    // Stores the secrets that are set in `secrets` (an empty one is left as it is unless `clear` names its channel:
    // Email the SMTP password, Webhook the URL, Sms the gateway password) in the
    // OS keychain, then hands them to delivery; secretsStored reports the outcome, keychainChanged the new state.
    virtual void storeNotificationSecrets(const engine::NotifySecrets& secrets, engine::ChannelSet clear)
    {
        Q_UNUSED(secrets);
        Q_UNUSED(clear);
    }
signals:
    void snapshotReady(sluice::engine::SnapshotPtr snapshot);
    void commandFinished(quint64 id, bool ok, const QString& error);
    void answered(quint64 id, const sluice::ui::EngineAnswer& answer);
    void sourcesChanged();
    void httpListenerChanged();
    void testNotificationFinished(quint64 id, bool ok, const QString& error);
    void keychainChanged();
    void secretsStored(bool ok, const QString& error);
};

}  // namespace sluice::ui
