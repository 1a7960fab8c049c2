"""The helper process of tests/test_safety_faults.py: forks children that make calls.

Run as ``python safety_fault_worker.py DATABASE [PASSPHRASE]``. It imports the app
once, then for every line ``run N`` on its standard input forks a child and
prints ``started PID``. The child opens the database and makes scripted calls
through ``reception.calls.CallSession`` (start, update, flush, end) until it is
killed, printing ``saved CALL_ID`` after each ``end()`` returned, in one small
write (atomic: a kill never leaves half a line). When the child has ended the
helper prints ``ended PID STATUS`` (the raw ``waitpid`` status). Forking from a
process that has imported everything makes each restart cost milliseconds.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reception.calls import CallForm, CallSession
from reception.store import open_database


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def make_calls(database: Path, passphrase: str | None, run: int) -> None:
    open_database(database, passphrase)
    n = 0
    while True:
        n += 1
        number = f"2339{(run * 100 + n) % 10_000:04d}"
        session = CallSession.start(phone=number, taken_by="fejltest")
        session.update(CallForm(phone=number, name=f"Fejltest {run}-{n}", postcode="8000",
                                notes=f"kørsel {run}, opkald {n}: ondt i ryggen"))
        session.flush()
        if n % 3 == 0:
            session.update(CallForm(phone=number, name=f"Fejltest {run}-{n}", postcode="8000",
                                    notes=f"kørsel {run}, opkald {n}: rettet"))
        result = session.end("no_action")
        say(f"saved {result.call_id}")


def main(argv: list[str]) -> int:
    database = Path(argv[0])
    passphrase = argv[1] if len(argv) > 1 else None
    for line in sys.stdin:
        command, _, number = line.strip().partition(" ")
        if command != "run":
            break
        pid = os.fork()
        if pid == 0:  # the child: calls until killed; any error ends it with status 1
            try:
                make_calls(database, passphrase, int(number))
            except BaseException as error:  # noqa: BLE001 - reported to the test
                say(f"error {type(error).__name__}: {error}")
            os._exit(1)
        say(f"started {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"ended {pid} {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
