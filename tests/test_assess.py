"""Assessment of a claim through its whole life (API contract §4; legal-rules §1, §5, §8).

Every expected figure is derived by hand in the comment next to it. Rates used (rows of
src/creances/data, legal-rules §6):

* statutory (ECB anchor + 10): 2024 H1 14.50 %, 2024 H2 14.25 %, 2025 H1 13.15 %,
  2025 H2 12.15 %, 2026 H1 12.15 %;
* public procurement (ECB of the first day of the semester interest began + 8): 2025 H1 11.15 %;
* legal rate « autres cas » (the creditor is a business): 2025 H1 3.71 %, 2025 H2 2.76 %.

A period from S to E inclusive has (E - S) + 1 days and earns
base × rate × days / 36 500, rounded to the cent half-up.

The default calendar (DunningPolicy.default()), for a due date D: preventive email D-5,
email D+7, call D+14, second email D+21, formal notice D+30, judicial step D+45 (not before
the formal notice's 8 days have run).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import creances as cr

D = Decimal
A = cr.ActionKind
S = cr.Stage
EK = cr.EventKind

JAN15 = date(2025, 1, 15)  # « 30 jours » → due 14 Feb 2025 (16 days to 31 Jan + 14)
DUE = date(2025, 2, 14)
UNCOVERED = date(2026, 9, 1)  # 2026 H2: no ECB rate in the bundled table


def ev(on: date, kind: str, **kw: object) -> cr.Event:
    return cr.Event(on, kind, **kw)  # type: ignore[arg-type]


def pay(on: date, amount: str) -> cr.Payment:
    return cr.Payment(on, D(amount))


def money(a: cr.Assessment) -> tuple[int, str, str, str, str, str]:
    """(days_late, outstanding, interest total, interest paid, indemnity, total) as text, so
    that the number of decimal places is checked too."""
    return (
        a.days_late,
        str(a.outstanding),
        str(a.interest.total),
        str(a.interest.paid),
        str(a.indemnity),
        str(a.total),
    )


def periods(a: cr.Assessment) -> list[tuple[str, str, int, str, str, str]]:
    return [
        (p.start.isoformat(), p.end.isoformat(), p.days, str(p.base), str(p.rate), str(p.amount))
        for p in a.interest.periods
    ]


def nxt(a: cr.Assessment) -> tuple[cr.ActionKind, date] | None:
    return None if a.next_action is None else (a.next_action.kind, a.next_action.on)


# -- (a) business claim: preventive → overdue → reminders → settled ---------------------------

CLAIM_A = cr.Claim(
    D("1200.00"),
    JAN15,
    "30 jours",
    customer="ACME",
    reference="F-2025-001",
    events=[
        ev(date(2025, 2, 9), "reminder"),  # the preventive email, D-5
        ev(date(2025, 2, 21), "reminder"),  # D+7
        ev(date(2025, 2, 28), "call"),  # D+14
    ],
    # 10 Mar: the principal and the interest accrued to that day (10.38, below)
    payments=[pay(date(2025, 3, 10), "1210.38")],
)


@pytest.mark.parametrize(
    ("as_of", "stage", "figures", "action"),
    [
        # 25 days before the due date (> 5): upcoming; the preventive email is next, at D-5.
        pytest.param(
            date(2025, 1, 20),
            S.UPCOMING,
            (0, "1200.00", "0.00", "0.00", "0.00", "1200.00"),
            (A.PREVENTIVE_REMINDER, date(2025, 2, 9)),
            id="upcoming",
        ),
        # 4 days before: preventive window; the preventive email of 9 Feb was sent, so the next
        # step is the first reminder at D+7 = 21 Feb.
        pytest.param(
            date(2025, 2, 10),
            S.PREVENTIVE,
            (0, "1200.00", "0.00", "0.00", "0.00", "1200.00"),
            (A.REMINDER, date(2025, 2, 21)),
            id="preventive",
        ),
        # On the due date itself nothing is late yet (penalties run from the day after).
        pytest.param(
            DUE,
            S.PREVENTIVE,
            (0, "1200.00", "0.00", "0.00", "0.00", "1200.00"),
            (A.REMINDER, date(2025, 2, 21)),
            id="due-day",
        ),
        # 1 day late: 1 200 × 13.15 × 1 / 36 500 = 15 780 / 36 500 = 0.432… → 0.43; + 40 €
        # without any reminder (L441-10 II): 1 200 + 0.43 + 40 = 1 240.43.
        pytest.param(
            date(2025, 2, 15),
            S.OVERDUE,
            (1, "1200.00", "0.43", "0.00", "40.00", "1240.43"),
            (A.REMINDER, date(2025, 2, 21)),
            id="first-day-late",
        ),
        # 15 Feb → 1 Mar = 14 + 1 = 15 days: 1 200 × 13.15 × 15 / 36 500 = 236 700 / 36 500
        # = 6.484… → 6.48; total 1 246.48. Email and call done: the second email at D+21 = 7 Mar.
        pytest.param(
            date(2025, 3, 1),
            S.OVERDUE,
            (15, "1200.00", "6.48", "0.00", "40.00", "1246.48"),
            (A.FINAL_REMINDER, date(2025, 3, 7)),
            id="after-call",
        ),
        # Paid on 10 Mar: 15 Feb → 10 Mar = 14 + 10 = 24 days: 1 200 × 13.15 × 24 / 36 500
        # = 378 720 / 36 500 = 10.375… → 10.38. 1 210.38 pays 10.38 of interest, then 1 200 of
        # principal (C. civ. 1343-1): settled, the 40 € stays owed → claim the penalties.
        pytest.param(
            date(2025, 3, 10),
            S.SETTLED,
            (0, "0.00", "10.38", "10.38", "40.00", "40.00"),
            (A.CLAIM_PENALTIES, date(2025, 3, 10)),
            id="settled-late",
        ),
        # Months later: nothing more accrues on a nil principal; the 40 € is still owed.
        pytest.param(
            date(2025, 6, 30),
            S.SETTLED,
            (0, "0.00", "10.38", "10.38", "40.00", "40.00"),
            (A.CLAIM_PENALTIES, date(2025, 6, 30)),
            id="settled-later",
        ),
    ],
)
def test_a_business_claim_from_preventive_to_settled(
    as_of: date, stage: cr.Stage, figures: tuple[object, ...], action: tuple[object, ...]
) -> None:
    a = cr.assess(CLAIM_A, as_of)
    assert a.due == DUE
    assert a.stage == stage
    assert money(a) == figures
    assert nxt(a) == action
    assert a.claim is CLAIM_A
    assert a.as_of == as_of


def test_a_time_bar_and_basis() -> None:
    before = cr.assess(CLAIM_A, date(2025, 3, 1))
    # C. com. L110-4: due date + 5 years.
    assert before.time_bar == date(2030, 2, 14)
    basis = dict(before.basis)
    assert "L441-10" in basis["interest"]
    assert "D441-5" in basis["indemnity"]
    assert "L110-4" in basis["time_bar"]
    # The payment of 10 Mar 2025 interrupts prescription (C. civ. 2240, acknowledgment by
    # payment) and a new 5-year period runs: 10 Mar 2030.
    assert cr.assess(CLAIM_A, date(2025, 3, 10)).time_bar == date(2030, 3, 10)


def test_a_paying_only_the_invoice_amount_leaves_principal_unpaid() -> None:
    # The debtor pays 1 200.00 on 10 Mar. C. civ. 1343-1: the payment first settles the
    # 10.38 of interest accrued (see above), so 1 200 − 10.38 = 1 189.62 goes to principal and
    # 10.38 of principal remains: not settled; total 10.38 + 0 + 40 = 50.38.
    claim = cr.Claim(D("1200.00"), JAN15, "30 jours", payments=[pay(date(2025, 3, 10), "1200.00")])
    a = cr.assess(claim, date(2025, 3, 10), imputation="interest_first")
    assert a.stage == S.OVERDUE
    assert money(a) == (24, "10.38", "10.38", "10.38", "40.00", "50.38")
    # Ten days later interest runs on 10.38: 11 → 20 Mar = 10 days:
    # 10.38 × 13.15 × 10 / 36 500 = 1 364.97 / 36 500 = 0.037… → 0.04; total 10.38 + 0.04 + 40.
    later = cr.assess(claim, date(2025, 3, 20), imputation="interest_first")
    assert money(later) == (34, "10.38", "10.42", "10.38", "40.00", "50.42")


def test_a_paid_on_time_owes_nothing() -> None:
    claim = cr.Claim(D("1200.00"), JAN15, "30 jours", payments=[pay(DUE, "1200.00")])
    a = cr.assess(claim, date(2025, 6, 30), imputation="interest_first")
    assert a.stage == S.SETTLED
    assert money(a) == (0, "0.00", "0.00", "0.00", "0.00", "0.00")
    assert a.next_action is None


# -- (b) formal notice → injonction de payer / small claims → court → judgment → enforcement ---

CLAIM_B = cr.Claim(
    D("8000.00"),
    JAN15,
    "30 jours",
    events=[
        ev(date(2025, 2, 21), "reminder"),
        ev(date(2025, 2, 28), "call"),
        ev(date(2025, 3, 7), "reminder"),
        ev(date(2025, 3, 16), "formal_notice"),
        ev(date(2025, 4, 1), "court_filing"),
        ev(date(2025, 6, 16), "judgment"),  # enforceable the same day (default)
        ev(date(2025, 9, 15), "enforcement"),
    ],
)


def test_b_before_the_formal_notice() -> None:
    a = cr.assess(CLAIM_B, date(2025, 3, 10))
    assert a.stage == S.OVERDUE
    # Two emails and a call are recorded: the formal notice at D+30 = 16 Mar, by LRAR, firm.
    assert a.next_action is not None
    assert (a.next_action.kind, a.next_action.on) == (A.FORMAL_NOTICE, date(2025, 3, 16))
    assert a.next_action.channel == cr.Channel.REGISTERED_LETTER
    assert a.next_action.tone == cr.Tone.FIRM
    assert "1344" in a.next_action.basis


def test_b_formal_notice_then_injonction_de_payer() -> None:
    a = cr.assess(CLAIM_B, date(2025, 3, 20))
    assert a.stage == S.FORMAL_NOTICE
    # 15 Feb → 20 Mar = 14 + 20 = 34 days: 8 000 × 13.15 × 34 / 36 500 = 3 576 800 / 36 500
    # = 97.994… → 97.99; total 8 000 + 97.99 + 40 = 8 137.99.
    assert money(a) == (34, "8000.00", "97.99", "0.00", "40.00", "8137.99")
    # Judicial step: D+45 = 31 Mar, and not before notice + 8 days + 1 = 25 Mar → 31 Mar.
    # 8 097.99 ≥ 5 000 €: no small-claims procedure; injonction de payer (CPC 1405 ff.).
    assert nxt(a) == (A.INJONCTION_DE_PAYER, date(2025, 3, 31))
    assert a.next_action is not None
    assert a.next_action.channel == cr.Channel.COURT
    assert "1405" in a.next_action.basis
    # A formal notice does not interrupt prescription (Cass. com. 18 mai 2022, n° 20-23.204).
    assert a.time_bar == date(2030, 2, 14)


@pytest.mark.parametrize(
    ("amount", "action", "channel"),
    [
        # 3 000 × 13.15 × 34 / 36 500 = 1 341 300 / 36 500 = 36.747… → 36.75;
        # 3 036.75 < 5 000: small claims by a commissaire de justice (CPCE L125-1, R125-1).
        pytest.param(
            "3000.00", A.SMALL_CLAIMS, cr.Channel.COMMISSAIRE_DE_JUSTICE, id="small-claims"
        ),
        # 4 950 × 13.15 × 34 / 36 500 = 2 213 145 / 36 500 = 60.634… → 60.63;
        # 4 950 + 60.63 = 5 010.63 ≥ 5 000 (interest included, R125-1): injonction de payer.
        pytest.param("4950.00", A.INJONCTION_DE_PAYER, cr.Channel.COURT, id="interest-over-5000"),
        pytest.param("8000.00", A.INJONCTION_DE_PAYER, cr.Channel.COURT, id="injonction"),
    ],
)
def test_b_judicial_route_by_amount(
    amount: str, action: cr.ActionKind, channel: cr.Channel
) -> None:
    claim = cr.Claim(D(amount), JAN15, "30 jours", events=CLAIM_B.events)
    a = cr.assess(claim, date(2025, 3, 20))
    assert a.next_action is not None
    assert (a.next_action.kind, a.next_action.on, a.next_action.channel) == (
        action,
        date(2025, 3, 31),
        channel,
    )


def test_b_uncontested_procedure_is_opt_in_and_between_businesses() -> None:
    policy = cr.DunningPolicy(uncontested_procedure=True)
    a = cr.assess(CLAIM_B, date(2025, 3, 20), policy=policy)
    assert nxt(a) == (A.UNCONTESTED_COMMERCIAL_CLAIM, date(2025, 3, 31))
    assert a.next_action is not None
    assert "à vérifier" in a.next_action.basis  # the numbering is UNVERIFIED
    consumer = cr.Claim(D("8000.00"), JAN15, "30 jours", debtor="consumer", events=CLAIM_B.events)
    assert nxt(cr.assess(consumer, date(2025, 3, 20), policy=policy)) == (
        A.INJONCTION_DE_PAYER,
        date(2025, 3, 31),
    )


def test_b_court_filing_litigation() -> None:
    a = cr.assess(CLAIM_B, date(2025, 4, 10))
    assert a.stage == S.LITIGATION
    # C. civ. 2241-2242: interrupted for the length of the proceedings.
    assert a.time_bar is None
    assert a.next_action is None
    # 15 Feb → 10 Apr = 14 + 31 + 10 = 55 days: 8 000 × 13.15 × 55 / 36 500
    # = 5 786 000 / 36 500 = 158.520… → 158.52.
    assert money(a) == (55, "8000.00", "158.52", "0.00", "40.00", "8198.52")


def test_b_judgment_switches_to_the_legal_rate() -> None:
    a = cr.assess(CLAIM_B, date(2025, 6, 20))
    assert a.stage == S.ENFORCEMENT
    assert periods(a) == [
        # statutory through the judgment day: 15 Feb → 16 Jun = 14 + 31 + 30 + 31 + 16 = 122
        # days: 8 000 × 13.15 × 122 / 36 500 = 12 834 400 / 36 500 = 351.627… → 351.63
        ("2025-02-15", "2025-06-16", 122, "8000.00", "13.15", "351.63"),
        # legal rate from the day after (C. civ. 1231-7): 17 → 20 Jun = 4 days at 3.71:
        # 8 000 × 3.71 × 4 / 36 500 = 118 720 / 36 500 = 3.252… → 3.25
        ("2025-06-17", "2025-06-20", 4, "8000.00", "3.71", "3.25"),
    ]
    assert a.interest.total == D("354.88")  # 351.63 + 3.25
    # CPCE L111-4: 10 years to enforce the judgment.
    assert a.time_bar == date(2035, 6, 16)
    assert "L111-4" in dict(a.basis)["time_bar"]
    assert a.next_action is not None
    assert (a.next_action.kind, a.next_action.on) == (A.ENFORCE_JUDGMENT, date(2025, 6, 16))
    assert a.next_action.channel == cr.Channel.COMMISSAIRE_DE_JUSTICE


def test_b_majoration_two_months_after_enforceability_then_enforcement() -> None:
    a = cr.assess(CLAIM_B, date(2025, 9, 30))
    assert a.stage == S.ENFORCEMENT
    assert periods(a) == [
        ("2025-02-15", "2025-06-16", 122, "8000.00", "13.15", "351.63"),
        # 17 → 30 Jun = 14 days at 3.71: 8 000 × 3.71 × 14 / 36 500 = 415 520 / 36 500
        # = 11.384… → 11.38
        ("2025-06-17", "2025-06-30", 14, "8000.00", "3.71", "11.38"),
        # enforceable 16 Jun + 2 months = 16 Aug; majorated from 17 Aug (CMF L313-3).
        # 1 Jul → 16 Aug = 31 + 16 = 47 days at 2.76: 8 000 × 2.76 × 47 / 36 500
        # = 1 037 760 / 36 500 = 28.431… → 28.43
        ("2025-07-01", "2025-08-16", 47, "8000.00", "2.76", "28.43"),
        # 17 Aug → 30 Sep = 15 + 30 = 45 days at 2.76 + 5 = 7.76: 8 000 × 7.76 × 45 / 36 500
        # = 2 793 600 / 36 500 = 76.536… → 76.54
        ("2025-08-17", "2025-09-30", 45, "8000.00", "7.76", "76.54"),
    ]
    # 351.63 + 11.38 + 28.43 + 76.54 = 467.98; total 8 000 + 467.98 + 40 = 8 507.98
    assert money(a)[2:] == ("467.98", "0.00", "40.00", "8507.98")
    # The enforcement act of 15 Sep is done: nothing more to suggest; it starts a new
    # 10-year period (C. civ. 2244, 2231).
    assert a.next_action is None
    assert a.time_bar == date(2035, 9, 15)


def test_b_judgment_enforceable_later() -> None:
    # Served (enforceable) on 1 Jul: majoration from 1 Sep + 1 = 2 Sep.
    claim = cr.Claim(
        D("8000.00"),
        JAN15,
        "30 jours",
        events=[ev(date(2025, 6, 16), "judgment", enforceable=date(2025, 7, 1))],
    )
    a = cr.assess(claim, date(2025, 9, 10))
    assert periods(a)[2:] == [
        # 1 Jul → 1 Sep = 31 + 31 + 1 = 63 days at 2.76: 8 000 × 2.76 × 63 / 36 500
        # = 1 391 040 / 36 500 = 38.110… → 38.11
        ("2025-07-01", "2025-09-01", 63, "8000.00", "2.76", "38.11"),
        # 2 → 10 Sep = 9 days at 7.76: 8 000 × 7.76 × 9 / 36 500 = 558 720 / 36 500
        # = 15.307… → 15.31
        ("2025-09-02", "2025-09-10", 9, "8000.00", "7.76", "15.31"),
    ]
    assert a.time_bar == date(2035, 7, 1)
    assert nxt(a) == (A.ENFORCE_JUDGMENT, date(2025, 7, 1))


@pytest.mark.parametrize(
    "rule",
    [
        pytest.param(cr.Contractual(D("15.00")), id="contractual"),
        pytest.param(
            cr.AfterJudgment(cr.Contractual(D("15.00")), date(2025, 3, 16)), id="after-judgment"
        ),
    ],
)
def test_b_judgment_keeps_the_rule_before_it(rule: cr.Rule) -> None:
    claim = cr.Claim(
        D("1000.00"), JAN15, "30 jours", rule=rule, events=[ev(date(2025, 3, 16), "judgment")]
    )
    a = cr.assess(claim, date(2025, 3, 31))
    assert periods(a) == [
        # CGV rate 15 % (≥ floor 3 × 3.71 = 11.13): 15 Feb → 16 Mar = 14 + 16 = 30 days:
        # 1 000 × 15 × 30 / 36 500 = 450 000 / 36 500 = 12.328… → 12.33
        ("2025-02-15", "2025-03-16", 30, "1000.00", "15.00", "12.33"),
        # 17 → 31 Mar = 15 days at 3.71: 1 000 × 3.71 × 15 / 36 500 = 55 650 / 36 500
        # = 1.524… → 1.52
        ("2025-03-17", "2025-03-31", 15, "1000.00", "3.71", "1.52"),
    ]


# -- (c) consumer -------------------------------------------------------------------------------

CLAIM_C = cr.Claim(
    D("2000.00"),
    JAN15,
    "30 jours",
    debtor="consumer",
    events=[
        ev(date(2025, 2, 21), "reminder"),
        ev(date(2025, 2, 28), "call"),
        ev(date(2025, 3, 7), "reminder"),
        ev(date(2025, 3, 16), "formal_notice"),
    ],
)


def test_c_consumer_owes_nothing_without_formal_notice() -> None:
    a = cr.assess(CLAIM_C, date(2025, 3, 10))
    assert a.stage == S.OVERDUE
    # Late by 14 + 10 = 24 days, but no interest without a mise en demeure (C. civ. 1231-6,
    # 1344-1) and never the 40 € (L441-10 II targets professionals).
    assert money(a) == (24, "2000.00", "0.00", "0.00", "0.00", "2000.00")
    assert "1231-6" in dict(a.basis)["interest"]
    assert "L111-8" in dict(a.basis)["indemnity"]
    # C. conso L218-2: due date + 2 years.
    assert a.time_bar == date(2027, 2, 14)
    assert "L218-2" in dict(a.basis)["time_bar"]
    assert nxt(a) == (A.FORMAL_NOTICE, date(2025, 3, 16))


def test_c_legal_rate_from_the_day_after_the_formal_notice() -> None:
    a = cr.assess(CLAIM_C, date(2025, 4, 15))
    assert a.stage == S.FORMAL_NOTICE
    # 17 Mar → 15 Apr = 15 + 15 = 30 days at 3.71 (« autres cas »: the creditor is a
    # business): 2 000 × 3.71 × 30 / 36 500 = 222 600 / 36 500 = 6.098… → 6.10
    assert periods(a) == [("2025-03-17", "2025-04-15", 30, "2000.00", "3.71", "6.10")]
    assert money(a) == (60, "2000.00", "6.10", "0.00", "0.00", "2006.10")
    assert "autres cas" in dict(a.basis)["interest"]
    # 2 006.10 < 5 000: small claims; D+45 = 31 Mar (after notice + 9 = 25 Mar).
    assert nxt(a) == (A.SMALL_CLAIMS, date(2025, 3, 31))
    assert a.time_bar == date(2027, 2, 14)  # the formal notice does not interrupt it


def test_c_consumer_interest_split_by_half_year() -> None:
    a = cr.assess(CLAIM_C, date(2025, 7, 10))
    assert periods(a) == [
        # 17 Mar → 30 Jun = 15 + 30 + 31 + 30 = 106 days at 3.71:
        # 2 000 × 3.71 × 106 / 36 500 = 786 520 / 36 500 = 21.548… → 21.55
        ("2025-03-17", "2025-06-30", 106, "2000.00", "3.71", "21.55"),
        # 1 → 10 Jul = 10 days at 2.76: 2 000 × 2.76 × 10 / 36 500 = 55 200 / 36 500
        # = 1.512… → 1.51
        ("2025-07-01", "2025-07-10", 10, "2000.00", "2.76", "1.51"),
    ]
    assert a.interest.total == D("23.06")


def test_c_consumer_judgment_without_formal_notice() -> None:
    # C. civ. 1231-7: interest at the legal rate from the judgment even without a demand.
    claim = cr.Claim(
        D("2000.00"),
        JAN15,
        "30 jours",
        debtor="consumer",
        events=[ev(date(2025, 4, 30), "judgment")],
    )
    a = cr.assess(claim, date(2025, 5, 30))
    # 1 → 30 May = 30 days at 3.71: 222 600 / 36 500 = 6.098… → 6.10; no indemnity.
    assert periods(a) == [("2025-05-01", "2025-05-30", 30, "2000.00", "3.71", "6.10")]
    assert money(a)[4:] == ("0.00", "2006.10")
    assert a.stage == S.ENFORCEMENT


def test_c_consumer_paid_late_without_notice_owes_nothing_more() -> None:
    claim = cr.Claim(
        D("2000.00"),
        JAN15,
        "30 jours",
        debtor="consumer",
        payments=[pay(date(2025, 4, 1), "2000.00")],
    )
    a = cr.assess(claim, date(2025, 4, 30))
    assert a.stage == S.SETTLED
    assert money(a) == (0, "0.00", "0.00", "0.00", "0.00", "0.00")
    assert a.next_action is None


# -- (d) public buyer ---------------------------------------------------------------------------

# Payment request received 2 May 2025, « 30 jours » (CCP R2192-10) → due 1 Jun 2025
# (2 May + 29 = 31 May, + 1).
PUBLIC_EVENTS = (
    ev(date(2025, 6, 8), "reminder"),
    ev(date(2025, 6, 15), "call"),
    ev(date(2025, 6, 22), "reminder"),
    ev(date(2025, 7, 1), "formal_notice"),
)
CLAIM_D = cr.Claim(
    D("10000.00"), date(2025, 5, 2), "30 jours", debtor="public", events=PUBLIC_EVENTS
)


def test_d_public_buyer_rate_frozen_at_the_first_semester() -> None:
    a = cr.assess(CLAIM_D, date(2025, 8, 31))
    assert a.due == date(2025, 6, 1)
    # Interest began on 2 Jun 2025 (1st semester): ECB on 1 Jan 2025 (3.15) + 8 = 11.15 %,
    # kept after 1 Jul (R2192-31): one period, 2 Jun → 31 Aug = 29 + 31 + 31 = 91 days:
    # 10 000 × 11.15 × 91 / 36 500 = 10 146 500 / 36 500 = 277.986… → 277.99
    assert periods(a) == [("2025-06-02", "2025-08-31", 91, "10000.00", "11.15", "277.99")]
    # + 40 € (D2192-35): 10 000 + 277.99 + 40 = 10 317.99
    assert money(a) == (91, "10000.00", "277.99", "0.00", "40.00", "10317.99")
    assert "R2192-31" in dict(a.basis)["interest"]
    assert "D2192-35" in dict(a.basis)["indemnity"]
    # Judicial step: référé-provision before the administrative court, at D+45 = 16 Jul
    # (after notice + 9 = 10 Jul).
    assert a.next_action is not None
    assert (a.next_action.kind, a.next_action.on) == (A.REFERE_PROVISION, date(2025, 7, 16))
    assert a.next_action.channel == cr.Channel.COURT
    assert "tribunal administratif" in a.next_action.label
    # Déchéance quadriennale (loi 68-1250, art. 1): 4 years from 1 Jan 2026 → 31 Dec 2029.
    assert a.time_bar == date(2029, 12, 31)
    assert "68-1250" in dict(a.basis)["time_bar"]


def test_d_public_written_claim_interrupts_the_quadrennial_bar() -> None:
    # Loi 68-1250, art. 2: a written claim (here a reminder of 12 Jan 2026) starts a new
    # 4-year period from 1 Jan 2027 → 31 Dec 2030; a payment in 2026 does the same.
    claim = cr.Claim(
        D("10000.00"),
        date(2025, 5, 2),
        "30 jours",
        debtor="public",
        events=(*PUBLIC_EVENTS, ev(date(2026, 1, 12), "reminder")),
    )
    assert cr.assess(claim, date(2026, 2, 1)).time_bar == date(2030, 12, 31)
    paid = cr.Claim(
        D("10000.00"),
        date(2025, 5, 2),
        "30 jours",
        debtor="public",
        payments=[pay(date(2026, 2, 1), "100.00")],
    )
    assert cr.assess(paid, date(2026, 2, 1)).time_bar == date(2030, 12, 31)


# -- (e) partial payments and prescription ----------------------------------------------------


def test_e_partial_payment_pays_interest_first() -> None:
    # 5 000 € invoiced 21 May 2024, « 30 jours » → due 20 Jun 2024; 2 000 € paid 10 Jul.
    claim = cr.Claim(
        D("5000.00"), date(2024, 5, 21), "30 jours", payments=[pay(date(2024, 7, 10), "2000.00")]
    )
    a = cr.assess(claim, date(2024, 7, 31), imputation="interest_first")
    assert a.due == date(2024, 6, 20)
    assert periods(a) == [
        # 21 → 30 Jun = 10 days at 14.50: 5 000 × 14.50 × 10 / 36 500 = 19.863… → 19.86
        ("2024-06-21", "2024-06-30", 10, "5000.00", "14.50", "19.86"),
        # 1 → 10 Jul = 10 days at 14.25: 5 000 × 14.25 × 10 / 36 500 = 19.520… → 19.52
        ("2024-07-01", "2024-07-10", 10, "5000.00", "14.25", "19.52"),
        # 2 000 pays 19.86 + 19.52 = 39.38 of interest, then 1 960.62 of principal:
        # 5 000 − 1 960.62 = 3 039.38 from 11 Jul. 11 → 31 Jul = 21 days:
        # 3 039.38 × 14.25 × 21 / 36 500 = 909 534.465 / 36 500 = 24.918… → 24.92
        ("2024-07-11", "2024-07-31", 21, "3039.38", "14.25", "24.92"),
    ]
    # interest 39.38 + 24.92 = 64.30, paid 39.38; 21 Jun → 31 Jul = 10 + 31 = 41 days late;
    # total 3 039.38 + 24.92 + 40 = 3 104.30
    assert money(a) == (41, "3039.38", "64.30", "39.38", "40.00", "3104.30")
    assert a.interest_due == D("24.92")
    # The partial payment is an acknowledgment (C. civ. 2240): 10 Jul 2024 + 5 years.
    assert a.time_bar == date(2029, 7, 10)


@pytest.mark.parametrize(
    ("events", "payments", "time_bar"),
    [
        pytest.param((), (), date(2030, 2, 14), id="due-plus-5-years"),
        # a formal notice, even by LRAR, does not interrupt (Cass. com. 18 mai 2022)
        pytest.param((ev(date(2025, 3, 16), "formal_notice"),), (), date(2030, 2, 14), id="notice"),
        pytest.param((ev(date(2025, 3, 16), "reminder"),), (), date(2030, 2, 14), id="reminder"),
        # written acknowledgment (C. civ. 2240): new 5 years from it
        pytest.param(
            (ev(date(2025, 4, 1), "acknowledgment"),), (), date(2030, 4, 1), id="acknowledgment"
        ),
        # a payment plan agreed in writing is an acknowledgment
        pytest.param(
            (ev(date(2025, 5, 2), "payment_plan"),), (), date(2030, 5, 2), id="payment-plan"
        ),
        # a partial payment is an acknowledgment; the latest interruption counts
        pytest.param(
            (ev(date(2025, 4, 1), "acknowledgment"),),
            (pay(date(2025, 6, 3), "100.00"),),
            date(2030, 6, 3),
            id="payment-after-acknowledgment",
        ),
        # court filing: interrupted until the end of the proceedings (C. civ. 2242)
        pytest.param((ev(date(2025, 4, 1), "court_filing"),), (), None, id="court-filing"),
    ],
)
def test_e_prescription_interruptions(
    events: tuple[cr.Event, ...], payments: tuple[cr.Payment, ...], time_bar: date | None
) -> None:
    claim = cr.Claim(D("1000.00"), JAN15, "30 jours", events=events, payments=payments)
    assert cr.assess(claim, date(2025, 6, 10)).time_bar == time_bar


def test_e_leap_day_due_date_time_bar() -> None:
    # 30 Jan 2024 + 30 days = 29 Feb 2024; + 2 years: no 29 Feb 2026 → 28 Feb 2026.
    claim = cr.Claim(D("500.00"), date(2024, 1, 30), "30 jours", debtor="consumer")
    a = cr.assess(claim, date(2024, 6, 1))
    assert (a.due, a.time_bar) == (date(2024, 2, 29), date(2026, 2, 28))


# -- (f) dispute --------------------------------------------------------------------------------

CLAIM_F = cr.Claim(
    D("3000.00"),
    JAN15,
    "30 jours",
    events=[
        ev(date(2025, 2, 21), "reminder"),
        ev(date(2025, 2, 25), "dispute"),
        ev(date(2025, 3, 7), "dispute_resolved"),  # paused 10 days
        ev(date(2025, 3, 10), "call"),
        ev(date(2025, 3, 17), "reminder"),
        ev(date(2025, 3, 26), "formal_notice"),
    ],
)


@pytest.mark.parametrize(
    ("as_of", "disputed", "action"),
    [
        pytest.param(date(2025, 2, 20), False, (A.REMINDER, date(2025, 2, 21)), id="before"),
        # Dispute open: the calendar pauses; handle the dispute from the day it was raised.
        pytest.param(date(2025, 3, 1), True, (A.RESOLVE_DISPUTE, date(2025, 2, 25)), id="open"),
        # Resolved 7 Mar after 7 Mar − 25 Feb = 10 days: the call of D+14 = 28 Feb (after the
        # start of the dispute) moves to 10 Mar.
        pytest.param(date(2025, 3, 8), False, (A.CALL, date(2025, 3, 10)), id="resolved"),
        # Call made: second email D+21 = 7 Mar + 10 = 17 Mar.
        pytest.param(
            date(2025, 3, 12), False, (A.FINAL_REMINDER, date(2025, 3, 17)), id="call-done"
        ),
        # Second email sent: formal notice D+30 = 16 Mar + 10 = 26 Mar.
        pytest.param(
            date(2025, 3, 20), False, (A.FORMAL_NOTICE, date(2025, 3, 26)), id="final-done"
        ),
        # Judicial step D+45 = 31 Mar + 10 = 10 Apr (after notice + 9 = 4 Apr); the claim was
        # disputed once: an assignation au fond, not an injonction de payer.
        pytest.param(date(2025, 4, 5), False, (A.ASSIGNATION, date(2025, 4, 10)), id="assignation"),
    ],
)
def test_f_dispute_pauses_the_calendar(
    as_of: date, disputed: bool, action: tuple[object, ...]
) -> None:
    a = cr.assess(CLAIM_F, as_of)
    assert a.disputed is disputed
    assert nxt(a) == action


def test_f_dispute_does_not_stop_interest() -> None:
    # L441-10 II runs from the day after the due date; the dispute is only a flag.
    a = cr.assess(CLAIM_F, date(2025, 3, 1))
    # 15 Feb → 1 Mar = 15 days: 3 000 × 13.15 × 15 / 36 500 = 591 750 / 36 500 = 16.212… → 16.21
    assert money(a) == (15, "3000.00", "16.21", "0.00", "40.00", "3056.21")
    assert a.stage == S.OVERDUE


def test_f_dispute_raised_twice_counts_from_the_first() -> None:
    claim = cr.Claim(
        D("3000.00"),
        JAN15,
        "30 jours",
        events=[
            ev(date(2025, 2, 21), "reminder"),
            ev(date(2025, 2, 25), "dispute"),
            ev(date(2025, 2, 27), "dispute"),  # a second letter from the debtor
            ev(date(2025, 3, 7), "dispute_resolved"),
            ev(date(2025, 3, 8), "dispute_resolved"),  # recorded twice: no effect
        ],
    )
    # Paused 25 Feb → 7 Mar = 10 days: the call moves from 28 Feb to 10 Mar.
    assert nxt(cr.assess(claim, date(2025, 3, 9))) == (A.CALL, date(2025, 3, 10))


def test_f_public_disputed_claim_still_goes_to_the_administrative_judge() -> None:
    claim = cr.Claim(
        D("10000.00"),
        date(2025, 5, 2),
        "30 jours",
        debtor="public",
        events=(
            *PUBLIC_EVENTS,
            ev(date(2025, 7, 5), "dispute"),
            ev(date(2025, 7, 8), "dispute_resolved"),
        ),
    )
    # Paused 3 days: D+45 = 16 Jul → 19 Jul.
    assert nxt(cr.assess(claim, date(2025, 8, 31))) == (A.REFERE_PROVISION, date(2025, 7, 19))


# -- (g) payment plan ---------------------------------------------------------------------------

PLAN = ev(
    date(2025, 3, 1),
    "payment_plan",
    instalments=[
        pay(date(2025, 3, 15), "1000.00"),
        pay(date(2025, 4, 15), "1000.00"),
        pay(date(2025, 5, 15), "1000.00"),
    ],
)


def plan_claim(*payments: cr.Payment) -> cr.Claim:
    return cr.Claim(
        D("3000.00"),
        JAN15,
        "30 jours",
        events=[ev(date(2025, 2, 21), "reminder"), PLAN],
        payments=payments,
    )


@pytest.mark.parametrize(
    ("payments", "as_of", "action"),
    [
        pytest.param(
            (), date(2025, 3, 5), (A.PAYMENT_PLAN_INSTALMENT, date(2025, 3, 15)), id="first"
        ),
        pytest.param(
            (pay(date(2025, 3, 15), "1000.00"),),
            date(2025, 3, 20),
            (A.PAYMENT_PLAN_INSTALMENT, date(2025, 4, 15)),
            id="second",
        ),
        # On the day of an instalment it is not missed yet.
        pytest.param(
            (pay(date(2025, 3, 15), "1000.00"),),
            date(2025, 4, 15),
            (A.PAYMENT_PLAN_INSTALMENT, date(2025, 4, 15)),
            id="instalment-day",
        ),
        # Missed: the calendar resumes; the amicable steps are over, the formal notice of
        # D+30 = 16 Mar is overdue.
        pytest.param(
            (pay(date(2025, 3, 15), "1000.00"),),
            date(2025, 4, 16),
            (A.FORMAL_NOTICE, date(2025, 3, 16)),
            id="missed",
        ),
    ],
)
def test_g_payment_plan_replaces_the_calendar(
    payments: tuple[cr.Payment, ...], as_of: date, action: tuple[object, ...]
) -> None:
    a = cr.assess(plan_claim(*payments), as_of)
    assert a.payment_plan is True
    assert nxt(a) == action


def test_g_missed_instalment_label() -> None:
    a = cr.assess(plan_claim(pay(date(2025, 3, 15), "1000.00")), date(2025, 4, 16))
    assert a.next_action is not None
    assert "échéancier non respecté" in a.next_action.label
    assert a.next_action.tone == cr.Tone.FIRM


def test_g_plan_paid_in_full_interest_first() -> None:
    claim = plan_claim(
        pay(date(2025, 3, 15), "1000.00"),
        pay(date(2025, 4, 15), "1000.00"),
        pay(date(2025, 5, 15), "1000.00"),
    )
    a = cr.assess(claim, date(2025, 5, 15), imputation="interest_first")
    assert periods(a) == [
        # 15 Feb → 15 Mar = 14 + 15 = 29 days: 3 000 × 13.15 × 29 / 36 500
        # = 1 144 050 / 36 500 = 31.343… → 31.34; 1 000 → 31.34 interest + 968.66 principal
        ("2025-02-15", "2025-03-15", 29, "3000.00", "13.15", "31.34"),
        # base 3 000 − 968.66 = 2 031.34; 16 Mar → 15 Apr = 16 + 15 = 31 days:
        # 2 031.34 × 13.15 × 31 / 36 500 = 828 075.751 / 36 500 = 22.687… → 22.69
        ("2025-03-16", "2025-04-15", 31, "2031.34", "13.15", "22.69"),
        # base 2 031.34 − 977.31 = 1 054.03; 16 Apr → 15 May = 15 + 15 = 30 days:
        # 1 054.03 × 13.15 × 30 / 36 500 = 415 814.835 / 36 500 = 11.392… → 11.39
        ("2025-04-16", "2025-05-15", 30, "1054.03", "13.15", "11.39"),
    ]
    # base 1 054.03 − 988.61 = 65.42 left: the interest paid (31.34 + 22.69 + 11.39 = 65.42)
    # reappears as principal. Total 65.42 + 0 + 40 = 105.42. 15 Feb → 15 May = 14 + 31 + 30
    # + 15 = 90 days late.
    assert money(a) == (90, "65.42", "65.42", "65.42", "40.00", "105.42")
    # The plan is done but not the claim: the calendar resumes with the step not done yet,
    # the call of D+14.
    assert nxt(a) == (A.CALL, date(2025, 2, 28))


# -- (h) insolvency -----------------------------------------------------------------------------


def insolvent(opened: date, *payments: cr.Payment) -> cr.Claim:
    return cr.Claim(
        D("10000.00"), JAN15, "30 jours", events=[ev(opened, "insolvency")], payments=payments
    )


def test_h_interest_stops_the_day_before_the_opening_judgment() -> None:
    a = cr.assess(insolvent(date(2025, 3, 17)), date(2025, 4, 30))
    # C. com. L622-28: 15 Feb → 16 Mar = 14 + 16 = 30 days: 10 000 × 13.15 × 30 / 36 500
    # = 3 945 000 / 36 500 = 108.082… → 108.08; opened after the due date: 40 € owed.
    assert periods(a) == [("2025-02-15", "2025-03-16", 30, "10000.00", "13.15", "108.08")]
    # 15 Feb → 30 Apr = 14 + 31 + 30 + 30 = 75 days late
    assert money(a) == (75, "10000.00", "108.08", "0.00", "40.00", "10148.08")
    assert a.insolvency is True
    # Declare the claim (C. com. L622-24, R622-24): 2 months, here counted from the opening
    # judgment (the legal start is the BODACC publication, usually later).
    assert a.next_action is not None
    assert (a.next_action.kind, a.next_action.on) == (A.DECLARE_CLAIM, date(2025, 3, 17))
    assert a.next_action.deadline == date(2025, 5, 17)
    assert a.next_action.channel == cr.Channel.REGISTERED_LETTER


@pytest.mark.parametrize(
    ("opened", "indemnity", "total"),
    [
        # Opened before / on the due date: payment at the due date was forbidden (L441-10 II):
        # no 40 €; interest would start 15 Feb but stops on the eve of the opening: none.
        pytest.param(date(2025, 2, 1), "0.00", "10000.00", id="before-due"),
        pytest.param(DUE, "0.00", "10000.00", id="on-due"),
        # Opened the day after: interest through 14 Feb = none, but the 40 € is owed.
        pytest.param(date(2025, 2, 15), "40.00", "10040.00", id="day-after-due"),
    ],
)
def test_h_indemnity_and_opening_date(opened: date, indemnity: str, total: str) -> None:
    a = cr.assess(insolvent(opened), date(2025, 4, 30))
    assert money(a)[2:] == ("0.00", "0.00", indemnity, total)
    assert a.interest.periods == ()
    assert nxt(a) == (A.DECLARE_CLAIM, opened)


def test_h_payment_after_the_opening() -> None:
    # A dividend of 5 000 on 30 Jun: first the 108.08 of interest, then 4 891.92 of principal;
    # 10 000 − 4 891.92 = 5 108.08; no interest after the opening: total 5 108.08 + 40.
    a = cr.assess(
        insolvent(date(2025, 3, 17), pay(date(2025, 6, 30), "5000.00")),
        date(2025, 7, 31),
        imputation="interest_first",
    )
    # 15 Feb → 31 Jul = 14 + 31 + 30 + 31 + 30 + 31 = 167 days late.
    assert money(a) == (167, "5108.08", "108.08", "108.08", "40.00", "5148.08")


def test_h_overpayment_after_the_opening_covers_the_indemnity() -> None:
    # 10 200 on 30 Jun: 108.08 interest + 10 000 principal; 91.92 left over pays the 40 €.
    a = cr.assess(
        insolvent(date(2025, 3, 17), pay(date(2025, 6, 30), "10200.00")),
        date(2025, 7, 31),
        imputation="interest_first",
    )
    assert a.stage == S.SETTLED
    assert a.interest.overpaid == D("91.92")
    assert money(a) == (0, "0.00", "108.08", "108.08", "40.00", "0.00")
    assert a.next_action is None


def test_h_insolvency_needs_no_rate_after_the_opening() -> None:
    # Interest stopped on 16 Mar 2025: no rate of 2026 H2 is needed.
    a = cr.assess(insolvent(date(2025, 3, 17)), UNCOVERED)
    assert a.interest.total == D("108.08")


# -- (i) time bar at the exact boundary ---------------------------------------------------------

# Hypothetical table for these tests only: the ECB rate of 11 Jun 2025 (2.15) declared unchanged
# until 2031, so that a business claim can be assessed in 2030.
FUTURE = cr.Rates.default().with_ecb_until(date(2031, 1, 1))


@pytest.mark.parametrize(
    ("claim", "last_day", "rates"),
    [
        # business: 14 Feb 2025 + 5 years (C. com. L110-4)
        pytest.param(
            cr.Claim(D("1000.00"), JAN15, "30 jours"), date(2030, 2, 14), FUTURE, id="business"
        ),
        # consumer without formal notice: + 2 years (C. conso L218-2); accrues nothing
        pytest.param(
            cr.Claim(D("1000.00"), JAN15, "30 jours", debtor="consumer"),
            date(2027, 2, 14),
            None,
            id="consumer",
        ),
        # public: 31 Dec of 2025 + 4 (loi 68-1250); the rate is frozen in 2025 H1
        pytest.param(
            cr.Claim(D("1000.00"), date(2025, 5, 2), "30 jours", debtor="public"),
            date(2029, 12, 31),
            None,
            id="public",
        ),
    ],
)
def test_i_time_bar_boundary(claim: cr.Claim, last_day: date, rates: cr.Rates | None) -> None:
    on = cr.assess(claim, last_day, rates=rates)
    assert on.time_bar == last_day
    assert on.stage == S.OVERDUE
    assert on.next_action is not None
    after = cr.assess(claim, last_day + timedelta(days=1), rates=rates)
    assert after.stage == S.TIME_BARRED
    assert after.next_action is None


def test_i_judgment_keeps_the_claim_alive_past_five_years() -> None:
    # A judgment in 2025: the 5 years of L110-4 no longer apply; 10 years to enforce.
    claim = cr.Claim(D("1000.00"), JAN15, "30 jours", events=[ev(date(2025, 6, 16), "judgment")])
    a = cr.assess(claim, date(2025, 7, 1))
    assert a.time_bar == date(2035, 6, 16)


# -- (j) reminders already sent, tone -----------------------------------------------------------


@pytest.mark.parametrize(
    ("events", "as_of", "action"),
    [
        # nothing sent and the due date passed: the preventive email is skipped, the first
        # reminder of D+7 is suggested
        pytest.param((), date(2025, 2, 20), (A.REMINDER, date(2025, 2, 21)), id="nothing-sent"),
        # a reminder sent late (D+8) counts as the D+7 reminder, not as the preventive one
        pytest.param(
            (ev(date(2025, 2, 22), "reminder"),),
            date(2025, 2, 23),
            (A.CALL, date(2025, 2, 28)),
            id="one",
        ),
        # two reminders: the second counts as the D+21 email; the call is still due
        pytest.param(
            (ev(date(2025, 2, 21), "reminder"), ev(date(2025, 2, 24), "reminder")),
            date(2025, 2, 25),
            (A.CALL, date(2025, 2, 28)),
            id="two",
        ),
        # all amicable steps done: the formal notice
        pytest.param(
            (
                ev(date(2025, 2, 9), "reminder"),
                ev(date(2025, 2, 21), "reminder"),
                ev(date(2025, 2, 28), "call"),
                ev(date(2025, 3, 7), "reminder"),
            ),
            date(2025, 3, 8),
            (A.FORMAL_NOTICE, date(2025, 3, 16)),
            id="all-amicable",
        ),
        # a formal notice sent early ends the amicable steps
        pytest.param(
            (ev(date(2025, 2, 20), "formal_notice"),),
            date(2025, 2, 25),
            (A.INJONCTION_DE_PAYER, date(2025, 3, 31)),
            id="early-notice",
        ),
    ],
)
def test_j_done_steps_are_not_suggested_again(
    events: tuple[cr.Event, ...], as_of: date, action: tuple[object, ...]
) -> None:
    claim = cr.Claim(D("6000.00"), JAN15, "30 jours", events=events)
    assert nxt(cr.assess(claim, as_of)) == action


@pytest.mark.parametrize(
    ("as_of", "history", "kind", "tone"),
    [
        pytest.param(date(2025, 2, 20), None, A.REMINDER, cr.Tone.COURTEOUS, id="no-history"),
        # 0 late out of 20: usually punctual → courteous
        pytest.param(
            date(2025, 2, 20),
            cr.PaymentHistory(20, 0),
            A.REMINDER,
            cr.Tone.COURTEOUS,
            id="punctual",
        ),
        # 15 late out of 20 (75 %): repeat late payer → firm from the first reminder
        pytest.param(
            date(2025, 2, 20), cr.PaymentHistory(20, 15), A.REMINDER, cr.Tone.FIRM, id="late-payer"
        ),
        # the formal notice is firm whatever the history
        pytest.param(
            date(2025, 3, 10), cr.PaymentHistory(20, 0), A.FORMAL_NOTICE, cr.Tone.FIRM, id="notice"
        ),
    ],
)
def test_j_tone_from_history(
    as_of: date, history: cr.PaymentHistory | None, kind: cr.ActionKind, tone: cr.Tone
) -> None:
    events = (
        ()
        if kind is A.REMINDER
        else (
            ev(date(2025, 2, 21), "reminder"),
            ev(date(2025, 2, 28), "call"),
            ev(date(2025, 3, 7), "reminder"),
        )
    )
    claim = cr.Claim(D("1000.00"), JAN15, "30 jours", events=events)
    a = cr.assess(claim, as_of, history=history)
    assert a.next_action is not None
    assert (a.next_action.kind, a.next_action.tone) == (kind, tone)


# -- other situations --------------------------------------------------------------------------


def test_written_off_claim_has_no_next_action() -> None:
    claim = cr.Claim(D("1000.00"), JAN15, "30 jours", events=[ev(date(2025, 5, 1), "written_off")])
    a = cr.assess(claim, date(2025, 5, 2))
    assert a.written_off is True
    assert a.next_action is None
    assert a.stage == S.OVERDUE  # still owed; the flag says the creditor gave up


def test_policy_without_steps_suggests_nothing() -> None:
    claim = cr.Claim(D("1000.00"), JAN15, "30 jours")
    assert cr.assess(claim, date(2025, 3, 1), policy=cr.DunningPolicy(steps=())).next_action is None


def test_custom_policy_step_and_preventive_window() -> None:
    policy = cr.DunningPolicy(
        steps=(
            cr.Step(10, "reminder", "letter", "firm", "relance par courrier"),
            cr.Step(60, "assignation", "court", "firm", "assignation"),
        ),
        preventive_days=10,
    )
    claim = cr.Claim(D("1000.00"), JAN15, "30 jours", events=[ev(date(2025, 2, 24), "reminder")])
    # 10 days before the due date is inside a 10-day preventive window.
    assert cr.assess(claim, date(2025, 2, 4), policy=policy).stage == S.PREVENTIVE
    assert cr.assess(claim, date(2025, 2, 3), policy=policy).stage == S.UPCOMING
    # reminder done: the custom step D+60 = 15 Apr
    a = cr.assess(claim, date(2025, 3, 1), policy=policy)
    assert a.next_action is not None
    assert (a.next_action.kind, a.next_action.on, a.next_action.channel) == (
        A.ASSIGNATION,
        date(2025, 4, 15),
        cr.Channel.COURT,
    )
    assert a.next_action.basis  # a basis is always given


def test_longer_formal_notice_deadline_delays_the_judicial_step() -> None:
    # Notice on 28 Mar giving 15 days (until 28 Mar + 15 = 12 Apr): judicial step from
    # 13 Apr, later than D+45 = 31 Mar.
    policy = cr.DunningPolicy(formal_notice_days=15)
    claim = cr.Claim(
        D("1000.00"), JAN15, "30 jours", events=[ev(date(2025, 3, 28), "formal_notice")]
    )
    assert nxt(cr.assess(claim, date(2025, 4, 1), policy=policy)) == (
        A.SMALL_CLAIMS,
        date(2025, 4, 13),
    )


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        pytest.param(("claim", date(2025, 3, 1)), {}, cr.InvalidInputError, id="not-a-claim"),
        pytest.param(
            (cr.Claim(D(1), JAN15, "30 jours"), datetime(2025, 3, 1, tzinfo=UTC)),
            {},
            cr.InvalidDateError,
            id="datetime-as-of",
        ),
        pytest.param(
            (cr.Claim(D(1), JAN15, "30 jours"), date(2025, 3, 1)),
            {"policy": "default"},
            cr.InvalidInputError,
            id="bad-policy",
        ),
        pytest.param(
            (cr.Claim(D(1), JAN15, "30 jours"), date(2025, 3, 1)),
            {"history": (20, 0)},
            cr.InvalidInputError,
            id="bad-history",
        ),
        pytest.param(
            (cr.Claim(D(1), JAN15, "30 jours"), date(2025, 3, 1)),
            {"rates": {}},
            cr.InvalidInputError,
            id="bad-rates",
        ),
        pytest.param(
            (cr.Claim(D(1), date(2025, 1, 15), "30 jours date de livraison"), date(2025, 3, 1)),
            {},
            cr.InvalidInputError,
            id="delivery-term-without-delivery",
        ),
    ],
)
def test_assess_rejects_bad_input(
    args: tuple[object, ...], kwargs: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        cr.assess(*args, **kwargs)  # type: ignore[arg-type]


def test_assessment_is_immutable() -> None:
    import dataclasses

    a = cr.assess(CLAIM_A, date(2025, 3, 1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.total = D(0)  # type: ignore[misc]


# -- rates are needed only for a claim that accrues interest (api.md §4) -----------------------


def test_late_business_claim_beyond_the_table_raises() -> None:
    with pytest.raises(cr.RateUnavailableError):
        cr.assess(cr.Claim(D("1000.00"), JAN15, "30 jours"), UNCOVERED)


@pytest.mark.parametrize(
    ("claim", "stage", "total"),
    [
        # consumer without formal notice: no interest
        pytest.param(
            cr.Claim(D("1000.00"), JAN15, "30 jours", debtor="consumer"),
            S.OVERDUE,
            "1000.00",
            id="consumer-no-notice",
        ),
        # issued 15 Aug 2026, due 14 Sep 2026: not yet due on 1 Sep
        pytest.param(
            cr.Claim(D("1000.00"), date(2026, 8, 15), "30 jours"),
            S.UPCOMING,
            "1000.00",
            id="not-due",
        ),
        # paid on time
        pytest.param(
            cr.Claim(D("1000.00"), JAN15, "30 jours", payments=[pay(date(2025, 2, 14), "1000.00")]),
            S.SETTLED,
            "0.00",
            id="settled-on-time",
        ),
        # settled late: 15 Feb → 1 Mar = 15 days: 1 000 × 13.15 × 15 / 36 500 = 197 250 / 36 500
        # = 5.404… → 5.40; 1 005.40 settles it; only the 40 € remains
        pytest.param(
            cr.Claim(D("1000.00"), JAN15, "30 jours", payments=[pay(date(2025, 3, 1), "1005.40")]),
            S.SETTLED,
            "40.00",
            id="settled-late",
        ),
        # public buyer: the rate is frozen at 2025 H1, nothing of 2026 H2 is needed
        pytest.param(
            cr.Claim(D("1000.00"), date(2025, 5, 2), "30 jours", debtor="public"),
            S.OVERDUE,
            None,
            id="public-frozen",
        ),
    ],
)
def test_claims_accruing_nothing_need_no_rate(
    claim: cr.Claim, stage: cr.Stage, total: str | None
) -> None:
    a = cr.assess(claim, UNCOVERED)
    assert a.stage == stage
    if total is not None:
        assert str(a.total) == total


def test_settled_late_claim_beyond_the_table_equals_inside() -> None:
    claim = cr.Claim(D("1000.00"), JAN15, "30 jours", payments=[pay(date(2025, 3, 1), "1005.40")])
    far, near = cr.assess(claim, UNCOVERED), cr.assess(claim, date(2026, 6, 1))
    assert far.interest.periods == near.interest.periods
    assert far.interest.until == UNCOVERED
    assert (far.total, far.stage) == (near.total, near.stage)


def test_caller_rates_cover_the_gap() -> None:
    # Hypothetical: the ECB rate 2.15 unchanged until 1 Sep 2026 → 2026 H2 = 12.15 %.
    rates = cr.Rates.default().with_ecb_until(UNCOVERED)
    a = cr.assess(cr.Claim(D("1000.00"), date(2026, 5, 2), "30 jours"), UNCOVERED, rates=rates)
    # due 1 Jun 2026; 2 → 30 Jun = 29 days at 12.15: 1 000 × 12.15 × 29 / 36 500
    # = 352 350 / 36 500 = 9.653… → 9.65; 1 Jul → 1 Sep = 31 + 31 + 1 = 63 days at 12.15:
    # 765 450 / 36 500 = 20.971… → 20.97; total 30.62
    assert a.interest.total == D("30.62")


# -- properties ---------------------------------------------------------------------------------

FIRST = date(2024, 1, 1)
LAST = date(2026, 6, 16)  # last day the bundled ECB table is complete
TERMS = ("30 jours", "60 jours", "45 jours fin de mois", "fin de mois + 45 jours", "à réception")
KINDS = tuple(k.value for k in cr.EventKind)

cents = st.integers(min_value=1, max_value=2_000_000_00).map(lambda n: D(n).scaleb(-2))
days = st.dates(min_value=FIRST, max_value=LAST)


@st.composite
def claims(draw: st.DrawFn) -> cr.Claim:
    amount = draw(cents)
    payments = draw(
        st.lists(
            st.builds(
                cr.Payment,
                days,
                st.integers(1, int(amount * 100) + 5_000).map(lambda n: D(n).scaleb(-2)),
            ),
            max_size=3,
        )
    )
    events = []
    for on, kind in draw(st.lists(st.tuples(days, st.sampled_from(KINDS)), max_size=4)):
        instalments = (
            tuple(draw(st.lists(st.builds(cr.Payment, days, cents), max_size=2)))
            if kind == "payment_plan"
            else ()
        )
        events.append(cr.Event(on, kind, instalments=instalments))
    return cr.Claim(
        amount,
        draw(st.dates(min_value=FIRST, max_value=date(2025, 12, 31))),
        draw(st.sampled_from(TERMS)),
        debtor=draw(st.sampled_from(("business", "consumer", "public"))),
        customer=draw(st.sampled_from(("A", "B", "C"))),
        payments=payments,
        events=events,
    )


@st.composite
def quiet_windows(draw: st.DrawFn) -> tuple[cr.Claim, date, date]:
    """A claim and d1 <= d2 with no event or payment dated in (d1, d2]."""
    claim = draw(claims())
    d1 = draw(days)
    d2 = draw(st.dates(min_value=d1, max_value=LAST))
    gap = d2 - d1

    def out(day: date) -> date:
        return day + gap if d1 < day <= d2 else day

    moved = cr.Claim(
        claim.amount,
        claim.issued,
        claim.term,
        debtor=claim.debtor,
        payments=[cr.Payment(out(p.on), p.amount) for p in claim.payments],
        events=[cr.Event(out(e.on), e.kind, instalments=e.instalments) for e in claim.events],
    )
    return moved, d1, d2


@given(quiet_windows())
def test_stage_never_goes_backwards(window: tuple[cr.Claim, date, date]) -> None:
    claim, d1, d2 = window
    assert cr.assess(claim, d1).stage.rank <= cr.assess(claim, d2).stage.rank


@given(st.lists(claims(), max_size=6), days)
def test_assess_many_equals_assess(batch: list[cr.Claim], as_of: date) -> None:
    assert cr.assess_many(batch, as_of) == [cr.assess(c, as_of) for c in batch]


def _two_places(x: Decimal) -> bool:
    return x.as_tuple().exponent == -2


@given(claims(), days)
def test_money_to_the_cent_and_totals_exact(claim: cr.Claim, as_of: date) -> None:
    a = cr.assess(claim, as_of)
    i = a.interest
    figures = [a.outstanding, i.total, i.paid, i.unpaid, i.overpaid, a.indemnity, a.total]
    figures += [p.amount for p in i.periods]
    assert all(_two_places(x) for x in figures), figures
    # total == outstanding + unpaid interest + indemnity − the part of it paid by a surplus
    indemnity_paid = min(a.indemnity, i.overpaid)
    assert a.total == a.outstanding + i.unpaid + a.indemnity - indemnity_paid
    assert i.total == sum((p.amount for p in i.periods), D("0.00"))
    assert a.outstanding >= 0
    assert a.total >= 0
    assert a.indemnity in (D("0.00"), D("40.00"))
    if claim.debtor == "consumer":
        assert a.indemnity == 0
    assert (a.stage == S.SETTLED) == (a.outstanding == 0)


def test_judicial_step_without_formal_notice() -> None:
    # A policy that goes straight to court at D+20 = 6 Mar (no formal notice step): the
    # judicial step is not held back by any notice deadline. 1 000 € + interest < 5 000 €.
    policy = cr.DunningPolicy(steps=(cr.Step(20, "judicial", "commissaire_de_justice", "firm"),))
    claim = cr.Claim(D("1000.00"), JAN15, "30 jours")
    assert nxt(cr.assess(claim, date(2025, 3, 1), policy=policy)) == (
        A.SMALL_CLAIMS,
        date(2025, 3, 6),
    )


# -- imputation option -----------------------------------------------------------------------


def test_principal_first_settles_an_invoice_paid_late_in_full() -> None:
    # 1 000 € due 20 Jun 2024, paid in full on 10 Jul 2024. Interest 21-30 Jun at 14.50 %:
    # 1000 × 14.50 × 10 / 36500 = 3.97; 1-10 Jul at 14.25 %: 1000 × 14.25 × 10 / 36500 = 3.90.
    claim = cr.Claim(
        Decimal("1000.00"),
        date(2024, 5, 21),
        "30 jours",
        payments=[cr.Payment(date(2024, 7, 10), Decimal("1000.00"))],
    )
    ledger = cr.assess(claim, date(2024, 8, 1))  # the default is principal_first
    # principal first: the invoice is settled, 7.87 of interest and the 40 € stay due.
    assert ledger.stage is cr.Stage.SETTLED
    assert ledger.outstanding == Decimal("0.00")
    assert ledger.interest.total == Decimal("7.87")
    assert ledger.total == Decimal("47.87")
    # interest first (C. civ. 1343-1): 7.87 go to interest, 992.13 to principal: 7.87 left.
    law = cr.assess(claim, date(2024, 8, 1), imputation="interest_first")
    assert law.stage is cr.Stage.OVERDUE
    assert law.outstanding == Decimal("7.87")
    assert cr.assess_many([claim], date(2024, 8, 1)) == [ledger]
    assert cr.assess_many([claim], date(2024, 8, 1), imputation="interest_first") == [law]


def test_imputation_typo_is_rejected() -> None:
    claim = cr.Claim(Decimal("10.00"), date(2024, 5, 21), "30 jours")
    with pytest.raises(cr.InvalidInputError, match="imputation"):
        cr.assess(claim, date(2024, 8, 1), imputation="interest")
    with pytest.raises(cr.InvalidInputError, match="imputation"):
        cr.assess_many([claim], date(2024, 8, 1), imputation="interest")


def test_statement_row_follows_the_contract_columns() -> None:
    from creances.assess import STATEMENT_COLUMNS

    # Due 20 Jun 2024; 21-30 Jun at 14.50 %: 3.97; 1-10 Jul at 14.25 %: 3.90; + 40 €.
    a = cr.assess(
        cr.Claim(
            Decimal("1000.00"), date(2024, 5, 21), "30 jours", reference="F-1", customer="ACME"
        ),
        date(2024, 7, 10),
    )
    row = a.statement_row()
    assert tuple(row) == STATEMENT_COLUMNS
    assert row == {
        "reference": "F-1",
        "customer": "ACME",
        "due": date(2024, 6, 20),
        "days_late": 20,
        "outstanding": Decimal("1000.00"),
        "interest": Decimal("7.87"),
        "indemnity": Decimal("40.00"),
        "total": Decimal("1047.87"),
        "stage": "overdue",
        "next_action": "reminder",
    }


def test_public_time_bar_after_a_judgment_is_four_years_from_next_1_january() -> None:
    # Loi 68-1250 art. 2: judgment of 1 March 2026 → new period from 1 Jan 2027, four years:
    # last day 31 Dec 2030 (not the 10 years of CPCE L111-4).
    claim = cr.Claim(
        Decimal("1000.00"), date(2025, 1, 10), "30 jours", debtor="public",
        events=[cr.Event(date(2026, 3, 1), "judgment")],
    )  # fmt: skip
    a = cr.assess(claim, date(2026, 3, 2))
    assert a.time_bar == date(2030, 12, 31)
    assert dict(a.basis)["time_bar"].startswith("loi n° 68-1250")
