"""What the frozen build leaves out, the licences it ships, and the Windows version file.

Used by ``packaging/reception.spec`` (PyInstaller imports this next to the spec).
The app uses QtCore, QtGui, QtWidgets, QtCharts, QtNetwork (screen pop), QtPdf,
QtPdfWidgets, QtPrintSupport and, through the icon, QtSvg's plugins; everything
else in PySide6-Addons (QML, Quick, WebEngine, 3D, Multimedia …) stays out.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path, PurePath

UNUSED_QT = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAsyncio", "QtBluetooth", "QtCanvasPainter", "QtConcurrent", "QtDataVisualization",
    "QtDBus", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer",
    "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc",
    "QtOpenGL", "QtOpenGLWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
    "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
]
EXCLUDED_MODULES = [
    *(f"PySide6.{name}" for name in UNUSED_QT),
    "tkinter", "pydoc", "doctest", "lib2to3", "numpy", "pandas", "matplotlib", "IPython",
    "pytest", "hypothesis", "ruff", "pytestqt", "PyInstaller",
    # Pillow reads the clinic's logo (PNG/JPEG) for reportlab; not AVIF, WebP or Tk (5 MB)
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL.ImageTk",
    "PIL._imagingtk", "PIL.ImageQt",
    # phonenumbers' place names, carriers and time zones (40 MB of source): the app only
    # parses and formats numbers (phonenumbers.data stays)
    "phonenumbers.geodata", "phonenumbers.geocoder", "phonenumbers.carrierdata",
    "phonenumbers.carrier", "phonenumbers.tzdata", "phonenumbers.timezone",
]
# Qt's own texts: Danish (the app's language) and English (english-ui) only.
KEPT_TRANSLATIONS = re.compile(r"^qt(base)?_(da|en)\.qm$")
# Qt libraries and plugins nothing here loads (pulled in by a plugin's or a module's
# dependencies): QML/Quick, WebEngine, 3D, Multimedia, virtual keyboard.
DROPPED_LIBRARY = re.compile(
    r"(Qt6?(Qml|Quick|WebEngine|3D|Multimedia|VirtualKeyboard|Designer|Pdf?Quick|Location"
    r"|Positioning|Sensors|TextToSpeech|SpatialAudio|ShaderTools|Graphs|DataVisualization))"
    r"|(/|\\)(qmltooling|sqldrivers|multimedia|position|sensors|texttospeech|webview|renderers"
    r"|geoservices|sceneparsers|assetimporters|geometryloaders|renderplugins|canbus"
    r"|designer|qmllint|scxmldatamodel|virtualkeyboard|egldeviceintegrations|generic"
    r"|networkinformation|tls)(/|\\)"
    # plugins: the GTK theme (pulls GTK, cairo, pango), display servers a desk PC has
    # none of, image formats nobody hands the app, the virtual keyboard
    r"|(qgtk3|qeglfs|qlinuxfb|qvnc|qvkkhrdisplay|qminimalegl|qtga|qtiff|qwbmp|qwebp|qicns"
    r"|qtvirtualkeyboardplugin|qpdf)\.(so|dll|dylib)$"
    r"|libqpdf\.so$")
# holidays' names of the days in other languages (4 MB): Danish and English stay.
HOLIDAY_LOCALE = re.compile(r"holidays[/\\]locale[/\\](?!da[/\\]|en_US[/\\])")


def keep(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """``toc`` without unused Qt libraries, plugins and translations."""
    kept = []
    for entry in toc:
        destination = entry[0]
        name = PurePath(destination).name
        if destination.replace("\\", "/").find("/translations/") >= 0 and name.endswith(".qm") \
                and "PySide6" in destination and not KEPT_TRANSLATIONS.match(name):
            continue
        if DROPPED_LIBRARY.search(destination) or HOLIDAY_LOCALE.search(destination):
            continue
        kept.append(entry)
    return kept


LICENCES = {  # project name → its licence folder (PySide6's texts: packaging/licenses/)
    "holidays": "holidays", "peewee": "peewee", "phonenumbers": "phonenumbers",
    "platformdirs": "platformdirs", "PyStemmer": "pystemmer", "psycopg": "psycopg",
    "pypdf": "pypdf", "rapidfuzz": "rapidfuzz", "reportlab": "reportlab",
    "sqlcipher3": "sqlcipher3", "python-dateutil": "python_dateutil", "pillow": "pillow",
}


def licence_files(root: Path) -> list[tuple[str, str, str]]:
    """Every third-party licence into ``licenses/<project>/``, plus Python's own and a README."""
    from importlib import metadata

    entries = [(f"licenses/PySide6/{path.name}", str(path), "DATA")  # the wheels carry none
               for path in sorted((root / "packaging" / "licenses" / "PySide6").glob("*.txt"))]
    for project in LICENCES:
        try:
            distribution = metadata.distribution(project)
        except metadata.PackageNotFoundError:
            continue
        for file in distribution.files or []:
            name = PurePath(str(file)).name.upper()
            if any(word in name for word in ("LICENSE", "LICENCE", "COPYING", "NOTICE")):
                source = Path(str(distribution.locate_file(file)))
                if source.is_file():
                    entries.append((f"licenses/{project}/{PurePath(str(file)).name}",
                                    str(source), "DATA"))
    python_licence = Path(sys.base_prefix) / "LICENSE.txt"
    if not python_licence.is_file():
        python_licence = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}." \
            f"{sys.version_info[1]}" / "LICENSE.txt"
    if python_licence.is_file():
        entries.append(("licenses/Python/LICENSE.txt", str(python_licence), "DATA"))
    entries.append(("licenses/README.txt", str(root / "packaging" / "LICENSES.txt"), "DATA"))
    return entries


def windows_version_file(root: Path) -> str:
    """A PyInstaller version file (the Windows executable's Details tab) from the app's version."""
    sys.path.insert(0, str(root))
    from reception import __version__

    numbers = [int(part) for part in re.findall(r"\d+", __version__)[:3]]
    numbers += [0] * (4 - len(numbers))
    text = VERSION_TEMPLATE.format(tuple=tuple(numbers), version=__version__)
    path = root / "build" / "windows-version.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


VERSION_TEMPLATE = """# UTF-8 - made by packaging/build_info.py
VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple}, prodvers={tuple}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040604b0', [
      StringStruct('CompanyName', 'Guldklinikken'),
      StringStruct('FileDescription', 'Guldklinikken Reception'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'guldklinikken-reception'),
      StringStruct('LegalCopyright', 'Guldklinikken'),
      StringStruct('OriginalFilename', 'guldklinikken-reception.exe'),
      StringStruct('ProductName', 'Guldklinikken Reception'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x0406, 1200])])
  ]
)
"""


def _bundled_system_library(destination: str) -> bool:
    """A system library PyInstaller copied next to the program as some file's dependency."""
    name = PurePath(destination).name
    return ("/" not in destination.replace("\\", "/") and bool(re.match(r"lib.*\.so", name))
            and not name.startswith(("libpython", "libQt6", "libpyside6", "libshiboken6")))


def prune_unreachable(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Linux: drop the system libraries that only the plugins dropped by ``keep`` needed.

    PyInstaller collects a plugin's dependencies (the GTK theme brings GTK, cairo, pango …)
    before ``keep`` removes the plugin; this keeps only those still reachable from what
    stays, following each file's link-time dependencies.
    """
    if not sys.platform.startswith("linux"):
        return binaries
    from PyInstaller.depend.bindepend import get_imports

    libraries = {PurePath(e[0]).name: e for e in binaries if _bundled_system_library(e[0])}
    stack = [e[1] for e in binaries if not _bundled_system_library(e[0])]
    seen: set[str] = set()
    needed: set[str] = set()
    while stack:
        source = stack.pop()
        if source in seen:
            continue
        seen.add(source)
        for name, _path in get_imports(source):
            base = PurePath(name).name
            if base in libraries and base not in needed:
                needed.add(base)
                stack.append(libraries[base][1])
    return [e for e in binaries
            if not _bundled_system_library(e[0]) or PurePath(e[0]).name in needed]
