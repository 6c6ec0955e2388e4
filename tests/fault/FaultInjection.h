// SPDX-License-Identifier: Apache-2.0
#pragma once
// Environments for a child process whose file calls fail as on a full disk or a read-only mount (see
// FaultShim.cpp). Tests that link sluice_fault_injection get SLUICE_FAULT_SHIM, the shim's path.

#include <QProcessEnvironment>
#include <QStringList>

namespace sluice::test {

inline QString faultShimPath() { return QStringLiteral(SLUICE_FAULT_SHIM); }

// `base` with the shim preloaded. A child built with AddressSanitizer refuses to start when another library
// is loaded before its runtime unless told that this is fine; the option means nothing to other children.
inline QProcessEnvironment withFaultShim(QProcessEnvironment base)
{
    const QString preload = base.value(QStringLiteral("LD_PRELOAD"));
    base.insert(QStringLiteral("LD_PRELOAD"),
                preload.isEmpty() ? faultShimPath() : faultShimPath() + QLatin1Char(' ') + preload);
    const QString asan = base.value(QStringLiteral("ASAN_OPTIONS"));
    base.insert(QStringLiteral("ASAN_OPTIONS"), asan.isEmpty() ? QStringLiteral("verify_asan_link_order=0")
                                                               : asan + QStringLiteral(":verify_asan_link_order=0"));
    return base;
}

// Files at or under `paths` take `freeBytes` bytes in all, then every write, growth and sync fails with
// ENOSPC (a write that crosses the limit is cut short).
inline QProcessEnvironment fullDiskEnvironment(const QStringList& paths, qint64 freeBytes = 0,
                                               QProcessEnvironment base = QProcessEnvironment::systemEnvironment())
{
    QProcessEnvironment env = withFaultShim(std::move(base));
    env.insert(QStringLiteral("SLUICE_FAULT_FULL"), paths.join(QLatin1Char(':')));
    env.insert(QStringLiteral("SLUICE_FAULT_FULL_AFTER"), QString::number(freeBytes));
    return env;
}

// Files at or under `paths` (a file or a folder) cannot be opened for writing, created, renamed, linked,
// removed or truncated: EROFS, as on a read-only mount. Reading works.
inline QProcessEnvironment readOnlyEnvironment(const QStringList& paths,
                                               QProcessEnvironment base = QProcessEnvironment::systemEnvironment())
{
    QProcessEnvironment env = withFaultShim(std::move(base));
    env.insert(QStringLiteral("SLUICE_FAULT_READONLY"), paths.join(QLatin1Char(':')));
    return env;
}

}  // namespace sluice::test
