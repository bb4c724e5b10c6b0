"""Claims and events: construction, validation, order, immutability (API contract §4)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

import creances as cr

D = Decimal
ISSUED = date(2025, 1, 15)


def test_claim_defaults_and_term_text_parsed() -> None:
    c = cr.Claim(D("1200.00"), ISSUED, "30 jours")
    # The wording is parsed once, at construction, into the same value as the constructor.
    assert c.term == cr.PaymentTerm.days(30)
    assert (c.debtor, c.customer, c.reference, c.delivered, c.rule) == (
        "business",
        "",
        "",
        None,
        None,
    )
    assert (c.payments, c.events) == ((), ())
    assert c.amount == D("1200.00")


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        pytest.param("45 jours fin de mois", cr.PaymentTerm.end_of_month(45), id="45-fdm"),
        pytest.param(
            "fin de mois + 45 jours", cr.PaymentTerm.end_of_month(45, "eom_then_add"), id="fdm-45"
        ),
        pytest.param("à réception", cr.PaymentTerm.on_receipt(), id="on-receipt"),
        pytest.param(cr.PaymentTerm.days(60), cr.PaymentTerm.days(60), id="term-object"),
    ],
)
def test_claim_term_forms(term: cr.PaymentTerm | str, expected: cr.PaymentTerm) -> None:
    assert cr.Claim(D(100), ISSUED, term).term == expected


def test_claim_int_amount_is_converted() -> None:
    # api.md conventions: an int is accepted and converted to Decimal.
    c = cr.Claim(1200, ISSUED, "30 jours")
    assert isinstance(c.amount, Decimal)
    assert c.amount == D(1200)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        pytest.param({"amount": 1200.0}, cr.InvalidAmountError, id="float-amount"),
        pytest.param({"amount": "1200.00"}, cr.InvalidAmountError, id="str-amount"),
        pytest.param({"amount": D("-1.00")}, cr.InvalidAmountError, id="negative-amount"),
        pytest.param({"amount": D("0.00")}, cr.InvalidInputError, id="zero-amount"),
        pytest.param({"amount": 0}, cr.InvalidInputError, id="zero-int-amount"),
        pytest.param({"amount": D("NaN")}, cr.InvalidAmountError, id="nan-amount"),
        pytest.param({"amount": True}, cr.InvalidAmountError, id="bool-amount"),
        pytest.param(
            {"issued": datetime(2025, 1, 15, 9, 0, tzinfo=UTC)},
            cr.InvalidDateError,
            id="datetime-issued",
        ),
        pytest.param({"issued": "2025-01-15"}, cr.InvalidDateError, id="str-issued"),
        pytest.param({"term": "sous huitaine"}, cr.UnknownTermError, id="unknown-term"),
        pytest.param({"term": 30}, cr.InvalidInputError, id="int-term"),
        pytest.param({"debtor": "company"}, cr.InvalidInputError, id="unknown-debtor"),
        pytest.param({"customer": 42}, cr.InvalidInputError, id="int-customer"),
        pytest.param({"reference": None}, cr.InvalidInputError, id="none-reference"),
        pytest.param(
            {"delivered": datetime(2025, 1, 10, tzinfo=UTC)},
            cr.InvalidDateError,
            id="datetime-delivered",
        ),
        pytest.param(
            {"payments": [(date(2025, 2, 1), D(100))]}, cr.InvalidInputError, id="tuple-payment"
        ),
        pytest.param(
            {"events": [(date(2025, 2, 1), "reminder")]}, cr.InvalidInputError, id="tuple-event"
        ),
        pytest.param({"rule": "statutory"}, cr.InvalidInputError, id="str-rule"),
    ],
)
def test_claim_rejects_bad_input(kwargs: dict[str, object], error: type[Exception]) -> None:
    args: dict[str, object] = {"amount": D("1200.00"), "issued": ISSUED, "term": "30 jours"}
    args.update(kwargs)
    amount, issued, term = args.pop("amount"), args.pop("issued"), args.pop("term")
    with pytest.raises(error) as info:
        cr.Claim(amount, issued, term, **args)  # type: ignore[arg-type]
    assert isinstance(info.value, cr.CreancesError)


@pytest.mark.parametrize(
    "debtor", [pytest.param(d, id=d) for d in ("business", "consumer", "public")]
)
def test_claim_debtor_kinds(debtor: str) -> None:
    assert cr.Claim(D(100), ISSUED, "30 jours", debtor=debtor).debtor == debtor


def test_claim_accepts_a_rule() -> None:
    rule = cr.Contractual(D("15.00"))
    assert cr.Claim(D(100), ISSUED, "30 jours", rule=rule).rule == rule


def test_events_and_payments_are_sorted_by_date() -> None:
    c = cr.Claim(
        D("1000.00"),
        ISSUED,
        "30 jours",
        payments=[cr.Payment(date(2025, 3, 1), D(100)), cr.Payment(date(2025, 2, 1), D(200))],
        events=(
            e
            for e in [
                cr.Event(date(2025, 3, 16), "formal_notice"),
                cr.Event(date(2025, 2, 21), cr.EventKind.REMINDER),
                cr.Event(date(2025, 2, 28), "call"),
            ]
        ),
    )
    assert [p.on for p in c.payments] == [date(2025, 2, 1), date(2025, 3, 1)]
    assert [e.kind for e in c.events] == [
        cr.EventKind.REMINDER,
        cr.EventKind.CALL,
        cr.EventKind.FORMAL_NOTICE,
    ]
    assert isinstance(c.payments, tuple)
    assert isinstance(c.events, tuple)


def test_claim_is_immutable_and_hashable() -> None:
    c = cr.Claim(D("1200.00"), ISSUED, "30 jours", customer="ACME")
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.amount = D(1)  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.events = ()  # type: ignore[misc]
    same = cr.Claim(D("1200.00"), ISSUED, cr.PaymentTerm.days(30), customer="ACME")
    assert c == same
    assert hash(c) == hash(same)
    assert c != cr.Claim(D("1200.00"), ISSUED, "30 jours", customer="OTHER")


# -- events ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind",
    [
        pytest.param(k, id=k)
        for k in (
            "reminder", "call", "formal_notice", "payment_plan", "dispute", "dispute_resolved",
            "acknowledgment", "court_filing", "judgment", "enforcement", "insolvency",
            "written_off",
        )
    ],
)  # fmt: skip
def test_event_kinds_by_value(kind: str) -> None:
    e = cr.Event(date(2025, 2, 21), kind)
    assert e.kind == cr.EventKind(kind)
    assert isinstance(e.kind, cr.EventKind)


def test_event_kind_members_of_the_contract() -> None:
    # api.md §4 lists ten kinds; the library adds dispute_resolved and acknowledgment.
    contract = {
        "REMINDER": "reminder", "CALL": "call", "FORMAL_NOTICE": "formal_notice",
        "PAYMENT_PLAN": "payment_plan", "DISPUTE": "dispute", "COURT_FILING": "court_filing",
        "JUDGMENT": "judgment", "ENFORCEMENT": "enforcement", "INSOLVENCY": "insolvency",
        "WRITTEN_OFF": "written_off",
    }  # fmt: skip
    for name, value in contract.items():
        assert cr.EventKind[name].value == value


def test_event_payment_plan_instalments_sorted() -> None:
    plan = cr.Event(
        date(2025, 3, 1),
        "payment_plan",
        instalments=[cr.Payment(date(2025, 5, 15), D(500)), cr.Payment(date(2025, 4, 15), D(500))],
    )
    assert [p.on for p in plan.instalments] == [date(2025, 4, 15), date(2025, 5, 15)]


def test_event_judgment_enforceable() -> None:
    j = cr.Event(date(2025, 6, 16), "judgment", enforceable=date(2025, 7, 1), note="TC Paris")
    assert (j.enforceable, j.note) == (date(2025, 7, 1), "TC Paris")


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        pytest.param((date(2025, 2, 1), "relance"), {}, cr.InvalidInputError, id="unknown-kind"),
        pytest.param((date(2025, 2, 1), "Reminder"), {}, cr.InvalidInputError, id="wrong-case"),
        pytest.param((date(2025, 2, 1), None), {}, cr.InvalidInputError, id="none-kind"),
        pytest.param(
            (datetime(2025, 2, 1, tzinfo=UTC), "reminder"),
            {},
            cr.InvalidDateError,
            id="datetime-on",
        ),
        pytest.param(("2025-02-01", "reminder"), {}, cr.InvalidDateError, id="str-on"),
        pytest.param(
            (date(2025, 2, 1), "payment_plan"),
            {"instalments": [(date(2025, 3, 1), D(100))]},
            cr.InvalidInputError,
            id="tuple-instalment",
        ),
        pytest.param(
            (date(2025, 2, 1), "reminder"),
            {"instalments": [cr.Payment(date(2025, 3, 1), D(100))]},
            cr.InvalidInputError,
            id="instalments-not-a-plan",
        ),
        pytest.param(
            (date(2025, 2, 1), "reminder"), {"note": 42}, cr.InvalidInputError, id="int-note"
        ),
        pytest.param(
            (date(2025, 2, 1), "judgment"),
            {"enforceable": "2025-03-01"},
            cr.InvalidDateError,
            id="str-enforceable",
        ),
    ],
)
def test_event_rejects_bad_input(
    args: tuple[object, ...], kwargs: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error) as info:
        cr.Event(*args, **kwargs)  # type: ignore[arg-type]
    assert isinstance(info.value, cr.CreancesError)


@pytest.mark.parametrize(
    ("on", "amount", "error"),
    [
        pytest.param(date(2025, 2, 1), 100.0, cr.InvalidAmountError, id="float"),
        pytest.param(date(2025, 2, 1), "100", cr.InvalidAmountError, id="str"),
        pytest.param(date(2025, 2, 1), D(-5), cr.InvalidAmountError, id="negative"),
        pytest.param(date(2025, 2, 1), D(0), cr.InvalidInputError, id="zero"),
        pytest.param(datetime(2025, 2, 1, tzinfo=UTC), D(5), cr.InvalidDateError, id="datetime"),
    ],
)
def test_payment_rejects_bad_input(on: object, amount: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        cr.Payment(on, amount)  # type: ignore[arg-type]


def test_event_is_immutable() -> None:
    e = cr.Event(date(2025, 2, 21), "reminder")
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.kind = cr.EventKind.CALL  # type: ignore[misc]
    assert e == cr.Event(date(2025, 2, 21), cr.EventKind.REMINDER)


# -- amounts are to the cent ---------------------------------------------------------------


def test_int_amounts_become_cents() -> None:
    claim = cr.Claim(1000, date(2024, 1, 1), "30 jours")
    assert claim.amount == Decimal("1000.00")
    assert str(claim.amount) == "1000.00"
    assert str(cr.Payment(date(2024, 2, 1), 5).amount) == "5.00"


@pytest.mark.parametrize(
    "amount",
    [
        pytest.param(Decimal("10.005"), id="half-cent"),
        pytest.param(Decimal("0.001"), id="tenth-of-cent"),
        pytest.param(Decimal("0.00"), id="zero"),
    ],
)
def test_fractions_of_a_cent_and_zero_are_refused(amount: Decimal) -> None:
    with pytest.raises(cr.InvalidAmountError):
        cr.Claim(amount, date(2024, 1, 1), "30 jours")
    with pytest.raises(cr.InvalidAmountError):
        cr.Payment(date(2024, 1, 1), amount)


def test_trailing_zeros_beyond_the_cent_are_accepted() -> None:
    # 12.500 is a whole number of cents: accepted and normalised to 12.50
    assert str(cr.Claim(Decimal("12.500"), date(2024, 1, 1), "30 jours").amount) == "12.50"
