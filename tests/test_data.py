"""Invariants of the bundled rate tables, and docs/rates.md kept identical to them."""

from __future__ import annotations

import itertools
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import creances as cr
from creances.data.ecb import COMPLETE_UNTIL, ECB_MRO
from creances.data.legal_rate import COMPLETE_UNTIL_HALF, LEGAL_RATES

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rates.md"
TWO_PLACES = re.compile(r"^\d+\.\d{2}$")


def _check_rate(value: object) -> None:
    assert isinstance(value, Decimal)
    assert value.is_finite()
    assert value >= 0
    # Built from a string with two places ("3.00"), never from a float (which would carry
    # dozens of binary digits) and never with more than 2 places.
    assert TWO_PLACES.match(str(value)), value
    assert value.as_tuple().exponent >= -2


# -- ECB --------------------------------------------------------------------------------


def test_ecb_effective_dates_strictly_increase() -> None:
    dates = [row.effective for row in ECB_MRO]
    assert all(a < b for a, b in itertools.pairwise(dates))


def test_ecb_starts_on_1_january_1999() -> None:
    assert ECB_MRO[0].effective == date(1999, 1, 1)
    assert ECB_MRO[0].rate == Decimal("3.00")


@pytest.mark.parametrize("row", ECB_MRO, ids=lambda r: r.effective.isoformat())
def test_ecb_row_is_well_formed(row: cr.EcbChange) -> None:
    assert type(row.effective) is date
    _check_rate(row.rate)
    assert row.source.strip(), f"{row.effective} has no source"


def test_ecb_consecutive_rows_differ() -> None:
    # a "change" that changes nothing would be a copying error
    rates = [row.rate for row in ECB_MRO]
    assert all(a != b for a, b in itertools.pairwise(rates))


def test_complete_until_is_not_before_last_change() -> None:
    assert ECB_MRO[-1].effective <= COMPLETE_UNTIL
    assert cr.Rates.default().ecb_complete_until == COMPLETE_UNTIL


# -- legal rate ---------------------------------------------------------------------------


def test_legal_rows_sorted_and_unique() -> None:
    keys = [(row.year, row.half) for row in LEGAL_RATES]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))


def test_legal_rows_have_no_gap_from_1999() -> None:
    keys = [(row.year, row.half) for row in LEGAL_RATES]
    last_year, last_half = keys[-1]
    expected = [
        (year, half)
        for year in range(1999, last_year + 1)
        for half in (1, 2)
        if (year, half) <= (last_year, last_half)
    ]
    assert keys == expected
    assert keys[-1] == COMPLETE_UNTIL_HALF


@pytest.mark.parametrize("row", LEGAL_RATES, ids=lambda r: f"{r.year}-H{r.half}")
def test_legal_row_is_well_formed(row: cr.LegalRateRow) -> None:
    assert isinstance(row.year, int)
    assert row.half in (1, 2)
    _check_rate(row.professional)
    _check_rate(row.consumer)
    assert row.source.strip()
    if row.year < 2015:
        # one annual rate for everyone before ordonnance n° 2014-947
        assert row.professional == row.consumer
    else:
        # the consumer (private creditor) rate has always been the higher one since 2015
        assert row.consumer > row.professional


# Independent copy of legal-rules.md §6.b (P = consumer, A = professional), typed by hand.
REFERENCE_6B = {
    (2015, 1): ("4.06", "0.93"), (2015, 2): ("4.29", "0.99"),
    (2016, 1): ("4.54", "1.01"), (2016, 2): ("4.35", "0.93"),
    (2017, 1): ("4.16", "0.90"), (2017, 2): ("3.94", "0.90"),
    (2018, 1): ("3.73", "0.89"), (2018, 2): ("3.60", "0.88"),
    (2019, 1): ("3.40", "0.86"), (2019, 2): ("3.26", "0.87"),
    (2020, 1): ("3.15", "0.87"), (2020, 2): ("3.11", "0.84"),
    (2021, 1): ("3.14", "0.79"), (2021, 2): ("3.12", "0.76"),
    (2022, 1): ("3.13", "0.76"), (2022, 2): ("3.15", "0.77"),
    (2023, 1): ("4.47", "2.06"), (2023, 2): ("6.82", "4.22"),
    (2024, 1): ("8.01", "5.07"), (2024, 2): ("8.16", "4.92"),
    (2025, 1): ("7.21", "3.71"), (2025, 2): ("6.65", "2.76"),
    (2026, 1): ("6.67", "2.62"),
}  # fmt: skip


def test_legal_rows_match_reference_6b() -> None:
    got = {
        (r.year, r.half): (str(r.consumer), str(r.professional))
        for r in LEGAL_RATES
        if r.year >= 2015
    }
    assert got == REFERENCE_6B


# -- what is deliberately left out (unverified) ------------------------------------------


def test_june_2026_ecb_decision_not_bundled() -> None:
    # the 11 June 2026 hike (+25 bp to 2.40 %) is reported by third parties only
    assert all(row.effective < date(2026, 6, 11) for row in ECB_MRO)
    assert date(2026, 7, 1) > COMPLETE_UNTIL


def test_2026_h2_legal_rate_not_bundled() -> None:
    # 6.84 % / 2.75 % appear in one third-party file only, no arrêté found
    assert (2026, 2) not in {(r.year, r.half) for r in LEGAL_RATES}


def test_reference_rate_2026_h2_unavailable_and_says_how_to_fix() -> None:
    with pytest.raises(cr.RateUnavailableError, match="with_ecb"):
        cr.reference_rate(date(2026, 7, 1))


def test_legal_rate_2026_h2_unavailable_and_says_how_to_fix() -> None:
    with pytest.raises(cr.RateUnavailableError, match="with_legal"):
        cr.legal_rate(date(2026, 7, 1))


# -- docs/rates.md tables are the Python tables -----------------------------------------


def _markdown_table(marker: str) -> list[list[str]]:
    """The body rows of the first Markdown table after the HTML comment ``marker``."""
    lines = DOCS.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"<!-- {marker} -->")
    table: list[str] = []
    for line in lines[start + 1 :]:
        if line.startswith("|"):
            table.append(line)
        elif table:
            break
    _header, separator, *body = table
    assert set(separator.replace("|", "").strip()) <= {"-", ":", " "}
    return [[cell.strip() for cell in row.strip().strip("|").split("|")] for row in body]


def test_docs_ecb_table_matches_data() -> None:
    rows = _markdown_table("ecb-table")
    expected = [[r.effective.isoformat(), f"{r.rate}", r.source] for r in ECB_MRO]
    assert [row[:3] for row in rows] == expected


def test_docs_legal_table_matches_data() -> None:
    rows = _markdown_table("legal-table")
    expected = [
        [str(r.year), f"H{r.half}", f"{r.professional}", f"{r.consumer}", r.source]
        for r in LEGAL_RATES
    ]
    assert rows == expected


def test_docs_state_complete_until() -> None:
    text = DOCS.read_text(encoding="utf-8")
    assert COMPLETE_UNTIL.isoformat() in text
    last_year, last_half = COMPLETE_UNTIL_HALF
    assert f"{last_year}-H{last_half}" in text
