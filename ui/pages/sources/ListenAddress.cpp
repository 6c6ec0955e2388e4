// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/ListenAddress.h"

#include "http/CheckService.h"

namespace sluice::ui {

std::optional<ListenAddress> ListenAddress::read(const QString& typed, QString& problem)
{
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        problem = tr("Enter an address and a port, such as 127.0.0.1:9090.");
        return std::nullopt;
    }
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || text.endsWith(QLatin1Char(']'))) {
        problem = tr("“%1” has no port: add one after a colon, such as 127.0.0.1:9090.").arg(text);
        return std::nullopt;
    }
    ListenAddress address;
    address.host = text.left(colon);
    const QString port = text.mid(colon + 1);
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!ok || number > 65535 || port.startsWith(QLatin1Char('+'))) {
        problem = tr("The port “%1” is not a number from 0 to 65535.").arg(port);
        return std::nullopt;
    }
    address.port = static_cast<quint16>(number);
    const bool bracketed = address.host.startsWith(QLatin1Char('[')) && address.host.endsWith(QLatin1Char(']'));
    if (bracketed) {
        address.host = address.host.mid(1, address.host.size() - 2);
    } else if (address.host.contains(QLatin1Char(':'))) {
        problem = tr("Put an IPv6 address in brackets, such as [::1]:9090.");
        return std::nullopt;
    }
    if (address.host.isEmpty() || !engine::http::isIpAddress(address.host.toStdString()) ||
        (bracketed && !address.host.contains(QLatin1Char(':')))) {
        problem = tr("“%1” is not an IP address: use one such as 127.0.0.1, 0.0.0.0 or [::1].").arg(address.host);
        return std::nullopt;
    }
    problem.clear();
    return address;
}

QString ListenAddress::text(const QString& host, quint16 port)
{
    const QString shown = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shown + QLatin1Char(':') + QString::number(port);
}

}  // namespace sluice::ui
