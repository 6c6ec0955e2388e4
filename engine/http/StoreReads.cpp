// SPDX-License-Identifier: Apache-2.0
#include "http/StoreReads.h"

#include "store/Database.h"

namespace sluice::engine::http {

StoreReads::StoreReads(std::string databasePath) : m_path(std::move(databasePath)), m_thread([this] { run(); }) {}

StoreReads::~StoreReads()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool StoreReads::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stop || m_jobs.size() >= kMaxQueued) {
            return false;
        }
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
    return true;
}

void StoreReads::run()
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || !m_jobs.empty(); });
            if (m_stop) {
                m_jobs.clear();
                return;
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        std::string error;
        if (!m_db) {
            if (m_path.empty()) {
                error = "this server keeps no database";
            } else {
                store::StoreError failure;
                m_db = store::Database::openReadOnly(m_path, failure);
                error = m_db ? std::string() : failure.message;
            }
        }
        job(m_db.get(), error);
    }
}

}  // namespace sluice::engine::http
