"""The core speaks in codes: every error it raises is a ``ReceptionError`` with a code.

The words come from Danish templates marked for ``pyside6-lupdate``, so the UI can
translate what the command line shows in Danish.
"""

from __future__ import annotations

import ast
import builtins
import importlib
import inspect
import pkgutil
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

import reception
from reception.errors import ReceptionError, Text, render

ROOT = Path(__file__).resolve().parents[1]

# Builtin exceptions the core may raise: programming errors (a wrong argument from
# code, never from the receptionist) and OS errors caught a few lines further on.
# (file, function, exception): why.
BUILTIN_RAISES = {
    ("calls/desk.py", "activate", "ValueError"): "a call of another desk: a bug",
    ("changes.py", "make_change", "ValueError"): "change kinds come from code",
    ("content/overlay.py", "entry_of", "ValueError"): "text kinds come from code",
    ("content/toml_write.py", "_value", "TypeError"): "the editor's fields are text and lists",
    ("calls/drafts.py", "start_call", "ValueError"): "direction is 'in' or 'out' in code",
    ("calls/outcomes.py", "normalize_outcomes", "ValueError"): "outcome codes come from code",
    ("calls/outcomes.py", "outcome_has", "ValueError"): "outcome codes come from code",
    ("checklist/booking_check.py", "booking_warning_text", "ValueError"): "warning codes",
    ("checklist/overview.py", "_filter", "ValueError"): "filter codes come from code",
    ("checklist/records.py", "check", "ValueError"): "vocabulary codes come from code",
    ("checklist/service.py", "_check_status", "ValueError"): "step codes come from code",
    ("errors.py", "__init__", "KeyError"): "an error class without a text for its code",
    ("pdf/sheet.py", "generate_batch", "ValueError"): "callers check for an empty batch",
    ("privacy/retention.py", "subtract_months", "ValueError"): "unreachable",
    ("reports/period.py", "named_period", "ValueError"): "argparse checks the name",
    ("reports/period.py", "__post_init__", "ValueError"): "a period built backwards: a bug",
    ("safety/conversion.py", "replace_with_encrypted_copy", "OSError"): "caught below",
    ("safety/journal.py", "begin", "ValueError"): "operation names come from code",
    ("safety/restore.py", "restore_backup", "OSError"): "caught below",
    ("safety/settings.py", "set_idle_lock_minutes", "ValueError"): "the spin box stops at 0",
    ("screenpop/address.py", "_token", "OSError"): "screen pop is then not used (logged)",
    ("sheets/log.py", "log_sent_sheet", "ValueError"): "how comes from code",
    ("sheets/merge.py", "merge_pdfs", "ValueError"): "callers check for no parts",
    ("store/fields.py", "to_utc_text", "ValueError"): "a naive datetime: a bug",
}


def _error_classes() -> list[type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(reception.__path__, "reception."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (inspect.isclass(value) and issubclass(value, BaseException)
                    and value.__module__ == module.__name__):
                found[f"{module.__name__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


ERRORS = _error_classes()


def test_the_walk_finds_the_errors() -> None:
    names = {cls.__name__ for cls in ERRORS}
    assert {"StorageUnavailable", "InvalidForm", "BackupFailed", "UnknownCaller"} <= names


@pytest.mark.parametrize("cls", ERRORS, ids=lambda cls: cls.__name__)
def test_every_error_of_the_core_has_a_code_and_a_text_for_it(cls: type[BaseException]) -> None:
    assert issubclass(cls, ReceptionError), f"{cls.__name__} does not derive from ReceptionError"
    if cls is ReceptionError:
        return
    assert cls.messages, f"{cls.__name__} has no messages"
    if cls.code:
        assert cls.code in cls.messages
    for code, template in cls.messages.items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", code), code
        fields = [name for _, name, _, _ in string.Formatter().parse(template) if name]
        assert all(re.fullmatch(r"[a-z_]+", f) for f in fields), (code, fields)
        filled = render(template, {name: "X" for name in fields})
        assert "{" not in filled and filled.strip(), (code, filled)


def test_codes_are_unique_within_a_family() -> None:
    """One code, one text: a subclass shares its base's table rather than redefining it."""
    seen: dict[str, str] = {}
    for cls in ERRORS:
        for code, template in getattr(cls, "messages", {}).items():
            assert seen.setdefault(f"{id(cls.messages)}:{code}", template) == template


def _raises() -> list[tuple[str, str, ast.Raise]]:
    found = []
    for path in sorted((ROOT / "reception").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                found += [(path.relative_to(ROOT / "reception").as_posix(), function.name, node)
                          for node in ast.walk(function) if isinstance(node, ast.Raise)]
    return found


def test_the_core_raises_its_own_errors_or_documented_builtins() -> None:
    ours = {cls.__name__ for cls in ERRORS}
    factories = {function.name for path in (ROOT / "reception").rglob("*.py")
                 for function in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(function, ast.FunctionDef) and function.returns is not None
                 and ast.unparse(function.returns) in ours}
    ours |= factories  # functions that make one of the core's errors
    wrong, used = [], set()
    for path, function, node in _raises():
        if not (isinstance(node.exc, ast.Call) and isinstance(node.exc.func, ast.Name)):
            continue  # a re-raise, or ``raise self._fail(…)`` (its class is checked above)
        name = node.exc.func.id
        if name in ours:
            continue
        key = (path, function, name)
        if hasattr(builtins, name) and key in BUILTIN_RAISES:
            used.add(key)
            continue
        wrong.append(f"{path}:{node.lineno} {function}: raise {name}(…)")
    assert wrong == [], "raise a ReceptionError with a code (or document the builtin here)"
    assert sorted(set(BUILTIN_RAISES) - used) == []  # no stale entries


def test_the_text_is_the_template_filled_in_and_the_ui_can_translate_it() -> None:
    from reception.safety.errors import NOT_ENCRYPTED, EncryptionFailed
    from reception.store.errors import StorageUnavailable

    full = StorageUnavailable("disk_full", "sqlite says: full")
    assert full.code == full.reason == "disk_full" and full.detail == "sqlite says: full"
    assert str(full) == full.message and full.message.startswith("Disken er fuld")
    failed = EncryptionFailed("conversion_failed", failed=NOT_ENCRYPTED)
    assert str(failed) == "Databasen kunne ikke krypteres. Databasen er som før."
    english = {"{failed} Databasen er som før.": "{failed} The database is as it was.",
               "Databasen kunne ikke krypteres.": "The database could not be encrypted."}
    shown = render(failed.template, failed.params, lambda text: english.get(text, text))
    assert shown == "The database could not be encrypted. The database is as it was."
    assert isinstance(failed.message, Text) and failed.message.params["failed"] is NOT_ENCRYPTED


def _has_words(template: str) -> bool:
    return bool(re.search(r"[^\W\d_]", re.sub(r"{\w*}", "", template)))


def test_lupdate_finds_every_template(tmp_path: Path) -> None:
    """The templates are marked with QT_TR_NOOP, so the .ts file can carry them."""
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    files = sorted({inspect.getfile(cls) for cls in ERRORS if issubclass(cls, ReceptionError)})
    ts = tmp_path / "codes.ts"
    subprocess.run([tool, *files, "-ts", str(ts)], check=True, capture_output=True, cwd=ROOT)
    sources = {m.findtext("source") for c in ElementTree.parse(ts).getroot()
               for m in c.iter("message")}
    contexts = {c.findtext("name") or "" for c in ElementTree.parse(ts).getroot()}
    assert contexts == {""}  # looked up as ui.translations.tr looks up
    missing = [(cls.__name__, code) for cls in ERRORS if issubclass(cls, ReceptionError)
               for code, template in cls.messages.items()
               if template not in sources and _has_words(template)]
    assert missing == []
