"""Clinic settings for the sheets: where the envelope window sits, and the logo.

Stored as ``Setting`` rows beside the clinic's address (``reception.clinic_settings``),
so they travel with backups. Distances are in millimetres from the paper's top-left
corner; the window's size is the standard C5/C65 window (85 × 45 mm). Empty or
missing rows mean the defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reception.changes import announce
from reception.clinic_settings import InvalidSettings, load_clinic_settings
from reception.content.model import Content
from reception.errors import QT_TR_NOOP, ReceptionError, Text
from reception.sheets.build import letterhead_from_clinic
from reception.sheets.model import EnvelopeWindow, Letterhead
from reception.store.errors import guarded
from reception.store.models import Setting

KEYS = {
    "window_left_mm": "sheet_window_left_mm",
    "window_top_mm": "sheet_window_top_mm",
    "logo_path": "sheet_logo_path",
}
LEFT_RANGE = (0.0, 120.0)  # the window must stay on an A4 page (210 mm wide)
TOP_RANGE = (0.0, 240.0)
LOGO_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif"}
_DEFAULT = EnvelopeWindow()


@dataclass(frozen=True)
class SheetSettings:
    window_left_mm: float = _DEFAULT.left_mm
    window_top_mm: float = _DEFAULT.top_mm
    logo_path: str = ""  # a PNG or JPEG file on this PC; empty: no logo

    def window(self) -> EnvelopeWindow:
        return EnvelopeWindow(left_mm=self.window_left_mm, top_mm=self.window_top_mm)

    def logo(self) -> Path | None:
        """The logo file, or None when none is set or the file is gone."""
        if not self.logo_path.strip():
            return None
        path = Path(self.logo_path.strip()).expanduser()
        return path if path.is_file() else None

    def validate(self) -> dict[str, str]:
        """Field name → Danish message for every invalid field."""
        problems: dict[str, str] = {}
        for name, (low, high) in (("window_left_mm", LEFT_RANGE), ("window_top_mm", TOP_RANGE)):
            value = getattr(self, name)
            if not low <= value <= high:
                problems[name] = Text(QT_TR_NOOP("Afstanden skal være mellem {low} og {high} mm."),
                                      low=f"{low:g}", high=f"{high:g}")
        logo = self.logo_path.strip()
        if logo:
            path = Path(logo).expanduser()
            if path.suffix.lower() not in LOGO_SUFFIXES:
                problems["logo_path"] = Text(
                    QT_TR_NOOP("Logoet skal være et billede (PNG eller JPEG)."))
            elif not path.is_file():
                problems["logo_path"] = Text(QT_TR_NOOP("Filen »{path}« findes ikke."), path=path)
        return problems


class NotMillimetres(ReceptionError, ValueError):
    code = "not_millimetres"
    messages = {"not_millimetres": QT_TR_NOOP("»{text}« er ikke et tal i millimeter.")}


def parse_mm(text: str) -> float:
    """``"20,5"`` or ``"20.5 mm"`` → 20.5; raises ``NotMillimetres``."""
    cleaned = text.strip().lower().removesuffix("mm").strip().replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        raise NotMillimetres(text=text.strip()) from None


@guarded
def load_sheet_settings() -> SheetSettings:
    stored = {s.key: s.value for s in Setting.select().where(Setting.key.in_(list(KEYS.values())))}
    values: dict[str, object] = {}
    for name in ("window_left_mm", "window_top_mm"):
        text = stored.get(KEYS[name], "").strip()
        if text:
            try:
                values[name] = parse_mm(text)
            except ValueError:
                pass  # a row edited by hand into nonsense: the default, not a crash
    values["logo_path"] = stored.get(KEYS["logo_path"], "")
    return SheetSettings(**values)  # type: ignore[arg-type]


@guarded
def save_sheet_settings(settings: SheetSettings) -> None:
    """Store the settings, or raise ``InvalidSettings`` (nothing stored) with Danish messages."""
    settings = SheetSettings(settings.window_left_mm, settings.window_top_mm,
                             settings.logo_path.strip())
    problems = settings.validate()
    if problems:
        raise InvalidSettings(problems)
    rows = [
        {"key": KEYS["window_left_mm"], "value": f"{settings.window_left_mm:g}"},
        {"key": KEYS["window_top_mm"], "value": f"{settings.window_top_mm:g}"},
        {"key": KEYS["logo_path"], "value": settings.logo_path},
    ]
    with Setting._meta.database.atomic():
        Setting.put(rows)
    announce("settings")


@guarded
def clinic_letterhead(content: Content, settings: SheetSettings | None = None) -> Letterhead:
    """The letterhead from the content's clinic facts, the clinic's address and the logo."""
    clinic = load_clinic_settings()
    settings = settings or load_sheet_settings()
    return letterhead_from_clinic(content.clinic, street=clinic.street, postcode=clinic.postcode,
                                  town=clinic.town, email=clinic.email, cvr=clinic.cvr,
                                  logo=settings.logo())
