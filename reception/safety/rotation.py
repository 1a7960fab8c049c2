"""Which backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months.

As ``borg prune`` does it: go through the backups newest first and keep the
newest one of each day until 7 days with a backup are kept; likewise for ISO
weeks (4) and months (12). A backup kept for any reason stays; the newest backup
always stays. Days, weeks and months are the PC's local calendar.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime

from reception.safety.manifest import BackupInfo


@dataclass(frozen=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


DEFAULT_POLICY = RotationPolicy()


def _day(moment: datetime) -> Hashable:
    return moment.astimezone().date()


def _week(moment: datetime) -> Hashable:
    year, week, _ = moment.astimezone().isocalendar()
    return (year, week)


def _month(moment: datetime) -> Hashable:
    local = moment.astimezone()
    return (local.year, local.month)


def backups_to_keep(backups: Sequence[BackupInfo],
                    policy: RotationPolicy = DEFAULT_POLICY) -> list[BackupInfo]:
    """The backups the policy keeps, newest first."""
    ordered = sorted(backups, key=lambda b: b.created_at, reverse=True)
    keep = {id(ordered[0])} if ordered else set()
    rules: list[tuple[Callable[[datetime], Hashable], int]] = [
        (_day, policy.daily), (_week, policy.weekly), (_month, policy.monthly),
    ]
    for period, count in rules:
        seen: set[Hashable] = set()
        for backup in ordered:
            if len(seen) >= count:
                break
            key = period(backup.created_at)
            if key not in seen:
                seen.add(key)
                keep.add(id(backup))
    return [b for b in ordered if id(b) in keep]


def backups_to_remove(backups: Sequence[BackupInfo],
                      policy: RotationPolicy = DEFAULT_POLICY) -> list[BackupInfo]:
    kept = {id(b) for b in backups_to_keep(backups, policy)}
    return sorted((b for b in backups if id(b) not in kept),
                  key=lambda b: b.created_at, reverse=True)
