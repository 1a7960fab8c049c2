"""The helper process of tests/test_safety_interrupted.py: runs commands in forked children.

Run as ``python safety_interrupt_worker.py``. It imports the app once; then for
every JSON line ``{"argv": [...], "env": {...}, "out": PATH}`` on its standard
input it forks a child that sets ``env``, writes its stdout and stderr to ``out``
and runs ``python -m reception ARGV`` in-process (``reception.__main__.main``).
When the child has ended it prints ``ended STATUS`` (the raw ``waitpid`` status).
With ``RECEPTION_FAULT_STEP=N`` in ``env`` the child kills itself at its N-th
rename or unlink (``reception.safety.files.fault_point``). Forking from a process
that has imported everything makes each run cost only the command itself; SQLCipher's
key derivation runs 4,000 rounds here instead of 256,000 (the test does the same).
"""

from __future__ import annotations

import json
import os
import sys

import reception.safety.recovery  # noqa: F401 - imported once, before the forks
from reception.__main__ import main as reception_main

FAST_KDF_ITER = 4000  # as in test_safety_interrupted.py: milliseconds per key, not 0.2 s


def use_fast_key_derivation() -> None:
    """New SQLCipher keys in this process (and its forks) use FAST_KDF_ITER rounds."""
    from sqlcipher3 import dbapi2

    connection = dbapi2.connect(":memory:")
    connection.execute(f"PRAGMA cipher_default_kdf_iter = {FAST_KDF_ITER}")
    connection.close()


def run_child(argv: list[str], env: dict[str, str], out: str) -> None:
    os.environ.update(env)
    descriptor = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(descriptor, 1)
    os.dup2(descriptor, 2)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 - the child's own stdin, /dev/null
    code = 1
    try:
        code = reception_main(argv)
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    except BaseException as error:  # noqa: BLE001 - reported to the test
        print(f"error {type(error).__name__}: {error}", file=sys.stderr)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


def main() -> int:
    use_fast_key_derivation()
    for line in sys.stdin:
        if not line.strip():
            break
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            run_child(job["argv"], job.get("env", {}), job["out"])
        _, status = os.waitpid(pid, 0)
        print(f"ended {status}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
