// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/NginxSnippet.h"

namespace sluice::ui {

QString nginxSnippet(const QString& checkAddress)
{
    // Configuration text, the same in every language.
    return QStringLiteral(R"(location = /_sluice_check {
    internal;
    proxy_pass http://%1/v1/check;
    proxy_pass_request_body off;
    proxy_set_header Content-Length "";
    proxy_set_header Authorization "Bearer <token>";
    proxy_set_header X-Forwarded-For $remote_addr;
    proxy_set_header X-Original-URI $request_uri;
}
location / {
    auth_request /_sluice_check;
    auth_request_set $sluice_retry $upstream_http_retry_after;
    error_page 403 = @sluice_denied;
    ...
}
location @sluice_denied { add_header Retry-After $sluice_retry always; return 429; }
)")
        .arg(checkAddress);
}

}  // namespace sluice::ui
