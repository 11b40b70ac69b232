#!/usr/bin/python3
"""The SMTP server of pmi's tests: Debian's aiosmtpd on a loopback port, recording every
message it accepts as one JSON line ({"from", "to", "data", "at"}) in --out, written before
it answers 250, so that a test counts exactly what the server took.

Some recipients get the answers a real mail service gives:
  reject-...@  550 5.1.1 at RCPT (no such mailbox: a hard bounce)
  full-...@    552 5.2.2 at RCPT (mailbox full: permanent, not a bounce)
  defer-...@   451 4.3.0 at RCPT (try again later), every time

Usage: smtp_server.py --out FILE [--port N] [--user NAME --password SECRET] [--tls-cert C --tls-key K]
Prints "PORT <n>" on stdout once it listens (--port 0, the default, lets the kernel pick).
With --user, AUTH is required; with --tls-cert, STARTTLS is offered and required.
"""
import argparse
import asyncio
import json
import os
import ssl
import sys
import time

from aiosmtpd.smtp import SMTP, AuthResult


class Recorder:
    def __init__(self, out):
        self.out = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local.startswith("reject-"):
            return "550 5.1.1 No such mailbox here"
        if local.startswith("full-"):
            return "552 5.2.2 Mailbox full"
        if local.startswith("defer-"):
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        record = {
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "data": envelope.content.decode("utf-8", "replace"),
            "at": time.time(),
            "tls": session.ssl is not None,
            "authenticated": bool(session.authenticated),
        }
        # One write(2) per message: whole lines, even if the test reads while we write.
        os.write(self.out, (json.dumps(record) + "\n").encode("utf-8"))
        return "250 2.0.0 Queued"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    args = parser.parse_args()

    options = {"data_size_limit": 10 * 1024 * 1024}
    if args.user:
        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = auth_data.login.decode() == args.user and auth_data.password.decode() == args.password
            return AuthResult(success=ok, handled=False)
        options.update(authenticator=authenticator, auth_required=True, auth_require_tls=bool(args.tls_cert))
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        options.update(tls_context=context, require_starttls=True)

    handler = Recorder(args.out)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(
        loop.create_server(lambda: SMTP(handler, loop=loop, **options), host="127.0.0.1", port=args.port))
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
