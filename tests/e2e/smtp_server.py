#!/usr/bin/python3
"""A local SMTP server for tests/e2e/feedback.sh (python3-aiosmtpd): listens on
127.0.0.1 at a free port, writes the port to PORT_FILE once it accepts
connections, stores every message it accepts as OUT_DIR/<n>.eml with the
envelope's recipients in OUT_DIR/<n>.rcpt, and refuses the recipients named
after OUT_DIR with «550 5.1.1 mailbox unavailable». Runs until killed.

usage: smtp_server.py PORT_FILE OUT_DIR [REFUSED_ADDRESS...]
"""
import os
import socket
import sys
import time

from aiosmtpd.controller import Controller

port_file, out_dir, refused = sys.argv[1], sys.argv[2], set(sys.argv[3:])
os.makedirs(out_dir, exist_ok=True)


class Handler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in refused:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    received = len([f for f in os.listdir(out_dir) if f.endswith(".eml")])

    async def handle_DATA(self, server, session, envelope):
        # Counted, not listed: a national run hands it tens of thousands of letters.
        Handler.received += 1
        n = Handler.received
        with open(os.path.join(out_dir, f"{n:05}.eml"), "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(os.path.join(out_dir, f"{n:05}.rcpt"), "w") as f:
            f.write("\n".join(envelope.rcpt_tos) + "\n")
        return "250 Message accepted"


# A free port: bind to 0, read it, let it go.
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
controller = Controller(Handler(), hostname="127.0.0.1", port=port)
controller.start()
with open(port_file + ".tmp", "w") as f:
    f.write(str(port))
os.rename(port_file + ".tmp", port_file)
try:
    while True:
        time.sleep(3600)
finally:
    controller.stop()
