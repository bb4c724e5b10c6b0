"""Rate lookups (ECB MRO, L441-10 II reference rate, legal rate) and rate-table building.

Each expected value cites the row of src/creances/data/ecb.py or legal_rate.py it comes
from (the same rows as legal-rules.md §6.a / §6.b).
"""

from __future__ import annotations

import csv
import io
import itertools
from datetime import date, datetime
from decimal import Decimal

import pytest

import creances as cr
from creances.data.ecb import COMPLETE_UNTIL, ECB_MRO
from creances.data.legal_rate import LEGAL_RATES
from creances.rates import Rates, semester_start

D = Decimal
DEFAULT = Rates.default()


# -- ecb_rate -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        # row 1999-01-01 3.00 (first row)
        pytest.param(date(1999, 1, 1), "3.00", id="1999-01-01-first-row"),
        # still 1999-01-01 3.00: the 1999-04-14 row starts the next day
        pytest.param(date(1999, 4, 13), "3.00", id="1999-04-13-day-before"),
        # row 1999-04-14 2.50
        pytest.param(date(1999, 4, 14), "2.50", id="1999-04-14-change"),
        # row 2016-03-16 0.00
        pytest.param(date(2016, 3, 15), "0.05", id="2016-03-15-day-before"),
        pytest.param(date(2016, 3, 16), "0.00", id="2016-03-16-change"),
        # row 2022-07-27 0.50 (before it, 2016-03-16 0.00)
        pytest.param(date(2022, 7, 26), "0.00", id="2022-07-26-day-before"),
        pytest.param(date(2022, 7, 27), "0.50", id="2022-07-27-change"),
        # row 2024-06-12 4.25 (before it, 2023-09-20 4.50)
        pytest.param(date(2024, 6, 11), "4.50", id="2024-06-11-day-before"),
        pytest.param(date(2024, 6, 12), "4.25", id="2024-06-12-change"),
        # row 2024-09-18 3.65 (before it, 2024-06-12 4.25)
        pytest.param(date(2024, 9, 17), "4.25", id="2024-09-17-day-before"),
        pytest.param(date(2024, 9, 18), "3.65", id="2024-09-18-change"),
        # row 2025-06-11 2.15 (before it, 2025-04-23 2.40)
        pytest.param(date(2025, 6, 10), "2.40", id="2025-06-10-day-before"),
        pytest.param(date(2025, 6, 11), "2.15", id="2025-06-11-change"),
        # last row 2025-06-11 2.15 still in force on COMPLETE_UNTIL (2026-06-16)
        pytest.param(date(2026, 6, 16), "2.15", id="2026-06-16-complete-until"),
    ],
)
def test_ecb_rate(on: date, expected: str) -> None:
    assert cr.ecb_rate(on) == D(expected)


def test_every_ecb_row_is_found_on_its_day_and_not_the_day_before() -> None:
    for before, after in itertools.pairwise(ECB_MRO):
        assert cr.ecb_rate(after.effective) == after.rate
        assert cr.ecb_rate(date.fromordinal(after.effective.toordinal() - 1)) == before.rate


# -- reference_rate (L441-10 II anchor) ---------------------------------------------------


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        # 2013 H1: MRO on 1 Jan 2013 = row 2012-07-11 0.75 (legal-rules: 10.75 %)
        pytest.param(date(2013, 3, 1), "0.75", id="2013-H1"),
        # 2013 H2: MRO on 1 Jul 2013 = row 2013-05-08 0.50
        pytest.param(date(2013, 12, 31), "0.50", id="2013-H2"),
        # 2014 H2: row 2014-06-11 0.15 (the 10 Sep 2014 cut does not count before 2015)
        pytest.param(date(2014, 11, 1), "0.15", id="2014-H2"),
        # 2015 H1: row 2014-09-10 0.05
        pytest.param(date(2015, 1, 1), "0.05", id="2015-H1"),
        # 2022 H2: MRO on 1 Jul 2022 = row 2016-03-16 0.00; the 27 Jul 2022 hike is after 1 Jul
        pytest.param(date(2022, 12, 31), "0.00", id="2022-H2"),
        # 2023 H1: MRO on 1 Jan 2023 = row 2022-12-21 2.50
        pytest.param(date(2023, 1, 1), "2.50", id="2023-H1"),
        # 2023 H2: MRO on 1 Jul 2023 = row 2023-06-21 4.00
        pytest.param(date(2023, 7, 1), "4.00", id="2023-H2"),
        # 2024 H1: MRO on 1 Jan 2024 = row 2023-09-20 4.50
        pytest.param(date(2024, 6, 30), "4.50", id="2024-H1"),
        # 2024 H2: MRO on 1 Jul 2024 = row 2024-06-12 4.25, even after the 18 Sep 3.65 cut
        pytest.param(date(2024, 9, 18), "4.25", id="2024-09-18"),
        pytest.param(date(2024, 12, 31), "4.25", id="2024-12-31"),
        # 2025 H1: MRO on 1 Jan 2025 = row 2024-12-18 3.15
        pytest.param(date(2025, 3, 1), "3.15", id="2025-H1"),
        # 2025 H2: MRO on 1 Jul 2025 = row 2025-06-11 2.15
        pytest.param(date(2025, 7, 1), "2.15", id="2025-H2"),
        # 2026 H1: MRO on 1 Jan 2026 = row 2025-06-11 2.15, known for all of H1 even after
        # COMPLETE_UNTIL (the anchor is 1 Jan)
        pytest.param(date(2026, 6, 30), "2.15", id="2026-H1-end"),
    ],
)
def test_reference_rate(on: date, expected: str) -> None:
    assert cr.reference_rate(on) == D(expected)


def test_semester_start() -> None:
    assert semester_start(date(2024, 6, 30)) == date(2024, 1, 1)
    assert semester_start(date(2024, 7, 1)) == date(2024, 7, 1)


# -- legal_rate ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "creditor", "expected"),
    [
        # pre-2015 annual rows: 1999 3.47, 2012 0.71, 2014 0.04, same for both categories
        pytest.param(date(1999, 1, 1), "professional", "3.47", id="1999-annual"),
        pytest.param(date(2012, 3, 1), "professional", "0.71", id="2012-annual-pro"),
        pytest.param(date(2012, 10, 1), "consumer", "0.71", id="2012-annual-consumer"),
        pytest.param(date(2014, 12, 31), "consumer", "0.04", id="2014-annual"),
        # row 2015 H1: A 0.93 / P 4.06
        pytest.param(date(2015, 1, 1), "professional", "0.93", id="2015-H1-pro"),
        pytest.param(date(2015, 6, 30), "consumer", "4.06", id="2015-H1-consumer"),
        # row 2020 H2: A 0.84 / P 3.11 (service-public example rate)
        pytest.param(date(2020, 9, 1), "professional", "0.84", id="2020-H2-pro"),
        pytest.param(date(2020, 9, 1), "consumer", "3.11", id="2020-H2-consumer"),
        # row 2024 H1: A 5.07 / P 8.01
        pytest.param(date(2024, 1, 15), "professional", "5.07", id="2024-H1-pro"),
        pytest.param(date(2024, 1, 15), "consumer", "8.01", id="2024-H1-consumer"),
        # row 2024 H2: A 4.92
        pytest.param(date(2024, 7, 1), "professional", "4.92", id="2024-H2-pro"),
        # row 2026 H1: A 2.62 / P 6.67 (last row)
        pytest.param(date(2026, 6, 30), "professional", "2.62", id="2026-H1-pro"),
        pytest.param(date(2026, 6, 30), "consumer", "6.67", id="2026-H1-consumer"),
        # StrEnum member accepted as well as its value
        pytest.param(date(2026, 1, 1), cr.Creditor.CONSUMER, "6.67", id="enum-member"),
    ],
)
def test_legal_rate(on: date, creditor: str, expected: str) -> None:
    assert cr.legal_rate(on, creditor=creditor) == D(expected)


def test_legal_rate_default_category_is_professional() -> None:
    # row 2024 H1: « autres cas » 5.07
    assert cr.legal_rate(date(2024, 1, 15)) == D("5.07")


def test_legal_row_and_complete_until() -> None:
    row = DEFAULT.legal_row(date(2023, 8, 1))  # row 2023 H2: A 4.22 / P 6.82
    assert (row.professional, row.consumer) == (D("4.22"), D("6.82"))
    assert DEFAULT.legal_complete_until == date(2026, 6, 30)


# -- coverage errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda: cr.ecb_rate(date(1998, 12, 31)), id="ecb-1998"),
        pytest.param(lambda: cr.reference_rate(date(1998, 12, 31)), id="reference-1998"),
        pytest.param(lambda: cr.legal_rate(date(1998, 12, 31)), id="legal-1998"),
        pytest.param(lambda: cr.ecb_rate(COMPLETE_UNTIL.replace(day=17)), id="ecb-2026-06-17"),
        pytest.param(lambda: cr.reference_rate(date(2026, 7, 1)), id="reference-2026-H2"),
        pytest.param(lambda: cr.legal_rate(date(2026, 7, 1)), id="legal-2026-H2"),
        pytest.param(lambda: cr.legal_rate(date(2030, 1, 1), creditor="consumer"), id="legal-2030"),
    ],
)
def test_dates_outside_the_table_raise(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(cr.RateUnavailableError):
        call()


def test_unavailable_messages_say_how_to_supply_the_rate() -> None:
    with pytest.raises(cr.RateUnavailableError, match=r"with_ecb\(") as ecb:
        cr.ecb_rate(date(2026, 6, 17))
    assert "2026-06-16" in str(ecb.value)
    with pytest.raises(cr.RateUnavailableError, match=r"with_legal\(2026, 2") as legal:
        cr.legal_rate(date(2026, 9, 1))
    assert "1999-H1 to 2026-H1" in str(legal.value)
    with pytest.raises(cr.RateUnavailableError, match="1999"):
        cr.ecb_rate(date(1990, 1, 1))


def test_rate_unavailable_is_a_lookup_error() -> None:
    assert issubclass(cr.RateUnavailableError, LookupError)
    assert issubclass(cr.RateUnavailableError, cr.CreancesError)


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(datetime(2024, 1, 1, 12, 0), id="datetime"),  # noqa: DTZ001
        pytest.param("2024-01-01", id="str"),
        pytest.param(2024.0, id="float"),
        pytest.param(20240101, id="int"),
        pytest.param(None, id="none"),
    ],
)
@pytest.mark.parametrize("func", [cr.ecb_rate, cr.reference_rate, cr.legal_rate])
def test_non_date_inputs_raise_invalid_date(func, bad) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(cr.InvalidDateError):
        func(bad)


@pytest.mark.parametrize("bad", ["default", {}, (), 0, ECB_MRO], ids=repr)
def test_rates_of_wrong_type_raise(bad: object) -> None:
    with pytest.raises(cr.InvalidInputError, match="Rates"):
        cr.ecb_rate(date(2024, 1, 1), rates=bad)  # type: ignore[arg-type]
    with pytest.raises(cr.InvalidInputError):
        cr.late_interest(D(100), date(2024, 1, 1), date(2024, 2, 1), rates=bad)  # type: ignore[arg-type]


def test_rates_none_means_default() -> None:
    assert cr.ecb_rate(date(2024, 9, 18), rates=None) == D("3.65")  # row 2024-09-18 3.65


def test_creditor_typo_raises() -> None:
    with pytest.raises(cr.InvalidInputError, match="creditor"):
        cr.legal_rate(date(2024, 1, 1), creditor="business")


# -- building tables ----------------------------------------------------------------------


def test_with_ecb_returns_a_new_table_and_leaves_default_unchanged() -> None:
    newer = DEFAULT.with_ecb(date(2026, 6, 17), D("2.40"))
    assert newer is not DEFAULT
    assert newer.ecb_complete_until == date(2026, 6, 17)
    assert newer.ecb_rate(date(2026, 6, 17)) == D("2.40")
    assert newer.ecb_rate(date(2026, 6, 16)) == D("2.15")
    assert newer.ecb[-1].source == "caller"
    # default untouched
    assert Rates.default() is DEFAULT
    assert DEFAULT.ecb == ECB_MRO
    assert DEFAULT.ecb_complete_until == COMPLETE_UNTIL
    with pytest.raises(cr.RateUnavailableError):
        cr.ecb_rate(date(2026, 6, 17))


def test_with_ecb_complete_until_covers_2026_h2() -> None:
    newer = DEFAULT.with_ecb(date(2026, 6, 17), D("2.40"), complete_until=date(2026, 12, 31))
    assert newer.ecb_complete_until == date(2026, 12, 31)
    # 1 Jul 2026 anchor = the caller's 17 Jun 2026 row, 2.40
    assert newer.reference_rate(date(2026, 7, 1)) == D("2.40")
    # complete_until earlier than the decision never shrinks completeness
    assert DEFAULT.with_ecb(
        date(2026, 6, 17), D("2.40"), complete_until=date(2026, 1, 1)
    ).ecb_complete_until == date(2026, 6, 17)


def test_with_ecb_then_until_covers_2026_h2() -> None:
    newer = DEFAULT.with_ecb(date(2026, 6, 17), 2, source="test").with_ecb_until(date(2026, 12, 31))
    # int rate converted to Decimal('2'); anchor 1 Jul 2026 is after the 17 Jun change
    assert newer.reference_rate(date(2026, 8, 1)) == D(2)
    assert isinstance(newer.reference_rate(date(2026, 8, 1)), Decimal)


def test_with_ecb_until_declares_a_hold() -> None:
    held = DEFAULT.with_ecb_until(date(2026, 12, 31))
    # the ECB held at 2.15 (row 2025-06-11): the 1 Jul 2026 anchor is 2.15
    assert held.reference_rate(date(2026, 7, 1)) == D("2.15")
    assert held.ecb == DEFAULT.ecb
    # an earlier date never shrinks the completeness date
    assert DEFAULT.with_ecb_until(date(2020, 1, 1)).ecb_complete_until == COMPLETE_UNTIL


def test_with_ecb_in_the_middle_keeps_order() -> None:
    t = DEFAULT.with_ecb(date(2020, 1, 1), D("9.99"))
    assert t.ecb_rate(date(2019, 12, 31)) == D("0.00")  # row 2016-03-16 0.00
    assert t.ecb_rate(date(2020, 1, 1)) == D("9.99")
    assert t.ecb_complete_until == COMPLETE_UNTIL


def test_with_legal_returns_a_new_table() -> None:
    t = DEFAULT.with_legal(2026, 2, professional=D("2.75"), consumer=D("6.84"))
    assert t.legal_rate(date(2026, 7, 1)) == D("2.75")
    assert t.legal_rate(date(2026, 12, 31), creditor="consumer") == D("6.84")
    assert t.legal_complete_until == date(2026, 12, 31)
    with pytest.raises(cr.RateUnavailableError):
        DEFAULT.legal_rate(date(2026, 7, 1))
    assert DEFAULT.legal == LEGAL_RATES


def test_with_legal_replacing_an_existing_half_is_rejected() -> None:
    with pytest.raises(cr.RateTableError, match="duplicated"):
        DEFAULT.with_legal(2024, 1, professional=D("1.00"), consumer=D("2.00"))


@pytest.mark.parametrize(
    ("year", "half", "pro"),
    [
        pytest.param(2026, 3, D(1), id="half-3"),
        pytest.param(2026, 0, D(1), id="half-0"),
        pytest.param(2026, True, D(1), id="half-bool"),
        pytest.param("2026", 2, D(1), id="year-str"),
        pytest.param(True, 2, D(1), id="year-bool"),
        pytest.param(2026, 2, 2.75, id="float-rate"),
        pytest.param(2026, 2, D("-0.01"), id="negative"),
        pytest.param(2026, 2, D("NaN"), id="nan"),
        pytest.param(2026, 2, D("Infinity"), id="infinite"),
        pytest.param(2026, 2, True, id="bool-rate"),
        pytest.param(2026, 2, None, id="none-rate"),
    ],
)
def test_with_legal_validation(year: object, half: object, pro: object) -> None:
    # arguments of the wrong type or value: InvalidInputError (API contract conventions)
    with pytest.raises(cr.InvalidInputError):
        DEFAULT.with_legal(year, half, professional=pro, consumer=D(1))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "rate",
    [pytest.param(2.4, id="float"), pytest.param(D("-1"), id="negative"),
     pytest.param(D("NaN"), id="nan"), pytest.param("abc", id="junk-str")],
)  # fmt: skip
def test_with_ecb_validation(rate: object) -> None:
    with pytest.raises(cr.InvalidInputError):
        DEFAULT.with_ecb(date(2026, 6, 17), rate)  # type: ignore[arg-type]


def test_with_ecb_on_an_existing_day_is_a_duplicate() -> None:
    with pytest.raises(cr.RateTableError, match="duplicated"):
        DEFAULT.with_ecb(date(2024, 9, 18), D("3.65"))


def test_with_ecb_rejects_datetime() -> None:
    with pytest.raises(cr.InvalidDateError):
        DEFAULT.with_ecb(datetime(2026, 6, 17), D("2.40"))  # noqa: DTZ001
    with pytest.raises(cr.InvalidDateError):
        DEFAULT.with_ecb_until("2026-12-31")  # type: ignore[arg-type]


def test_from_rows_tuples() -> None:
    t = Rates.from_rows(
        ecb=[(date(2024, 1, 1), D("4.50"), "BdF"), (date(2024, 6, 12), D("4.25"))],
        legal=[(2024, 1, D("5.07"), D("8.01")), (2024, 2, D("4.92"), D("8.16"), "arrêté")],
    )
    assert t.ecb_rate(date(2024, 6, 11)) == D("4.50")
    assert t.ecb_rate(date(2024, 6, 12)) == D("4.25")
    # completeness defaults to the last effective date
    assert t.ecb_complete_until == date(2024, 6, 12)
    with pytest.raises(cr.RateUnavailableError):
        t.ecb_rate(date(2024, 6, 13))
    assert t.legal_rate(date(2024, 8, 1), creditor="consumer") == D("8.16")
    assert t.legal[1].source == "arrêté"


def test_from_rows_mappings_and_existing_rows() -> None:
    t = Rates.from_rows(
        ecb=[*ECB_MRO, {"effective": date(2026, 6, 17), "rate": D("2.40"), "source": "ECB"}],
        legal=[*LEGAL_RATES, {"year": 2026, "half": 2, "professional": "2.75", "consumer": "6.84"}],
        ecb_complete_until=date(2026, 12, 31),
    )
    assert t.reference_rate(date(2026, 7, 1)) == D("2.40")
    assert t.legal_rate(date(2026, 7, 1)) == D("2.75")
    assert t.ecb[:-1] == ECB_MRO


def test_from_rows_csv_strings() -> None:
    ecb_csv = "effective,rate,source\n2025-06-11,2.15,ECB\n 2026-06-17 , 2.40 ,\n"
    legal_csv = 'year,half,professional,consumer\n2026,1,2.62,6.67\n2026,2,"2,75",6.84\n'
    t = Rates.from_rows(
        ecb=csv.DictReader(io.StringIO(ecb_csv)),
        legal=csv.DictReader(io.StringIO(legal_csv)),
        ecb_complete_until=date(2026, 12, 31),
    )
    assert t.ecb_rate(date(2026, 6, 16)) == D("2.15")
    assert t.reference_rate(date(2026, 7, 1)) == D("2.40")
    assert t.legal_rate(date(2026, 7, 1)) == D("2.75")  # "2,75" French decimal comma accepted
    assert t.ecb[1].source == ""
    # plain tuples of strings, as csv.reader yields after the header (converted to tuples)
    rows = [tuple(r) for r in csv.reader(io.StringIO("2025-06-11,2.15\n"))]
    assert Rates.from_rows(ecb=rows).ecb_rate(date(2025, 6, 11)) == D("2.15")


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"ecb": [("2025-01-01", "2.00"), ("2024-01-01", "1.00")]}, id="ecb-unsorted"),
        pytest.param({"ecb": [("2025-01-01", "2.00"), ("2025-01-01", "1.00")]}, id="ecb-duplicate"),
        pytest.param({"ecb": [("2025-01-01", "-0.50")]}, id="ecb-negative"),
        pytest.param({"ecb": [("2025-01-01", "NaN")]}, id="ecb-nan"),
        pytest.param({"ecb": [("2025-01-01", "inf")]}, id="ecb-infinite"),
        pytest.param({"ecb": [("2025-01-01", 2.15)]}, id="ecb-float"),
        pytest.param({"ecb": [("2025-01-01", "2.1.5")]}, id="ecb-junk-rate"),
        pytest.param({"ecb": [("2025-13-01", "2.15")]}, id="ecb-bad-date"),
        pytest.param({"ecb": [(datetime(2025, 1, 1), "2.15")]}, id="ecb-datetime"),  # noqa: DTZ001
        pytest.param({"ecb": [(20250101, "2.15")]}, id="ecb-int-date"),
        pytest.param({"ecb": [("2025-01-01",)]}, id="ecb-short-tuple"),
        pytest.param({"ecb": [["2025-01-01", "2.15"]]}, id="ecb-list-row"),
        pytest.param({"ecb": [{"effective": "2025-01-01"}]}, id="ecb-missing-key"),
        pytest.param({"ecb": []}, id="ecb-empty"),
        pytest.param({"ecb": [("2025-01-01", "2.15")], "ecb_complete_until": date(2024, 1, 1)},
                     id="complete-until-before-last"),
        pytest.param({"ecb": [("2025-01-01", "2.15")], "legal": [(2025, 3, "1", "2")]},
                     id="legal-bad-half"),
        pytest.param({"ecb": [("2025-01-01", "2.15")], "legal": [(2025, "x", "1", "2")]},
                     id="legal-half-not-int"),
        pytest.param({"ecb": [("2025-01-01", "2.15")], "legal": [(2025, 1.0, "1", "2")]},
                     id="legal-half-float"),
        pytest.param({"ecb": [("2025-01-01", "2.15")], "legal": [(2025, 1, "1", "2"),
                                                                  (2025, 1, "1", "2")]},
                     id="legal-duplicate"),
        pytest.param({"ecb": [("2025-01-01", "2.15")], "legal": [(2025, 2, "1", "2"),
                                                                  (2025, 1, "1", "2")]},
                     id="legal-unsorted"),
        pytest.param({"ecb": [("2025-01-01", "2.15")], "legal": [(2025, 1, "-1", "2")]},
                     id="legal-negative"),
        pytest.param({"ecb": [("2025-01-01", "2.15")], "legal": [(2025, 1, "1", "NaN")]},
                     id="legal-nan"),
        pytest.param({"ecb": [("2025-01-01", "2.15")], "legal": [(2025, 1, 1.0, "2")]},
                     id="legal-float"),
        pytest.param({"ecb": [("2025-01-01", "2.15")], "legal": [(2025, 1, "1")]},
                     id="legal-short-tuple"),
        pytest.param({"ecb": [("2025-01-01", "2.15")], "legal": [{"year": 2025, "half": 1}]},
                     id="legal-missing-key"),
    ],
)  # fmt: skip
def test_from_rows_validation(kwargs: dict[str, object]) -> None:
    with pytest.raises(cr.RateTableError):
        Rates.from_rows(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(((), (), date(2024, 1, 1)), id="empty-ecb"),
        pytest.param(((("2024-01-01", D(1)),), (), date(2024, 1, 1)), id="ecb-row-not-EcbChange"),
        pytest.param(
            ((cr.EcbChange(date(2024, 1, 1), 1.0),), (), date(2024, 1, 1)),  # type: ignore[arg-type]
            id="ecb-float-rate",
        ),
        pytest.param(
            ((cr.EcbChange(date(2024, 1, 1), D(1)),), ((2024, 1, D(1), D(1)),), date(2024, 1, 1)),
            id="legal-row-not-LegalRateRow",
        ),
        pytest.param(
            ((cr.EcbChange(date(2024, 1, 1), D(1)),),
             (cr.LegalRateRow(2024, True, D(1), D(1)),), date(2024, 1, 1)),  # type: ignore[arg-type]
            id="legal-half-bool",
        ),
        pytest.param(
            ((cr.EcbChange(date(2024, 1, 1), D(1)),), (), "2024-12-31"), id="until-str"
        ),
    ],
)  # fmt: skip
def test_rates_constructor_validation(args: tuple[object, object, object]) -> None:
    with pytest.raises((cr.RateTableError, cr.InvalidDateError)):
        Rates(*args)  # type: ignore[arg-type]


def test_rates_without_legal_rows() -> None:
    t = Rates.from_rows(ecb=[("2024-01-01", "4.50")])
    assert t.legal_complete_until is None
    with pytest.raises(cr.RateUnavailableError, match="empty"):
        t.legal_rate(date(2024, 1, 1))


def test_rates_is_immutable() -> None:
    with pytest.raises(AttributeError):
        DEFAULT.ecb = ()  # type: ignore[misc]


def test_b2b_default_rate_table_of_legal_rules_6a() -> None:
    # legal-rules.md §6.a "Derived B2B default rate": anchor + 10 points per semester
    expected = {
        date(2013, 1, 1): "10.75", date(2013, 7, 1): "10.50",
        date(2014, 1, 1): "10.25", date(2014, 7, 1): "10.15",
        date(2015, 1, 1): "10.05", date(2015, 7, 1): "10.05", date(2016, 1, 1): "10.05",
        date(2016, 7, 1): "10.00", date(2019, 1, 1): "10.00", date(2022, 7, 1): "10.00",
        date(2023, 1, 1): "12.50", date(2023, 7, 1): "14.00",
        date(2024, 1, 1): "14.50", date(2024, 7, 1): "14.25",
        date(2025, 1, 1): "13.15", date(2025, 7, 1): "12.15", date(2026, 1, 1): "12.15",
    }  # fmt: skip
    got = {on: str(cr.reference_rate(on) + 10) for on in expected}
    assert got == expected
