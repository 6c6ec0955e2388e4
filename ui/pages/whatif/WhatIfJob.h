// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "whatif/WhatIfRun.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <thread>

namespace sluice::ui {

// One what-if run on threads of its own (the traffic's and two engines'), never the UI's. The page reads
// progress() on a timer; `finished` comes on the UI thread with the result, or with none after a cancel or an
// error.
class WhatIfJob final : public QObject {
    Q_OBJECT

public:
    explicit WhatIfJob(QObject* parent = nullptr);
    ~WhatIfJob() override;  // cancels a run in progress and waits for it

    // `prepare`, when given, runs first on the job's thread: it reads what the spec needs from files (a scenario
    // file), so the UI thread never waits for a disk. Its error ends the run as an error.
    using Prepare = std::function<bool(engine::whatif::WhatIfSpec& spec, std::string& error)>;
    void start(engine::whatif::WhatIfSpec spec, Prepare prepare = {});
    void cancel();
    bool running() const { return m_thread.joinable(); }
    double progress() const;

signals:
    // `result` is null when the run was cancelled (error empty) or could not start (error says why).
    void finished(std::shared_ptr<const engine::whatif::WhatIfResult> result, const QString& error);

private:
    void join();

    std::shared_ptr<engine::whatif::WhatIfControl> m_control;
    std::thread m_thread;
    quint64 m_run = 0;  // read and written on the UI thread only
};

}  // namespace sluice::ui
