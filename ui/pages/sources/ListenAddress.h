// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sluice::ui {

// Where the check API listens, as typed in the Sources page and kept in the settings: an IP address and a
// port, "127.0.0.1:9090", "0.0.0.0:9090" or "[::1]:9090" (port 0 = any free one).
struct ListenAddress {
    Q_DECLARE_TR_FUNCTIONS(ListenAddress)

public:
    QString host;  // without brackets
    quint16 port = 0;

    // The address, or nullopt with `problem` naming what is wrong in the user's words.
    static std::optional<ListenAddress> read(const QString& text, QString& problem);
    // host:port, an IPv6 host in brackets.
    static QString text(const QString& host, quint16 port);
};

}  // namespace sluice::ui
