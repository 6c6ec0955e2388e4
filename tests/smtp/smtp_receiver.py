#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A real SMTP server for the email tests (Debian: python3-aiosmtpd).

smtp_receiver.py OUT_DIR USER PASSWORD [--tls]

Listens on 127.0.0.1 on a free port and prints that port on the first line of stdout. Without --tls it
requires STARTTLS before anything else; with --tls it speaks TLS from the first byte (smtps). AUTH (PLAIN or
LOGIN) is required over TLS with USER and PASSWORD. Each accepted message is parsed by Python's own email
package and written to OUT_DIR/<n>.json: the envelope, the decoded subject, both parts, the headers and the
parser's defects and each attachment (name, type, size, SHA-256), so the tests check the message as an
independent reader understands it.
The certificate (server.pem, server-key.pem, signed by ca.pem, valid 2000 to 2125) lies beside this script.
"""

import asyncio
import email
import email.policy
import hashlib
import json
import logging
import os
import ssl
import sys
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

HERE = os.path.dirname(os.path.abspath(__file__))


class Receiver:
    def __init__(self, out_dir):
        self.out_dir = out_dir
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        text = message.get_body(("plain",))
        html = message.get_body(("html",))
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "from": str(message["from"]),
            "to": [str(a) for a in message["to"].addresses] if message["to"] else [],
            "date": str(message["date"]),
            "message_id": str(message["message-id"]),
            "content_type": message.get_content_type(),
            "text": text.get_content() if text is not None else None,
            "html": html.get_content() if html is not None else None,
            "defects": [type(d).__name__ for d in message.defects]
            + [type(d).__name__ for part in message.walk() for d in part.defects],
            "attachments": [
                {
                    "filename": part.get_filename(),
                    "content_type": part.get_content_type(),
                    "bytes": len(part.get_payload(decode=True)),
                    "sha256": hashlib.sha256(part.get_payload(decode=True)).hexdigest(),
                }
                for part in message.iter_attachments()
            ] if message.is_multipart() else [],
            "raw": raw.decode("utf-8", "replace"),
        }
        self.count += 1
        path = os.path.join(self.out_dir, "%d.json" % self.count)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f)
        os.replace(path + ".tmp", path)
        return "250 OK"


def main():
    # aiosmtpd's own notes (a deprecated attribute it reads itself, AUTH under implicit TLS) are not the test's.
    warnings.simplefilter("ignore")
    logging.disable(logging.WARNING)
    out_dir, user, password = sys.argv[1], sys.argv[2].encode(), sys.argv[3].encode()
    implicit_tls = "--tls" in sys.argv[4:]
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(os.path.join(HERE, "server.pem"), os.path.join(HERE, "server-key.pem"))

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == user and auth_data.password == password
        return AuthResult(success=ok, handled=False)

    receiver = Receiver(out_dir)

    def factory():
        if implicit_tls:
            return SMTP(receiver, hostname="localhost", authenticator=authenticator, auth_require_tls=False,
                        auth_required=True)
        return SMTP(receiver, hostname="localhost", tls_context=context, require_starttls=True,
                    authenticator=authenticator, auth_require_tls=True, auth_required=True)

    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(
        loop.create_server(factory, "127.0.0.1", 0, ssl=context if implicit_tls else None))
    print(server.sockets[0].getsockname()[1], flush=True)
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
