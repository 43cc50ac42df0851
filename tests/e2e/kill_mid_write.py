"""Starts a program and sends it a signal while it is writing its output.

usage: kill_mid_write.py SIGNAL(TERM, INT, KILL...) OUT_DIR PROGRAM ARGS...

Watches the program's open files (/proc/PID/fd) for one in OUT_DIR that has
bytes in it (the output's temporary, named or not), then sends SIGNAL.
Prints "BYTES EXIT" (the temporary's size when the signal went, and the
program's exit status, negative for a signal) and exits 0; exits 3 when the
program finished before any byte was seen.
"""
import os
import signal
import subprocess
import sys
import time

signum = getattr(signal, "SIG" + sys.argv[1])
out_dir = os.path.realpath(sys.argv[2]) + "/"
process = subprocess.Popen(sys.argv[3:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
fds = f"/proc/{process.pid}/fd"


def bytes_in_output():
    try:
        names = os.listdir(fds)
    except OSError:
        return 0
    for name in names:
        try:
            if os.readlink(f"{fds}/{name}").startswith(out_dir):
                size = os.stat(f"{fds}/{name}").st_size
                if size > 0:
                    return size
        except OSError:
            pass
    return 0


written = 0
while process.poll() is None:
    written = bytes_in_output()
    if written:
        process.send_signal(signum)
        break
    time.sleep(0.0002)
status = process.wait()
print(written, status)
sys.exit(0 if written else 3)
