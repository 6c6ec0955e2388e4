// SPDX-License-Identifier: Apache-2.0
#include "pages/whatif/WhatIfJob.h"

#include <QMetaObject>

namespace sluice::ui {

WhatIfJob::WhatIfJob(QObject* parent) : QObject(parent) {}

WhatIfJob::~WhatIfJob()
{
    cancel();
    join();
}

void WhatIfJob::join()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void WhatIfJob::start(engine::whatif::WhatIfSpec spec, Prepare prepare)
{
    cancel();
    join();
    m_control = std::make_shared<engine::whatif::WhatIfControl>();
    const quint64 run = ++m_run;
    m_thread =
        std::thread([this, run, control = m_control, spec = std::move(spec), prepare = std::move(prepare)]() mutable {
            std::string error;
            std::optional<engine::whatif::WhatIfResult> result;
            if (!prepare || prepare(spec, error)) {
                result = engine::whatif::runWhatIf(spec, *control, error);
            }
            std::shared_ptr<const engine::whatif::WhatIfResult> shared;
            if (result) {
                shared = std::make_shared<const engine::whatif::WhatIfResult>(std::move(*result));
            }
            // The job outlives this thread (its destructor joins it). The queued call runs on the UI thread, and Qt
            // drops it if the job is deleted first.
            QMetaObject::invokeMethod(
                this,
                [this, run, shared, message = QString::fromStdString(error)] {
                    if (run != m_run) {
                        return;  // a run started since replaced this one
                    }
                    join();
                    emit finished(shared, message);
                },
                Qt::QueuedConnection);
        });
}

void WhatIfJob::cancel()
{
    if (m_control) {
        m_control->cancel = true;
    }
}

double WhatIfJob::progress() const { return m_control ? m_control->progress.load() : 0.0; }

}  // namespace sluice::ui
