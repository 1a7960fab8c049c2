"""Linux: the desktop entry that makes ``tel:`` and ``guldklinik-opkald:`` links open a call.

    guldklinikken-reception --install-desktop-entry     (frozen program)
    python main.py --install-desktop-entry             (source checkout)

writes ``guldklinikken-reception.desktop`` to ``$XDG_DATA_HOME/applications`` (else
``~/.local/share/applications``) with ``Exec`` pointing at the program that ran the
command, the icon into the hicolor theme there, then runs ``update-desktop-database``
and ``xdg-mime default`` for both schemes when they exist (package xdg-utils,
desktop-file-utils). The desktop hands the link as it is (``tel:+45%2023…``);
``reception.screenpop.link`` decodes it. The file in packaging/linux/ is the same entry
for a system-wide package, with the program on PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from reception.paths import resources_dir

ENTRY_NAME = "guldklinikken-reception.desktop"
ICON_NAME = "guldklinikken-reception"
SCHEMES = ("x-scheme-handler/guldklinik-opkald", "x-scheme-handler/tel")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
_RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')


def program_command() -> list[str]:
    """How this program is started: the frozen executable, else Python with main.py."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, str(Path(__file__).resolve().parent.parent / "main.py")]


def _exec_argument(argument: str) -> str:
    """One argument as the Desktop Entry spec quotes it (and ``%`` doubled)."""
    argument = argument.replace("%", "%%")
    if not any(c in _RESERVED for c in argument):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def entry_text(command: list[str] | None = None) -> str:
    """The desktop entry; ``command`` None gives the packaged form (program on PATH)."""
    command = command or ["guldklinikken-reception"]
    exec_line = " ".join(_exec_argument(part) for part in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.4\n"
        "Name=Guldklinikken Reception\n"
        "GenericName=Receptionens program\n"
        "Comment=Opkald, viden, tjekliste og informationsark\n"
        f"Exec={exec_line} %u\n"
        f"Icon={ICON_NAME}\n"
        "Terminal=false\n"
        "Categories=Network;Telephony;\n"
        f"MimeType={';'.join(SCHEMES)};\n"
        "StartupWMClass=guldklinikken-reception\n"
    )


def data_home() -> Path:
    chosen = os.environ.get("XDG_DATA_HOME")
    return Path(chosen) if chosen else Path.home() / ".local" / "share"


def install_desktop_entry(command: list[str] | None = None, home: Path | None = None,
                          run_tools: bool = True) -> list[str]:
    """Write the entry and the icons; register the schemes. Danish lines of what was done."""
    home = home or data_home()
    applications = home / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    entry = applications / ENTRY_NAME
    entry.write_text(entry_text(command or program_command()), encoding="utf-8")
    done = [f"Skrivebordsfil: {entry}"]
    icons = resources_dir() / "icons"
    for size in ICON_SIZES:
        target = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icons / f"reception-{size}.png", target)
    scalable = home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icons / "reception.svg", scalable)
    done.append(f"Ikon: {home / 'icons' / 'hicolor'}")
    if run_tools:
        done += _register(applications)
    return done


def _register(applications: Path) -> list[str]:
    lines = []
    if shutil.which("update-desktop-database"):
        subprocess.run(["update-desktop-database", str(applications)], check=False,
                       capture_output=True)
        lines.append("update-desktop-database kørt")
    if shutil.which("xdg-mime"):
        for scheme in SCHEMES:
            subprocess.run(["xdg-mime", "default", ENTRY_NAME, scheme], check=False,
                           capture_output=True)
        lines.append("Links åbner programmet: guldklinik-opkald: og tel: (xdg-mime)")
    else:
        lines.append("xdg-mime findes ikke (pakken xdg-utils): vælg programmet til "
                     "tel:-links i skrivebordets indstillinger")
    return lines
