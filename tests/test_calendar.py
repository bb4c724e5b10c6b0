"""Tests of creances.calendar: French business days (no network: holidays is offline data).

Weekdays are derived by hand from two anchors: 1 Jan 2024 was a Monday, 1 Jan 2025 a
Wednesday (2024 has 366 days = 52 weeks + 2 days).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from creances.calendar import is_business_day, next_business_day, subdivisions
from creances.errors import CreancesError, InvalidDateError, InvalidInputError

DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@pytest.mark.parametrize(
    ("day", "subdivision", "expected"),
    [
        pytest.param(date(2024, 1, 8), None, True, id="plain-monday"),
        # 1 Jan 2024 Monday -> 8 Jan Monday, no holiday.
        pytest.param(date(2024, 1, 6), None, False, id="saturday"),
        # 8 Jan Monday - 2 days = Saturday 6 Jan.
        pytest.param(date(2024, 1, 7), None, False, id="sunday"),
        # Sunday 7 Jan.
        pytest.param(date(2024, 5, 1), None, False, id="1-may-wednesday"),
        # 1 May 2024 is 121 days after 1 Jan: 121 = 17*7 + 2 -> Wednesday; fête du Travail.
        pytest.param(date(2025, 7, 14), None, False, id="14-july-monday"),
        # 1 Jan 2025 Wednesday; 14 Jul is 194 days later = 27*7 + 5 -> Monday; fête nationale.
        pytest.param(date(2025, 12, 25), None, False, id="christmas-thursday"),
        # 25 Dec 2025 is 358 days after 1 Jan = 51*7 + 1 -> Thursday; Noël.
        pytest.param(date(2025, 12, 26), None, True, id="26-dec-national"),
        # Friday 26 Dec: not a national holiday.
        pytest.param(date(2025, 12, 26), "57", False, id="26-dec-moselle"),
        # Saint-Étienne is a holiday in Alsace-Moselle (local law).
        pytest.param(date(2025, 12, 26), "6AE", False, id="26-dec-alsace"),
        pytest.param(date(2025, 12, 26), "Moselle", False, id="26-dec-alias"),
        # "Moselle" is the holidays package's alias of "57".
        pytest.param(date(2024, 3, 29), None, True, id="good-friday-national"),
        # Easter 2024 = 31 March, Good Friday = 29 March: not a national holiday.
        pytest.param(date(2024, 3, 29), "57", False, id="good-friday-moselle"),
        pytest.param(date(2024, 4, 1), None, False, id="easter-monday"),
        # Easter Monday 1 April 2024 is a national holiday.
        pytest.param(date(2024, 5, 9), None, False, id="ascension-2024"),
        # Ascension = Easter + 39 days = 31 Mar + 39 = 9 May 2024 (Thursday).
        pytest.param(date(2024, 5, 27), None, True, id="27-may-national"),
        # 27 May 2024 Monday (1 May Wednesday + 26 days = Monday), no national holiday.
        pytest.param(date(2024, 5, 27), "971", False, id="27-may-guadeloupe"),
        # Abolition of slavery in Guadeloupe: 27 May.
    ],
)
def test_is_business_day(day: date, subdivision: str | None, expected: bool) -> None:
    assert is_business_day(day, subdivision=subdivision) is expected


@pytest.mark.parametrize(
    ("day", "subdivision", "expected"),
    [
        pytest.param(date(2024, 1, 8), None, date(2024, 1, 8), id="business-day-unchanged"),
        # Monday 8 Jan 2024 is already a business day.
        pytest.param(date(2024, 1, 6), None, date(2024, 1, 8), id="saturday-to-monday"),
        # Sat 6 -> Sun 7 -> Mon 8.
        pytest.param(date(2024, 1, 7), None, date(2024, 1, 8), id="sunday-to-monday"),
        pytest.param(date(2024, 5, 1), None, date(2024, 5, 2), id="1-may"),
        # Wed 1 May (holiday) -> Thu 2 May.
        pytest.param(date(2024, 5, 8), None, date(2024, 5, 10), id="8-may-then-ascension"),
        # Wed 8 May (Victoire 1945) -> Thu 9 May (Ascension, see above) -> Fri 10 May.
        pytest.param(date(2024, 7, 14), None, date(2024, 7, 15), id="14-july-sunday"),
        # 14 Jul 2024 = 195 days after 1 Jan = 27*7 + 6 -> Sunday -> Monday 15.
        pytest.param(date(2024, 12, 25), None, date(2024, 12, 26), id="christmas-2024"),
        # 25 Dec 2024 = 359 days after 1 Jan = 51*7 + 2 -> Wednesday -> Thu 26 (national).
        pytest.param(date(2024, 12, 25), "57", date(2024, 12, 27), id="christmas-2024-57"),
        # In Moselle 26 Dec is a holiday too -> Friday 27.
        pytest.param(date(2025, 12, 25), "57", date(2025, 12, 29), id="christmas-2025-57"),
        # Thu 25, Fri 26 (57), Sat 27, Sun 28 -> Monday 29 Dec 2025.
        pytest.param(date(2024, 3, 29), None, date(2024, 3, 29), id="good-friday-national"),
        pytest.param(date(2024, 3, 29), "57", date(2024, 4, 2), id="good-friday-easter-57"),
        # Fri 29 Mar (57), Sat 30, Sun 31 (Easter), Mon 1 Apr (Easter Monday) -> Tue 2 Apr.
        pytest.param(date(2028, 1, 1), None, date(2028, 1, 3), id="new-year-2028"),
        # 1 Jan 2027 is a Friday (2026 and 2025 are 365-day years: Wed->Thu->Fri), 2027 has
        # 365 days -> 1 Jan 2028 Saturday (and a holiday) -> Sun 2 -> Monday 3 Jan 2028.
    ],
)
def test_next_business_day(day: date, subdivision: str | None, expected: date) -> None:
    assert next_business_day(day, subdivision=subdivision) == expected


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param("Bretagne", id="unknown-name"),
        pytest.param(57, id="int"),
        pytest.param("", id="empty"),
        pytest.param("fr-57", id="iso-like"),
    ],
)
def test_unknown_subdivision_lists_the_valid_ones(bad: object) -> None:
    with pytest.raises(InvalidInputError, match=r"'57'.*'6AE'.*'971'") as info:
        next_business_day(date(2024, 1, 1), subdivision=bad)  # type: ignore[arg-type]
    assert info.value.param == "subdivision"
    with pytest.raises(InvalidInputError):
        is_business_day(date(2024, 1, 1), subdivision=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(datetime(2024, 1, 1, 12, 0, tzinfo=UTC), id="datetime"),
        pytest.param("2024-01-01", id="str"),
        pytest.param(None, id="none"),
        pytest.param(20240101, id="int"),
        pytest.param(1.5, id="float"),
        pytest.param(True, id="bool"),
    ],
)
def test_dates_only(bad: object) -> None:
    with pytest.raises(InvalidDateError):
        is_business_day(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidDateError):
        next_business_day(bad)  # type: ignore[arg-type]


def test_subdivisions_lists_codes_and_aliases() -> None:
    codes = subdivisions()
    assert {"57", "6AE", "971", "972", "973", "974", "976", "Moselle", "Alsace"} <= set(codes)


def test_import_does_not_load_holidays() -> None:
    # In a fresh interpreter: importing the modules must not import holidays (lazy import).
    src = Path(__file__).resolve().parents[1] / "src"
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "import creances, creances.calendar, creances.terms; "
        "assert 'holidays' not in sys.modules, 'holidays imported eagerly'"
    )
    subprocess.run([sys.executable, "-c", code, str(src)], check=True)


@given(day=DATES, subdivision=st.sampled_from([None, "57", "6AE", "971", "974"]))
def test_next_business_day_properties(day: date, subdivision: str | None) -> None:
    result = next_business_day(day, subdivision=subdivision)
    assert is_business_day(result, subdivision=subdivision)
    assert day <= result < day + timedelta(days=7)
    # Every day skipped is a non-business day.
    skipped = day
    while skipped < result:
        assert not is_business_day(skipped, subdivision=subdivision)
        skipped += timedelta(days=1)


@given(day=DATES)
def test_weekends_are_never_business_days(day: date) -> None:
    if day.weekday() >= 5:
        assert not is_business_day(day)


@given(junk=st.one_of(st.floats(), st.text(), st.datetimes(), st.none(), st.booleans()))
def test_junk_raises_creances_error(junk: object) -> None:
    with pytest.raises(CreancesError):
        next_business_day(junk)  # type: ignore[arg-type]
