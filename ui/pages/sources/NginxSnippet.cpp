// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/NginxSnippet.h"

namespace sluice::ui {

QString nginxSnippet(const QString& checkAddress)
{
    // Configuration text, the same in every language.
    return QStringLiteral(R"(# In the http block: connections to Sluice are kept open.
upstream sluice { server %1; keepalive 16; }

# In the server block: every request asks Sluice first.
location / {
    auth_request /_sluice_check;
    # auth_request passes only 401 and 403 on (anything else becomes 500), so Sluice answers a denial
    # 403 (deny=403 below) and the named location turns it into 429 with Sluice's Retry-After.
    auth_request_set $sluice_retry_after $upstream_http_retry_after;
    auth_request_set $sluice_ratelimit $upstream_http_ratelimit;
    add_header RateLimit $sluice_ratelimit always;
    error_page 403 = @sluice_denied;
    # proxy_pass http://your_app;
}
location @sluice_denied {
    add_header Retry-After $sluice_retry_after always;
    add_header RateLimit $sluice_ratelimit always;
    return 429 "Too Many Requests\n";
}
location = /_sluice_check {
    internal;
    proxy_pass http://sluice/v1/check?deny=403;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_pass_request_body off;
    proxy_set_header Content-Length "";
    proxy_set_header Authorization "Bearer <token>";
    proxy_set_header X-Forwarded-For $remote_addr;  # the key: the client address
    # The check carries the client's header fields: never let a client choose its own cost or route.
    proxy_set_header X-Sluice-Cost "";
    proxy_set_header X-Sluice-Route "";
}
)")
        .arg(checkAddress);
}

}  // namespace sluice::ui
