"""One running app per data folder; later starts hand their request to it.

A phone system or softphone runs ``main.py --call NUMBER`` on every incoming
call. If the app already runs on the same data folder, that process only sends
``call NUMBER`` over a local socket (a named pipe on Windows) and exits; the
running window opens the call.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500


def server_name(data_root: Path) -> str:
    digest = hashlib.sha256(str(data_root).encode()).hexdigest()[:16]
    return f"guldklinikken-reception-{digest}"


def send_to_running(name: str, message: str) -> bool:
    """Deliver ``message`` to a running instance; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(message.encode("utf-8") + b"\n")
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
    return True


class InstanceServer(QObject):
    """Listens for messages from later starts; emits each line received."""

    message_received = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        # A socket file left behind by a crashed instance: nobody answers on it.
        QLocalServer.removeServer(self.name)
        ok = self._server.listen(self.name)
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
                    self.message_received.emit(line.decode("utf-8", "replace"))

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                read()


def call_message(phone: str | None) -> str:
    return f"call {phone}" if phone else "show"


def parse_message(message: str) -> tuple[str, str | None]:
    """("call", number) or ("show", None); anything unknown is treated as "show"."""
    command, _, argument = message.strip().partition(" ")
    if command == "call" and argument.strip():
        return "call", argument.strip()
    return "show", None
