// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace sluice::ui {

// Entries of one service in the OS keychain through QtKeychain (Secret Service on Linux), each job asynchronous
// and with a deadline of our own, since a keychain that hangs never answers (QtKeychain has no timeout; a hung
// provider costs 50 s, an unseen unlock prompt forever). There is no plain-text fallback anywhere.
class Keychain final : public QObject {
    Q_OBJECT

public:
    static constexpr const char* kService = "sluice";
    static constexpr std::chrono::milliseconds kDeadline{5000};

    // Outcome of one job: empty error when it went well; `missing` for an entry that is not there.
    struct Outcome {
        QString error;
        bool missing = false;
        QString text;
    };
    using Done = std::function<void(const Outcome&)>;

    // `service` names the application in the keychain (tests use names of their own).
    explicit Keychain(QString service = QString::fromLatin1(kService), std::chrono::milliseconds deadline = kDeadline,
                      QObject* parent = nullptr);

    // `done` is called once, on this object's thread, with the job's outcome or the deadline's.
    void write(const QString& key, const QString& value, Done done);
    void read(const QString& key, Done done);
    void remove(const QString& key, Done done);

private:
    void run(QKeychain::Job* job, Done done);

    QString m_service;
    std::chrono::milliseconds m_deadline;
};

}  // namespace sluice::ui
