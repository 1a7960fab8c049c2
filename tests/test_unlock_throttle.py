"""The lock screen's throttle, on a fake clock: free typos, then doubling waits."""

from __future__ import annotations

from reception.safety.unlock_throttle import UnlockThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_three_typos_are_free_then_the_wait_doubles_up_to_the_cap() -> None:
    clock = Clock()
    throttle = UnlockThrottle(clock=clock)
    assert [throttle.failed() for _ in range(2)] == [0, 0]
    waits = []
    for _ in range(8):
        waits.append(throttle.failed())
        clock.now += waits[-1]  # the receptionist waits it out each time
    assert waits == [30, 60, 120, 240, 480, 900, 900, 900]


def test_the_wait_counts_down_and_a_right_entry_starts_afresh() -> None:
    clock = Clock()
    throttle = UnlockThrottle(clock=clock)
    for _ in range(3):
        throttle.failed()
    assert throttle.seconds_to_wait() == 30
    clock.now += 29.2
    assert throttle.seconds_to_wait() == 1
    clock.now += 0.8
    assert throttle.seconds_to_wait() == 0
    throttle.succeeded()
    assert throttle.failures == 0 and throttle.failed() == 0


def test_guessing_every_four_digit_pin_takes_months() -> None:
    clock = Clock()
    throttle = UnlockThrottle(clock=clock)
    waited = 0
    for _ in range(10_000):
        wait = throttle.failed()
        waited += wait
        clock.now += wait
    assert waited / 86_400 > 100  # days
