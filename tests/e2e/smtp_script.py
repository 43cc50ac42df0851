#!/usr/bin/python3
"""A scripted SMTP server for tests/e2e/what_goes_out.sh: misbehaves in one
of the ways real servers do, on 127.0.0.1 at a free port (written to
PORT_FILE once it listens), and records what it saw in OUT_DIR: each AUTH
command as a line of auth.log (never the credentials), each message it got
whole as <n>.eml. Runs until killed.

  plain-auth   offers AUTH but not STARTTLS, accepts everything
  deny         offers AUTH without STARTTLS and answers every AUTH with 535
  silent       accepts the connection and never says a word
  drop         takes a whole message, then drops the line before replying

usage: smtp_script.py MODE PORT_FILE OUT_DIR
"""
import os
import socket
import sys
import threading

mode, port_file, out_dir = sys.argv[1:4]
os.makedirs(out_dir, exist_ok=True)


def serve(conn):
    f = conn.makefile("rwb", buffering=0)

    def say(line):
        f.write(line.encode() + b"\r\n")

    if mode == "silent":
        threading.Event().wait(600)
        return
    say("220 test ESMTP")
    while True:
        line = f.readline()
        if not line:
            return
        command = line.decode("utf-8", "replace").strip()
        verb = command.split(" ")[0].upper()
        if verb in ("EHLO", "HELO"):
            say("250-test")
            say("250-AUTH PLAIN LOGIN")
            say("250 SIZE 10000000")
        elif verb == "AUTH":
            with open(os.path.join(out_dir, "auth.log"), "a") as log:
                log.write("AUTH " + command.split(" ")[1] + "\n")  # the mechanism, not the secret
            if mode == "deny":
                say("535 5.7.8 Authentication credentials invalid")
            elif len(command.split(" ")) > 2:
                say("235 2.7.0 Authentication successful")
            else:
                say("334 ")
                f.readline()
                say("235 2.7.0 Authentication successful")
        elif verb in ("MAIL", "RCPT", "RSET", "NOOP"):
            say("250 OK")
        elif verb == "DATA":
            say("354 End data with <CR><LF>.<CR><LF>")
            data = b""
            while True:
                chunk = f.readline()
                if not chunk or chunk == b".\r\n":
                    break
                data += chunk
            n = len([x for x in os.listdir(out_dir) if x.endswith(".eml")]) + 1
            with open(os.path.join(out_dir, f"{n:05}.eml"), "wb") as out:
                out.write(data)
            if mode == "drop":
                conn.shutdown(socket.SHUT_RDWR)
                conn.close()
                return
            say("250 Message accepted")
        elif verb == "QUIT":
            say("221 Bye")
            return
        else:
            say("502 Command not implemented")


listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", 0))
listener.listen(16)
with open(port_file + ".tmp", "w") as f:
    f.write(str(listener.getsockname()[1]))
os.rename(port_file + ".tmp", port_file)
while True:
    connection, _ = listener.accept()
    threading.Thread(target=serve, args=(connection,), daemon=True).start()
