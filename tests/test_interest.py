"""Late interest: every expected figure is derived by hand in the comment next to it.

Convention (api.md §3): interest runs from due + 1 through until, both included; a period
earns base × rate × days / (100 × day_count), rounded to the cent half-up; the total is the
sum of the rounded periods. Rates come from the rows of src/creances/data (legal-rules §6).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import creances as cr
from creances.rates import Rates, semester_start
from strategies import (
    LAST_DAY,
    amounts,
    day_counts,
    imputations,
    junk,
    positive_amounts,
    spans,
    statutory_dates,
)

D = Decimal


def summary(result: cr.Interest) -> list[tuple[str, str, int, str, str]]:
    return [
        (p.start.isoformat(), p.end.isoformat(), p.days, str(p.rate), str(p.amount))
        for p in result.periods
    ]


# -- official service-public examples (legal-rules §10) -------------------------------------


def test_service_public_f783_simple_legal_interest() -> None:
    # 2 000 € owed to a private person, H2 2020 consumer rate 3,11 % (row 2020 H2),
    # 1 Sep → 30 Sep 2020 = 30 days (both ends):
    # 2 000 × 3,11 × 30 / 36 500 = 186 600 / 36 500 = 5,1123… → 5,11 (365 although 2020 is leap)
    r = cr.late_interest(
        D(2000), date(2020, 8, 31), date(2020, 9, 30), rule=cr.LegalRate(creditor="consumer")
    )
    assert summary(r) == [("2020-09-01", "2020-09-30", 30, "3.11", "5.11")]
    assert r.total == D("5.11")
    assert r.principal_left + r.total == D("2005.11")  # « total 2 005,11 € »


def test_service_public_f20688_majorated_legal_interest() -> None:
    # Judgment enforceable 17 Sep 2015; + 5 points from the day after two months have run:
    # 17 Nov 2015 + 1 = 18 Nov 2015 (CMF L313-3).
    # - 18 Sep → 17 Nov 2015 = 13 + 31 + 17 = 61 days at 4,29 % (row 2015 H2, consumer):
    #   2 000 × 4,29 × 61 / 36 500 = 523 380 / 36 500 = 14,339… → 14,34
    # - 18 Nov → 31 Dec 2015 = 13 + 31 = 44 days at 4,29 + 5 = 9,29 %:
    #   2 000 × 9,29 × 44 / 36 500 = 817 520 / 36 500 = 22,397… → 22,40
    # - 1 Jan → 9 Apr 2016 = 31 + 29 + 31 + 9 = 100 days at 4,54 + 5 = 9,54 % (row 2016 H1):
    #   2 000 × 9,54 × 100 / 36 500 = 1 908 000 / 36 500 = 52,273… → 52,27
    # Total 14,34 + 22,40 + 52,27 = 89,01.
    # The official example says « payment on 10 April 2016 » yet counts 100 days in 2016
    # (61 + 44 + 100 = 205 days for 17 Sep 2015 → 10 Apr 2016, which is 206 days): it drops
    # one day at the year change (legal-rules §10.2). With our both-ends convention the same
    # split is obtained with until = 9 April 2016; this is a regression test of the split
    # and rates, not of a day-count rule.
    r = cr.late_interest(
        D(2000),
        date(2015, 9, 17),
        date(2016, 4, 9),
        rule=cr.LegalRate(creditor="consumer", judgment_enforceable=date(2015, 9, 17)),
    )
    assert summary(r) == [
        ("2015-09-18", "2015-11-17", 61, "4.29", "14.34"),
        ("2015-11-18", "2015-12-31", 44, "9.29", "22.40"),
        ("2016-01-01", "2016-04-09", 100, "9.54", "52.27"),
    ]
    assert r.total == D("89.01")
    assert r.principal_left + r.total == D("2089.01")


def test_majoration_start_date() -> None:
    # enforceable 17 Sep 2015 → two months → 17 Nov → majorated from 18 Nov (api.md §3)
    assert cr.LegalRate(judgment_enforceable=date(2015, 9, 17)).majoration_start == date(
        2015, 11, 18
    )
    # month-end: 31 Dec 2023 + 2 months → 29 Feb 2024 (relativedelta clamps) → from 1 Mar
    assert cr.LegalRate(judgment_enforceable=date(2023, 12, 31)).majoration_start == date(
        2024, 3, 1
    )
    assert cr.LegalRate().majoration_start is None


def test_majoration_already_running_when_interest_starts() -> None:
    # enforceable 1 Jan 2024 → majorated from 2 Mar 2024; due 31 Mar, until 30 Apr 2024:
    # 30 days at 5,07 + 5 = 10,07 % (row 2024 H1, professional):
    # 1 000 × 10,07 × 30 / 36 500 = 302 100 / 36 500 = 8,2767… → 8,28
    r = cr.late_interest(
        D(1000), date(2024, 3, 31), date(2024, 4, 30),
        rule=cr.LegalRate(judgment_enforceable=date(2024, 1, 1)),
    )  # fmt: skip
    assert summary(r) == [("2024-04-01", "2024-04-30", 30, "10.07", "8.28")]


# -- third-party examples 3 and 4 of §10, via Contractual ------------------------------------


@pytest.mark.parametrize(
    ("principal", "rate", "expected"),
    [
        # ex. 3 (lesjooristes): 5 000 × 10 × 30 / 36 500 = 150 000 / 36 500 = 4,1095… × 10
        #   = 41,0958… → 41,10
        pytest.param("5000", "10", "41.10", id="example-3"),
        # ex. 4 (agenceipro): 15 000 × 15 × 30 / 36 500 = 6 750 000 / 36 500 = 184,9315… → 184,93
        pytest.param("15000", "15", "184.93", id="example-4"),
    ],
)
def test_third_party_examples(principal: str, rate: str, expected: str) -> None:
    # 2 → 31 Mar 2019 = 30 days; floor in 2019 H1 = 3 × 0,86 = 2,58 % (row 2019 H1),
    # below both agreed rates, so the floor does not apply.
    r = cr.late_interest(
        D(principal), date(2019, 3, 1), date(2019, 3, 31), rule=cr.Contractual(D(rate))
    )
    assert r.total == D(expected)
    assert r.days == 30
    assert r.warnings == ()


# -- Statutory ------------------------------------------------------------------------------


def test_statutory_across_1_january_and_1_july() -> None:
    # 10 000 € due 15 Dec 2022, until 10 Jul 2023:
    # - 16 → 31 Dec 2022: 16 days at 0,00 + 10 = 10,00 % (1 Jul 2022 anchor, row 2016-03-16):
    #   10 000 × 10 × 16 / 36 500 = 1 600 000 / 36 500 = 43,835… → 43,84
    # - 1 Jan → 30 Jun 2023: 181 days at 2,50 + 10 = 12,50 % (row 2022-12-21):
    #   10 000 × 12,5 × 181 / 36 500 = 22 625 000 / 36 500 = 619,863… → 619,86
    # - 1 → 10 Jul 2023: 10 days at 4,00 + 10 = 14,00 % (row 2023-06-21):
    #   10 000 × 14 × 10 / 36 500 = 1 400 000 / 36 500 = 38,356… → 38,36
    # total 43,84 + 619,86 + 38,36 = 702,06
    r = cr.late_interest(D(10000), date(2022, 12, 15), date(2023, 7, 10))
    assert summary(r) == [
        ("2022-12-16", "2022-12-31", 16, "10.00", "43.84"),
        ("2023-01-01", "2023-06-30", 181, "12.50", "619.86"),
        ("2023-07-01", "2023-07-10", 10, "14.00", "38.36"),
    ]
    assert r.total == D("702.06")
    assert all(p.base == D(10000) for p in r.periods)
    assert "L441-10" in r.periods[0].basis


def test_statutory_default_rule_is_statutory() -> None:
    explicit = cr.late_interest(D(10000), date(2022, 12, 15), date(2023, 7, 10),
                                rule=cr.Statutory())  # fmt: skip
    assert explicit == cr.late_interest(D(10000), date(2022, 12, 15), date(2023, 7, 10))


def test_ecb_change_of_18_september_2024_does_not_change_the_rate_inside_h2() -> None:
    # 1 Jul → 31 Dec 2024 = 31+31+30+31+30+31 = 184 days, all at 4,25 + 10 = 14,25 %
    # (1 Jul 2024 anchor = row 2024-06-12; the 3,65 % of 18 Sep is ignored until 2025):
    # 1 000 × 14,25 × 184 / 36 500 = 2 622 000 / 36 500 = 71,835… → 71,84
    r = cr.late_interest(D(1000), date(2024, 6, 30), date(2024, 12, 31))
    assert summary(r) == [("2024-07-01", "2024-12-31", 184, "14.25", "71.84")]


def test_split_none_keeps_first_semester_rate() -> None:
    # due 20 Jun 2024, until 10 Jul 2024: 20 days.
    # semester split: 21 → 30 Jun 10 d at 14,50 %: 145 000 / 36 500 = 3,9726… → 3,97;
    #                 1 → 10 Jul 10 d at 14,25 %: 142 500 / 36 500 = 3,9041… → 3,90; total 7,87
    # split="none":   20 d at 14,50 %: 1 000 × 14,5 × 20 / 36 500 = 290 000 / 36 500
    #                 = 7,9452… → 7,95
    split = cr.late_interest(D(1000), date(2024, 6, 20), date(2024, 7, 10))
    assert summary(split) == [
        ("2024-06-21", "2024-06-30", 10, "14.50", "3.97"),
        ("2024-07-01", "2024-07-10", 10, "14.25", "3.90"),
    ]
    assert split.total == D("7.87")
    frozen = cr.late_interest(
        D(1000), date(2024, 6, 20), date(2024, 7, 10), rule=cr.Statutory(split="none")
    )
    assert summary(frozen) == [("2024-06-21", "2024-07-10", 20, "14.50", "7.95")]


def test_statutory_custom_margin() -> None:
    # pre-LME contracts: MRO + 7. 2024 H1: 4,50 + 7 = 11,50 %, 30 days (1 → 30 Apr):
    # 1 000 × 11,5 × 30 / 36 500 = 345 000 / 36 500 = 9,4520… → 9,45
    r = cr.late_interest(D(1000), date(2024, 3, 31), date(2024, 4, 30),
                         rule=cr.Statutory(margin=7))  # fmt: skip
    assert r.total == D("9.45")
    assert r.periods[0].rate == D("11.50")


# -- leap years --------------------------------------------------------------------------------


def test_leap_year_365_vs_actual_inside_2024() -> None:
    # 36 600 € due 31 Jan 2024, until 1 Mar 2024: 1 Feb → 1 Mar = 29 + 1 = 30 days at 14,50 %
    # 365:    36 600 × 14,5 × 30 / 36 500 = 15 921 000 / 36 500 = 436,1917… → 436,19
    # actual: 15 921 000 / 36 600 = 435,00 exactly
    r365 = cr.late_interest(D(36600), date(2024, 1, 31), date(2024, 3, 1))
    actual = cr.late_interest(D(36600), date(2024, 1, 31), date(2024, 3, 1), day_count="actual")
    assert r365.total == D("436.19")
    assert actual.total == D("435.00")
    assert actual.periods[0].day_count == 366
    assert r365.periods[0].day_count == 365


def test_actual_day_count_splits_at_1_january_even_with_a_frozen_rate() -> None:
    # Public procurement, due 21 Dec 2023 → frozen at the 1 Jul 2023 anchor 4,00 + 8 = 12,00 %
    # 365:    22 Dec 2023 → 10 Jan 2024 = 10 + 10 = 20 days in one period:
    #         1 000 × 12 × 20 / 36 500 = 240 000 / 36 500 = 6,5753… → 6,58
    # actual: 22 → 31 Dec 2023, 10 d / 365: 120 000 / 36 500 = 3,2876… → 3,29
    #         1 → 10 Jan 2024, 10 d / 366: 120 000 / 36 600 = 3,2786… → 3,28; total 6,57
    rule = cr.PublicProcurement()
    r365 = cr.late_interest(D(1000), date(2023, 12, 21), date(2024, 1, 10), rule=rule)
    assert summary(r365) == [("2023-12-22", "2024-01-10", 20, "12.00", "6.58")]
    actual = cr.late_interest(
        D(1000), date(2023, 12, 21), date(2024, 1, 10), rule=rule, day_count="actual"
    )
    assert summary(actual) == [
        ("2023-12-22", "2023-12-31", 10, "12.00", "3.29"),
        ("2024-01-01", "2024-01-10", 10, "12.00", "3.28"),
    ]
    assert [p.day_count for p in actual.periods] == [365, 366]
    assert actual.total == D("6.57")


def test_statutory_actual_across_new_year() -> None:
    # 1 000 € due 21 Dec 2023, until 10 Jan 2024:
    # 22 → 31 Dec 2023 at 4,00 + 10 = 14,00 %: 140 000 / 36 500 = 3,8356… → 3,84 (both modes)
    # 1 → 10 Jan 2024 at 4,50 + 10 = 14,50 %: 365: 145 000 / 36 500 = 3,9726… → 3,97 (7,81)
    #                                        actual: 145 000 / 36 600 = 3,9617… → 3,96 (7,80)
    assert cr.late_interest(D(1000), date(2023, 12, 21), date(2024, 1, 10)).total == D("7.81")
    actual = cr.late_interest(D(1000), date(2023, 12, 21), date(2024, 1, 10), day_count="actual")
    assert actual.total == D("7.80")


# -- payments ------------------------------------------------------------------------------------

DUE = date(2024, 3, 31)  # 2024 H1: 4,50 + 10 = 14,50 %
UNTIL = date(2024, 4, 30)  # 1 → 30 Apr = 30 days


def test_payment_on_first_late_day_interest_first() -> None:
    # Day 1 (1 Apr) at base 1 000: 1 000 × 14,5 × 1 / 36 500 = 0,3972… → 0,40.
    # Payment 400 on 1 Apr: 0,40 to interest, 399,60 to principal → base 600,40 from 2 Apr.
    # 2 → 30 Apr = 29 days: 600,40 × 14,5 × 29 / 36 500 = 252 468,2 / 36 500 = 6,9169… → 6,92
    # total 0,40 + 6,92 = 7,32; paid 0,40; principal left 600,40
    r = cr.late_interest(D(1000), DUE, UNTIL, payments=[cr.Payment(date(2024, 4, 1), D(400))])
    assert summary(r) == [
        ("2024-04-01", "2024-04-01", 1, "14.50", "0.40"),
        ("2024-04-02", "2024-04-30", 29, "14.50", "6.92"),
    ]
    assert [p.base for p in r.periods] == [D(1000), D("600.40")]
    assert (r.total, r.paid, r.principal_left, r.unpaid) == (
        D("7.32"), D("0.40"), D("600.40"), D("6.92"),
    )  # fmt: skip


def test_payment_on_first_late_day_principal_first() -> None:
    # Day 1: 0,40 as above (not paid). Payment 400 → principal 600 from 2 Apr.
    # 29 days: 600 × 14,5 × 29 / 36 500 = 252 300 / 36 500 = 6,9123… → 6,91
    # total 0,40 + 6,91 = 7,31; paid 0; principal left 600; unpaid 7,31.
    # What is owed differs from interest_first: 600 + 7,31 = 607,31 vs 600,40 + 6,92 = 607,32.
    pays = [cr.Payment(date(2024, 4, 1), D(400))]
    r = cr.late_interest(D(1000), DUE, UNTIL, payments=pays, imputation="principal_first")
    assert [p.amount for p in r.periods] == [D("0.40"), D("6.91")]
    assert (r.total, r.paid, r.principal_left, r.unpaid) == (
        D("7.31"), D("0.00"), D("600.00"), D("7.31"),
    )  # fmt: skip
    first = cr.late_interest(D(1000), DUE, UNTIL, payments=pays)
    assert first.principal_left + first.unpaid == D("607.32")
    assert r.principal_left + r.unpaid == D("607.31")


def test_interest_first_vs_principal_first_mid_period() -> None:
    # 10 000 € due 31 Mar 2024, payment of 5 000 on 15 Apr, until 30 Apr, 14,50 %.
    # 1 → 15 Apr = 15 days at 10 000: 10 000 × 14,5 × 15 / 36 500 = 2 175 000 / 36 500
    #   = 59,5890… → 59,59
    # interest_first: 59,59 to interest, 4 940,41 to principal → base 5 059,59;
    #   16 → 30 Apr = 15 days: 5 059,59 × 14,5 × 15 / 36 500 = 1 100 460,825 / 36 500
    #   = 30,1496… → 30,15; total 89,74, paid 59,59, left 5 059,59, owed 5 089,74
    # principal_first: base 5 000; 5 000 × 14,5 × 15 / 36 500 = 1 087 500 / 36 500
    #   = 29,7945… → 29,79; total 89,38, paid 0, left 5 000, owed 5 089,38
    pays = [cr.Payment(date(2024, 4, 15), D(5000))]
    a = cr.late_interest(D(10000), DUE, UNTIL, payments=pays, imputation="interest_first")
    b = cr.late_interest(D(10000), DUE, UNTIL, payments=pays, imputation="principal_first")
    assert [p.amount for p in a.periods] == [D("59.59"), D("30.15")]
    assert (a.total, a.paid, a.principal_left) == (D("89.74"), D("59.59"), D("5059.59"))
    assert [p.amount for p in b.periods] == [D("59.59"), D("29.79")]
    assert (b.total, b.paid, b.principal_left) == (D("89.38"), D("0.00"), D("5000.00"))
    assert a.principal_left + a.unpaid == D("5089.74")
    assert b.principal_left + b.unpaid == D("5089.38")


def test_imputation_accepts_enum_members() -> None:
    pays = [cr.Payment(date(2024, 4, 15), D(5000))]
    by_enum = cr.late_interest(D(10000), DUE, UNTIL, payments=pays,
                               imputation=cr.Imputation.PRINCIPAL_FIRST)  # fmt: skip
    assert by_enum.total == D("89.38")  # as derived above


def test_payment_on_until_interest_first() -> None:
    # 1 → 30 Apr = 30 days at 14,50 %: 1 000 × 14,5 × 30 / 36 500 = 435 000 / 36 500
    #   = 11,9178… → 11,92; a payment of 1 000 on 30 Apr counts for 30 Apr at the old base,
    # then pays 11,92 interest and 988,08 principal → principal left 11,92.
    r = cr.late_interest(D(1000), DUE, UNTIL, payments=[cr.Payment(UNTIL, D(1000))])
    assert summary(r) == [("2024-04-01", "2024-04-30", 30, "14.50", "11.92")]
    assert (r.total, r.paid, r.principal_left, r.unpaid) == (
        D("11.92"), D("11.92"), D("11.92"), D("0.00"),
    )  # fmt: skip


def test_payment_on_until_principal_first() -> None:
    # same 11,92 of interest; 1 000 pays the principal, the interest stays unpaid
    r = cr.late_interest(D(1000), DUE, UNTIL, payments=[cr.Payment(UNTIL, D(1000))],
                         imputation="principal_first")  # fmt: skip
    assert (r.total, r.paid, r.principal_left, r.unpaid) == (
        D("11.92"), D("0.00"), D("0.00"), D("11.92"),
    )  # fmt: skip


def test_payment_on_day_p_counts_at_the_old_base_for_day_p() -> None:
    # Full principal paid on 5 Apr (principal_first): 1 → 5 Apr = 5 days at base 1 000:
    # 1 000 × 14,5 × 5 / 36 500 = 72 500 / 36 500 = 1,9863… → 1,99 (not 4 days = 1,59),
    # then the base is 0 and nothing more accrues.
    r = cr.late_interest(D(1000), DUE, date(2024, 4, 10),
                         payments=[cr.Payment(date(2024, 4, 5), D(1000))],
                         imputation="principal_first")  # fmt: skip
    assert summary(r) == [("2024-04-01", "2024-04-05", 5, "14.50", "1.99")]
    assert (r.principal_left, r.unpaid) == (D("0.00"), D("1.99"))


def test_later_payment_settles_interest_after_principal_is_gone() -> None:
    # As above, then 1,99 paid on 8 Apr: all interest settled, nothing owed.
    r = cr.late_interest(D(1000), DUE, date(2024, 4, 10),
                         payments=[cr.Payment(date(2024, 4, 5), D(1000)),
                                   cr.Payment(date(2024, 4, 8), D("1.99"))],
                         imputation="principal_first")  # fmt: skip
    assert (r.total, r.paid, r.principal_left, r.overpaid) == (
        D("1.99"), D("1.99"), D("0.00"), D("0.00"),
    )  # fmt: skip


def test_payments_in_any_order_and_several_on_one_day() -> None:
    # Two payments of 200 on 1 Apr = one of 400: same figures as the first-day test (7,32).
    pays = [cr.Payment(date(2024, 4, 1), D(200)), cr.Payment(date(2024, 4, 1), D(200))]
    assert cr.late_interest(D(1000), DUE, UNTIL, payments=pays).total == D("7.32")
    # Order of the iterable does not matter (payments are sorted by date).
    pays2 = [cr.Payment(date(2024, 4, 15), D(5000)), cr.Payment(date(2024, 3, 1), D(0 + 1))]
    r = cr.late_interest(D(10001), DUE, UNTIL, payments=list(reversed(pays2)))
    assert r.total == D("89.74")  # the 1 € before due leaves 10 000, then as derived above


def test_overpayment_is_reported() -> None:
    # interest 11,92 (derived above) + principal 1 000 = 1 011,92 owed on 30 Apr;
    # 1 100 paid → overpaid 1 100 − 1 011,92 = 88,08
    r = cr.late_interest(D(1000), DUE, UNTIL, payments=[cr.Payment(UNTIL, D(1100))])
    assert r.overpaid == D("88.08")
    assert (r.total, r.paid, r.principal_left, r.unpaid) == (
        D("11.92"), D("11.92"), D("0.00"), D("0.00"),
    )  # fmt: skip
    assert any("88.08" in w for w in r.warnings)
    for value in (r.total, r.paid, r.principal_left, r.unpaid, r.overpaid):
        assert value >= 0


def test_payment_before_and_on_due_date() -> None:
    # 400 paid on 15 Mar (before due) or on 31 Mar (the due date): base 600 from day 1;
    # 600 × 14,5 × 30 / 36 500 = 261 000 / 36 500 = 7,1506… → 7,15, one period
    for on in (date(2024, 3, 15), DUE):
        r = cr.late_interest(D(1000), DUE, UNTIL, payments=[cr.Payment(on, D(400))])
        assert summary(r) == [("2024-04-01", "2024-04-30", 30, "14.50", "7.15")]
        assert (r.paid, r.principal_left) == (D("0.00"), D("600.00"))


def test_payment_in_full_before_due_means_no_interest() -> None:
    r = cr.late_interest(D(1000), DUE, UNTIL, payments=[cr.Payment(date(2024, 3, 20), D(1000))])
    assert (r.total, r.periods, r.principal_left) == (D("0.00"), (), D("0.00"))


def test_payment_after_until_is_ignored_with_a_warning() -> None:
    # interest as without payment: 11,92
    r = cr.late_interest(D(1000), DUE, UNTIL, payments=[cr.Payment(date(2024, 5, 2), D(500))])
    assert (r.total, r.principal_left) == (D("11.92"), D("1000.00"))
    assert len(r.warnings) == 1
    assert "2024-05-02" in r.warnings[0]


# -- Contractual --------------------------------------------------------------------------------


def test_contractual_below_floor_in_2024_h1() -> None:
    # 12 % < 3 × 5,07 = 15,21 % (row 2024 H1): computed at 15,21 %.
    # 1 Feb → 1 Mar 2024 = 30 days: 1 000 × 15,21 × 30 / 36 500 = 456 300 / 36 500
    #   = 12,5013… → 12,50
    r = cr.late_interest(D(1000), date(2024, 1, 31), date(2024, 3, 1),
                         rule=cr.Contractual(D(12)))  # fmt: skip
    assert summary(r) == [("2024-02-01", "2024-03-01", 30, "15.21", "12.50")]
    assert len(r.warnings) == 1
    assert "15,21" in r.warnings[0]


def test_contractual_above_floor() -> None:
    # 16 % ≥ 15,21 %: 1 000 × 16 × 30 / 36 500 = 480 000 / 36 500 = 13,1506… → 13,15
    r = cr.late_interest(D(1000), date(2024, 1, 31), date(2024, 3, 1),
                         rule=cr.Contractual(D(16)))  # fmt: skip
    assert r.total == D("13.15")
    assert r.warnings == ()


def test_contractual_floor_per_semester() -> None:
    # 15 % agreed, due 20 Jun 2024, until 10 Jul 2024:
    # H1 floor 3 × 5,07 = 15,21 > 15 → 10 d at 15,21: 152 100 / 36 500 = 4,1671… → 4,17
    # H2 floor 3 × 4,92 = 14,76 ≤ 15 → 10 d at 15,00: 150 000 / 36 500 = 4,1095… → 4,11
    # total 8,28, one warning (H1 only)
    r = cr.late_interest(D(1000), date(2024, 6, 20), date(2024, 7, 10),
                         rule=cr.Contractual(D(15)))  # fmt: skip
    assert [(str(p.rate), str(p.amount)) for p in r.periods] == [
        ("15.21", "4.17"), ("15", "4.11"),
    ]  # fmt: skip
    assert r.total == D("8.28")
    assert len(r.warnings) == 1


def test_contractual_floor_with_pre_2015_annual_legal_rate() -> None:
    # 2012: legal rate 0,71 % (annual row) → floor 2,13 %; 2 % agreed is below it.
    # 1 → 30 Apr 2012 = 30 days: 10 000 × 2,13 × 30 / 36 500 = 639 000 / 36 500 = 17,5068… → 17,51
    r = cr.late_interest(D(10000), date(2012, 3, 31), date(2012, 4, 30),
                         rule=cr.Contractual(D(2)))  # fmt: skip
    assert r.total == D("17.51")
    assert r.periods[0].rate == D("2.13")


# -- PublicProcurement --------------------------------------------------------------------------


def test_public_procurement_due_24_march_frozen_across_1_july() -> None:
    # R2192-31: due 24 Mar 2024 → interest starts 25 Mar, in 2024 H1 → MRO on 1 Jan 2024
    # (row 2023-09-20, 4,50) + 8 = 12,50 % for the whole delay, even after 1 Jul.
    # 25 Mar → 31 Jul = 7 + 30 + 31 + 30 + 31 = 129 days:
    # 1 000 × 12,5 × 129 / 36 500 = 1 612 500 / 36 500 = 44,1780… → 44,18
    r = cr.late_interest(D(1000), date(2024, 3, 24), date(2024, 7, 31),
                         rule=cr.PublicProcurement())  # fmt: skip
    assert summary(r) == [("2024-03-25", "2024-07-31", 129, "12.50", "44.18")]
    assert "R2192-31" in r.periods[0].basis


def test_public_procurement_due_24_july_anchor_1_july() -> None:
    # due 24 Jul 2024 → MRO on 1 Jul 2024 (row 2024-06-12, 4,25) + 8 = 12,25 %
    # (lemoniteur: « 12,25 % from 1 July 2024 »). 25 Jul → 23 Aug = 7 + 23 = 30 days:
    # 1 000 × 12,25 × 30 / 36 500 = 367 500 / 36 500 = 10,0684… → 10,07
    r = cr.late_interest(D(1000), date(2024, 7, 24), date(2024, 8, 23),
                         rule=cr.PublicProcurement())  # fmt: skip
    assert summary(r) == [("2024-07-25", "2024-08-23", 30, "12.25", "10.07")]


def test_public_procurement_due_30_june_starts_in_h2() -> None:
    # L2192-13: interest runs « dès le lendemain » → 1 Jul 2024 → 1 Jul anchor 4,25 + 8 = 12,25 %
    # 1 → 30 Jul = 30 days: 10,07 as above
    r = cr.late_interest(D(1000), date(2024, 6, 30), date(2024, 7, 30),
                         rule=cr.PublicProcurement())  # fmt: skip
    assert r.periods[0].rate == D("12.25")
    assert r.total == D("10.07")


# -- LegalRate ----------------------------------------------------------------------------------


def test_legal_rate_professional_vs_consumer() -> None:
    # 2 000 €, 1 → 30 Sep 2020 (30 days), row 2020 H2:
    # professional 0,84 %: 2 000 × 0,84 × 30 / 36 500 = 50 400 / 36 500 = 1,3808… → 1,38
    # consumer 3,11 %: 5,11 (F783, above)
    pro = cr.late_interest(D(2000), date(2020, 8, 31), date(2020, 9, 30), rule=cr.LegalRate())
    con = cr.late_interest(D(2000), date(2020, 8, 31), date(2020, 9, 30),
                           rule=cr.LegalRate(creditor="consumer"))  # fmt: skip
    assert (pro.total, con.total) == (D("1.38"), D("5.11"))
    assert "autres cas" in pro.periods[0].basis
    assert "particulier" in con.periods[0].basis


# -- rate availability ---------------------------------------------------------------------------


def _h2_2026_expectations(rates: Rates) -> None:
    # 21 → 30 Jun 2026: 10 d at 2,15 + 10 = 12,15 % (1 Jan 2026 anchor, row 2025-06-11):
    #   1 000 × 12,15 × 10 / 36 500 = 121 500 / 36 500 = 3,3287… → 3,33
    # 1 → 10 Jul 2026: 10 d at 2,40 + 10 = 12,40 %: 124 000 / 36 500 = 3,3972… → 3,40
    # total 6,73
    r = cr.late_interest(D(1000), date(2026, 6, 20), date(2026, 7, 10), rates=rates)
    assert summary(r) == [
        ("2026-06-21", "2026-06-30", 10, "12.15", "3.33"),
        ("2026-07-01", "2026-07-10", 10, "12.40", "3.40"),
    ]
    assert r.total == D("6.73")


def test_h2_2026_unavailable_by_default() -> None:
    with pytest.raises(cr.RateUnavailableError, match="with_ecb"):
        cr.late_interest(D(1000), date(2026, 6, 20), date(2026, 7, 10))


def test_h2_2026_supplied_with_complete_until() -> None:
    rates = cr.Rates.default().with_ecb(
        date(2026, 6, 17), D("2.40"), complete_until=date(2026, 12, 31)
    )
    _h2_2026_expectations(rates)


def test_with_ecb_alone_vouches_only_up_to_its_effective_date() -> None:
    # Decision: with_ecb() declares the table complete up to the decision's effective date
    # (17 Jun 2026), not beyond; the 1 Jul 2026 anchor needs complete_until= (or
    # with_ecb_until), so a stale table never answers for a later semester.
    rates = cr.Rates.default().with_ecb(date(2026, 6, 17), D("2.40"))
    with pytest.raises(cr.RateUnavailableError, match="complete_until"):
        cr.late_interest(D(1000), date(2026, 6, 30), date(2026, 7, 2), rates=rates)
    _h2_2026_expectations(rates.with_ecb_until(date(2026, 12, 31)))


def test_h1_2026_needs_only_the_1_january_anchor() -> None:
    # until 30 Jun 2026 is after COMPLETE_UNTIL (16 Jun) but the H1 rate is the 1 Jan one:
    # 1 → 30 Jun 2026 = 30 d at 12,15 %: 364 500 / 36 500 = 9,9863… → 9,99
    assert cr.late_interest(D(1000), date(2026, 5, 31), date(2026, 6, 30)).total == D("9.99")


def test_legal_rate_2026_h2_unavailable() -> None:
    with pytest.raises(cr.RateUnavailableError, match="with_legal"):
        cr.late_interest(D(1000), date(2026, 6, 30), date(2026, 7, 2), rule=cr.LegalRate())
    with pytest.raises(cr.RateUnavailableError):
        cr.late_interest(D(1000), date(2026, 6, 30), date(2026, 7, 2), rule=cr.Contractual(20))


# -- junk inputs ---------------------------------------------------------------------------------

OK = {"principal": D(1000), "due": DUE, "until": UNTIL}


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        pytest.param({"principal": 1000.0}, cr.InvalidAmountError, id="float-principal"),
        pytest.param({"principal": "1000"}, cr.InvalidAmountError, id="str-principal"),
        pytest.param({"principal": True}, cr.InvalidAmountError, id="bool-principal"),
        pytest.param({"principal": D("-1")}, cr.InvalidAmountError, id="negative-principal"),
        pytest.param({"principal": D("NaN")}, cr.InvalidAmountError, id="nan-principal"),
        pytest.param({"principal": D("Infinity")}, cr.InvalidAmountError, id="inf-principal"),
        pytest.param({"due": datetime(2024, 3, 31)}, cr.InvalidDateError, id="datetime-due"),  # noqa: DTZ001
        pytest.param({"due": "2024-03-31"}, cr.InvalidDateError, id="str-due"),
        pytest.param({"until": "2024-04-30"}, cr.InvalidDateError, id="str-until"),
        pytest.param({"until": None}, cr.InvalidDateError, id="none-until"),
        pytest.param({"imputation": "interests_first"}, cr.InvalidInputError, id="imputation-typo"),
        pytest.param({"day_count": 360}, cr.InvalidInputError, id="day-count-360"),
        pytest.param({"day_count": 366}, cr.InvalidInputError, id="day-count-366"),
        pytest.param({"day_count": True}, cr.InvalidInputError, id="day-count-bool"),
        pytest.param({"day_count": "365"}, cr.InvalidInputError, id="day-count-str"),
        pytest.param({"day_count": 365.0}, cr.InvalidInputError, id="day-count-float"),
        pytest.param({"day_count": D(365)}, cr.InvalidInputError, id="day-count-decimal"),
        pytest.param({"rule": "statutory"}, cr.InvalidInputError, id="rule-str"),
        pytest.param({"rule": cr.Statutory}, cr.InvalidInputError, id="rule-class"),
        pytest.param({"payments": [(date(2024, 4, 1), D(1))]}, cr.InvalidInputError,
                     id="payment-tuple"),
        pytest.param({"rates": "default"}, cr.InvalidInputError, id="rates-str"),
    ],
)  # fmt: skip
def test_junk_inputs_raise(changes: dict[str, object], error: type[Exception]) -> None:
    kwargs = {**OK, **changes}
    with pytest.raises(error):
        cr.late_interest(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(lambda: cr.Payment(date(2024, 4, 1), 100.0), id="payment-float"),
        pytest.param(lambda: cr.Payment(date(2024, 4, 1), D(0)), id="payment-zero"),
        pytest.param(lambda: cr.Payment(date(2024, 4, 1), 0), id="payment-int-zero"),
        pytest.param(lambda: cr.Payment(date(2024, 4, 1), D("-5")), id="payment-negative"),
        pytest.param(lambda: cr.Payment("2024-04-01", D(5)), id="payment-str-date"),
        pytest.param(lambda: cr.Statutory(margin=10.0), id="margin-float"),
        pytest.param(lambda: cr.Statutory(split="semestre"), id="split-typo"),
        pytest.param(lambda: cr.Contractual(12.5), id="contractual-float"),
        pytest.param(lambda: cr.Contractual(D("-1")), id="contractual-negative"),
        pytest.param(lambda: cr.PublicProcurement(margin="8"), id="pp-margin-str"),
        pytest.param(lambda: cr.LegalRate(creditor="particulier"), id="creditor-typo"),
        pytest.param(lambda: cr.LegalRate(judgment_enforceable="2015-09-17"), id="judgment-str"),
    ],
)
def test_junk_rule_and_payment_raise(build) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(cr.CreancesError):
        build()


def test_int_principal_and_payment_are_converted() -> None:
    # int accepted (api.md conventions); 11,92 as derived above
    r = cr.late_interest(1000, DUE, UNTIL, payments=[cr.Payment(UNTIL, 12)])
    assert r.total == D("11.92")
    assert r.principal_left == D("1000.00") - (12 - D("11.92"))  # 999,92
    assert r.principal_left.as_tuple().exponent == -2


@pytest.mark.parametrize("until", [DUE, DUE - timedelta(days=10)], ids=["equal", "before"])
def test_due_on_or_after_until_gives_nothing(until: date) -> None:
    r = cr.late_interest(D(1000), DUE, until)
    assert (r.total, r.periods, r.paid, r.principal_left) == (D("0.00"), (), D("0.00"), D(1000))
    assert r.days == 0


def test_zero_principal_gives_nothing() -> None:
    assert cr.late_interest(D(0), DUE, UNTIL).periods == ()


# -- peers' mistakes (peers.md §4) -----------------------------------------------------------------


def test_peer_mistake_one_rate_over_the_whole_span() -> None:
    # ERPNext / Invoice Ninja apply one rate: 10 000 × 10 % × 207 / 36 500 = 567,12.
    # creances splits at 1 Jan and 1 Jul: 10,00 / 12,50 / 14,00 % = 702,06 (derived above).
    r = cr.late_interest(D(10000), date(2022, 12, 15), date(2023, 7, 10))
    assert [p.rate for p in r.periods] == [D("10.00"), D("12.50"), D("14.00")]
    assert r.total == D("702.06")
    assert r.total != D("567.12")


def test_peer_mistake_clock_from_invoice_date() -> None:
    # Invoice 1 Mar 2024, 30 days → due 31 Mar 2024. Kill Bill counts from the invoice date:
    # 2 Mar → 30 Apr = 60 days → 870 000 / 36 500 = 23,84. creances starts the day after the
    # due date (L441-10 II « le jour suivant la date de règlement »): 30 days → 11,92.
    due = cr.due_date(date(2024, 3, 1), "30 jours") if hasattr(cr, "due_date") else DUE
    assert due == DUE
    r = cr.late_interest(D(1000), due, UNTIL)
    assert r.periods[0].start == date(2024, 4, 1)
    assert r.total == D("11.92")


def test_peer_mistake_compounding() -> None:
    # Full year 2024 on 1 000 € (due 31 Dec 2023): simple interest only (C. civ. 1343-2
    # capitalisation is not applied): every period on base 1 000.
    # H1: 1 Jan → 30 Jun = 182 days at 14,50: 2 639 000 / 36 500 = 72,3013… → 72,30
    # H2: 184 days at 14,25: 71,84 (above). Total 144,14.
    # Compounding H1 into H2 would give (1 072,30 × 14,25 × 184 / 36 500 = 77,03) → 149,33.
    r = cr.late_interest(D(1000), date(2023, 12, 31), date(2024, 12, 31))
    assert [p.base for p in r.periods] == [D(1000), D(1000)]
    assert [p.amount for p in r.periods] == [D("72.30"), D("71.84")]
    assert r.total == D("144.14")


def test_peer_mistake_40_euros_per_reminder_level() -> None:
    # The indemnity is per invoice: no level/reminder parameter exists, and it is 40 € once.
    with pytest.raises(TypeError):
        cr.recovery_indemnity(level=3)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        cr.recovery_indemnity(reminders=3)  # type: ignore[call-arg]
    assert cr.recovery_indemnity() == D("40.00")


def test_peer_mistake_floats_for_money() -> None:
    r = cr.late_interest(D(1000), DUE, UNTIL, payments=[cr.Payment(date(2024, 4, 15), D(100))])
    values = [r.total, r.paid, r.principal_left, r.unpaid, r.overpaid]
    values += [v for p in r.periods for v in (p.base, p.rate, p.amount, p.exact)]
    assert all(type(v) is Decimal for v in values)
    with pytest.raises(cr.InvalidAmountError, match="float"):
        cr.late_interest(1000.0, DUE, UNTIL)  # type: ignore[arg-type]


# -- properties ------------------------------------------------------------------------------------


def _owed(r: cr.Interest) -> Decimal:
    return r.principal_left + r.unpaid


@given(principal=amounts, span=spans(), day_count=day_counts)
def test_total_is_non_negative_and_sum_of_periods(principal, span, day_count) -> None:  # type: ignore[no-untyped-def]
    due, until = span
    r = cr.late_interest(principal, due, until, day_count=day_count)
    assert r.total >= 0
    assert r.total == sum((p.amount for p in r.periods), D("0.00"))
    for value in (r.total, r.paid, r.principal_left, r.overpaid, *(p.amount for p in r.periods)):
        assert value.as_tuple().exponent == -2


@given(principal=amounts, span=spans(), extra=st.integers(min_value=0, max_value=400))
def test_total_non_decreasing_in_until(principal, span, extra) -> None:  # type: ignore[no-untyped-def]
    due, until = span
    later = min(until + timedelta(days=extra), LAST_DAY)
    assert (
        cr.late_interest(principal, due, later).total
        >= cr.late_interest(principal, due, until).total
    )


@given(a=amounts, b=amounts, span=spans(), rule=st.sampled_from(
    [cr.Statutory(), cr.Statutory(split="none"), cr.PublicProcurement(), cr.Contractual(D(5)),
     cr.LegalRate()]))  # fmt: skip
def test_total_non_decreasing_in_principal(a, b, span, rule) -> None:  # type: ignore[no-untyped-def]
    due, until = span
    low, high = sorted((a, b))
    assert (
        cr.late_interest(low, due, until, rule=rule).total
        <= cr.late_interest(high, due, until, rule=rule).total
    )


@given(
    principal=positive_amounts,
    span=spans(max_days=500),
    pay=positive_amounts,
    offset=st.integers(min_value=-30, max_value=500),
    imputation=imputations,
)
def test_a_payment_never_increases_what_is_owed(principal, span, pay, offset, imputation) -> None:  # type: ignore[no-untyped-def]
    due, until = span
    on = min(due + timedelta(days=offset), until)
    without = cr.late_interest(principal, due, until, imputation=imputation)
    with_pay = cr.late_interest(principal, due, until, imputation=imputation,
                                payments=[cr.Payment(on, pay)])  # fmt: skip
    assert _owed(with_pay) <= _owed(without)
    assert with_pay.overpaid >= 0
    assert with_pay.principal_left >= 0
    assert with_pay.unpaid >= 0


def _day_by_day(principal: Decimal, due: date, until: date, day_count: object) -> Fraction:
    """The unrounded statutory interest, summed one day at a time, exactly (Fractions)."""
    total = Fraction(0)
    day = due + timedelta(days=1)
    while day <= until:
        rate = Fraction(cr.reference_rate(semester_start(day)) + 10)
        year_days = 365
        if day_count == "actual" and date(day.year, 12, 31).timetuple().tm_yday == 366:
            year_days = 366
        total += Fraction(principal) * rate / (100 * year_days)
        day += timedelta(days=1)
    return total


@given(principal=amounts, span=spans(max_days=800), day_count=day_counts)
def test_sum_of_exact_equals_day_by_day_formula(principal, span, day_count) -> None:  # type: ignore[no-untyped-def]
    due, until = span
    r = cr.late_interest(principal, due, until, day_count=day_count)
    exact = sum((Fraction(p.exact) for p in r.periods), Fraction(0))
    expected = _day_by_day(principal, due, until, day_count)
    # equal up to the 28-digit precision of the decimal context
    assert abs(exact - expected) < Fraction(1, 10**15)
    # and each rounded period is its exact value rounded half-up
    for p in r.periods:
        assert abs(Fraction(p.amount) - Fraction(p.exact)) <= Fraction(1, 200)


@given(principal=positive_amounts, span=spans(), rule=st.sampled_from(
    [cr.Statutory(), cr.PublicProcurement(), cr.LegalRate(judgment_enforceable=date(2018, 5, 31))]),
    day_count=day_counts)  # fmt: skip
def test_periods_are_contiguous_from_due_to_until(principal, span, rule, day_count) -> None:  # type: ignore[no-untyped-def]
    due, until = span
    r = cr.late_interest(principal, due, until, rule=rule, day_count=day_count)
    assert r.periods[0].start == due + timedelta(days=1)
    assert r.periods[-1].end == until
    for a, b in zip(r.periods, r.periods[1:], strict=False):
        assert b.start == a.end + timedelta(days=1)
    for p in r.periods:
        assert p.days == (p.end - p.start).days + 1
    assert r.days == (until - due).days


@given(
    field=st.sampled_from(["principal", "due", "until", "imputation", "day_count", "rule",
                           "rates", "payments"]),
    value=junk,
)  # fmt: skip
def test_any_junk_input_raises_a_creances_error(field, value) -> None:  # type: ignore[no-untyped-def]
    if field == "principal":
        assume(not (isinstance(value, Decimal) and value.is_finite() and value >= 0))
    if field == "payments":
        assume(value is not None and not isinstance(value, (str, list)))
        value = [value]
    if field in ("rule", "rates"):
        assume(value is not None)
    kwargs = {**OK, field: value}
    with pytest.raises(cr.CreancesError):
        cr.late_interest(**kwargs)  # type: ignore[arg-type]


@given(due=statutory_dates)
def test_statutory_rate_is_reference_plus_ten(due) -> None:  # type: ignore[no-untyped-def]
    assume(due < LAST_DAY)
    r = cr.late_interest(D(100), due, due + timedelta(days=1))
    assert r.periods[0].rate == cr.reference_rate(due + timedelta(days=1)) + 10


def test_result_is_immutable() -> None:
    r = cr.late_interest(D(1000), DUE, UNTIL)
    with pytest.raises(AttributeError):
        r.total = D(0)  # type: ignore[misc]
    assert isinstance(r.periods, tuple)


def test_rates_argument_is_used() -> None:
    # a table where the MRO is 1,00 from 2024: 2024 H1 anchor 1,00 + 10 = 11,00 %;
    # 30 days: 1 000 × 11 × 30 / 36 500 = 330 000 / 36 500 = 9,0410… → 9,04
    table = Rates.from_rows(ecb=[("2024-01-01", "1.00")], ecb_complete_until=date(2024, 12, 31))
    assert cr.late_interest(D(1000), DUE, UNTIL, rates=table).total == D("9.04")


# -- AfterJudgment (extra rule: a regime, then the legal rate from the day after judgment) --------


def test_after_judgment_statutory_then_legal_rate_then_majoration() -> None:
    # 10 000 € due 31 Mar 2024, judgment (enforceable) 30 Apr 2024, until 31 Jul 2024:
    # - 1 → 30 Apr 2024: 30 d statutory 14,50 %: 10 000 × 14,5 × 30 / 36 500 = 4 350 000 / 36 500
    #   = 119,178… → 119,18
    # - 1 May → 30 Jun: 31 + 30 = 61 d at the legal rate 5,07 % (row 2024 H1, « autres cas »):
    #   10 000 × 5,07 × 61 / 36 500 = 3 092 700 / 36 500 = 84,731… → 84,73
    # - enforceable 30 Apr + 2 months = 30 Jun → majorated from 1 Jul (CMF L313-3):
    #   1 → 31 Jul: 31 d at 4,92 + 5 = 9,92 % (row 2024 H2):
    #   10 000 × 9,92 × 31 / 36 500 = 3 075 200 / 36 500 = 84,252… → 84,25
    # total 119,18 + 84,73 + 84,25 = 288,16
    rule = cr.AfterJudgment(cr.Statutory(), judgment=date(2024, 4, 30))
    r = cr.late_interest(D(10000), DUE, date(2024, 7, 31), rule=rule)
    assert summary(r) == [
        ("2024-04-01", "2024-04-30", 30, "14.50", "119.18"),
        ("2024-05-01", "2024-06-30", 61, "5.07", "84.73"),
        ("2024-07-01", "2024-07-31", 31, "9.92", "84.25"),
    ]
    assert r.total == D("288.16")


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(lambda: cr.AfterJudgment("statutory", judgment=date(2024, 4, 30)),
                     id="before-str"),
        pytest.param(lambda: cr.AfterJudgment(cr.Statutory(), judgment="2024-04-30"),
                     id="judgment-str"),
        pytest.param(lambda: cr.AfterJudgment(cr.Statutory(), judgment=date(2024, 4, 30),
                                              enforceable=datetime(2024, 5, 2)),  # noqa: DTZ001
                     id="enforceable-datetime"),
        pytest.param(lambda: cr.AfterJudgment(cr.Statutory(), judgment=date(2024, 4, 30),
                                              creditor="business"),
                     id="creditor-typo"),
    ],
)  # fmt: skip
def test_after_judgment_junk(build) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(cr.CreancesError):
        build()


def test_html_repr_shows_the_breakdown() -> None:
    # 11,92 for 1 → 30 Apr 2024 (derived above)
    html = cr.late_interest(D(1000), DUE, UNTIL)._repr_html_()
    assert html.startswith("<table>")
    assert "11.92" in html
    assert "total" in html


# -- schedule internals ---------------------------------------------------------------------


def test_cut_keeps_the_part_of_the_segments_in_the_range() -> None:
    from creances.interest import _cut

    rate = Decimal("14.50")
    # Three segments of 2024: H1 (182 days), H2 first half, H2 second half (made up).
    segs = (
        (date(2024, 1, 1), date(2024, 6, 30), rate, "a", 365, 182, rate * 182, Decimal(36500)),
        (date(2024, 7, 1), date(2024, 9, 30), rate, "b", 365, 92, rate * 92, Decimal(36500)),
        (date(2024, 10, 1), date(2024, 12, 31), rate, "c", 365, 92, rate * 92, Decimal(36500)),
    )
    cut = _cut(segs, date(2024, 7, 15), date(2024, 9, 1))
    # Only the middle segment overlaps 15 July - 1 September: 17 + 31 + 1 = 49 days.
    assert cut == (
        (date(2024, 7, 15), date(2024, 9, 1), rate, "b", 365, 49, rate * 49, Decimal(36500)),
    )
    assert _cut(segs, date(2024, 1, 1), date(2024, 12, 31)) == segs


def test_rate_table_memo_is_bounded() -> None:
    table = Rates.default().with_ecb(date(2026, 6, 17), Decimal("2.25"))  # a fresh table
    table._memo.update((i, i) for i in range(200_001))
    cr.late_interest(Decimal(1000), date(2024, 6, 20), date(2024, 7, 10), rates=table)
    # The schedule's entry made the memo exceed its bound: it was emptied, then kept it.
    assert len(table._memo) < 10
