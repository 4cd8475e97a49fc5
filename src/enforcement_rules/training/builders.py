"""Compliant training cases, built to order (:class:`Knobs`) from a seed.

:func:`build_case` writes a case record the way a careful agency would: every act on a working day of
the real calendar (:func:`~enforcement_rules.calendar.default_calendar`), every party window waited out
(the profile's statement window, or the hearing request window where that applies), the hearing notified
the profile's lead time ahead, the decision served and published within the profile's periods, every
document stating what the profile requires, two certified officers on every investigative act, a record
of every stage. Amounts come from the matter's statutory range and respect the summary and hearing
limits the knobs ask for. The result carries no violation under its profile — a property the tests check
over many knobs and seeds — and is the starting point of every defect injector.

Periods and amounts are read from the profile (``Profile.value``), never written here, so a profile
change (or a user profile) moves the built dates with it.
"""

from __future__ import annotations

import random
from datetime import timedelta

from enforcement_rules.calendar import WorkingCalendar, default_calendar
from enforcement_rules.errors import CalendarCoverageError
from enforcement_rules.profiles.profile import Profile, load_profile
from enforcement_rules.training.built import BuiltCase, Planted, Story
from enforcement_rules.training.construct import Retry, matter_of
from enforcement_rules.training.knobs import EARLIEST_START, LATEST_START, Knobs, problems
from enforcement_rules.training.steps import CaseBuilder

__all__ = ["BuiltCase", "Knobs", "Planted", "Story", "build_case", "profile_for"]


def profile_for(knobs: Knobs) -> Profile:
    """The profile a case built with ``knobs`` is checked under (with the province's shipped layers)."""
    return load_profile(knobs.profile_name, default=knobs.sector if knobs.sector != "national" else "national",
                        province=knobs.province[:2])


def build_case(knobs: Knobs | None = None, *, seed: int | random.Random = 0,
               calendar: WorkingCalendar | None = None) -> BuiltCase:
    """A compliant case built to ``knobs`` (None: every knob drawn) from ``seed``.

    Raises ValueError when the knobs ask for something the law or the builder cannot give (see
    :func:`~enforcement_rules.training.knobs.problems`)."""
    rng = seed if isinstance(seed, random.Random) else random.Random(seed)
    wanted = knobs or Knobs()
    profile = profile_for(wanted)
    knobs = wanted.resolve(rng, profile)
    found = problems(knobs, profile)
    if found:
        msg = "cannot build this case: " + "; ".join(found)
        raise ValueError(msg)
    cal = calendar or default_calendar()
    last_error: Exception | None = None
    start = knobs.start
    assert start is not None
    first = max(EARLIEST_START, matter_of(knobs.violation).valid_from, min(start, EARLIEST_START))
    for attempt in range(40):
        if attempt:  # the drawn dates did not fit: another start in the same legal period
            start = first + timedelta(days=rng.randint(0, max(0, (LATEST_START - first).days)))
        try:
            return CaseBuilder(knobs, profile, cal, random.Random(rng.getrandbits(64)), start).run()
        except (Retry, CalendarCoverageError) as exc:
            last_error = exc
    msg = f"could not place this case on the calendar ({last_error})"
    raise ValueError(msg)
