"""The batch shortcuts of ``assess_many`` and the interest engine, checked against the slow paths.

``assess_many`` takes shortcuts that ``assess`` does not (plain claims sharing everything but
their amounts, a memoised dunning calendar, a lazily built interest breakdown), and the
interest engine cuts semester-bound schedules out of whole-semester ones. Every test here
compares a fast path with the straightforward one; the few literal figures are derived by
hand in the comment next to them.

Rates used (rows of src/creances/data): statutory 2025 H1 = ECB 3.15 % + 10 = 13.15 %.
A period from S to E inclusive has (E - S) + 1 days and earns base × rate × days / 36 500,
rounded to the cent half-up.
"""

from __future__ import annotations

import copy
import dataclasses
import decimal
import importlib
import inspect
import itertools
import pickle
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import creances as cr
from creances._money import CTX

# ``creances.assess`` is also the name of the function the package exports: fetch the modules.
assess_mod = importlib.import_module("creances.assess")
interest_mod = importlib.import_module("creances.interest")

D = Decimal
A = cr.ActionKind

FIRST_AS_OF = date(2023, 1, 1)
LAST_AS_OF = date(2026, 6, 15)  # the bundled rates are complete up to 16 June 2026
FIRST_ISSUE = date(2022, 6, 1)
TERMS = ("30 jours", "60 jours", "45 jours fin de mois", "fin de mois + 45 jours", "à réception")
# Besides wordings (parsed once, one object each): a term counted from delivery, due the same
# day as « 30 jours » when delivered on the invoice date but with another basis text, and
# equal term objects built anew for each claim.
DELIVERY_TERM = "30 jours après livraison"
FRESH_TERM = "PaymentTerm.days(30)"
SIMPLE_KINDS = ("reminder", "call", "formal_notice")
OTHER_KINDS = (
    "dispute",
    "dispute_resolved",
    "payment_plan",
    "judgment",
    "enforcement",
    "insolvency",
    "court_filing",
    "written_off",
    "acknowledgment",
)
# Every compared field but ``interest``: the fields known before the breakdown is built.
EAGER_FIELDS = tuple(
    f.name for f in dataclasses.fields(cr.Assessment) if f.compare and f.name != "interest"
)


def _clamp(day: date, low: date = FIRST_AS_OF, high: date = LAST_AS_OF) -> date:
    return min(max(day, low), high)


# -- a) assess_many == assess on batches built to hit the shortcuts -----------------------------

# Steps: offset, action, channel, tone, label.
POLICIES = (
    None,  # DunningPolicy.default()
    # Two calls, no preventive step, 15 days of formal notice.
    cr.DunningPolicy(
        steps=(
            cr.Step(7, "call", "phone", "courteous", "premier appel"),
            cr.Step(14, "call", "phone", "firm", "second appel"),
            cr.Step(30, "formal_notice", "registered_letter", "firm", "mise en demeure"),
            cr.Step(45, "judicial", "commissaire_de_justice", "firm", "judiciaire"),
        ),
        formal_notice_days=15,
    ),
    # Two preventive reminders, two reminders the same day, two formal notices, a low
    # small-claims ceiling and the 2026 procedure for uncontested commercial claims.
    cr.DunningPolicy(
        steps=(
            cr.Step(-10, "preventive_reminder", "email", "courteous", "préventif 1"),
            cr.Step(-2, "preventive_reminder", "email", "courteous", "préventif 2"),
            cr.Step(5, "reminder", "email", "courteous", "relance"),
            cr.Step(5, "final_reminder", "letter", "firm", "dernière relance"),
            cr.Step(40, "formal_notice", "registered_letter", "firm", "mise en demeure 1"),
            cr.Step(41, "formal_notice", "registered_letter", "firm", "mise en demeure 2"),
            cr.Step(60, "judicial", "commissaire_de_justice", "firm", "judiciaire"),
        ),
        formal_notice_days=0,
        small_claims_ceiling=D("1000.00"),
        uncontested_procedure=True,
        courteous_below=D("0.30"),
        firm_from=D("0.70"),
    ),
    # Straight to court, with a high ceiling.
    cr.DunningPolicy(
        steps=(cr.Step(20, "judicial", "commissaire_de_justice", "firm"),),
        small_claims_ceiling=D("20000"),
    ),
    # No calendar at all.
    cr.DunningPolicy(steps=()),
)
HISTORIES = (
    None,
    {"A": cr.PaymentHistory(10, 8)},
    {"A": cr.PaymentHistory(10, 0), "B": cr.PaymentHistory(4, 2)},
)
RULES = (
    None,
    cr.Statutory(split="none"),
    cr.Contractual(D("1")),  # below 3 × the legal rate: the floor applies
    cr.Contractual(D("20")),
    cr.PublicProcurement(),
    cr.LegalRate(),
    # Rate changes off the semester bounds: not cut out of whole semesters.
    cr.LegalRate(judgment_enforceable=date(2023, 3, 10)),
    cr.AfterJudgment(cr.Contractual(D("1")), date(2023, 5, 2)),
)
# Amounts on both sides of the 5 000 € small-claims ceiling, and very small or large ones.
EDGE_AMOUNTS = tuple(
    D(x) for x in ("0.01", "1.00", "999.99", "1000.00", "4999.99", "5000.00", "5000.01", "20000.00")
)
amounts = st.one_of(
    st.integers(4990_00, 5010_00).map(lambda n: D(n).scaleb(-2)),
    st.sampled_from(EDGE_AMOUNTS),
    st.integers(1, 2_000_000_00).map(lambda n: D(n).scaleb(-2)),
)
# Days around the due dates of a batch, as offsets from its first issue date (some fall
# after as_of, so that assess must drop them).
OFFSETS = (-10, 0, 20, 25, 37, 44, 52, 60, 75, 92, 120, 400)


@st.composite
def batches(draw: st.DrawFn) -> tuple[list[cr.Claim], date]:
    """2 to 15 claims with repeated due dates and events from a small set of days; as_of."""
    issues = draw(
        st.lists(
            st.dates(min_value=FIRST_ISSUE, max_value=LAST_AS_OF),
            min_size=1,
            max_size=3,
            unique=True,
        )
    )
    terms = draw(
        st.lists(
            st.sampled_from((*TERMS, DELIVERY_TERM, FRESH_TERM)),
            min_size=1,
            max_size=2,
            unique=True,
        )
    )
    debtors = draw(
        st.lists(
            st.sampled_from(("business", "public", "consumer")), min_size=1, max_size=2, unique=True
        )
    )
    anchor = issues[0]
    days = sorted(
        {
            anchor + timedelta(days=o)
            for o in draw(st.lists(st.sampled_from(OFFSETS), min_size=1, max_size=4))
        }
    )
    as_of = _clamp(
        draw(
            st.one_of(
                st.integers(-15, 200).map(lambda n: anchor + timedelta(days=n)),
                st.sampled_from(days),
                st.dates(min_value=FIRST_AS_OF, max_value=LAST_AS_OF),
            )
        )
    )
    claims = []
    for n in range(draw(st.integers(2, 15))):
        amount = draw(amounts)
        other = draw(st.integers(0, 3)) == 0  # now and then, events beyond the simple ones
        kinds = st.sampled_from(SIMPLE_KINDS + OTHER_KINDS if other else SIMPLE_KINDS)
        events = []
        for on, kind in draw(st.lists(st.tuples(st.sampled_from(days), kinds), max_size=4)):
            instalments: list[cr.Payment] = []
            enforceable = None
            if kind == "payment_plan":
                instalments = draw(
                    st.lists(
                        st.builds(
                            cr.Payment,
                            st.sampled_from(days),
                            st.sampled_from((D("100.00"), amount, amount + 1)),
                        ),
                        max_size=2,
                    )
                )
            elif kind == "judgment":
                delay = draw(st.one_of(st.none(), st.integers(0, 70)))
                enforceable = None if delay is None else on + timedelta(days=delay)
            events.append(cr.Event(on, kind, instalments=instalments, enforceable=enforceable))
        payments = []
        if draw(st.integers(0, 4)) == 0:  # now and then a payment, partial or not
            payments = draw(
                st.lists(
                    st.builds(
                        cr.Payment,
                        st.sampled_from(days),
                        st.sampled_from((D("0.01"), D("100.00"), amount, amount + 50)),
                    ),
                    min_size=1,
                    max_size=2,
                )
            )
        issued = draw(st.sampled_from(issues))
        wording = draw(st.sampled_from(terms))
        term: str | cr.PaymentTerm = wording
        delivered = None
        if wording == FRESH_TERM:
            term = cr.PaymentTerm.days(30)
        elif wording == DELIVERY_TERM:
            delivered = issued + timedelta(days=draw(st.sampled_from((0, 0, 3))))
        claims.append(
            cr.Claim(
                amount,
                issued,
                term,
                delivered=delivered,
                debtor=draw(st.sampled_from(debtors)),
                customer=draw(st.sampled_from(("A", "B"))),
                reference=f"F-{n}",
                payments=payments,
                events=events,
                rule=draw(st.sampled_from(RULES)) if draw(st.integers(0, 3)) == 0 else None,
            )
        )
    return claims, as_of


def _singles(
    claims: list[cr.Claim],
    as_of: date,
    policy: cr.DunningPolicy | None,
    histories: dict[str, cr.PaymentHistory] | None,
    imputation: str,
) -> list[cr.Assessment]:
    return [
        cr.assess(
            c,
            as_of,
            policy=policy,
            history=histories.get(c.customer) if histories else None,
            imputation=imputation,
        )
        for c in claims
    ]


def _check_batch(
    claims: list[cr.Claim],
    as_of: date,
    policy: cr.DunningPolicy | None,
    histories: dict[str, cr.PaymentHistory] | None,
    imputation: str,
) -> list[cr.Assessment]:
    many = cr.assess_many(claims, as_of, policy=policy, histories=histories, imputation=imputation)
    single = _singles(claims, as_of, policy, histories, imputation)
    assert len(many) == len(single) == len(claims)
    for i, (m, s) in enumerate(zip(many, single, strict=True)):
        # Before any breakdown is built: the eager figures, field by field.
        assert m.statement_row() == s.statement_row(), i
        for name in EAGER_FIELDS:
            assert getattr(m, name) == getattr(s, name), (i, name)
        # The eager interest figure is the one of the breakdown, on both paths.
        assert m.interest_due == m.interest.unpaid, i
        assert s.interest_due == s.interest.unpaid, i
        assert m.interest == s.interest, i
    assert many == single
    return many


# A batch, a policy, histories and an imputation.
BATCH_ARGS = (
    batches(),
    st.sampled_from(POLICIES),
    st.sampled_from(HISTORIES),
    st.sampled_from(("principal_first", "interest_first")),
)


@settings(max_examples=200)
@given(*BATCH_ARGS)
def test_assess_many_equals_assess_on_shortcut_batches(
    batch: tuple[list[cr.Claim], date],
    policy: cr.DunningPolicy | None,
    histories: dict[str, cr.PaymentHistory] | None,
    imputation: str,
) -> None:
    claims, as_of = batch
    _check_batch(claims, as_of, policy, histories, imputation)


@settings(max_examples=50)
@given(*BATCH_ARGS)
def test_assess_many_does_not_depend_on_the_order_of_the_batch(
    batch: tuple[list[cr.Claim], date],
    policy: cr.DunningPolicy | None,
    histories: dict[str, cr.PaymentHistory] | None,
    imputation: str,
) -> None:
    # The first claim of each key is the one assessed in full: reversing the batch changes
    # which claim that is, never a result.
    claims, as_of = batch
    forward = cr.assess_many(
        claims, as_of, policy=policy, histories=histories, imputation=imputation
    )
    backward = cr.assess_many(
        claims[::-1], as_of, policy=policy, histories=histories, imputation=imputation
    )
    assert [a.statement_row() for a in backward[::-1]] == [a.statement_row() for a in forward]
    assert backward[::-1] == forward


# -- b) the plain shortcut shares, and the next action still follows the amount ------------------

JAN15 = date(2025, 1, 15)  # « 30 jours » → due 14 Feb 2025 (16 days to 31 Jan + 14)
DUE = date(2025, 2, 14)
AS_OF = DUE + timedelta(days=60)  # 15 Apr 2025
TRIO = (D("1000.00"), D("4999.99"), D("20000.00"))
# 15 Feb → 15 Apr 2025 = 14 + 31 + 15 = 60 days at 13.15 %:
# 1 000.00 × 13.15 × 60 / 36 500 = 789 000 / 36 500 = 21.616… → 21.62
# 4 999.99 × 13.15 × 60 / 36 500 = 3 944 992.11 / 36 500 = 108.081… → 108.08
# 20 000.00 × 13.15 × 60 / 36 500 = 15 780 000 / 36 500 = 432.328… → 432.33
TRIO_INTEREST = (D("21.62"), D("108.08"), D("432.33"))
# The default calendar's amicable steps, all done: email D+7, call D+14, second email D+21,
# formal notice D+30 (16 Mar 2025).
AMICABLE_DONE = (
    cr.Event(DUE + timedelta(days=7), "reminder"),
    cr.Event(DUE + timedelta(days=14), "call"),
    cr.Event(DUE + timedelta(days=21), "reminder"),
    cr.Event(DUE + timedelta(days=30), "formal_notice"),
)
STRAIGHT_TO_COURT = cr.DunningPolicy(steps=(cr.Step(20, "judicial", "commissaire_de_justice"),))


@pytest.mark.parametrize(
    ("policy", "events", "judicial_on"),
    [
        # Judicial step at D+20 = 6 Mar 2025, no formal notice to wait for.
        pytest.param(STRAIGHT_TO_COURT, (), date(2025, 3, 6), id="no-events"),
        # Default calendar, every amicable step recorded: judicial step at D+45 = 31 Mar
        # 2025, later than the end of the notice's 8 days (16 Mar + 9 = 25 Mar).
        pytest.param(None, AMICABLE_DONE, date(2025, 3, 31), id="amicable-steps-done"),
    ],
)
def test_plain_claims_share_all_but_amounts(
    policy: cr.DunningPolicy | None,
    events: tuple[cr.Event, ...],
    judicial_on: date,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    claims = [
        cr.Claim(amount, JAN15, "30 jours", customer="ACME", reference=f"F-{i}", events=events)
        for i, amount in enumerate(TRIO)
    ]
    full_runs: list[cr.Claim] = []
    full = assess_mod._assess_full

    def counting(claim: cr.Claim, *args: Any, **kwargs: Any) -> cr.Assessment:
        full_runs.append(claim)
        return full(claim, *args, **kwargs)

    monkeypatch.setattr(assess_mod, "_assess_full", counting)
    many = cr.assess_many(claims, AS_OF, policy=policy)
    # Only the first claim went through the full assessment; the two others reused it.
    assert full_runs == [claims[0]]
    monkeypatch.undo()

    single = [cr.assess(c, AS_OF, policy=policy) for c in claims]
    assert [a.interest_due for a in many] == list(TRIO_INTEREST)
    assert [a.due for a in many] == [DUE] * 3
    assert [a.days_late for a in many] == [60] * 3
    # The later claims reuse the first one's amount-free parts: the same objects, not only
    # equal ones (the first claim keeps the tuple its full assessment built).
    assert many[0].basis == many[1].basis
    assert many[1].basis is many[2].basis
    assert many[0].warnings is many[1].warnings is many[2].warnings
    # Claimed = principal + interest (CPCE R125-1: « en principal et intérêts »):
    # 1 021.62 < 5 000 → procédure simplifiée des petites créances (CPCE L125-1);
    # 4 999.99 + 108.08 = 5 108.07 ≥ 5 000 and 20 432.33 ≥ 5 000 → injonction de payer
    # (CPC 1405), the default policy not opting in to the uncontested procedure.
    kinds = [a.next_action.kind for a in single if a.next_action is not None]
    assert kinds == [A.SMALL_CLAIMS, A.INJONCTION_DE_PAYER, A.INJONCTION_DE_PAYER]
    assert [a.next_action for a in many] == [a.next_action for a in single]
    assert all(a.next_action is not None and a.next_action.on == judicial_on for a in many)
    # The two claims above the ceiling share one memoised action.
    assert many[1].next_action is many[2].next_action
    assert [a.statement_row() for a in many] == [a.statement_row() for a in single]
    assert many == single


def test_plain_claims_without_events_below_the_judicial_step_share_the_reminder() -> None:
    # No event, default calendar: the first step not done is the email at D+7 = 21 Feb 2025
    # (the preventive one is skipped, as_of being past the due date), whatever the amount.
    claims = [cr.Claim(amount, JAN15, "30 jours") for amount in TRIO]
    many = cr.assess_many(claims, AS_OF)
    single = [cr.assess(c, AS_OF) for c in claims]
    assert [(a.next_action.kind, a.next_action.on) for a in single if a.next_action] == [
        (A.REMINDER, date(2025, 2, 21))
    ] * 3
    assert many == single


def test_first_claim_with_events_then_claims_without() -> None:
    # The first claim of the key has events: it is assessed in full, its event-free twin
    # is kept for the next ones. A public debtor: its reminders also move the time bar
    # (loi 68-1250, art. 2), a 2026 reminder giving 31 Dec 2030 instead of 31 Dec 2029.
    late = cr.Event(date(2026, 1, 10), "reminder")
    claims = [
        cr.Claim(D("3000.00"), JAN15, "30 jours", debtor="public", events=[late]),
        cr.Claim(D("3000.00"), JAN15, "30 jours", debtor="public"),
        cr.Claim(D("7000.00"), JAN15, "30 jours", debtor="public", events=AMICABLE_DONE),
    ]
    as_of = date(2026, 2, 1)
    many = _check_batch(claims, as_of, None, None, "principal_first")
    # Due 14 Feb 2025: four years from 1 Jan 2026 → 31 Dec 2029; the 2025 reminders and
    # notice of the third claim change nothing.
    assert [a.time_bar for a in many] == [
        date(2030, 12, 31),
        date(2029, 12, 31),
        date(2029, 12, 31),
    ]


# -- c) the lazy interest breakdown --------------------------------------------------------------

LAZY_CASES = [
    pytest.param(cr.Claim(D("1000.00"), JAN15, "30 jours"), id="plain"),
    pytest.param(
        cr.Claim(
            D("1000.00"),
            JAN15,
            "30 jours",
            payments=[cr.Payment(date(2025, 3, 1), D("400.00"))],
            events=[cr.Event(date(2025, 2, 21), "reminder")],
        ),
        id="partial-payment",
    ),
    pytest.param(
        cr.Claim(
            D("1000.00"),
            JAN15,
            "30 jours",
            payments=[cr.Payment(date(2025, 3, 20), D("300.00"))],
            events=[cr.Event(date(2025, 3, 10), "insolvency")],
        ),
        id="payment-after-insolvency",
    ),
    pytest.param(
        cr.Claim(
            D("1000.00"),
            JAN15,
            "30 jours",
            debtor="consumer",
            events=[cr.Event(date(2025, 2, 20), "formal_notice")],
        ),
        id="consumer-notice",
    ),
    pytest.param(
        cr.Claim(
            D("1000.00"),
            JAN15,
            "30 jours",
            rule=cr.Contractual(D("1")),
            events=[cr.Event(date(2025, 3, 1), "judgment", enforceable=date(2025, 3, 5))],
        ),
        id="contractual-judgment",
    ),
]


@pytest.mark.parametrize("claim", LAZY_CASES)
@pytest.mark.parametrize("imputation", ["principal_first", "interest_first"])
def test_lazy_interest(claim: cr.Claim, imputation: str) -> None:
    as_of = date(2025, 6, 1)
    (a,) = cr.assess_many([claim], as_of, imputation=imputation)
    reference = cr.assess(claim, as_of, imputation=imputation)
    # Not built yet: the slot is empty, the eager figure is known.
    with pytest.raises(AttributeError):
        cr.Assessment.interest.__get__(a, cr.Assessment)
    due = a.interest_due
    first = a.interest
    assert isinstance(first, cr.Interest)
    assert first == reference.interest
    assert a.interest is first  # the slot is filled once
    assert cr.Assessment.interest.__get__(a, cr.Assessment) is first
    assert due == first.unpaid == a.interest_due
    with pytest.raises(AttributeError, match="nonexistent"):
        getattr(a, "nonexistent")  # noqa: B009
    assert not hasattr(a, "interst")
    assert a == reference


@pytest.mark.parametrize("claim", LAZY_CASES)
def test_lazy_assessment_replace_pickle_copy_repr(claim: cr.Claim) -> None:
    as_of = date(2025, 6, 1)
    reference = cr.assess(claim, as_of)
    fresh = cr.assess_many([claim], as_of)
    # Each operation on an assessment whose breakdown was never read.
    changed = dataclasses.replace(fresh[0], total=D("1.23"))
    assert changed.total == D("1.23")
    assert changed.interest == reference.interest
    assert changed.interest_due == reference.interest_due
    assert dataclasses.replace(changed, total=reference.total) == reference

    restored = pickle.loads(pickle.dumps(cr.assess_many([claim], as_of)[0]))
    assert restored == reference
    assert restored.interest_due == reference.interest.unpaid

    assert copy.copy(cr.assess_many([claim], as_of)[0]) == reference
    assert copy.deepcopy(cr.assess_many([claim], as_of)[0]) == reference
    assert hash(cr.assess_many([claim], as_of)[0]) == hash(reference)

    text = repr(cr.assess_many([claim], as_of)[0])
    assert "interest=" in text
    assert "interest=Interest(" in text


# -- d) the slot-filling constructors ------------------------------------------------------------


def _all_slots_set(obj: object) -> None:
    for name in type(obj).__slots__:  # type: ignore[attr-defined]
        getattr(type(obj), name).__get__(obj, type(obj))  # raises if a slot is unset


def test_new_assessment_parameters_follow_the_slots() -> None:
    names = [n.lstrip("_") for n in cr.Assessment.__slots__ if n != "interest"]
    assert list(inspect.signature(assess_mod._new_assessment).parameters) == names
    assert cr.Assessment.__slots__ == tuple(f.name for f in dataclasses.fields(cr.Assessment))


@pytest.mark.parametrize("flags", [(True, False, True, False), (False, True, False, True)])
def test_new_assessment_equals_the_dataclass(flags: tuple[bool, bool, bool, bool]) -> None:
    claim = cr.Claim(
        D("1000.00"),
        JAN15,
        "30 jours",
        payments=[cr.Payment(date(2025, 3, 1), D("100.00"))],
        events=[cr.Event(date(2025, 2, 21), "reminder")],
    )
    as_of = date(2025, 6, 1)
    table = cr.Rates.default()
    interest = cr.assess(claim, as_of).interest  # what the lazy slot will compute
    action = cr.Action(A.CALL, date(2025, 3, 3), cr.Channel.PHONE, cr.Tone.FIRM, "appel", "b")
    # Distinct values in every slot, so that two swapped arguments cannot go unnoticed.
    values = {
        "claim": claim,
        "as_of": as_of,
        "due": DUE,
        "days_late": 107,
        "outstanding": D("900.00"),
        "indemnity": D("40.00"),
        "total": D("961.00"),
        "stage": cr.Stage.OVERDUE,
        "next_action": action,
        "time_bar": date(2030, 3, 1),
        "disputed": flags[0],
        "payment_plan": flags[1],
        "insolvency": flags[2],
        "written_off": flags[3],
        "basis": (("due", "x"), ("interest", "y")),
        "warnings": ("w",),
    }
    fast = assess_mod._new_assessment(*values.values(), (table, False), interest.unpaid)
    slow = cr.Assessment(**values, interest=interest)
    _all_slots_set(slow)
    for name in cr.Assessment.__slots__:
        if name != "interest":
            getattr(cr.Assessment, name).__get__(fast, cr.Assessment)
    for name, value in values.items():
        assert getattr(fast, name) is value, name
    assert fast.interest_due == interest.unpaid
    assert fast == slow
    _all_slots_set(fast)  # interest was filled by the comparison
    assert fast.interest == interest


def test_new_action_equals_the_dataclass() -> None:
    values = (
        A.FORMAL_NOTICE,
        date(2025, 3, 16),
        cr.Channel.REGISTERED_LETTER,
        cr.Tone.FIRM,
        "mise en demeure",
        "C. civ. 1344",
        date(2025, 3, 24),
    )
    names = [f.name for f in dataclasses.fields(cr.Action)]
    assert list(cr.Action.__slots__) == names
    assert list(inspect.signature(assess_mod._new_action).parameters) == names
    fast = assess_mod._new_action(*values)
    slow = cr.Action(**dict(zip(names, values, strict=True)))
    _all_slots_set(fast)
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert [getattr(fast, n) for n in names] == list(values)
    assert assess_mod._new_action(*values[:-1], None) == cr.Action(*values[:-1])


def test_new_interest_equals_the_dataclass() -> None:
    period = cr.InterestPeriod(
        date(2025, 2, 15), date(2025, 3, 1), 15, D("1000.00"), D("13.15"), D("5.40")
    )
    values = (
        D("5.40"),
        D("2.00"),
        D("700.00"),
        (period,),
        ("w",),
        D("0.50"),
        D("1000.00"),
        DUE,
        date(2025, 3, 1),
    )
    names = [f.name for f in dataclasses.fields(cr.Interest)]
    assert names == [
        "total",
        "paid",
        "principal_left",
        "periods",
        "warnings",
        "overpaid",
        "principal",
        "due",
        "until",
    ]
    assert list(cr.Interest.__slots__) == names
    fast = interest_mod._new_interest(*values)
    slow = cr.Interest(**dict(zip(names, values, strict=True)))
    _all_slots_set(fast)
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert [getattr(fast, n) for n in names] == list(values)
    assert fast.unpaid == D("3.40")  # 5.40 − 2.00


# -- e) schedules cut out of whole semesters == schedules computed day by day -------------------

FIRST_SCHEDULE_DAY = date(2016, 1, 1)
BOUNDARIES = tuple(
    d
    for y in range(2016, 2027)
    for d in (
        date(y, 1, 1),
        date(y, 2, 29) if y % 4 == 0 else date(y, 2, 28),
        date(y, 6, 30),
        date(y, 7, 1),
        date(y, 12, 31),
    )
    if d <= LAST_AS_OF
)
schedule_days = st.one_of(
    st.dates(min_value=FIRST_SCHEDULE_DAY, max_value=LAST_AS_OF), st.sampled_from(BOUNDARIES)
)
SEMESTER_BOUND = (
    cr.Statutory(),
    cr.Statutory(split="none"),
    cr.Statutory(D("7"), split="none"),
    cr.PublicProcurement(),
    cr.Contractual(D("1")),  # floor applies (3 × legal rate > 1 %)
    cr.Contractual(D("20")),
    cr.LegalRate(),
    cr.LegalRate(creditor="consumer"),
)


def test_the_rules_tested_are_semester_bound() -> None:
    assert all(interest_mod._semester_bound(r) for r in SEMESTER_BOUND)
    assert not interest_mod._semester_bound(cr.LegalRate(judgment_enforceable=DUE))


@settings(max_examples=300)
@given(
    st.sampled_from(SEMESTER_BOUND),
    st.lists(schedule_days, min_size=3, max_size=3).map(sorted),
    st.booleans(),
)
def test_cut_schedule_equals_raw_schedule(
    rule: interest_mod.Rule, days: list[date], actual: bool
) -> None:
    origin, start, until = days
    table = cr.Rates.default()
    with decimal.localcontext(CTX):
        cut = interest_mod._schedule(rule, origin, start, until, table, actual=actual)
        raw = interest_mod._schedule_raw(rule, origin, start, until, table, actual=actual)
    assert cut == raw
    segments = cut[0]
    # Contiguous cover of start..until, each segment's precomputed figures consistent.
    assert segments[0][0] == start
    assert segments[-1][1] == until
    for seg, nxt in itertools.pairwise(segments):
        assert nxt[0] == seg[1] + timedelta(days=1)
    for seg_start, seg_end, rate, _, denom, days_, rate_days, div in segments:
        assert days_ == (seg_end - seg_start).days + 1 > 0
        assert rate_days == rate * days_
        assert div == 100 * denom


# -- f) forcing the split schedule changes nothing for rules without warnings --------------------

interest_days = st.dates(min_value=FIRST_SCHEDULE_DAY, max_value=LAST_AS_OF)


@st.composite
def interest_cases(draw: st.DrawFn) -> dict[str, Any]:
    due, until = sorted(draw(st.lists(interest_days, min_size=2, max_size=2)))
    principal = draw(st.integers(1, 1_000_000_00).map(lambda n: D(n).scaleb(-2)))
    pay_days = st.dates(
        min_value=due - timedelta(days=60), max_value=min(until + timedelta(days=60), LAST_AS_OF)
    )
    payments = draw(
        st.lists(
            st.builds(
                cr.Payment,
                st.one_of(pay_days, st.sampled_from((due, until, due + timedelta(days=1)))),
                st.one_of(
                    st.integers(1, int(principal * 120)).map(lambda n: D(n).scaleb(-2)),
                    st.just(principal),
                ),
            ),
            min_size=1,
            max_size=3,
        )
    )
    judgment = draw(st.dates(min_value=due, max_value=until))
    rule = draw(
        st.sampled_from(
            (
                cr.Statutory(),
                cr.Statutory(split="none"),
                cr.PublicProcurement(),
                cr.LegalRate(),
                cr.LegalRate(creditor="consumer"),
                cr.LegalRate(judgment_enforceable=judgment),
                cr.AfterJudgment(cr.Statutory(), judgment),
            )
        )
    )
    return {
        "principal": principal,
        "due": due,
        "until": until,
        "rule": rule,
        "payments": payments,
        "imputation": draw(st.sampled_from(("interest_first", "principal_first"))),
        "day_count": draw(st.sampled_from((365, "actual"))),
    }


@settings(max_examples=300)
@given(interest_cases())
def test_split_schedule_equals_whole_schedule(case: dict[str, Any]) -> None:
    assert not interest_mod._may_warn(case["rule"])
    whole = cr.late_interest(**case)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(interest_mod, "_may_warn", lambda rule: True)
        split = cr.late_interest(**case)
    assert split == whole
    assert split.total == sum((p.amount for p in split.periods), D("0.00"))


# -- g) InterestPeriod is a named tuple ----------------------------------------------------------


def test_interest_period_is_a_named_tuple() -> None:
    assert issubclass(cr.InterestPeriod, tuple)
    assert cr.InterestPeriod._fields == (
        "start",
        "end",
        "days",
        "base",
        "rate",
        "amount",
        "basis",
        "day_count",
        "exact",
    )
    # due 14 Feb 2025, interest 15 Feb → 1 Mar = 15 days at 13.15 %:
    # 1 000 × 13.15 × 15 / 36 500 = 197 250 / 36 500 = 5.404… → 5.40
    interest = cr.late_interest(D("1000.00"), DUE, date(2025, 3, 1))
    (period,) = interest.periods
    start, end, days, base, rate, amount, basis, day_count, exact = period
    assert tuple(period) == (start, end, days, base, rate, amount, basis, day_count, exact)
    assert (start, end, days, base, rate, amount, day_count) == (
        date(2025, 2, 15),
        date(2025, 3, 1),
        15,
        D("1000.00"),
        D("13.15"),
        D("5.40"),
        365,
    )
    assert exact == D("197250") / D("36500")
    assert basis.startswith("C. com. L441-10 II")
    assert period._asdict()["amount"] == D("5.40")
    assert period == cr.InterestPeriod(*tuple(period))
