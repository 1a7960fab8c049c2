"""Join PDFs into one, page for page, for the day's post to print in one go.

The stored copies are joined as they are, so the batch prints exactly what each
patient's log holds. pypdf is imported on first use (like reportlab).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

CREATOR = "Guldklinikken Reception"


def merge_pdfs(parts: Sequence[bytes], title: str = "") -> bytes:
    """One PDF with every page of ``parts`` in order; each part keeps its own page labels."""
    if not parts:
        raise ValueError("Der er ingen PDF'er at samle.")
    from pypdf import PdfReader, PdfWriter  # lazy: ≈ 50–100 ms to import

    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    metadata = {"/Creator": CREATOR, "/Producer": CREATOR}
    if title:
        metadata["/Title"] = title
    writer.add_metadata(metadata)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
