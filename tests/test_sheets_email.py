"""The draft e-mail: parses with Python's email module, carries the PDF unchanged."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from reception.sheets import InvalidAddress, build_eml, cover_text, write_eml

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


def parse(path: Path):
    with path.open("rb") as handle:
        return BytesParser(policy=policy.default).parse(handle)


def test_draft_parses_and_carries_the_pdf_unchanged(tmp_path: Path) -> None:
    body = cover_text("Zoë Ærø-Łukasiewicz", "Guldklinikken", "23 39 49 77")
    path = write_eml(tmp_path / "udkast.eml", "zoe@example.dk", "Zoë Ærø-Łukasiewicz",
                     "Informationsark fra Guldklinikken", body, PDF,
                     "Informationsark Zoë Ærø.pdf", "kontakt@guldklinikken.dk")
    message = parse(path)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].display_name == "Zoë Ærø-Łukasiewicz"
    assert message["To"].addresses[0].addr_spec == "zoe@example.dk"
    assert message["From"].addresses[0].addr_spec == "kontakt@guldklinikken.dk"
    assert message["Subject"] == "Informationsark fra Guldklinikken"
    text = message.get_body(preferencelist=("plain",)).get_content()
    assert text.startswith("Kære Zoë Ærø-Łukasiewicz") and "23 39 49 77" in text
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_filename() == "Informationsark Zoë Ærø.pdf"
    assert attachments[0].get_content() == PDF


def test_addresses_may_be_left_for_the_user_and_newlines_cannot_add_headers() -> None:
    raw = build_eml("", "", "Emne\nBcc: x@evil.example", "Tekst", PDF, "ark.pdf", "")
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert message["To"] is None and message["From"] is None and message["Bcc"] is None
    assert message["Subject"] == "Emne Bcc: x@evil.example"


def test_a_danish_domain_travels_in_ascii() -> None:
    raw = build_eml("jens@ærø.dk", "Jens", "Emne", "Tekst", PDF, "ark.pdf")
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert message["To"].addresses[0].domain == "xn--r-3fa9c.dk"


@pytest.mark.parametrize("address", ["jens", "jens@", "a b@c.dk", "x@@y.dk", "jens@dk"])
def test_an_invalid_address_is_refused_in_danish(address: str) -> None:
    with pytest.raises(InvalidAddress, match="ikke en gyldig e-mailadresse"):
        build_eml(address, "Jens", "Emne", "Tekst", PDF, "ark.pdf")
