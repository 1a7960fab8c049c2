"""Realistic Danish test data for screenshots and benchmarks: ``python -m reception demo-data``.

``fill_demo_data(database, callers=N, calls_per_caller=K, seed=1, today=None)``
adds N callers (Danish names and addresses, 8-digit mobile numbers, some shared
by a couple, some with two numbers) and about N×K saved calls over the last
three years (notes about neck, back and knee pain, outcomes, callbacks — the
recent ones still open —, sent sheets, extra notes). The same seed and ``today``
give the same data.

Fast enough for 100,000 callers and 1,000,000 calls: bulk inserts with explicit
ids in large transactions, the search triggers dropped during the load and the
index rebuilt once at the end (``fts``), triggers always restored.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from peewee import Database, Model, fn

from reception.calls import audit
from reception.calls.vocabulary import PAIN_AREAS, TREATMENTS
from reception.phone import phone_search_tokens, validate_phone
from reception.store import door, fts
from reception.store.fields import to_utc_text
from reception.store.models import (
    Call,
    Callback,
    Caller,
    CallerPhone,
    Checklist,
    ChecklistStep,
    Note,
    SentItem,
)

FIRST_NAMES = (
    "Anne Kirsten Hanne Mette Anna Helle Susanne Lene Maria Marianne Lone Camilla Pia "
    "Louise Charlotte Tina Gitte Bente Karen Inge Jette Birgitte Søs Ærtebjørg Åse "
    "Peter Michael Jens Lars Henrik Thomas Søren Jan Niels Christian Martin Jørgen Hans "
    "Anders Morten Jesper Ole Per Erik Kim Mads Rasmus Bjørn Ørjan Åge Frederik Jørn Poul"
).split()
LAST_NAMES = (
    "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen "
    "Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen "
    "Møller Mortensen Knudsen Jakobsen Mikkelsen Frederiksen Laursen Henriksen Lund "
    "Schmidt Eriksen Holm Kristiansen Clausen Simonsen Svendsen Andreasen Iversen Østergaard "
    "Jeppesen Vestergaard Nissen Lauridsen Kjær Jepsen Mogensen Søndergaard Bak Dahl Ærbo"
).split()
STREETS = (
    "Østergade|Vestergade|Nørregade|Søndergade|Algade|Kirkevej|Skolevej|Møllevej|Stationsvej|"
    "Bøgevej|Egevej|Birkevej|Lærkevej|Syrenvej|Rosenvej|Engvej|Åboulevarden|Strandvejen|"
    "Hovedgaden|Bakkevej|Skovvej|Grønnegade|Jernbanegade|Havnegade|Fasanvej|Ærøvej|"
    "Toftevej|Vænget|Kastanie Allé|Guldvej|Fælledvej|Tværgade|Åvej|Sønderbro"
).split("|")
TOWNS = (
    ("1000", "København K"), ("2100", "København Ø"), ("2200", "København N"),
    ("2300", "København S"), ("2500", "Valby"), ("2610", "Rødovre"), ("2800", "Kongens Lyngby"),
    ("2900", "Hellerup"), ("3000", "Helsingør"), ("3400", "Hillerød"), ("4000", "Roskilde"),
    ("4200", "Slagelse"), ("4600", "Køge"), ("4700", "Næstved"), ("4800", "Nykøbing F"),
    ("5000", "Odense C"), ("5700", "Svendborg"), ("6000", "Kolding"), ("6100", "Haderslev"),
    ("6200", "Aabenraa"), ("6400", "Sønderborg"), ("6700", "Esbjerg"), ("7100", "Vejle"),
    ("7400", "Herning"), ("7500", "Holstebro"), ("7800", "Skive"), ("8000", "Aarhus C"),
    ("8200", "Aarhus N"), ("8600", "Silkeborg"), ("8700", "Horsens"), ("8800", "Viborg"),
    ("8900", "Randers C"), ("9000", "Aalborg"), ("9700", "Brønderslev"), ("9800", "Hjørring"),
    ("9900", "Frederikshavn"), ("5970", "Ærøskøbing"), ("3700", "Rønne"), ("4400", "Kalundborg"),
)
MOBILE_PREFIXES = ("20", "21", "22", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
                   "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")
STAFF = ("Mette", "Lise", "Karin", "Jonas")
REFERRALS = ("egen læge", "internettet", "ven eller familie", "avisannonce", "fysioterapeut",
             "tidligere patient", "")
AREA_WORDS = {"nakke": "nakken", "ryg": "ryggen", "skulder": "skulderen", "hofte": "hoften",
              "knae": "knæet", "haender": "hænderne", "andet": "albuen"}
NOTE_OPENINGS = (
    "Ringer om smerter i {area}, har haft ondt i {value} {unit}.",
    "Har ondt i {area} – værst om morgenen, varet {value} {unit}.",
    "Spørger til guldbehandling mod smerter i {area} ({value} {unit}).",
    "Datter ringer på vegne af sin mor: smerter i {area} i {value} {unit}.",
    "Tidligere patient, smerterne i {area} er kommet igen efter {value} {unit}.",
)
NOTE_MIDDLES = (
    "Har prøvet {treatment} uden varig effekt.",
    "{treatment} hjalp kun kortvarigt.",
    "Egen læge har foreslået {treatment}.",
    "Har fået lavet MR-scanning for et år siden.",
    "Får blodfortyndende medicin – husk at nævne pausen.",
    "Kan ikke køre bil selv, pårørende kører.",
    "Slidgigt konstateret ved røntgen.",
    "Diskusprolaps for nogle år siden.",
)
NOTE_ENDINGS = (
    "Vil gerne have tilsendt informationsark.", "Booket til forundersøgelse.",
    "Ringer tilbage når hun har talt med sin læge.", "Spurgte til pris og ventetid.",
    "Meget interesseret, men vil tænke over det.", "Henvist til egen læge først.", "",
)
UNITS = (("weeks", "uger", 2, 20), ("months", "måneder", 2, 24), ("years", "år", 1, 15))
OUTCOME_WEIGHTS = (("booked", 25), ("send_sheet", 30), ("call_back", 15), ("no_action", 30))
SHEETS = ("Informationsark: Kroniske smerter", "Informationsark: Nakkesmerter",
          "Før en guldbehandling – de seks trin")


@dataclass(frozen=True)
class DemoResult:
    callers: int
    phones: int
    calls: int
    callbacks: int
    notes: int
    sent_items: int
    checklists: int = 0


CHECKLIST_COLUMNS = [
    "id", "caller", "consultation_date", "consultation_time", "treat_areas", "scan_kind",
    "scan_area", "scan_taken", "scan_place", "scan_usable_until", "request_department",
    "request_date", "images_received", "takes_blood_thinners", "blood_thinner_names",
    "pause_agreed", "pause_from", "companion_arranged", "companion_name", "created_at",
    "created_by", "updated_at"]
STEP_IDS = ("booking", "scan", "request_images", "send_images", "blood_thinners", "companion")


@dataclass
class _Extras:
    """Checklists, callbacks kept on time or late and the week's rhythm: drawn from their
    own random source, so the callers, calls and numbers of a seed stay as they were."""

    rng: random.Random
    checklist_sql: str
    step_sql: str
    next_checklist: int


WEEK_RHYTHM = (35, 25, 20, 12, 8)  # a weekend's calls fall Monday … Friday: Monday busiest


def _weekday(day: date, today: date, rng: random.Random) -> date:
    """The clinic's phone is closed at weekends: a Saturday's or Sunday's call moves to
    a weekday of the next week (the week before, if that is still to come)."""
    if day.weekday() < 5:
        return day
    weekday = rng.choices(range(5), WEEK_RHYTHM)[0]
    monday = day + timedelta(days=7 - day.weekday())
    moved = monday + timedelta(days=weekday)
    return moved if moved <= today else moved - timedelta(days=7)


def _callback_done(extras: _Extras, called: date, due: date, today: date) -> str | None:
    """Most callbacks are kept by their day, one in four a few days late; None if that
    day has not come yet."""
    rng = extras.rng
    if rng.random() < 0.25:
        day = due + timedelta(days=rng.randint(1, 6))
    else:
        day = max(called, due - timedelta(days=rng.randrange(0, 3)))
    day = _weekday(day, date.max - timedelta(days=7), rng)
    if day > today:
        return None
    return to_utc_text(_moment(day, rng))


def _checklist(extras: _Extras, rows: _Rows, caller_id: int, booked: date, today: date,
               areas: list[str]) -> None:
    """A booked caller's checklist: the consultation 10-45 days on; the steps mostly
    settled, some only in the last week, some (more so for coming ones) still missing."""
    rng = extras.rng
    consultation = _weekday(booked + timedelta(days=rng.randint(10, 45)),
                            date.max - timedelta(days=7), rng)
    careful = rng.random() < 0.7  # most get everything done in good time
    checklist_id = extras.next_checklist
    extras.next_checklist += 1
    stamp = to_utc_text(_moment(booked, rng))
    rows.add(extras.checklist_sql, (
        checklist_id, caller_id, consultation.isoformat(), f"{rng.choice((9, 10, 11, 13)):02d}:00",
        ",".join(areas), "", "", None, "", None, "", None, None, None, "", False, None, None, "",
        stamp, rng.choice(STAFF), stamp))
    coming = consultation > today
    for step in STEP_IDS:
        roll = rng.random()
        if step == "booking":
            status, when = "done", booked
        elif roll < (0.35 if coming else 0.08):
            status, when = "missing", None
        else:
            status = "not_relevant" if roll > 0.9 and step != "scan" else "done"
            early = (30, 21, 14, 10, 8) if careful else (20, 14, 10, 6, 5, 3, 2)
            when = consultation - timedelta(days=rng.choice(early))
            when = min(max(when, booked), today)
        rows.add(extras.step_sql, (checklist_id, step, status, "",
                                   to_utc_text(_moment(when, rng)) if when else None,
                                   rng.choice(STAFF) if when else ""))


# peewee adds every other column that has a default after the given ones (a version
# column's 1, for example): their values, appended to each row of that statement.
_DEFAULTS: dict[str, tuple] = {}


def _insert_sql(model: type[Model], columns: list[str]) -> str:
    query = model.insert({getattr(model, name): None for name in columns})
    sql, params = query.sql()
    _DEFAULTS[sql] = tuple(params[len(columns):])
    return sql


def _next_id(model: type[Model]) -> int:
    return (model.select(fn.MAX(model.id)).scalar() or 0) + 1


class _Rows:
    """Collects rows per table and writes them with executemany."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.pending: dict[str, list[tuple]] = {}
        self.counts: dict[str, int] = {}

    def add(self, sql: str, row: tuple) -> None:
        self.pending.setdefault(sql, []).append(row)

    def flush(self) -> None:
        cursor = self.database.cursor()
        for sql, rows in self.pending.items():
            defaults = _DEFAULTS.get(sql, ())
            cursor.executemany(sql, [(*row, *defaults) for row in rows] if defaults else rows)
            self.counts[sql] = self.counts.get(sql, 0) + len(rows)
        self.pending.clear()


def _phone(rng: random.Random) -> str:
    """A Danish mobile number the numbering plan knows."""
    while True:
        number = "+45" + rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(1_000_000):06d}"
        if validate_phone(number) is None:
            return number


def _note(rng: random.Random, area: str, value: int, unit_label: str) -> str:
    parts = [rng.choice(NOTE_OPENINGS).format(area=AREA_WORDS[area], value=value,
                                              unit=unit_label)]
    treatment = rng.choice(list(TREATMENTS.values())[:-1]).lower()
    parts.append(rng.choice(NOTE_MIDDLES).format(treatment=treatment).capitalize())
    parts.append(rng.choice(NOTE_ENDINGS))
    return " ".join(p for p in parts if p)


def _moment(day: date, rng: random.Random) -> datetime:
    start = datetime.combine(day, time(7, 0), tzinfo=UTC)
    return start + timedelta(seconds=rng.randrange(9 * 3600))


def fill_demo_data(
    database: Database,
    callers: int,
    calls_per_caller: int = 10,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    """Add the demo data to an open, migrated database (see the module docstring)."""
    rng = random.Random(seed)
    today = today or date.today()
    caller_sql = _insert_sql(Caller, [
        "id", "name", "email", "street", "postcode", "town", "country", "preferred_contact",
        "consent_to_contact", "consent_at", "pain_areas", "pain_since", "pain_duration_value",
        "pain_duration_unit", "treatments_tried", "referral_source", "created_at", "updated_at"])
    phone_sql = _insert_sql(CallerPhone, ["caller", "e164", "raw", "label", "search_digits",
                                          "created_at"])
    call_sql = _insert_sql(Call, [
        "id", "caller", "direction", "status", "started_at", "ended_at", "duration_seconds",
        "taken_by", "phone_e164", "outcome", "pain_areas", "duration_value", "duration_unit",
        "treatments_tried", "notes", "follow_up", "draft_form", "updated_at"])
    callback_sql = _insert_sql(Callback, ["caller", "call", "due", "reason", "attempts",
                                          "done_at", "done_call", "created_at", "created_by"])
    note_sql = _insert_sql(Note, ["caller", "call", "text", "created_at", "author"])
    sent_sql = _insert_sql(SentItem, ["caller", "call", "what", "how", "sent_at", "sent_by"])
    rows = _Rows(database)
    extras = _Extras(random.Random(seed * 1_000_003 + 17),
                     _insert_sql(Checklist, CHECKLIST_COLUMNS),
                     _insert_sql(ChecklistStep, ["checklist", "step", "status", "reason",
                                                 "changed_at", "changed_by"]),
                     _next_id(Checklist))
    first_caller, first_call = _next_id(Caller), _next_id(Call)
    call_id = first_call
    areas = list(PAIN_AREAS)
    treatments = list(TREATMENTS)
    outcomes = [o for o, _ in OUTCOME_WEIGHTS]
    weights = [w for _, w in OUTCOME_WEIGHTS]
    previous_phone = ""
    with fts.caller_triggers_suspended(database):
        for batch_start in range(0, callers, 5000):
            with database.atomic():
                for n in range(batch_start, min(callers, batch_start + 5000)):
                    caller_id = first_caller + n
                    call_id, previous_phone = _one_caller(
                        rng, rows, today, caller_id, call_id, calls_per_caller, areas,
                        treatments, outcomes, weights, previous_phone,
                        (caller_sql, phone_sql, call_sql, callback_sql, note_sql, sent_sql),
                        extras)
                rows.flush()
            if progress:
                progress(min(callers, batch_start + 5000), callers)
    door.after_rows_with_ids(database)
    audit.record("demo.load", "caller", None, summary=f"personer={callers} seed={seed}")
    c = rows.counts
    return DemoResult(callers=c.get(caller_sql, 0), phones=c.get(phone_sql, 0),
                      calls=c.get(call_sql, 0), callbacks=c.get(callback_sql, 0),
                      notes=c.get(note_sql, 0), sent_items=c.get(sent_sql, 0),
                      checklists=c.get(extras.checklist_sql, 0))


def _one_caller(
    rng: random.Random, rows: _Rows, today: date, caller_id: int, call_id: int,
    calls_per_caller: int, areas: list[str], treatments: list[str], outcomes: list[str],
    weights: list[int], previous_phone: str, sql: tuple[str, ...], extras: _Extras,
) -> tuple[int, str]:
    """Rows of one caller and their calls; returns the next call id and the caller's number."""
    caller_sql, phone_sql, call_sql, callback_sql, note_sql, sent_sql = sql
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    if rng.random() < 0.2:
        last = f"{rng.choice(LAST_NAMES)} {last}"
    postcode, town = rng.choice(TOWNS)
    street = f"{rng.choice(STREETS)} {rng.randrange(1, 180)}"
    if rng.random() < 0.2:
        street += f", {rng.randrange(1, 6)}. {rng.choice(('th', 'tv', 'mf'))}"
    email = ""
    if rng.random() < 0.6:
        domain = rng.choice(("gmail.com", "hotmail.com", "outlook.dk", "mail.dk", "yahoo.dk"))
        email = f"{fts.fold(first)}.{fts.fold(last.split()[-1])}{rng.randrange(100)}@{domain}"
    own_areas = rng.sample(areas[:6], rng.choice((1, 1, 1, 2, 2, 3)))
    tried = rng.sample(treatments[:-1], rng.randrange(0, 4))
    unit, unit_label, low, high = rng.choice(UNITS)
    value = rng.randint(low, high)
    count = max(1, rng.randint(1, 2 * calls_per_caller - 1)) if calls_per_caller > 0 else 0
    first_day = today - timedelta(days=rng.randrange(30, 3 * 365))
    span = max(1, (today - first_day).days)
    days = sorted(_weekday(first_day + timedelta(days=rng.randrange(span)), today, extras.rng)
                  for _ in range(count))
    created = to_utc_text(_moment(days[0] if days else today, rng))
    consent = rng.random() < 0.7
    rows.add(caller_sql, (
        caller_id, f"{first} {last}", email, street, postcode, town, "Danmark",
        rng.choice(("", "phone", "sms", "email", "letter")), consent, created if consent else None,
        ",".join(own_areas), "", value, unit, ",".join(tried),
        rng.choice(REFERRALS),
        created, created,
    ))
    # about 3% share the previous caller's number (a couple), 15% have a second one
    phones = [previous_phone if previous_phone and rng.random() < 0.03 else _phone(rng)]
    if rng.random() < 0.15:
        phones.append(_phone(rng))
    for number, label in zip(phones, ("mobil", "arbejde"), strict=False):
        rows.add(phone_sql, (caller_id, number, number[3:], label, phone_search_tokens(number),
                             created))
    outcomes_of: list[str] = []
    for index, day in enumerate(days):
        started = _moment(day, rng)
        duration = rng.randrange(60, 900)
        outcome = rng.choices(outcomes, weights)[0]
        outcomes_of.append(outcome)
        area = rng.choice(own_areas)
        notes = _note(rng, area, value, unit_label) if rng.random() < 0.8 else ""
        stamp = to_utc_text(started)
        rows.add(call_sql, (
            call_id, caller_id, "in" if rng.random() < 0.85 else "out", "saved", stamp,
            to_utc_text(started + timedelta(seconds=duration)), duration, rng.choice(STAFF),
            phones[0], outcome, area, value, unit, ",".join(tried), notes, "", "", stamp,
        ))
        if outcome == "call_back":
            due = day + timedelta(days=rng.randrange(1, 15))
            is_last = index == len(days) - 1
            done = (None if is_last and due >= today - timedelta(days=10)
                    else _callback_done(extras, day, due, today))
            rows.add(callback_sql, (caller_id, call_id, due.isoformat(),
                                    rng.choice(("Vil tænke over det", "Skal tale med egen læge",
                                                "Venter på scanning", "Ønsker pris")),
                                    rng.randrange(0, 3), done, None, stamp,
                                    rng.choice(STAFF)))
        elif outcome == "send_sheet":
            rows.add(sent_sql, (caller_id, call_id, rng.choice(SHEETS),
                                "email" if email else "letter", stamp, rng.choice(STAFF)))
        call_id += 1
    booked = [day for day, outcome in zip(days, outcomes_of, strict=True) if outcome == "booked"]
    if booked:
        _checklist(extras, rows, caller_id, booked[-1], today, own_areas)
    if rng.random() < 0.1:
        rows.add(note_sql, (caller_id, None, rng.choice((
            "Foretrækker at blive ringet op efter kl. 15.", "Hørehæmmet – tal tydeligt.",
            "Ønsker post frem for e-mail.", "Pårørende (søn) hjælper med aftaler.")),
            created, rng.choice(STAFF)))
    return call_id, phones[0]

