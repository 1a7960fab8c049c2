"""The UI's strings go through Qt's translator, so an English translation can follow."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from reception.content import Content
from ui.knowledge.panel import KnowledgePanel
from ui.translations import install_translation, tr

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Intet fundet. Prøv et andet ord.</source>
        <translation>Nothing found. Try another word.</translation>
    </message>
</context>
<context>
    <name></name>
    <message>
        <source>Uventet fejl</source>
        <translation>Unexpected error</translation>
    </message>
</context>
</TS>
"""


def test_an_installed_translation_changes_the_panel_text(qtbot, tmp_path: Path) -> None:
    ts = tmp_path / "reception_en.ts"
    ts.write_text(TS, encoding="utf-8")
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([tool, str(ts), "-qm", str(tmp_path / "reception_en.qm")], check=True,
                   capture_output=True)
    app = QApplication.instance()
    translator = install_translation(app, "en", tmp_path)
    assert translator is not None
    try:
        panel = KnowledgePanel(Content(), lambda q: [])
        qtbot.addWidget(panel)
        assert panel.no_results.text() == "Nothing found. Try another word."
        assert tr("Uventet fejl") == "Unexpected error"  # a module-level string
    finally:
        app.removeTranslator(translator)
    panel = KnowledgePanel(Content(), lambda q: [])
    qtbot.addWidget(panel)
    assert panel.no_results.text() == "Intet fundet. Prøv et andet ord."


def test_danish_needs_no_file_and_a_missing_file_falls_back(tmp_path: Path) -> None:
    app = QApplication.instance()
    assert install_translation(app, "da", tmp_path) is None
    assert install_translation(app, "sv", tmp_path) is None


def test_qts_own_buttons_speak_danish(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.translations import install_qt_texts

    app = QApplication.instance()
    translator = install_qt_texts(app, "da")
    assert translator is not None
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        texts = sorted(button.text().replace("&", "") for button in box.buttons())
        assert texts == ["Annuller", "Luk"]
    finally:
        app.removeTranslator(translator)


def test_every_string_is_filed_under_the_context_it_is_looked_up_in(tmp_path: Path) -> None:
    """``self.tr`` looks up under the class's name, the module-level ``tr`` under "".
    A string translated through another object (``window.tr``) would be filed by
    lupdate under the variable's name and never found: this catches that."""
    import ast
    import xml.etree.ElementTree as ElementTree

    root = Path(__file__).resolve().parents[1]
    sources = sorted(str(p.relative_to(root)) for p in (root / "ui").rglob("*.py"))
    classes = {node.name for source in sources
               for node in ast.walk(ast.parse((root / source).read_text(encoding="utf-8")))
               if isinstance(node, ast.ClassDef)}
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    ts = tmp_path / "check.ts"
    subprocess.run([tool, *sources, "-ts", str(ts)], check=True, capture_output=True, cwd=root)
    contexts = {(c.findtext("name") or "") for c in ElementTree.parse(ts).getroot()}
    assert "" in contexts and "MainWindow" in contexts  # both kinds were found
    assert sorted(contexts - classes - {""}) == []
