"""Portfolio views: assess_many, aged balance, the D441-6 table, priorities, HTML reprs.

Claims « à réception » are due on their invoice date, so a claim issued k days before
``as_of`` is exactly k days late: (as_of − due).days = k. Expected figures are derived in the
comments; statutory rate 2025 H1 13.15 %.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

import creances as cr

D = Decimal
AS_OF = date(2025, 6, 30)


def late(
    days: int, amount: str, customer: str = "A", reference: str = "", **kw: object
) -> cr.Claim:
    """A claim due ``days`` days before AS_OF (negative: due after it)."""
    return cr.Claim(
        D(amount),
        AS_OF - timedelta(days=days),
        "à réception",
        customer=customer,
        reference=reference,
        **kw,  # type: ignore[arg-type]
    )


# -- aged balance ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        pytest.param(0, "not_due", id="0-due-today"),
        pytest.param(1, "1-30", id="1"),
        pytest.param(30, "1-30", id="30"),
        pytest.param(31, "31-60", id="31"),
        pytest.param(60, "31-60", id="60"),
        pytest.param(61, "61-90", id="61"),
        pytest.param(90, "61-90", id="90"),
        pytest.param(91, "91+", id="91"),
        pytest.param(400, "91+", id="400"),
    ],
)
def test_aged_balance_bucket_boundaries(days: int, bucket: str) -> None:
    balance = cr.aged_balance([late(days, "100.00")], AS_OF)
    assert list(balance.by_bucket) == ["not_due", "1-30", "31-60", "61-90", "91+"]
    assert {k: str(v) for k, v in balance.by_bucket.items() if v} == {bucket: "100.00"}
    assert balance.counts[bucket] == 1
    assert sum(balance.counts.values()) == 1
    assert balance.total == D("100.00")


PORTFOLIO = [
    late(0, "100.00", "A"),
    late(1, "200.00", "A"),
    late(30, "300.00", "B"),
    late(31, "400.00", "A"),
    late(60, "500.00", "B"),
    late(61, "600.00", "A"),
    late(90, "700.00", "B"),
    late(91, "800.00", "A"),
    # settled on its due date: left out, and customer C (nothing else) does not appear
    late(45, "999.00", "C", payments=[cr.Payment(AS_OF - timedelta(days=45), D("999.00"))]),
]


def test_aged_balance_totals_and_customers() -> None:
    b = cr.aged_balance(PORTFOLIO, AS_OF)
    # not_due 100; 1-30: 200 + 300 = 500; 31-60: 400 + 500 = 900; 61-90: 600 + 700 = 1 300;
    # 91+: 800; total 100 + 500 + 900 + 1 300 + 800 = 3 600.
    assert {k: str(v) for k, v in b.by_bucket.items()} == {
        "not_due": "100.00",
        "1-30": "500.00",
        "31-60": "900.00",
        "61-90": "1300.00",
        "91+": "800.00",
    }
    assert b.total == D("3600.00")
    assert dict(b.counts) == {"not_due": 1, "1-30": 2, "31-60": 2, "61-90": 2, "91+": 1}
    assert list(b.by_customer) == ["A", "B"]
    # A: 100 | 200 | 400 | 600 | 800 (2 100); B: 0 | 300 | 500 | 700 | 0 (1 500)
    assert {k: str(v) for k, v in b.by_customer["A"].items()} == {
        "not_due": "100.00",
        "1-30": "200.00",
        "31-60": "400.00",
        "61-90": "600.00",
        "91+": "800.00",
    }
    assert {k: str(v) for k, v in b.by_customer["B"].items()} == {
        "not_due": "0.00",
        "1-30": "300.00",
        "31-60": "500.00",
        "61-90": "700.00",
        "91+": "0.00",
    }
    assert sum(b.by_customer["A"].values()) + sum(b.by_customer["B"].values()) == b.total
    assert b.as_of == AS_OF


def test_aged_balance_is_immutable() -> None:
    b = cr.aged_balance(PORTFOLIO, AS_OF)
    with pytest.raises(TypeError):
        b.by_bucket["91+"] = D(0)  # type: ignore[index]
    with pytest.raises(TypeError):
        b.by_customer["A"]["91+"] = D(0)  # type: ignore[index]


def test_aged_balance_outstanding_is_after_interest_first_imputation() -> None:
    # 1 000 due 31 Mar 2025 (91 days before AS_OF), 500 paid on 10 Apr: interest 1 → 10 Apr
    # = 10 days: 1 000 × 13.15 × 10 / 36 500 = 131 500 / 36 500 = 3.602… → 3.60; the 500 pays
    # 3.60 of interest and 496.40 of principal: 1 000 − 496.40 = 503.60 outstanding.
    claim = late(91, "1000.00", payments=[cr.Payment(date(2025, 4, 10), D("500.00"))])
    b = cr.aged_balance([claim], AS_OF, imputation="interest_first")
    assert b.by_bucket["91+"] == D("503.60")


def test_aged_balance_accepts_assessments() -> None:
    done = cr.assess_many(PORTFOLIO[:4], AS_OF)
    mixed = cr.aged_balance([*done, *PORTFOLIO[4:]], AS_OF)
    assert mixed == cr.aged_balance(PORTFOLIO, AS_OF)


def test_aged_balance_custom_buckets() -> None:
    claims = [late(15, "1.00"), late(16, "2.00"), late(45, "4.00"), late(46, "8.00")]
    b = cr.aged_balance(claims, AS_OF, buckets=(15, 45))
    # 15 → 1-15; 16 and 45 → 16-45 (2 + 4); 46 → 46+
    assert {k: str(v) for k, v in b.by_bucket.items()} == {
        "not_due": "0.00",
        "1-15": "1.00",
        "16-45": "6.00",
        "46+": "8.00",
    }
    # (30,): 15 and 16 → 1-30 (1 + 2); 45 and 46 → 31+ (4 + 8)
    one = cr.aged_balance(claims, AS_OF, buckets=(30,))
    assert {k: str(v) for k, v in one.by_bucket.items()} == {
        "not_due": "0.00",
        "1-30": "3.00",
        "31+": "12.00",
    }


@pytest.mark.parametrize(
    "buckets",
    [
        pytest.param((), id="empty"),
        pytest.param([30, 60, 90], id="list"),
        pytest.param((60, 30), id="decreasing"),
        pytest.param((30, 30), id="repeated"),
        pytest.param((0, 30), id="zero"),
        pytest.param((-5,), id="negative"),
        pytest.param((30.0,), id="float"),
        pytest.param((True,), id="bool"),
        pytest.param("30,60", id="str"),
    ],
)
def test_aged_balance_invalid_buckets(buckets: object) -> None:
    with pytest.raises(cr.InvalidInputError):
        cr.aged_balance(PORTFOLIO, AS_OF, buckets=buckets)  # type: ignore[arg-type]


def test_aged_balance_empty() -> None:
    b = cr.aged_balance([], AS_OF)
    assert b.total == D("0.00")
    assert dict(b.by_customer) == {}


def test_aged_balance_leaves_out_future_and_written_off_invoices() -> None:
    # issued 10 days after the closing date: not a receivable yet; written off: out of the
    # books. Only the 100.00 € invoice issued 5 days before, due on receipt, is aged (1-30).
    future = late(-10, "700.00", reference="FUT")
    off = late(200, "300.00", reference="OFF", events=[cr.Event(AS_OF, "written_off")])
    kept = late(5, "100.00", reference="K")
    balance = cr.aged_balance([future, off, kept], AS_OF)
    assert balance.total == D("100.00")
    assert balance.by_bucket["1-30"] == D("100.00")
    # the same through assessments
    assessed = cr.assess_many([future, off, kept], AS_OF)
    assert cr.aged_balance(assessed, AS_OF) == balance
    # assessments of another day are refused
    with pytest.raises(cr.InvalidInputError, match="cannot be aged"):
        cr.aged_balance(assessed, AS_OF + timedelta(days=1))


def test_prioritize_rejects_claims() -> None:
    with pytest.raises(cr.InvalidInputError, match="assessments must hold"):
        cr.prioritize([late(5, "100.00")])  # type: ignore[list-item]


def test_aged_balance_needs_rates_only_under_interest_first() -> None:
    # 1 May → 1 Sep 2026 = 123 days: 91+. With payments imputed on the principal first (the
    # default) the outstanding principal is the amount less payments: no rate is needed even
    # beyond the bundled tables.
    claim = cr.Claim(D("100.00"), date(2026, 5, 1), "à réception")
    paid = cr.Claim(
        D("100.00"),
        date(2026, 5, 1),
        "à réception",
        payments=[cr.Payment(date(2026, 6, 1), D("30.00"))],
    )
    assert cr.aged_balance([claim, paid], date(2026, 9, 1)).by_bucket["91+"] == D("170.00")
    report = cr.payment_terms_report([claim, paid], date(2026, 9, 1))
    assert report.amount["91+"] == D("170.00")
    # Interest first (C. civ. 1343-1): the principal depends on the interest, hence on rates.
    with pytest.raises(cr.RateUnavailableError):
        cr.aged_balance([claim], date(2026, 9, 1), imputation="interest_first")
    rates = cr.Rates.default().with_ecb_until(date(2026, 9, 1))  # hypothetical: ECB unchanged
    balance = cr.aged_balance([claim], date(2026, 9, 1), rates=rates, imputation="interest_first")
    assert balance.by_bucket["91+"] == D("100.00")


def test_aged_balance_rejects_junk_items() -> None:
    with pytest.raises(cr.InvalidInputError, match="claims must hold"):
        cr.aged_balance(["F-1"], date(2026, 9, 1))  # type: ignore[list-item]


def test_positions_equal_assessments() -> None:
    # The direct principal-first computation matches assess_many on the test portfolio.
    direct = cr.aged_balance(PORTFOLIO, AS_OF)
    assessed = cr.aged_balance(cr.assess_many(PORTFOLIO, AS_OF), AS_OF)
    assert direct == assessed


# -- the D441-6 table ----------------------------------------------------------------------------

CLOSING = AS_OF
REPORT_CLAIMS = [
    late(10, "1000.00", reference="F1"),  # 1-30
    late(45, "2000.00", reference="F2"),  # 31-60
    # 3 000 with 500 paid on its due date (before any interest): 2 500 unpaid, 61-90
    late(75, "3000.00", reference="F3", payments=[cr.Payment(AS_OF - timedelta(days=75), D(500))]),
    late(120, "4000.00", reference="F4"),  # 91+
    # disputed (litigieuse): excluded from the table and reported apart
    late(40, "1500.00", reference="F5", events=[cr.Event(AS_OF - timedelta(days=20), "dispute")]),
    late(0, "700.00", reference="F6"),  # due today: not late
    late(-5, "800.00", reference="F7"),  # not due
    # settled
    late(50, "900.00", reference="F8", payments=[cr.Payment(AS_OF - timedelta(days=50), D(900))]),
]


def test_payment_terms_report_counts_amounts_shares() -> None:
    r = cr.payment_terms_report(REPORT_CLAIMS, CLOSING, turnover=100_000)
    assert dict(r.count) == {"1-30": 1, "31-60": 1, "61-90": 1, "91+": 1, "total": 4}
    # total 1 000 + 2 000 + 2 500 + 4 000 = 9 500
    assert {k: str(v) for k, v in r.amount.items()} == {
        "1-30": "1000.00",
        "31-60": "2000.00",
        "61-90": "2500.00",
        "91+": "4000.00",
        "total": "9500.00",
    }
    # share of a 100 000 € turnover: 1.00 %, 2.00 %, 2.50 %, 4.00 %, 9.50 %
    assert r.share is not None
    assert {k: str(v) for k, v in r.share.items()} == {
        "1-30": "1.00",
        "31-60": "2.00",
        "61-90": "2.50",
        "91+": "4.00",
        "total": "9.50",
    }
    assert (r.excluded_count, r.excluded_amount) == (1, D("1500.00"))
    assert r.as_of == CLOSING


def test_payment_terms_report_share_rounding() -> None:
    r = cr.payment_terms_report(REPORT_CLAIMS, CLOSING, turnover=D("30000.00"))
    assert r.share is not None
    # 1 000 / 30 000 = 3.333… → 3.33; 2 000 → 6.666… → 6.67; 2 500 → 8.333… → 8.33;
    # 4 000 → 13.333… → 13.33; total 9 500 / 30 000 = 31.666… → 31.67 (each share rounded
    # from its own amount: not the sum 31.66 of the rounded shares)
    assert {k: str(v) for k, v in r.share.items()} == {
        "1-30": "3.33",
        "31-60": "6.67",
        "61-90": "8.33",
        "91+": "13.33",
        "total": "31.67",
    }


def test_payment_terms_report_without_turnover() -> None:
    assert cr.payment_terms_report(REPORT_CLAIMS, CLOSING, turnover=None).share is None


@pytest.mark.parametrize(
    "turnover",
    [
        pytest.param(100_000.0, id="float"),
        pytest.param("100000", id="str"),
        pytest.param(-1, id="negative"),
    ],
)
def test_payment_terms_report_bad_turnover(turnover: object) -> None:
    with pytest.raises(cr.InvalidAmountError):
        cr.payment_terms_report(REPORT_CLAIMS, CLOSING, turnover=turnover)  # type: ignore[arg-type]


def test_payment_terms_report_resolved_dispute_is_counted() -> None:
    claim = late(
        40,
        "1500.00",
        events=[
            cr.Event(AS_OF - timedelta(days=20), "dispute"),
            cr.Event(AS_OF - timedelta(days=5), "dispute_resolved"),
        ],
    )
    r = cr.payment_terms_report([claim], CLOSING)
    assert (r.count["31-60"], r.excluded_count) == (1, 0)


# -- prioritize ------------------------------------------------------------------------------------

# X: A, 1 000, 91 days late; Z: A, 3 000, 40 days; Y: B, 5 000, 10 days.
# Interest at 13.15 % stays far below the gaps between the amounts (≤ 1 000 × 0.1315 × 91/365
# ≈ 33 on X, ≈ 43 on Z, ≈ 18 on Y), so totals are ordered Y > Z > X, and the balance of
# customer B (≈ 5 058) exceeds that of A (≈ 1 073 + 3 083 = 4 156).
X = late(91, "1000.00", "A", reference="X")
Z = late(40, "3000.00", "A", reference="Z")
Y = late(10, "5000.00", "B", reference="Y")
SETTLED = late(
    20, "50.00", "B", reference="S", payments=[cr.Payment(AS_OF - timedelta(days=20), D(50))]
)
# consumer without formal notice, due 10 Jan 2022: time-barred since 11 Jan 2024 (L218-2)
BARRED = cr.Claim(D("9000.00"), date(2022, 1, 10), "à réception", debtor="consumer", reference="T")
WRITTEN_OFF = late(
    200, "7000.00", "C", reference="W", events=[cr.Event(date(2025, 6, 1), "written_off")]
)


@pytest.mark.parametrize(
    ("by", "order"),
    [
        pytest.param("age", ["X", "Z", "Y"], id="age"),
        pytest.param("amount", ["Y", "Z", "X"], id="amount"),
        # B's balance first (Y), then A's claims by age (X 91 days, Z 40 days)
        pytest.param("customer_balance", ["Y", "X", "Z"], id="customer-balance"),
    ],
)
def test_prioritize(by: str, order: list[str]) -> None:
    assessments = cr.assess_many([SETTLED, Z, BARRED, Y, WRITTEN_OFF, X], AS_OF)
    assert assessments[2].stage == cr.Stage.TIME_BARRED
    ranked = cr.prioritize(assessments, by=by)
    assert [a.claim.reference for a in ranked] == order


def test_prioritize_ties_by_reference() -> None:
    same = [late(30, "100.00", reference=r) for r in ("b", "c", "a")]
    ranked = cr.prioritize(cr.assess_many(same, AS_OF))
    assert [a.claim.reference for a in ranked] == ["a", "b", "c"]


def test_prioritize_default_is_age_and_rejects_unknown_criteria() -> None:
    assessments = cr.assess_many([Y, X], AS_OF)
    assert [a.claim.reference for a in cr.prioritize(assessments)] == ["X", "Y"]
    with pytest.raises(cr.InvalidInputError):
        cr.prioritize(assessments, by="risk")


# -- assess_many ---------------------------------------------------------------------------------


def test_assess_many_same_as_assess_with_shared_terms_and_histories() -> None:
    claims = [late(10, "100.00", "A"), late(10, "200.00", "B"), late(40, "300.00", "A")]
    histories = {"A": cr.PaymentHistory(20, 15)}
    policy = cr.DunningPolicy.default()
    many = cr.assess_many(claims, AS_OF, policy=policy, histories=histories)
    one = [cr.assess(c, AS_OF, policy=policy, history=histories.get(c.customer)) for c in claims]
    assert many == one
    # A repeat late payer (15 / 20) gets a firm first reminder; B has no history: courteous.
    assert [a.next_action.tone for a in many if a.next_action][:2] == [
        cr.Tone.FIRM,
        cr.Tone.COURTEOUS,
    ]


@pytest.mark.parametrize(
    ("claims", "kwargs"),
    [
        pytest.param([X, "claim"], {}, id="not-a-claim"),
        pytest.param([X], {"policy": object()}, id="bad-policy"),
        pytest.param([X], {"rates": "bundled"}, id="bad-rates"),
        pytest.param([X], {"histories": [("A", None)]}, id="histories-not-a-mapping"),
        pytest.param([X], {"histories": {X.customer: (10, 8)}}, id="history-not-a-history"),
    ],
)
def test_assess_many_rejects_bad_input(claims: list[object], kwargs: dict[str, object]) -> None:
    with pytest.raises(cr.InvalidInputError):
        cr.assess_many(claims, AS_OF, **kwargs)  # type: ignore[arg-type]


def test_assess_many_accepts_any_iterable() -> None:
    assert len(cr.assess_many(iter([X, Y]), AS_OF)) == 2
    assert cr.assess_many([], AS_OF) == []


# -- HTML reprs ------------------------------------------------------------------------------------


def test_aged_balance_html() -> None:
    html = cr.aged_balance(PORTFOLIO, AS_OF)._repr_html_()
    assert isinstance(html, str)
    assert html.startswith("<table>")
    for text in ("91+", "A", "B", "1300.00", "3600.00", "2100.00", "1500.00"):
        assert text in html


def test_assessment_and_interest_html() -> None:
    # 1 000 due 31 Mar 2025 (91 days late): 1 Apr → 30 Jun = 30 + 31 + 30 = 91 days at 13.15:
    # 1 000 × 13.15 × 91 / 36 500 = 1 196 650 / 36 500 = 32.784… → 32.78; total 1 072.78.
    a = cr.assess(X, AS_OF)
    html = a._repr_html_()
    assert isinstance(html, str)
    for text in ("X", "2025-03-31", "1000.00", "32.78", "40.00", "1072.78", "overdue", "13.15"):
        assert text in html
    ihtml = a.interest._repr_html_()
    assert "32.78" in ihtml
    assert "13.15" in ihtml
    assert "<table>" in ihtml


def test_html_escapes_customer_names() -> None:
    claim = late(10, "100.00", "<Dupont & Fils>")
    html = cr.aged_balance([claim], AS_OF)._repr_html_()
    assert "&lt;Dupont &amp; Fils&gt;" in html
    assert "<Dupont" not in html


def test_zero_turnover_is_refused() -> None:
    with pytest.raises(cr.InvalidInputError, match="turnover must be positive"):
        cr.payment_terms_report([late(40, "100.00")], AS_OF, turnover=0)
