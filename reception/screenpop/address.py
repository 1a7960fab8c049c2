"""Where the running program listens for screen pops, and whether to trust it.

A fixed name in the shared temp folder can be taken first by another local user,
who would then receive every caller's number. So:

* Linux and macOS: a Unix socket in a folder that only this user can enter
  (mode 0700, owned by this user): ``.skaermpop/`` in the data folder, or, when
  that path is too long for a socket address (about 104 bytes), a folder of the
  same kind in ``$XDG_RUNTIME_DIR`` or the temp folder. A folder that exists but
  belongs to someone else, or that others may enter, is refused, never used.
* Windows: a named pipe whose name holds a random token kept in the data folder
  (readable by this user alone); nobody else can know the name to take it first.

Before a number is sent the sender checks the folder and the socket file again
and, where the system tells (Linux, macOS), that the listening process runs as
this user.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import socket
import stat
import struct
import sys
import tempfile
from pathlib import Path

from reception.errors import QT_TR_NOOP, ReceptionError, Text

SOCKET_FOLDER = ".skaermpop"
SOCKET_FILE = "socket"
TOKEN_FILE = "skaermpop.token"  # Windows: the secret part of the pipe name
PIPE_PREFIX = "guldklinikken-reception-"
# sun_path holds 108 bytes on Linux and 104 on macOS, both with the closing NUL.
MAX_SOCKET_PATH = 100


class UnsafeAddress(ReceptionError, OSError):
    """The socket folder is not this user's alone; screen pop is not used.

    ``why`` (``reason`` in the text) is one of ``REASONS``' keys.
    """

    code = "unsafe_socket_folder"
    messages = {"unsafe_socket_folder": "{folder}: {reason}"}
    REASONS = {
        "not_a_folder": Text(QT_TR_NOOP("ikke en almindelig mappe")),
        "other_owner": Text(QT_TR_NOOP("tilhører en anden bruger")),
        "open_to_others": Text(QT_TR_NOOP("andre brugere har adgang")),
    }

    def __init__(self, folder: Path, why: str) -> None:
        super().__init__(folder=folder, reason=self.REASONS[why])
        self.folder = folder
        self.why = why


def listen_address(root: Path) -> str:
    """The address for the program that holds ``root``'s lock; creates its folder.

    Raises ``UnsafeAddress`` (or another ``OSError``) when no safe address can be made.
    """
    if os.name == "nt":  # pragma: no cover - Windows
        return PIPE_PREFIX + _token(root, create=True)
    path = _socket_path(root)
    _private_folder(path.parent, create=True)
    return str(path)


def send_address(root: Path) -> str | None:
    """The address to send to, or None when nothing trustworthy listens there.

    Creates nothing. On Linux and macOS the folder must be this user's alone and
    the socket file this user's; ``peer_is_this_user`` checks the process after
    connecting.
    """
    if os.name == "nt":  # pragma: no cover - Windows
        try:
            return PIPE_PREFIX + _token(root, create=False)
        except OSError:
            return None
    path = _socket_path(root)
    try:
        _private_folder(path.parent, create=False)
        info = path.lstat()
    except OSError:
        return None
    if not stat.S_ISSOCK(info.st_mode) or info.st_uid != os.getuid():
        return None
    return str(path)


def peer_is_this_user(descriptor: int) -> bool | None:
    """Whether the process at the other end of a connected Unix socket runs as this user.

    None where the system does not say (Windows, other Unixes); the private folder
    is then the guarantee.
    """
    if os.name == "nt" or descriptor < 0:  # pragma: no cover - Windows
        return None
    try:
        with socket.socket(fileno=os.dup(descriptor)) as peer:
            if sys.platform.startswith("linux"):
                raw = peer.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                                      struct.calcsize("3i"))
                _pid, uid, _gid = struct.unpack("3i", raw)
                return bool(uid == os.getuid())
            if sys.platform == "darwin":  # pragma: no cover - macOS
                local_peercred, sol_local = 0x001, 0
                raw = peer.getsockopt(sol_local, local_peercred, struct.calcsize("IIh"))
                _version, uid = struct.unpack_from("II", raw)
                return bool(uid == os.getuid())
    except OSError:
        return False
    return None


def _socket_path(root: Path) -> Path:
    inside = root / SOCKET_FOLDER / SOCKET_FILE
    if len(os.fsencode(inside)) <= MAX_SOCKET_PATH:
        return inside
    digest = hashlib.sha256(os.fsencode(root)).hexdigest()[:16]
    for base in _fallback_bases():
        path = base / f"guldklinikken-{os.getuid()}" / f"{digest}.sock"
        if len(os.fsencode(path)) <= MAX_SOCKET_PATH:
            return path
    return Path("/tmp") / f"guldklinikken-{os.getuid()}" / f"{digest}.sock"


def _fallback_bases() -> list[Path]:
    bases = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_absolute():
        bases.append(Path(runtime))
    bases.append(Path(tempfile.gettempdir()))
    return bases


def _private_folder(folder: Path, *, create: bool) -> None:
    """Make sure ``folder`` is a real folder owned by this user that nobody else may use."""
    if create:
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            pass
    info = folder.lstat()
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise UnsafeAddress(folder, "not_a_folder")
    if info.st_uid != os.getuid():
        raise UnsafeAddress(folder, "other_owner")
    if info.st_mode & 0o077:
        if not create:
            raise UnsafeAddress(folder, "open_to_others")
        folder.chmod(0o700)  # ours: close it before listening in it


def _token(root: Path, *, create: bool) -> str:  # pragma: no cover - Windows
    path = root / TOKEN_FILE
    try:
        token = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        if not create:
            raise
        token = ""
    if len(token) >= 32 and token.isalnum():
        return token
    if not create:
        raise OSError("ugyldigt skærmpop-token")
    token = secrets.token_hex(16)
    path.write_text(token, encoding="ascii")
    return token
