"""Screen pop: how a later start hands a caller's number to the running program.

``address`` says where the running program listens (a socket in a folder only
this user can write to, or a named pipe with a secret name on Windows) and checks
that whoever listens there is this user; ``gate`` limits how many calls may be
opened in a short time. The Qt transport is ``ui/single_instance.py``.
"""

from reception.screenpop.address import (
    UnsafeAddress,
    listen_address,
    peer_is_this_user,
    send_address,
)
from reception.screenpop.gate import CallGate

__all__ = ["CallGate", "UnsafeAddress", "listen_address", "peer_is_this_user", "send_address"]
