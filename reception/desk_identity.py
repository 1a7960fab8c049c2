"""Who this desk is: the name other desks see ("Reception 2") and the person at it.

Several desks share one PostgreSQL database (see README, "Flere skriveborde"). Each
names itself in change events, in the "who changed this" of a conflict, and in the
list of connected desks. The name is the PC's own unless the clinic sets one with
``RECEPTION_DESK_NAME``; the user is the operating system's login name.
"""

from __future__ import annotations

import getpass
import os
import platform

DESK_NAME_VARIABLE = "RECEPTION_DESK_NAME"
MAX_NAME_LENGTH = 40


def desk_name() -> str:
    """The desk's name: ``RECEPTION_DESK_NAME`` if set, else the PC's network name."""
    chosen = os.environ.get(DESK_NAME_VARIABLE, "").strip()
    name = chosen or platform.node().split(".")[0] or "Reception"
    return name[:MAX_NAME_LENGTH]


def desk_user() -> str:
    """The login name of the person at the desk ("" when the system does not say)."""
    try:
        return getpass.getuser()[:MAX_NAME_LENGTH]
    except (KeyError, OSError):
        return ""
