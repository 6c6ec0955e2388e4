// SPDX-License-Identifier: Apache-2.0
#include "CurrentUser.h"

#include <QtGlobal>

#include <pwd.h>
#include <unistd.h>

namespace sluice::ui {

QString currentUserName()
{
    // The password database first: USER and LOGNAME are easy to set to anything and absent under some
    // service managers, while the uid is what the OS itself accounts the process to.
    if (const passwd* entry = ::getpwuid(::geteuid()); entry != nullptr && entry->pw_name != nullptr) {
        return QString::fromLocal8Bit(entry->pw_name);
    }
    for (const char* name : {"USER", "LOGNAME"}) {
        if (const QString value = qEnvironmentVariable(name); !value.isEmpty()) {
            return value;
        }
    }
    return QStringLiteral("uid %1").arg(::geteuid());
}

}  // namespace sluice::ui
