"""Tests of creances.terms: due dates, parsing of wordings, legality of terms.

Every expected date is derived by hand in the comment under its row. Weekdays: 1 Jan 2024
was a Monday. Month lengths: Jan 31, Feb 28 (29 in 2024), Mar 31, Apr 30, May 31, Jun 30,
Jul 31, Aug 31, Sep 30, Oct 31, Nov 30, Dec 31.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from creances.calendar import is_business_day
from creances.errors import CreancesError, InvalidDateError, InvalidInputError, UnknownTermError
from creances.terms import (
    EndOfMonthMethod,
    PaymentTerm,
    Regime,
    TermKind,
    TermStart,
    Violation,
    check_term,
    due_date,
    parse_term,
)

A = EndOfMonthMethod.ADD_THEN_EOM
B = EndOfMonthMethod.EOM_THEN_ADD
DAYS = PaymentTerm.days
EOM = PaymentTerm.end_of_month
DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
# Untyped aliases, to feed junk to the constructors without type errors in the tables.
LOOSE_DAYS: Callable[..., PaymentTerm] = PaymentTerm.days
LOOSE_EOM: Callable[..., PaymentTerm] = PaymentTerm.end_of_month
LOOSE_RECEIPT: Callable[..., PaymentTerm] = PaymentTerm.on_receipt
LOOSE_TERM: Callable[..., PaymentTerm] = PaymentTerm


# --------------------------------------------------------------------------- due_date


@pytest.mark.parametrize(
    ("issued", "term", "expected"),
    [
        # ---- §1.2 worked examples (DGCCRF / CEPC methods)
        pytest.param(date(2023, 1, 15), EOM(45, A), date(2023, 3, 31), id="15jan-A"),
        # 15 Jan + 16 = 31 Jan, + 28 = 28 Feb (44 d), + 1 = 1 Mar (45 d) -> end of March.
        pytest.param(date(2023, 1, 15), EOM(45, B), date(2023, 3, 17), id="15jan-B"),
        # end of Jan = 31 Jan; + 28 = 28 Feb, + 17 = 17 Mar (45 d).
        pytest.param(date(2023, 3, 10), EOM(45, A), date(2023, 4, 30), id="10mar-A"),
        # 10 Mar + 21 = 31 Mar, + 24 = 24 Apr (45 d) -> 30 Apr.
        pytest.param(date(2023, 3, 10), EOM(45, B), date(2023, 5, 15), id="10mar-B"),
        # 31 Mar + 30 = 30 Apr, + 15 = 15 May (45 d).
        pytest.param(date(2023, 2, 15), EOM(45, A), date(2023, 4, 30), id="15feb-A"),
        # 15 Feb + 13 = 28 Feb, + 31 = 31 Mar (44 d), + 1 = 1 Apr -> 30 Apr.
        pytest.param(date(2023, 2, 15), EOM(45, B), date(2023, 4, 14), id="15feb-B"),
        # 28 Feb + 31 = 31 Mar, + 14 = 14 Apr (45 d).
        pytest.param(date(2009, 1, 12), EOM(45, A), date(2009, 2, 28), id="12jan2009-A"),
        # 12 Jan + 19 = 31 Jan, + 26 = 26 Feb (45 d) -> 28 Feb 2009.
        pytest.param(date(2009, 1, 12), EOM(45, B), date(2009, 3, 17), id="12jan2009-B"),
        # 31 Jan + 28 = 28 Feb, + 17 = 17 Mar 2009 (finyear's 15 Mar counts 1.5 months: wrong).
        # ---- leap years and February
        pytest.param(date(2024, 1, 15), EOM(45, A), date(2024, 2, 29), id="15jan2024-A-leap"),
        # 15 Jan + 16 = 31 Jan, + 29 = 29 Feb 2024 (45 d) -> end of Feb = 29 Feb.
        pytest.param(date(2024, 1, 15), EOM(45, B), date(2024, 3, 16), id="15jan2024-B-leap"),
        # 31 Jan + 29 = 29 Feb, + 16 = 16 Mar (45 d).
        pytest.param(date(2023, 2, 28), EOM(30, A), date(2023, 3, 31), id="28feb-30fdm"),
        # 28 Feb + 30 = 30 Mar -> 31 Mar (a "+1 month" clamp would give 28 Mar: peers' bug).
        pytest.param(date(2023, 2, 28), EOM(31, B), date(2023, 3, 31), id="28feb-eom+31"),
        # end of Feb = 28 Feb, + 31 = 31 Mar (ERPNext "1 month after EOM" gives 28 Mar).
        pytest.param(date(2023, 1, 30), EOM(30, A), date(2023, 3, 31), id="30jan-30fdm"),
        # 30 Jan + 1 = 31 Jan, + 28 = 28 Feb (29 d), + 1 = 1 Mar -> 31 Mar (OCA#919: 28 Feb).
        pytest.param(date(2023, 1, 31), DAYS(30), date(2023, 3, 2), id="31jan-30j"),
        # 31 Jan + 28 = 28 Feb, + 2 = 2 Mar (no month clamping).
        pytest.param(date(2024, 1, 31), DAYS(30), date(2024, 3, 1), id="31jan2024-30j"),
        # 31 Jan + 29 = 29 Feb, + 1 = 1 Mar 2024.
        pytest.param(date(2024, 2, 29), EOM(30, B), date(2024, 3, 30), id="29feb-eom+30"),
        # end of Feb 2024 = 29 Feb, + 30 = 30 Mar.
        pytest.param(date(2023, 3, 1), DAYS(365), date(2024, 2, 29), id="365-over-leap-day"),
        # 1 Mar 2023 -> 1 Mar 2024 is 366 days (29 Feb 2024 inside), so + 365 = 29 Feb 2024.
        # ---- 31st into 30-day months
        pytest.param(date(2023, 3, 31), DAYS(30), date(2023, 4, 30), id="31mar-30j"),
        # 31 Mar + 30 = 30 Apr.
        pytest.param(date(2023, 3, 31), EOM(30, A), date(2023, 4, 30), id="31mar-30fdm"),
        # 31 Mar + 30 = 30 Apr -> end of April = 30 Apr.
        pytest.param(date(2023, 5, 31), EOM(0, A), date(2023, 5, 31), id="0fdm"),
        # « fin de mois »: the last day of the invoice month.
        # ---- end of year
        pytest.param(date(2023, 12, 20), EOM(45, A), date(2024, 2, 29), id="20dec2023-A"),
        # 20 Dec + 11 = 31 Dec, + 31 = 31 Jan (42 d), + 3 = 3 Feb 2024 -> 29 Feb (leap).
        pytest.param(date(2023, 12, 20), EOM(45, B), date(2024, 2, 14), id="20dec2023-B"),
        # 31 Dec 2023 + 31 = 31 Jan, + 14 = 14 Feb 2024.
        pytest.param(date(2024, 12, 20), EOM(45, A), date(2025, 2, 28), id="20dec2024-A"),
        # 20 Dec + 11 = 31 Dec, + 31 = 31 Jan, + 3 = 3 Feb 2025 -> 28 Feb 2025.
        pytest.param(date(2024, 12, 15), DAYS(60), date(2025, 2, 13), id="15dec-60j"),
        # 15 Dec + 16 = 31 Dec, + 31 = 31 Jan (47 d), + 13 = 13 Feb 2025.
        # ---- « fin de mois le X »
        pytest.param(date(2023, 1, 15), EOM(45, A, day=15), date(2023, 4, 15), id="45fdm-le15"),
        # method A gives 31 Mar (above) -> the 15th of the next month: 15 Apr.
        pytest.param(date(2023, 3, 10), EOM(30, A, day=10), date(2023, 5, 10), id="30fdm-le10"),
        # 10 Mar + 30 = 9 Apr -> 30 Apr -> 10 May.
        pytest.param(date(2023, 2, 1), EOM(30, A, day=31), date(2023, 4, 30), id="le31-april"),
        # 1 Feb + 27 = 28 Feb, + 3 = 3 Mar (30 d) -> 31 Mar -> April has 30 days: 30 Apr.
        pytest.param(date(2023, 1, 10), EOM(0, A, day=31), date(2023, 2, 28), id="le31-feb"),
        # end of Jan = 31 Jan -> February 2023 has 28 days: 28 Feb.
        pytest.param(date(2024, 1, 10), EOM(0, A, day=31), date(2024, 2, 29), id="le31-feb-leap"),
        # end of Jan = 31 Jan -> February 2024 has 29 days: 29 Feb.
        pytest.param(date(2024, 1, 10), EOM(0, A, day=30), date(2024, 2, 29), id="le30-feb-leap"),
        pytest.param(date(2023, 11, 15), EOM(30, A, day=10), date(2024, 1, 10), id="le10-newyear"),
        # 15 Nov + 15 = 30 Nov, + 15 = 15 Dec (30 d) -> 31 Dec -> 10 Jan of the next year.
        pytest.param(date(2023, 1, 15), EOM(45, B, day=10), date(2023, 4, 10), id="B-le10"),
        # method B gives 17 Mar (above) -> the 10th of the following month: 10 Apr.
        pytest.param(date(2023, 1, 15), EOM(45, B, day=1), date(2023, 4, 1), id="B-le1"),
        # ---- on receipt, zero days
        pytest.param(date(2024, 1, 15), PaymentTerm.on_receipt(), date(2024, 1, 15), id="receipt"),
        # « à réception »: due on the invoice date itself.
        pytest.param(date(2024, 1, 15), DAYS(0), date(2024, 1, 15), id="0-jours"),
        # ---- wordings given as str (parsed)
        pytest.param(date(2023, 1, 15), "fin de mois + 45 jours", date(2023, 3, 17), id="str-B"),
        # same as 15jan-B.
        pytest.param(date(2023, 1, 15), "comptant", date(2023, 1, 15), id="str-comptant"),
    ],
)
def test_due_date(issued: date, term: PaymentTerm | str, expected: date) -> None:
    assert due_date(issued, term) == expected


@pytest.mark.parametrize(
    ("issued", "delivered", "term", "expected"),
    [
        pytest.param(
            date(2024, 3, 10),
            date(2024, 3, 1),
            PaymentTerm.statutory_default(),
            date(2024, 3, 31),
            id="statutory-default",
        ),
        # L441-10 I default: delivered 1 Mar + 30 = 31 Mar (the invoice date does not count).
        pytest.param(
            date(2025, 1, 2), date(2024, 12, 25), DAYS(20, "delivery"), date(2025, 1, 14), id="20j"
        ),
        # 25 Dec + 6 = 31 Dec, + 14 = 14 Jan 2025.
        pytest.param(
            date(2024, 1, 10),
            date(2024, 1, 20),
            PaymentTerm.on_receipt("delivery"),
            date(2024, 1, 20),
            id="receipt-of-goods",
        ),
        # « à réception des marchandises »: the delivery date itself.
        pytest.param(
            date(2024, 1, 10), date(2024, 1, 1), DAYS(30), date(2024, 2, 9), id="invoice-start"
        ),
        # a term from the invoice ignores delivered: 10 Jan + 21 = 31 Jan, + 9 = 9 Feb.
        pytest.param(
            date(2024, 1, 10),
            date(2024, 1, 5),
            "30 jours après livraison",
            date(2024, 2, 4),
            id="str-delivery",
        ),
        # 5 Jan + 26 = 31 Jan, + 4 = 4 Feb.
    ],
)
def test_due_date_from_delivery(
    issued: date, delivered: date, term: PaymentTerm | str, expected: date
) -> None:
    assert due_date(issued, term, delivered=delivered) == expected


@pytest.mark.parametrize(
    ("issued", "term", "subdivision", "expected"),
    [
        pytest.param(date(2024, 11, 1), DAYS(30), None, date(2024, 12, 2), id="sunday"),
        # 1 Nov + 29 = 30 Nov, + 1 = 1 Dec 2024 = 335 days after 1 Jan = 47*7 + 6 -> Sunday
        # -> Monday 2 Dec.
        pytest.param(date(2024, 7, 15), EOM(30, A), None, date(2024, 9, 2), id="eom-saturday"),
        # 15 Jul + 30 = 14 Aug -> 31 Aug 2024 = 243 days after 1 Jan = 34*7 + 5 -> Saturday
        # -> Sun 1 Sep -> Monday 2 Sep.
        pytest.param(date(2025, 4, 1), DAYS(30), None, date(2025, 5, 2), id="1-may"),
        # 1 Apr + 30 = 1 May 2025 (Thursday: 1 Jan 2025 Wed + 120 d = 17*7 + 1) -> Fri 2 May.
        pytest.param(date(2025, 5, 30), DAYS(45), None, date(2025, 7, 15), id="14-july"),
        # 30 May + 1 = 31 May, + 30 = 30 Jun (31 d), + 14 = 14 Jul 2025 (Monday) -> Tue 15 Jul.
        pytest.param(date(2025, 11, 15), EOM(25, B), None, date(2025, 12, 26), id="christmas"),
        # 30 Nov + 25 = 25 Dec 2025 (Thursday) -> Friday 26 Dec (not a national holiday).
        pytest.param(date(2025, 11, 15), EOM(25, B), "57", date(2025, 12, 29), id="christmas-57"),
        # In Moselle 26 Dec is a holiday: Fri 26, Sat 27, Sun 28 -> Monday 29 Dec.
        pytest.param(date(2024, 1, 29), DAYS(60), None, date(2024, 3, 29), id="good-friday"),
        # 29 Jan + 2 = 31 Jan, + 29 = 29 Feb (31 d), + 29 = 29 Mar (60 d): Good Friday, a
        # business day nationally.
        pytest.param(date(2024, 1, 29), DAYS(60), "57", date(2024, 4, 2), id="good-friday-57"),
        # In Moselle: Fri 29 Mar holiday, Sat 30, Sun 31, Mon 1 Apr (Easter Monday) -> Tue 2 Apr.
        pytest.param(date(2024, 1, 10), DAYS(30), None, date(2024, 2, 9), id="business-day"),
        # 10 Jan + 30 = 9 Feb 2024 = 39 days after 1 Jan = 5*7 + 4 -> Friday: unchanged.
    ],
)
def test_due_date_shift(
    issued: date, term: PaymentTerm, subdivision: str | None, expected: date
) -> None:
    assert due_date(issued, term, shift="next_business_day", subdivision=subdivision) == expected


def test_no_shift_by_default() -> None:
    # 1 Dec 2024 is a Sunday (see above) and stays the due date without shift.
    assert due_date(date(2024, 11, 1), DAYS(30)) == date(2024, 12, 1)


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        pytest.param(
            {"issued": datetime(2024, 1, 1, 9, tzinfo=UTC)}, InvalidDateError, "value.date", id="dt"
        ),
        pytest.param({"issued": "2024-01-01"}, InvalidDateError, "issued", id="str-issued"),
        pytest.param({"issued": None}, InvalidDateError, "issued", id="none-issued"),
        pytest.param({"issued": 45292}, InvalidDateError, "issued", id="int-issued"),
        pytest.param(
            {"delivered": datetime(2024, 1, 1, tzinfo=UTC)}, InvalidDateError, "delivered", id="dt2"
        ),
        pytest.param({"delivered": "2024-01-01"}, InvalidDateError, "delivered", id="str-deliv"),
        pytest.param({"term": 30}, InvalidInputError, "PaymentTerm or a str", id="int-term"),
        pytest.param({"term": None}, InvalidInputError, "PaymentTerm or a str", id="none-term"),
        pytest.param({"term": "sous huitaine"}, UnknownTermError, "huitaine", id="bad-wording"),
        pytest.param({"shift": "following"}, InvalidInputError, "next_business_day", id="shift"),
        pytest.param({"shift": True}, InvalidInputError, "shift", id="shift-bool"),
        pytest.param({"subdivision": "57"}, InvalidInputError, "only used with", id="subdiv"),
        pytest.param(
            {"shift": "next_business_day", "subdivision": "Bretagne"},
            InvalidInputError,
            "'6AE'",
            id="subdiv-unknown",
        ),
        pytest.param(
            {"term": PaymentTerm.statutory_default()},
            InvalidInputError,
            "delivered=",
            id="delivered-missing",
        ),
        pytest.param(
            {"issued": date(9999, 12, 31), "term": DAYS(1)},
            InvalidInputError,
            "after 9999-12-31",
            id="overflow",
        ),
        pytest.param(
            {"issued": date(9999, 12, 1), "term": EOM(0, A, day=10)},
            InvalidInputError,
            "after 9999-12-31",
            id="overflow-next-month",
        ),
    ],
)
def test_due_date_rejects(kwargs: dict[str, object], error: type[Exception], match: str) -> None:
    arguments: dict[str, object] = {"issued": date(2024, 1, 1), "term": DAYS(30)} | kwargs
    with pytest.raises(error, match=match):
        due_date(**arguments)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- PaymentTerm


@pytest.mark.parametrize(
    ("term", "text"),
    [
        pytest.param(DAYS(30), "30 jours date de facture", id="30j"),
        pytest.param(DAYS(1), "1 jour date de facture", id="1-jour-singular"),
        pytest.param(DAYS(30, "delivery"), "30 jours date de livraison", id="30j-delivery"),
        pytest.param(EOM(45), "45 jours fin de mois", id="45fdm"),
        pytest.param(EOM(45, "eom_then_add"), "fin de mois + 45 jours", id="fdm+45"),
        pytest.param(EOM(45, day=15), "45 jours fin de mois le 15", id="45fdm-le15"),
        pytest.param(EOM(45, B, day=10), "fin de mois + 45 jours le 10", id="fdm+45-le10"),
        pytest.param(PaymentTerm.on_receipt(), "à réception", id="receipt"),
        pytest.param(PaymentTerm.on_receipt("delivery"), "à réception des marchandises", id="g"),
        pytest.param(PaymentTerm.statutory_default(), "30 jours date de livraison", id="default"),
    ],
)
def test_describe(term: PaymentTerm, text: str) -> None:
    assert term.describe() == text
    assert str(term) == text
    assert parse_term(text) == term


def test_term_is_hashable_and_coerces_strings() -> None:
    direct = PaymentTerm("days", 30, "delivery")  # type: ignore[arg-type]
    assert direct == DAYS(30, TermStart.DELIVERY)
    assert hash(direct) == hash(DAYS(30, "delivery"))
    assert direct.kind is TermKind.DAYS
    assert direct.start is TermStart.DELIVERY
    assert {EOM(45), EOM(45, "add_then_eom")} == {EOM(45)}
    assert EOM(45).method is A
    with pytest.raises(AttributeError):
        direct.n = 31  # type: ignore[misc]


@pytest.mark.parametrize(
    ("build", "match"),
    [
        pytest.param(lambda: LOOSE_DAYS(30.0), "n must be an int", id="float"),
        pytest.param(lambda: LOOSE_DAYS("30"), "n must be an int", id="str"),
        pytest.param(lambda: LOOSE_DAYS(True), "n must be an int", id="bool"),
        pytest.param(lambda: LOOSE_DAYS(None), "n must be an int", id="none"),
        pytest.param(lambda: LOOSE_DAYS(-1), "from 0 to 365", id="negative"),
        pytest.param(lambda: LOOSE_DAYS(366), "from 0 to 365", id="too-long"),
        pytest.param(lambda: LOOSE_DAYS(30, "livraison"), "start must be one of", id="bad-start"),
        pytest.param(lambda: LOOSE_DAYS(30, None), "start must be one of", id="none-start"),
        pytest.param(lambda: LOOSE_EOM(45, "A"), "method must be one of", id="bad-method"),
        pytest.param(lambda: LOOSE_EOM(45.0), "n must be an int", id="eom-float"),
        pytest.param(lambda: LOOSE_EOM(45, day=0), "day must be from 1 to 31", id="day-0"),
        pytest.param(lambda: LOOSE_EOM(45, day=32), "day must be from 1 to 31", id="day-32"),
        pytest.param(lambda: LOOSE_EOM(45, day=True), "day must be an int", id="day-bool"),
        pytest.param(lambda: LOOSE_EOM(45, day=10.0), "day must be an int", id="day-float"),
        pytest.param(lambda: LOOSE_RECEIPT(1), "start must be one of", id="receipt"),
        pytest.param(lambda: LOOSE_TERM("weeks", 2), "kind must be one of", id="kind"),
        pytest.param(
            lambda: PaymentTerm(TermKind.DAYS, 30, method=A), "only for end-of-month", id="m"
        ),
        pytest.param(
            lambda: PaymentTerm(TermKind.DAYS, 30, day=5), "only for end-of-month", id="d"
        ),
        pytest.param(lambda: PaymentTerm(TermKind.ON_RECEIPT, 5), "n=0", id="receipt-n"),
        pytest.param(lambda: PaymentTerm(TermKind.END_OF_MONTH, 45), "method must", id="no-m"),
        pytest.param(
            lambda: PaymentTerm(TermKind.END_OF_MONTH, 45, TermStart.DELIVERY, A),
            "invoice date",
            id="eom-from-delivery",
        ),
    ],
)
def test_constructors_reject(build: Callable[[], object], match: str) -> None:
    with pytest.raises(InvalidInputError, match=match):
        build()


# --------------------------------------------------------------------------- parse_term

RECEIPT = PaymentTerm.on_receipt()
GOODS = PaymentTerm.on_receipt("delivery")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("30 jours", DAYS(30), id="30-jours"),
        pytest.param("30 jours net", DAYS(30), id="30-jours-net"),
        pytest.param("30 jours nets", DAYS(30), id="30-jours-nets"),
        pytest.param("30 j", DAYS(30), id="30-j"),
        pytest.param("30j", DAYS(30), id="30j-glued"),
        pytest.param("1 jour", DAYS(1), id="1-jour"),
        pytest.param("60 jours date de facture", DAYS(60), id="date-de-facture"),
        pytest.param("60 jours à compter de la date de facture", DAYS(60), id="a-compter"),
        pytest.param("60 jours à compter de la date d'émission de la facture", DAYS(60), id="em"),
        pytest.param("30 jours date de livraison", DAYS(30, "delivery"), id="date-livraison"),
        pytest.param("30 jours après livraison", DAYS(30, "delivery"), id="apres-livraison"),
        pytest.param(
            "30 jours à compter de la réception des marchandises", DAYS(30, "delivery"), id="rm"
        ),
        pytest.param("à réception de marchandise", GOODS, id="reception-marchandise"),
        pytest.param("à la livraison", GOODS, id="a-la-livraison"),
        pytest.param("45 jours fin de mois", EOM(45, A), id="45-fdm"),
        pytest.param("45 j fdm", EOM(45, A), id="45-j-fdm"),
        pytest.param("45J FDM", EOM(45, A), id="45J-FDM"),
        pytest.param("  45   Jours,  FIN DE MOIS ", EOM(45, A), id="spaces-case-comma"),
        pytest.param("45 jours fin de mois date de facture", EOM(45, A), id="fdm-facture"),
        pytest.param("Règlement à 45 jours fin de mois", EOM(45, A), id="reglement-a"),
        pytest.param("fin de mois + 45 jours", EOM(45, B), id="fdm-plus-45"),
        pytest.param("fin de mois+45j", EOM(45, B), id="fdm-plus-glued"),
        pytest.param("fin de mois 45 jours", EOM(45, B), id="fdm-45"),
        pytest.param("fin de mois plus 45 jours", EOM(45, B), id="fdm-plus-word"),
        pytest.param("fin de mois", EOM(0, A), id="fdm-alone"),
        pytest.param("fin de mois le 10", EOM(0, A, day=10), id="fdm-le-10"),
        pytest.param("45 jours fin de mois le 15", EOM(45, A, day=15), id="45fdm-le-15"),
        pytest.param("30 jours fin de mois le 10", EOM(30, A, day=10), id="30fdm-le-10"),
        pytest.param("30 jours fin de mois le 1er", EOM(30, A, day=1), id="le-1er"),
        pytest.param(
            "30 jours fin de mois le 10 du mois suivant", EOM(30, A, day=10), id="mois-suivant"
        ),
        pytest.param("à réception", RECEIPT, id="a-reception"),
        pytest.param("A RECEPTION", RECEIPT, id="a-reception-upper"),
        pytest.param("a reception de facture", RECEIPT, id="reception-facture"),
        pytest.param("à réception de la facture", RECEIPT, id="reception-la-facture"),
        pytest.param("comptant", RECEIPT, id="comptant"),
        pytest.param("paiement comptant", RECEIPT, id="paiement-comptant"),
        pytest.param("au comptant", RECEIPT, id="au-comptant"),
        pytest.param("paiement à 30 jours", DAYS(30), id="paiement-a-30"),
        pytest.param("payable à 30 jours", DAYS(30), id="payable-a-30"),
        pytest.param("net 30", DAYS(30), id="net-30"),
        pytest.param("Net30", DAYS(30), id="net30-glued"),
        pytest.param("net 30 days", DAYS(30), id="net-30-days"),
        pytest.param("30 days", DAYS(30), id="30-days"),
        pytest.param("30 days end of month", EOM(30, A), id="30-days-eom"),
        pytest.param("due on receipt", RECEIPT, id="due-on-receipt"),
        pytest.param("upon receipt", RECEIPT, id="upon-receipt"),
        pytest.param("30 days from invoice date", DAYS(30), id="from-invoice"),
        pytest.param("30 days after delivery", DAYS(30, "delivery"), id="after-delivery"),
    ],
)
def test_parse_term(text: str, expected: PaymentTerm) -> None:
    assert parse_term(text) == expected


@pytest.mark.parametrize(
    ("text", "match"),
    [
        pytest.param("", "no known wording", id="empty"),
        pytest.param("   ", "no known wording", id="blank"),
        pytest.param("sous huitaine", "no known wording", id="huitaine"),
        pytest.param("30", "a number alone", id="number-alone"),
        pytest.param("jours", "no known wording", id="unit-alone"),
        pytest.param("30 jours fin de trimestre", "'fin trimestre' were not understood", id="q"),
        pytest.param("400 jours", "400 is not from 0 to 365", id="too-long"),
        pytest.param("45 jours fin de mois le 32", "32 is not from 1 to 31", id="le-32"),
        pytest.param("45 jours fin de mois le 0", "0 is not from 1 to 31", id="le-0"),
        pytest.param("30 jours date de facture après livraison", "both", id="both-starts"),
        pytest.param("45 jours fin de mois après livraison", "invoice date only", id="eom-deliv"),
        pytest.param("30 jours à compter de la", "do not name a start", id="no-start"),
        pytest.param("30 jours le 10", "no known wording", id="le-without-fdm"),
    ],
)
def test_parse_term_rejects(text: str, match: str) -> None:
    with pytest.raises(UnknownTermError, match=match) as info:
        parse_term(text)
    message = str(info.value)
    assert repr(text) in message  # quotes the text
    assert "'45 jours fin de mois'" in message  # lists example wordings
    assert info.value.value == text


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(None, id="none"),
        pytest.param(30, id="int"),
        pytest.param(b"30 jours", id="bytes"),
        pytest.param(["30 jours"], id="list-unhashable"),
    ],
)
def test_parse_term_wants_a_str(bad: object) -> None:
    with pytest.raises(InvalidInputError, match="term must be a str") as info:
        parse_term(bad)  # type: ignore[arg-type]
    assert not isinstance(info.value, UnknownTermError)


def test_parse_term_is_cached() -> None:
    assert parse_term("45 jours fin de mois") is parse_term("45 jours fin de mois")


# --------------------------------------------------------------------------- check_term


@pytest.mark.parametrize(
    ("term", "regime", "legal"),
    [
        # ---- general, L441-10 I: 60 d net or 45 d end of month (either method)
        pytest.param(DAYS(60), "general", True, id="general-60"),
        pytest.param(DAYS(61), "general", False, id="general-61"),
        pytest.param(DAYS(0), "general", True, id="general-0"),
        pytest.param(RECEIPT, "general", True, id="general-receipt"),
        pytest.param(EOM(45, A), "general", True, id="general-45fdm-A"),
        pytest.param(EOM(45, B), "general", True, id="general-45fdm-B"),
        pytest.param(EOM(0, A), "general", True, id="general-fdm"),
        pytest.param(EOM(46, A), "general", False, id="general-46fdm-A"),
        # 14 Jan 2023 + 46 = 1 Mar -> 31 Mar, while 45 d gives 28 Feb and 60 d 15 Mar.
        pytest.param(EOM(46, B), "general", False, id="general-46fdm-B"),
        # 1 Jan 2024: 31 Jan + 46 = 17 Mar > max(1 Mar, 29 Feb, 16 Mar).
        pytest.param(EOM(50, A), "general", False, id="general-50fdm-A"),
        # 12 Jan 2023 + 50 = 3 Mar -> 31 Mar > max(13 Mar, 28 Feb, 17 Mar).
        pytest.param(EOM(50, B), "general", False, id="general-50fdm-B"),
        pytest.param(EOM(60, A), "general", False, id="general-60fdm-A"),
        pytest.param(EOM(60, B), "general", False, id="general-60fdm-B"),
        pytest.param(EOM(45, A, day=15), "general", False, id="general-45fdm-le15"),
        pytest.param(DAYS(60, "delivery"), "general", True, id="general-60-delivery"),
        # documented choice: delivery on the invoice date (L441-9), so 60 d from delivery is OK.
        pytest.param(DAYS(61, "delivery"), "general", False, id="general-61-delivery"),
        # ---- periodic invoice, L441-10 I al. 4: 45 d after the invoice date
        pytest.param(DAYS(45), "periodic_invoice", True, id="periodic-45"),
        pytest.param(DAYS(46), "periodic_invoice", False, id="periodic-46"),
        pytest.param(EOM(45, A), "periodic_invoice", False, id="periodic-45fdm"),
        # 1 Jan 2024 + 45 = 15 Feb -> 29 Feb > 15 Feb.
        pytest.param(EOM(30, A), "periodic_invoice", False, id="periodic-30fdm"),
        # 2 Jan 2024 + 30 = 1 Feb -> 29 Feb > 2 Jan + 45 = 16 Feb.
        # ---- perishable food, L441-11 II 1° a: 30 d after delivery
        pytest.param(DAYS(30, "delivery"), "perishable_food", True, id="perishable-30"),
        pytest.param(DAYS(30), "perishable_food", True, id="perishable-30-invoice"),
        pytest.param(DAYS(31, "delivery"), "perishable_food", False, id="perishable-31"),
        pytest.param(EOM(30, A), "perishable_food", False, id="perishable-30fdm"),
        # ---- live cattle: 20 d after delivery
        pytest.param(DAYS(20, "delivery"), "live_cattle", True, id="cattle-20"),
        pytest.param(DAYS(21, "delivery"), "live_cattle", False, id="cattle-21"),
        pytest.param(DAYS(30), "live_cattle", False, id="cattle-30"),
        # ---- alcohol (CGI 403): 30 d after the end of the month of delivery
        pytest.param(EOM(30, B), "alcohol", True, id="alcohol-fdm+30"),
        pytest.param(DAYS(30, "delivery"), "alcohol", True, id="alcohol-30-delivery"),
        # d + 30 <= end of d's month + 30.
        pytest.param(EOM(31, B), "alcohol", False, id="alcohol-fdm+31"),
        pytest.param(EOM(30, A), "alcohol", False, id="alcohol-30fdm-A"),
        # 31 Jan 2024 + 30 = 1 Mar -> 31 Mar > 31 Jan + 30 = 1 Mar.
        pytest.param(DAYS(45), "alcohol", False, id="alcohol-45"),
        # 31 Jan + 45 = 16 Mar > 1 Mar.
        # ---- transport: 30 d from the invoice date
        pytest.param(DAYS(30), "transport", True, id="transport-30"),
        pytest.param(DAYS(31), "transport", False, id="transport-31"),
        pytest.param(EOM(0, A), "transport", True, id="transport-fdm"),
        # the end of the month is at most 30 days after any day of it.
        # ---- grand export, L441-12: 90 d after the invoice date
        pytest.param(DAYS(90), "grand_export", True, id="export-90"),
        pytest.param(DAYS(91), "grand_export", False, id="export-91"),
        pytest.param(EOM(60, A), "grand_export", True, id="export-60fdm"),
        # d + 60, then at most 30 more days to the end of that month: <= d + 90.
        # ---- public buyers, CCP R2192-10 / R2192-11
        pytest.param(DAYS(30), "public_state", True, id="state-30"),
        pytest.param(DAYS(31), "public_state", False, id="state-31"),
        pytest.param(RECEIPT, "public_state", True, id="state-receipt"),
        pytest.param(DAYS(50), "public_hospital", True, id="hospital-50"),
        pytest.param(DAYS(51), "public_hospital", False, id="hospital-51"),
        pytest.param(DAYS(60), "public_company", True, id="company-60"),
        pytest.param(DAYS(61), "public_company", False, id="company-61"),
        pytest.param(EOM(30, B), "public_company", True, id="company-fdm+30"),
        # end of month - d <= 30, so end of month + 30 <= d + 60.
    ],
)
def test_check_term(term: PaymentTerm, regime: str, legal: bool) -> None:
    violations = check_term(term, regime=regime)
    assert (violations == ()) is legal
    assert check_term(term, regime=Regime(regime)) == violations
    for violation in violations:
        assert isinstance(violation, Violation)
        assert violation.example_due is not None
        assert violation.example_limit is not None
        assert violation.example_due > violation.example_limit


@pytest.mark.parametrize(
    ("term", "regime", "rule", "article", "worst"),
    [
        pytest.param(
            DAYS(61),
            "general",
            "L441-10 I general maximum",
            "C. com. L441-10 I",
            (date(2024, 1, 31), date(2024, 4, 1), date(2024, 3, 31)),
            id="general-61",
        ),
        # Excess is at most 1 day (the limit is >= d + 60). Before 31 Jan 2024 the 45-day EOM
        # limit is later: 16..30 Jan + 45 = 1..15 Mar -> 31 Mar >= d + 61. On 31 Jan 2024:
        # + 60 = 31 Mar (Feb has 29), + 45 = 16 Mar -> 31 Mar, 31 Jan + 45 = 16 Mar; so the
        # limit is 31 Mar and 61 days give 1 Apr.
        pytest.param(
            EOM(60, A),
            "general",
            "L441-10 I general maximum",
            "C. com. L441-10 I",
            (date(2024, 12, 31), date(2025, 3, 31), date(2025, 3, 1)),
            id="general-60fdm",
        ),
        # Excess <= 30 (end of month - (d + 60)); 30 needs d + 60 = the 1st of a 31-day
        # month and end of d's month <= d + 15. d = 1 Mar/May/Jul/Aug/Oct/Dec 2024 or
        # 1 Jan 2025 minus 60 days falls early in a month, except 1 Mar 2025 - 60 = 31 Dec 2024
        # (31 Jan + 28 Feb = 59, + 1). Then limit = max(1 Mar, 14 Feb -> 28 Feb, 14 Feb).
        pytest.param(
            DAYS(91),
            "grand_export",
            "L441-12 grand export maximum",
            "C. com. L441-12",
            (date(2024, 1, 1), date(2024, 4, 1), date(2024, 3, 31)),
            id="export-91",
        ),
        # 1 Jan + 30 = 31 Jan, + 29 = 29 Feb (59), + 31 = 31 Mar (90), + 1 = 1 Apr (91).
        pytest.param(
            DAYS(46),
            "periodic_invoice",
            "L441-10 I periodic invoice maximum",
            "C. com. L441-10 I (facture périodique, CGI 289 I 3)",
            (date(2024, 1, 1), date(2024, 2, 16), date(2024, 2, 15)),
            id="periodic-46",
        ),
        # 1 Jan + 30 = 31 Jan, + 15 = 15 Feb (45), + 1 = 16 Feb (46).
        pytest.param(
            DAYS(51),
            "public_hospital",
            "R2192-11 1° public hospital maximum",
            "CCP L2192-10, R2192-11 1°",
            (date(2024, 1, 1), date(2024, 2, 21), date(2024, 2, 20)),
            id="hospital-51",
        ),
        # 1 Jan + 30 = 31 Jan, + 20 = 20 Feb (50), + 1 = 21 Feb (51).
        pytest.param(
            DAYS(31),
            "transport",
            "L441-11 II transport maximum",
            "C. com. L441-11 II (transport routier, location de véhicules, commission de "
            "transport, transitaires, courtiers de fret, commissionnaires en douane)",
            (date(2024, 1, 1), date(2024, 2, 1), date(2024, 1, 31)),
            id="transport-31",
        ),
        # 1 Jan + 30 = 31 Jan, + 31 = 1 Feb.
    ],
)
def test_check_term_worst_case(
    term: PaymentTerm, regime: str, rule: str, article: str, worst: tuple[date, date, date]
) -> None:
    (violation,) = check_term(term, regime=regime)
    assert violation.rule == rule
    assert violation.article == article
    assert (violation.example_issued, violation.example_due, violation.example_limit) == worst
    issued, due, limit = worst
    assert issued.isoformat() in violation.message
    assert due.isoformat() in violation.message
    assert limit.isoformat() in violation.message
    assert term.describe() in violation.message


def test_check_term_general_wording() -> None:
    (violation,) = check_term("60 jours fin de mois")
    assert violation.limit == (
        "60 jours nets après la date d'émission de la facture, ou 45 jours fin de mois "
        "(expressément stipulé)"
    )
    assert "30 days too late" in violation.message
    (one_day,) = check_term("61 jours")
    assert "(1 day too late)" in one_day.message


def test_check_term_notes() -> None:
    (public,) = check_term(DAYS(31), regime="public_state")
    assert "R2192-12" in public.message
    (food,) = check_term(DAYS(31), regime=Regime.PERISHABLE_FOOD)
    assert "L441-9" in food.message
    (delivered,) = check_term(DAYS(31, "delivery"), regime="perishable_food")
    assert "delivered and invoiced on 2024-01-01" in delivered.message


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        pytest.param({"regime": "b2b"}, InvalidInputError, "'general', 'periodic", id="regime"),
        pytest.param({"regime": None}, InvalidInputError, "regime must be", id="regime-none"),
        pytest.param({"term": 30}, InvalidInputError, "PaymentTerm or a str", id="term-int"),
        pytest.param({"term": "sous huitaine"}, UnknownTermError, "huitaine", id="term-str"),
    ],
)
def test_check_term_rejects(kwargs: dict[str, object], error: type[Exception], match: str) -> None:
    arguments: dict[str, object] = {"term": DAYS(30), "regime": "general"} | kwargs
    term = arguments.pop("term")
    with pytest.raises(error, match=match):
        check_term(term, **arguments)  # type: ignore[arg-type]


def test_regime_members() -> None:
    assert [member.value for member in Regime] == [
        "general",
        "periodic_invoice",
        "perishable_food",
        "live_cattle",
        "alcohol",
        "transport",
        "grand_export",
        "public_state",
        "public_hospital",
        "public_company",
    ]
    assert [m.value for m in EndOfMonthMethod] == ["add_then_eom", "eom_then_add"]
    assert [m.value for m in TermStart] == ["invoice", "delivery"]


# --------------------------------------------------------------------------- properties

METHODS = st.sampled_from(list(EndOfMonthMethod))
DAY_X = st.one_of(st.none(), st.integers(min_value=1, max_value=31))
TERMS = st.one_of(
    st.builds(
        PaymentTerm.days, st.integers(min_value=0, max_value=365), st.sampled_from(list(TermStart))
    ),
    st.builds(
        PaymentTerm.end_of_month, st.integers(min_value=0, max_value=365), METHODS, day=DAY_X
    ),
    st.builds(PaymentTerm.on_receipt, st.sampled_from(list(TermStart))),
)


@given(term=TERMS, issued=DATES, lag=st.integers(min_value=0, max_value=60))
def test_due_is_not_before_issue(term: PaymentTerm, issued: date, lag: int) -> None:
    delivered = issued + timedelta(days=lag)
    assert due_date(issued, term, delivered=delivered) >= issued


@given(
    n=st.integers(min_value=0, max_value=365),
    method=METHODS,
    day=DAY_X,
    first=DATES,
    second=DATES,
)
def test_end_of_month_is_monotone(
    n: int, method: EndOfMonthMethod, day: int | None, first: date, second: date
) -> None:
    term = EOM(n, method, day=day)
    early, late = sorted((first, second))
    assert due_date(early, term) <= due_date(late, term)


@given(n=st.integers(min_value=0, max_value=365), issued=DATES)
def test_add_then_eom_gives_a_month_end(n: int, issued: date) -> None:
    result = due_date(issued, EOM(n, A))
    assert (result + timedelta(days=1)).day == 1
    # and it is the end of the month of issued + n days
    target = issued + timedelta(days=n)
    assert (result.year, result.month) == (target.year, target.month)


@given(
    n=st.integers(min_value=0, max_value=365),
    method=METHODS,
    day=st.integers(min_value=1, max_value=31),
    issued=DATES,
)
def test_day_x_is_clamped(n: int, method: EndOfMonthMethod, day: int, issued: date) -> None:
    result = due_date(issued, EOM(n, method, day=day))
    assert result.day == min(day, monthrange(result.year, result.month)[1])
    base = due_date(issued, EOM(n, method))
    assert (result.year * 12 + result.month) - (base.year * 12 + base.month) == 1


@given(term=TERMS, issued=DATES, subdivision=st.sampled_from([None, "57", "971"]))
def test_shift_gives_next_business_day(
    term: PaymentTerm, issued: date, subdivision: str | None
) -> None:
    plain = due_date(issued, term, delivered=issued)
    shifted = due_date(
        issued, term, delivered=issued, shift="next_business_day", subdivision=subdivision
    )
    assert is_business_day(shifted, subdivision=subdivision)
    assert plain <= shifted < plain + timedelta(days=7)


@given(term=TERMS)
def test_describe_round_trips(term: PaymentTerm) -> None:
    assert parse_term(term.describe()) == term


JUNK = st.one_of(st.floats(), st.text(max_size=20), st.datetimes(), st.none(), st.booleans())


@given(junk=JUNK)
def test_junk_into_due_date(junk: object) -> None:
    with pytest.raises(CreancesError):
        due_date(junk, DAYS(30))  # type: ignore[arg-type]
    with pytest.raises(CreancesError):
        due_date(date(2024, 1, 1), DAYS(30, "delivery"), delivered=junk)  # type: ignore[arg-type]


@given(junk=JUNK)
def test_junk_into_constructors(junk: object) -> None:
    with pytest.raises(CreancesError):
        PaymentTerm.days(junk)  # type: ignore[arg-type]
    with pytest.raises(CreancesError):
        PaymentTerm.end_of_month(junk)  # type: ignore[arg-type]
    with pytest.raises(CreancesError):
        PaymentTerm.end_of_month(45, junk)  # type: ignore[arg-type]
    if junk is not None:
        with pytest.raises(CreancesError):
            PaymentTerm.end_of_month(45, day=junk)  # type: ignore[arg-type]


@given(text=st.text(max_size=40))
def test_parse_term_never_crashes(text: str) -> None:
    try:
        term = parse_term(text)
    except UnknownTermError:
        return
    assert isinstance(term, PaymentTerm)
