// SPDX-License-Identifier: Apache-2.0
#include "secrets/Keychain.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

namespace sluice::ui {

Keychain::Keychain(QString service, std::chrono::milliseconds deadline, QObject* parent)
    : QObject(parent), m_service(std::move(service)), m_deadline(deadline)
{
}

void Keychain::run(QKeychain::Job* job, Done done)
{
    // The job deletes itself once it finishes, even after its deadline; until then `settled` makes sure only
    // the first of the two answers counts.
    job->setAutoDelete(true);
    auto settled = std::make_shared<bool>(false);
    auto* deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(job, &QKeychain::Job::finished, this, [settled, deadline, done](QKeychain::Job* finished) {
        if (std::exchange(*settled, true)) {
            return;
        }
        deadline->deleteLater();
        Outcome outcome;
        if (finished->error() == QKeychain::EntryNotFound) {
            outcome.missing = true;
        } else if (finished->error() != QKeychain::NoError) {
            outcome.error = finished->errorString().isEmpty()
                                ? tr("The keychain failed with error %1.").arg(int(finished->error()))
                                : finished->errorString();
        } else if (auto* reading = qobject_cast<QKeychain::ReadPasswordJob*>(finished)) {
            outcome.text = reading->textData();
        }
        done(outcome);
    });
    connect(deadline, &QTimer::timeout, this, [this, settled, deadline, done] {
        if (std::exchange(*settled, true)) {
            return;
        }
        deadline->deleteLater();
        const auto seconds = static_cast<int>(std::max<long long>(1, (m_deadline.count() + 999) / 1000));
        done(Outcome{tr("The keychain did not answer within %n second(s).", nullptr, seconds), false, {}});
    });
    deadline->start(m_deadline);
    job->start();
}

void Keychain::write(const QString& key, const QString& value, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    run(job, std::move(done));
}

void Keychain::read(const QString& key, Done done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, std::move(done));
}

void Keychain::remove(const QString& key, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, std::move(done));
}

}  // namespace sluice::ui
