"""A second desk in a process of its own, for tests/test_desk_events.py.

Runs the real main window on the PostgreSQL server given, listening to the other
desks, and answers one-line commands on stdin with one JSON line on stdout:

- ``show <caller id>``: show the caller's history in the call screen
- ``checklist``: show the checklist beside the history instead
- ``state``: what the screens show now (history text, callbacks, marks, desks)
- ``quit``

    python tests/desk_worker.py DATA_DIR URL
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSocketNotifier  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reception.paths import resolve_data_paths  # noqa: E402
from ui.app import create_main_window  # noqa: E402


def main() -> None:
    data, url = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    paths = resolve_data_paths(data).ensure().with_server(url)
    window = create_main_window(paths)
    window.resize(1400, 900)
    window.show()
    window.listen_to_other_desks(url)
    workspace = window.workspace
    assert workspace is not None

    def state() -> dict[str, object]:
        panel, callbacks = workspace.call_panel, workspace.callbacks
        return {
            "history": panel.history.toPlainText(),
            "callbacks": [[entry.caller_name, callbacks.taken_text(entry)]
                          for entry in callbacks.entries],
            "on_line": panel.on_line_label.text() if panel.on_line_label.isVisibleTo(panel)
            else "",
            "desks": window.desks_label.text(),
            "checklist": panel.checklist.progress_label.text(),
            "connected": window.change_events.connected,
        }

    def command() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        word, _, rest = line.strip().partition(" ")
        answer: dict[str, object] = {"ok": True}
        if word == "show":
            workspace.show_caller(int(rest))  # opens the checklist beside the history
            workspace.call_panel.side_tabs.setCurrentWidget(workspace.call_panel.history)
        elif word == "checklist":
            workspace.call_panel.side_tabs.setCurrentWidget(workspace.call_panel.checklist)
        elif word == "state":
            answer = state()
        elif word == "quit":
            window.close()
            app.quit()
        print(json.dumps(answer, ensure_ascii=False), flush=True)

    reader = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    reader.activated.connect(command)
    print(json.dumps({"ready": True}), flush=True)
    app.exec()
    window.change_events.close()


if __name__ == "__main__":
    main()
