"""One running app per data folder; later starts hand their request to it.

A phone system or softphone runs ``main.py --call NUMBER`` on every incoming
call. If the app already runs on the same data folder, that process only sends
``call NUMBER`` over a local socket (a named pipe on Windows) and exits; the
running window opens the call.

Only the process that holds the data-folder lock listens, and only it removes a
socket left behind: a second start that is refused the folder never touches the
first one's socket. Where the socket lives and why the sender trusts it:
``reception/screenpop/address.py``; how many calls are let through:
``reception/screenpop/gate.py``.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from reception.screenpop import CallGate, listen_address, peer_is_this_user, send_address

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
MAX_MESSAGE_BYTES = 200  # "call " and a phone number; anything longer is dropped


def send_to_running(root: Path, message: str) -> bool:
    """Deliver ``message`` to the program running on ``root``; False when none answers
    or when the one listening cannot be shown to be this user's own program."""
    address = send_address(root)
    if address is None:
        return False
    socket = QLocalSocket()
    socket.connectToServer(address)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    if peer_is_this_user(int(socket.socketDescriptor())) is False:
        log.warning("Skærmpop: den, der lytter, er ikke denne bruger; intet sendt")
        socket.abort()
        return False
    socket.write(message.encode("utf-8") + b"\n")
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
    return True


def send_while_starting(root: Path, message: str, wait_seconds: float) -> bool:
    """``send_to_running``, retried while the program holding the folder is still
    starting (it listens a moment after it has taken the folder)."""
    deadline = time.monotonic() + wait_seconds
    while True:
        if send_to_running(root, message):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


class InstanceServer(QObject):
    """Listens for messages from later starts; emits each line the gate lets through.

    Create it only while holding the data-folder lock (``reception.safety.lock``).
    """

    message_received = Signal(str)

    def __init__(self, root: Path, parent: QObject | None = None,
                 gate: CallGate | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.gate = gate or CallGate()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        try:
            address = listen_address(self.root)
        except OSError as error:
            log.warning("Skærmpop er slået fra: mappen til forbindelsen kan ikke bruges (%s)",
                        error)
            return False
        if self._server.listen(address):
            return True
        # Left behind by a crashed run: only the holder of the folder lock gets here.
        QLocalServer.removeServer(address)
        ok = self._server.listen(address)
        if not ok:
            log.warning("Kan ikke lytte efter opkald fra telefonsystemet: %s",
                        self._server.errorString())
        return ok

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            buffer = bytearray()

            def read(sock: QLocalSocket = socket, buf: bytearray = buffer) -> None:
                buf.extend(bytes(sock.readAll().data()))
                while b"\n" in buf:
                    line, _, rest = bytes(buf).partition(b"\n")
                    buf[:] = rest
                    self._received(line.decode("utf-8", "replace"))
                if len(buf) > MAX_MESSAGE_BYTES:
                    buf.clear()
                    sock.abort()

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                read()

    def _received(self, message: str) -> None:
        if len(message) > MAX_MESSAGE_BYTES:
            return
        _command, phone = parse_message(message)
        if self.gate.admit(phone):
            self.message_received.emit(message)


def call_message(phone: str | None) -> str:
    return f"call {phone}" if phone else "show"


def parse_message(message: str) -> tuple[str, str | None]:
    """("call", number) or ("show", None); anything unknown is treated as "show"."""
    command, _, argument = message.strip().partition(" ")
    if command == "call" and argument.strip():
        return "call", argument.strip()
    return "show", None
