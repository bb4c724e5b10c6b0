"""Claims (« créances »): an invoice, who owes it, what was paid and what happened since.

A :class:`Claim` is an immutable value: the amount TTC (interest is computed on the amount
including VAT, the practice of bpifrance-creation and legalstart, no text saying otherwise),
the issue date, the payment term (a :class:`~creances.terms.PaymentTerm` or its French
wording), the kind of debtor, the payments received and the :class:`Event` s of the
collection process (reminders, formal notice, court filing, judgment...).

>>> from datetime import date
>>> from decimal import Decimal
>>> from creances.claims import Claim, Event
>>> c = Claim(Decimal("1200.00"), date(2025, 1, 15), "30 jours", customer="ACME",
...           events=[Event(date(2025, 2, 20), "reminder")])
>>> c.events[0].kind
<EventKind.REMINDER: 'reminder'>
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from ._validate import (
    check_cents,
    check_choice,
    check_date,
    check_items,
    check_optional_date,
)
from .errors import InvalidInputError
from .indemnity import DEBTOR_KINDS
from .interest import _RULE_TYPES, Payment, Rule
from .terms import PaymentTerm, parse_term

__all__ = ["Claim", "Event", "EventKind"]


class EventKind(StrEnum):
    """What happened in the life of a claim (API contract §4, plus three extensions)."""

    REMINDER = "reminder"
    """An amicable reminder (email or letter), before or after the due date."""
    CALL = "call"
    """A phone call to the debtor."""
    FORMAL_NOTICE = "formal_notice"
    """A mise en demeure (C. civ. 1344): starts legal-rate interest for a consumer."""
    PAYMENT_PLAN = "payment_plan"
    """An amicable payment plan agreed in writing; ``Event.instalments`` holds its schedule."""
    DISPUTE = "dispute"
    """The debtor disputes the claim: the dunning calendar pauses."""
    DISPUTE_RESOLVED = "dispute_resolved"
    """Extension: the dispute is over; the calendar resumes, shifted by the pause."""
    ACKNOWLEDGMENT = "acknowledgment"
    """Extension: the debtor acknowledged the debt in writing (interrupts prescription,
    C. civ. 2240)."""
    COURT_FILING = "court_filing"
    """A court action (injonction de payer, référé, assignation): interrupts prescription
    (C. civ. 2241) for the length of the proceedings (C. civ. 2242)."""
    JUDGMENT = "judgment"
    """A judgment ordering payment, enforceable on ``Event.enforceable`` (default: ``on``)."""
    ENFORCEMENT = "enforcement"
    """An enforcement act by a commissaire de justice (interrupts prescription, C. civ. 2244)."""
    INSOLVENCY = "insolvency"
    """Opening of sauvegarde / redressement / liquidation judiciaire (stops interest,
    C. com. L622-28)."""
    WRITTEN_OFF = "written_off"
    """The creditor wrote the claim off: no further action."""


_EVENT_KINDS = tuple(k.value for k in EventKind)


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened on ``on``.

    Args:
        on: the date of the event.
        kind: an :class:`EventKind` member or its value string.
        note: free text (e.g. "LRAR n° 1A234").
        instalments: for a payment plan, the schedule as :class:`~creances.Payment` s.
        enforceable: for a judgment, the day it became enforceable (served).
    """

    on: date
    kind: EventKind
    note: str = ""
    instalments: tuple[Payment, ...] = ()
    enforceable: date | None = None

    def __init__(
        self,
        on: date,
        kind: EventKind | str,
        note: str = "",
        instalments: Iterable[Payment] = (),
        enforceable: date | None = None,
    ) -> None:
        setter = object.__setattr__
        setter(self, "on", check_date(on, "Event.on"))
        setter(self, "kind", EventKind(check_choice(kind, "Event.kind", _EVENT_KINDS)))
        if not isinstance(note, str):
            raise InvalidInputError(f"Event.note must be a str, got {note!r}", param="note")
        setter(self, "note", note)
        inst = check_items(instalments, Payment, "Event.instalments", "cr.Payment(on, amount)")
        if inst and self.kind != EventKind.PAYMENT_PLAN:
            raise InvalidInputError(
                "only a payment_plan event has instalments", param="instalments", value=inst
            )
        setter(self, "instalments", tuple(sorted(inst, key=lambda p: p.on)))
        setter(self, "enforceable", check_optional_date(enforceable, "Event.enforceable"))


@dataclass(frozen=True, slots=True)
class Claim:
    """An invoice owed to the creditor.

    Args:
        amount: amount TTC in euros (``Decimal`` or ``int``), > 0.
        issued: the invoice date (for a public buyer, the date the payment request was
            received, CCP R2192-12).
        term: a :class:`~creances.PaymentTerm` or a French wording (parsed).
        debtor: ``"business"``, ``"consumer"`` or ``"public"``.
        customer: the customer's name or id (groups claims in reports).
        delivered: delivery / performance date, needed by terms counted from delivery.
        reference: the invoice number.
        payments: the payments received (:class:`~creances.Payment`).
        events: the collection events (:class:`Event`).
        rule: the interest rule; default by debtor: business -> ``Statutory()``, public ->
            ``PublicProcurement()``, consumer -> ``LegalRate()`` from the formal notice.
    """

    amount: Decimal
    issued: date
    term: PaymentTerm
    debtor: str = "business"
    customer: str = ""
    delivered: date | None = None
    reference: str = ""
    payments: tuple[Payment, ...] = ()
    events: tuple[Event, ...] = ()
    rule: Rule | None = None
    _first_reminder: date | None = field(default=None, init=False, repr=False, compare=False)

    def __init__(
        self,
        amount: Decimal | int,
        issued: date,
        term: PaymentTerm | str,
        *,
        debtor: str = "business",
        customer: str = "",
        delivered: date | None = None,
        reference: str = "",
        payments: Iterable[Payment] = (),
        events: Iterable[Event] = (),
        rule: Rule | None = None,
    ) -> None:
        value = check_cents(amount, "amount")
        if isinstance(term, str):
            term = parse_term(term)
        elif not isinstance(term, PaymentTerm):
            raise InvalidInputError(
                f"term must be a cr.PaymentTerm or a French wording such as '30 jours', "
                f"got {term!r}",
                param="term",
                value=term,
            )
        if not isinstance(customer, str) or not isinstance(reference, str):
            raise InvalidInputError(
                "customer and reference must be strings", param="customer", value=customer
            )
        pays = check_items(payments, Payment, "payments", "cr.Payment(on, amount)")
        evs = check_items(events, Event, "events", "cr.Event(on, kind)")
        if rule is not None and not isinstance(rule, _RULE_TYPES):
            raise InvalidInputError(
                f"rule must be a creances rule such as cr.Statutory(), got {rule!r}",
                param="rule",
                value=rule,
            )
        setter = object.__setattr__
        setter(self, "amount", value)
        setter(self, "issued", check_date(issued, "issued"))
        setter(self, "term", term)
        setter(self, "debtor", check_choice(debtor, "debtor", DEBTOR_KINDS))
        setter(self, "customer", customer)
        setter(self, "delivered", check_optional_date(delivered, "delivered"))
        setter(self, "reference", reference)
        setter(self, "payments", tuple(sorted(pays, key=lambda p: p.on)))
        setter(self, "events", tuple(sorted(evs, key=lambda e: e.on)))
        setter(self, "rule", rule)
        setter(self, "_first_reminder", None)
