"""The number in a link the phone system or the desktop hands over at start.

``tel:+45%2023%2039%2049%2077`` (browsers and xdg-open percent-encode the spaces),
``guldklinik-opkald:+4523394977`` (the app's own scheme, registered by the installer
and the Linux desktop entry) and ``guldklinik-opkald://23394977`` all give the number
as text; anything else is returned as given (``--call 23394977``). The number itself
is checked later by ``reception.phone``; ``tel:`` parameters (``;phone-context=…``)
are left for it to drop.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

APP_SCHEME = "guldklinik-opkald"
SCHEMES = ("tel", APP_SCHEME)
_LINK = re.compile(r"^\s*(?P<scheme>[a-z][a-z0-9+.-]*):(?://)?(?P<rest>.*)$", re.IGNORECASE)
MAX_LINK = 256  # a phone number with parameters fits many times over


def number_from_link(text: str) -> str:
    """The number part of a ``tel:`` or ``guldklinik-opkald:`` link, percent-decoded."""
    if len(text) > MAX_LINK:
        return text[:MAX_LINK]
    match = _LINK.match(text)
    if not match or match["scheme"].lower() not in SCHEMES:
        return text.strip()
    rest = unquote(match["rest"]).strip().rstrip("/")
    return rest
