"""A draft e-mail (.eml) with the sheet attached, for the PC's own mail program to send.

The header ``X-Unsent: 1`` makes Outlook open the file as a new message ready to
send (Thunderbird opens it as a message it can "Edit as New"). Nothing here
opens a network connection.
"""

from __future__ import annotations

import os
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path

from reception.errors import QT_TR_NOOP, ReceptionError
from reception.sheets.files import write_atomic


def _one_line(text: str) -> str:
    """Header values on one line: a newline in a name must not start a new header."""
    return " ".join(text.split())


class InvalidAddress(ReceptionError, ValueError):
    """An e-mail address the draft cannot carry."""

    code = "invalid_email_address"
    messages = {"invalid_email_address": QT_TR_NOOP("»{address}« er ikke en gyldig e-mailadresse.")}


def _address(address: str, name: str = "") -> Address:
    spec = _one_line(address)
    try:
        parsed = Address(display_name=_one_line(name), addr_spec=spec)
    except (ValueError, IndexError, HeaderParseError) as exc:
        raise InvalidAddress(address=spec) from exc
    if not parsed.username or "." not in parsed.domain:
        raise InvalidAddress(address=spec)
    if not parsed.domain.isascii():  # "ærø.dk" travels as "xn--r-via3a.dk"
        try:
            domain = parsed.domain.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise InvalidAddress(address=spec) from exc
        parsed = Address(parsed.display_name, parsed.username, domain)
    return parsed


def cover_text(patient_name: str, clinic_name: str, phone: str, signer: str = "") -> str:
    """The Danish text of the e-mail that carries the sheet, signed like the letter."""
    greeting = f"Kære {patient_name}".strip() if patient_name else "Hej"
    call = f" på {phone}" if phone else ""
    return (
        f"{greeting}\n\n"
        "Tak for din henvendelse. Som aftalt sender vi dig her de oplysninger, vi talte om, "
        "samlet i det vedhæftede informationsark (PDF).\n\n"
        f"Har du spørgsmål, er du altid velkommen til at ringe til os{call}.\n\n"
        "Med venlig hilsen\n" + (f"{signer.strip()}\n" if signer.strip() else "")
        + f"{clinic_name}\n"
    )


def default_subject(clinic_name: str) -> str:
    return f"Informationsark fra {clinic_name}"


def build_eml(to_address: str, to_name: str, subject: str, body_text: str, pdf_bytes: bytes,
              pdf_filename: str, from_address: str = "") -> bytes:
    """The draft as bytes (CRLF line ends). Empty addresses are left out for the user to fill."""
    message = EmailMessage()
    if from_address.strip():
        message["From"] = _address(from_address)
    if to_address.strip():
        message["To"] = _address(to_address, to_name)
    message["Subject"] = _one_line(subject)
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(body_text, charset="utf-8")
    message.add_attachment(pdf_bytes, maintype="application", subtype="pdf",
                           filename=Path(pdf_filename).name)
    return message.as_bytes(policy=SMTP)


def write_eml(path: str | os.PathLike[str], to_address: str, to_name: str, subject: str,
              body_text: str, pdf_bytes: bytes, pdf_filename: str,
              from_address: str = "") -> Path:
    """Write the draft atomically to ``path`` (raises :class:`FileWriteError`)."""
    data = build_eml(to_address, to_name, subject, body_text, pdf_bytes, pdf_filename,
                     from_address)
    return write_atomic(path, data)
