"""Who signs a personal letter: the staff member sending it, by the name on the staff list.

The desk's user is a staff member chosen at start, or the PC's login name when the
clinic keeps no staff list. A login name ("reception", "mette") never goes on a
patient's letter: then the clinic signs alone.
"""

from __future__ import annotations


def signer_for(user: str) -> str:
    """``user`` as written on the staff list (case as stored), or "" when not on it."""
    from reception.privacy.settings import staff_members  # late: reception.privacy imports sheets

    wanted = " ".join(user.split()).casefold()
    if not wanted:
        return ""
    return next((name for name in staff_members() if name.casefold() == wanted), "")
