"""Portfolio views: many claims at once, the aged balance and the D441-6 report.

* :func:`assess_many`: the same results as ``[assess(c, as_of) for c in claims]``, built for
  throughput (one rate table and policy for the batch, due dates of identical (date, term)
  pairs computed once, term texts parsed once by the cached parser).
* :func:`aged_balance`: outstanding principal by age bucket (not due, 1-30, 31-60, 61-90,
  91+ days late), in total and per customer. The default buckets are those of the
  payment-terms table of the management report (C. com. D441-6, model table fixed by the
  arrêté du 6 avril 2016 as amended; peers cite the 20 mars 2017 version — to be checked).
* :func:`payment_terms_report`: that D441-6 table: number and amount of invoices past due at
  the closing date, per bucket, and their share of turnover (invoices issued) or purchases
  (invoices received) when the caller gives it; disputed invoices are excluded and reported
  apart, as the model table requires.
* :func:`prioritize`: the order in which the collection team should work: by age, amount or
  customer balance (the seeds' three criteria).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext
from types import MappingProxyType
from typing import Any, NamedTuple

from ._money import CTX, HUNDRED, ZERO, cents
from ._validate import check_amount, check_choice, check_date, check_items
from .assess import _LAZY_KEY, Assessment, _active, _assess, _due_basis
from .claims import Claim, EventKind
from .errors import InvalidInputError
from .rates import Rates, _table
from .stages import DunningPolicy, PaymentHistory, Stage
from .terms import PaymentTerm, due_date

__all__ = [
    "AgedBalance",
    "PaymentTermsReport",
    "aged_balance",
    "assess_many",
    "payment_terms_report",
    "prioritize",
]


def assess_many(
    claims: Iterable[Claim],
    as_of: date,
    *,
    policy: DunningPolicy | None = None,
    rates: Rates | None = None,
    histories: Mapping[str, PaymentHistory] | None = None,
    imputation: str = "principal_first",
) -> list[Assessment]:
    """Assess many claims on the same day; equal to ``assess`` claim by claim.

    Args:
        claims: the claims.
        as_of: the day of the assessment.
        policy: one dunning policy for all (default: ``DunningPolicy.default()``).
        rates: the rate table (default: the bundled one).
        histories: optional payment history per ``Claim.customer``.
        imputation: ``"principal_first"`` (default) or ``"interest_first"`` (C. civ.
            1343-1), as for :func:`assess`.
    """
    as_of = check_date(as_of, "as_of")
    if policy is None:
        policy = DunningPolicy.default()
    elif not isinstance(policy, DunningPolicy):
        raise InvalidInputError(
            f"policy must be a cr.DunningPolicy, got {policy!r}", param="policy"
        )
    interest_first = check_choice(imputation, "imputation", _IMPUTATIONS) == "interest_first"
    if histories is not None and not isinstance(histories, Mapping):
        raise InvalidInputError(
            f"histories must be a mapping customer -> cr.PaymentHistory, got {histories!r}",
            param="histories",
            value=histories,
        )
    table = _table(rates)
    # Shared by the whole batch: due dates and their basis per term; the amount-free results
    # and the dunning-calendar results (see _assess); the rate schedules live on the table.
    terms: dict[int, tuple[PaymentTerm, dict[object, date], str]] = {}
    lazy = (table, interest_first)  # what Assessment.interest is computed with
    memo: dict[object, Any] = {_LAZY_KEY: lazy}
    checked: dict[str, PaymentHistory | None] = {}
    out: list[Assessment] = []
    append = out.append
    with localcontext(CTX):
        for claim in claims:
            if not isinstance(claim, Claim):
                raise InvalidInputError(
                    f"claims must hold cr.Claim objects, got {type(claim).__name__}",
                    param="claims",
                    value=claim,
                )
            term = claim.term
            # Due dates per term object (kept alive by the entry, so its id stays its own;
            # parse_term returns one object per wording), then per (issued, delivered).
            entry = terms.get(id(term))
            if entry is None or entry[0] is not term:
                entry = terms[id(term)] = (term, {}, _due_basis(term))
            delivered = claim.delivered
            key = claim.issued if delivered is None else (claim.issued, delivered)
            due = entry[1].get(key)
            if due is None:
                due = entry[1][key] = due_date(claim.issued, term, delivered=delivered)
            history = None
            if histories is not None:
                customer = claim.customer
                if customer in checked:
                    history = checked[customer]
                else:
                    history = checked[customer] = _history(histories.get(customer))
            append(_assess(claim, as_of, due, entry[2], policy, table, history, memo, lazy))
    return out


def _history(history: object) -> PaymentHistory | None:
    if history is not None and not isinstance(history, PaymentHistory):
        raise InvalidInputError(
            f"histories must map customers to cr.PaymentHistory, got {history!r}",
            param="histories",
            value=history,
        )
    return history


BUCKET_NAMES = ("not_due", "1-30", "31-60", "61-90", "91+")


def _bucket_names(buckets: tuple[int, ...]) -> tuple[str, ...]:
    names = ["not_due"]
    low = 1
    for high in buckets:
        names.append(f"{low}-{high}")
        low = high + 1
    names.append(f"{low}+")
    return tuple(names)


def _check_buckets(buckets: object) -> tuple[int, ...]:
    if (
        not isinstance(buckets, tuple)
        or not buckets
        or any(isinstance(b, bool) or not isinstance(b, int) or b < 1 for b in buckets)
        or any(b >= c for b, c in itertools.pairwise(buckets))
    ):
        raise InvalidInputError(
            f"buckets must be a tuple of increasing positive ints such as (30, 60, 90), "
            f"got {buckets!r}",
            param="buckets",
            value=buckets,
        )
    return buckets


def _bucket_of(days_late: int, buckets: tuple[int, ...], names: tuple[str, ...]) -> str:
    if days_late <= 0:
        return names[0]
    for i, high in enumerate(buckets):
        if days_late <= high:
            return names[i + 1]
    return names[-1]


@dataclass(frozen=True, slots=True)
class AgedBalance:
    """Outstanding principal by age bucket (« balance âgée »).

    Attributes:
        by_bucket: ordered mapping bucket name -> outstanding principal.
        total: the sum.
        by_customer: mapping customer -> its own ordered bucket mapping.
        counts: ordered mapping bucket name -> number of claims.
        as_of: the day of the balance.
    """

    by_bucket: Mapping[str, Decimal]
    total: Decimal
    by_customer: Mapping[str, Mapping[str, Decimal]]
    counts: Mapping[str, int]
    as_of: date

    def _repr_html_(self) -> str:
        from ._html import aged_balance_html

        return aged_balance_html(self)


class _Position(NamedTuple):
    customer: str
    due: date
    outstanding: Decimal
    disputed: bool


def _positions(
    items: Iterable[Claim | Assessment], as_of: date, rates: Rates | None, imputation: str
) -> list[_Position]:
    """Customer, due date, outstanding principal and dispute flag of each item.

    Invoices issued after ``as_of`` and claims written off are not receivables on that day
    and are left out; time-barred claims stay (they are still unpaid).

    With payments imputed on the principal first, the outstanding principal is the amount
    less the payments received: no interest, hence no rate, is needed. With interest first
    (C. civ. 1343-1) it depends on the interest paid, so the claims are assessed.
    """
    interest_first = check_choice(imputation, "imputation", _IMPUTATIONS) == "interest_first"
    out: list[_Position] = []
    pending: list[Claim] = []
    for item in items:
        if isinstance(item, Assessment):
            if item.as_of != as_of:
                raise InvalidInputError(
                    f"an assessment made on {item.as_of} cannot be aged on {as_of}: assess the "
                    "claims on the same day, or pass the claims themselves",
                    param="claims",
                    value=item,
                )
            if not item.written_off and item.claim.issued <= as_of:
                out.append(
                    _Position(item.claim.customer, item.due, item.outstanding, item.disputed)
                )
        elif not isinstance(item, Claim):
            raise InvalidInputError(
                f"claims must hold cr.Claim or cr.Assessment objects, got {type(item).__name__}",
                param="claims",
                value=item,
            )
        elif item.issued > as_of or any(
            e.kind == EventKind.WRITTEN_OFF and e.on <= as_of for e in item.events
        ):
            continue  # not yet issued, or written off: not in the receivables
        elif interest_first:
            pending.append(item)
        else:
            paid = sum((p.amount for p in item.payments if p.on <= as_of), ZERO)
            events = [e for e in item.events if e.on <= as_of]
            out.append(
                _Position(
                    item.customer,
                    due_date(item.issued, item.term, delivered=item.delivered),
                    max(item.amount - paid, ZERO),
                    _active(events, EventKind.DISPUTE, EventKind.DISPUTE_RESOLVED),
                )
            )
    out.extend(
        _Position(a.claim.customer, a.due, a.outstanding, a.disputed)
        for a in assess_many(pending, as_of, rates=rates, imputation=imputation)
    )
    return out


def aged_balance(
    claims: Iterable[Claim | Assessment],
    as_of: date,
    *,
    buckets: tuple[int, ...] = (30, 60, 90),
    rates: Rates | None = None,
    imputation: str = "principal_first",
) -> AgedBalance:
    """Outstanding principal per age bucket, in total and per customer; settled claims out.

    ``claims`` may hold claims or assessments already made (of the same ``as_of``).
    With the default imputation (principal first) the outstanding principal is the amount
    less the payments received and no rate is needed. With ``imputation="interest_first"``
    (C. civ. 1343-1) it depends on the interest the payments settled, so claims that accrue
    interest need rates up to ``as_of`` (beyond the table, ``RateUnavailableError``: pass
    ``rates=``).
    """
    as_of = check_date(as_of, "as_of")
    buckets = _check_buckets(buckets)
    names = _bucket_names(buckets)
    by_bucket = dict.fromkeys(names, ZERO)
    counts = dict.fromkeys(names, 0)
    per_customer: dict[str, dict[str, Decimal]] = {}
    for a in _positions(claims, as_of, rates, imputation):
        if a.outstanding == 0:
            continue
        name = _bucket_of((as_of - a.due).days, buckets, names)
        by_bucket[name] += a.outstanding
        counts[name] += 1
        row = per_customer.setdefault(a.customer, dict.fromkeys(names, ZERO))
        row[name] += a.outstanding
    return AgedBalance(
        by_bucket=MappingProxyType(by_bucket),
        total=sum(by_bucket.values(), ZERO),
        by_customer=MappingProxyType(
            {k: MappingProxyType(v) for k, v in sorted(per_customer.items())}
        ),
        counts=MappingProxyType(counts),
        as_of=as_of,
    )


@dataclass(frozen=True, slots=True)
class PaymentTermsReport:
    """The C. com. D441-6 table (« délais de paiement » of the management report).

    Attributes:
        count: per bucket ("1-30", "31-60", "61-90", "91+", and "total", the model's
            « total (1 jour et plus) »; the model's indicative « 0 jour » column is not
            produced), number of invoices
            past due and unpaid at ``as_of``.
        amount: the same, amount still unpaid.
        share: the same, percentage of ``turnover`` (rounded to 0.01), if given.
        excluded_count / excluded_amount: disputed invoices, excluded (part B of the model).
        as_of: the closing date.
    """

    count: Mapping[str, int]
    amount: Mapping[str, Decimal]
    share: Mapping[str, Decimal] | None
    excluded_count: int
    excluded_amount: Decimal
    as_of: date


def payment_terms_report(
    claims: Iterable[Claim | Assessment],
    as_of: date,
    *,
    turnover: Decimal | int | None = None,
    rates: Rates | None = None,
    imputation: str = "principal_first",
) -> PaymentTermsReport:
    """The D441-6 table of invoices past due at the closing date ``as_of``.

    Args:
        claims: the invoices issued (or received), as claims or assessments.
        as_of: the closing date of the financial year.
        turnover: the turnover (or purchases) of the year, same tax basis as the amounts,
            to express each bucket as a percentage.

    Legal basis: C. com. L441-14 and D441-6 (model tables fixed by arrêté, 6 avril 2016 as amended — to be checked).
    """
    as_of = check_date(as_of, "as_of")
    base = None if turnover is None else check_amount(turnover, "turnover")
    if base is not None and base == 0:
        raise InvalidInputError(
            "turnover must be positive to express the buckets as a share of it; pass "
            "turnover=None to leave the shares out",
            param="turnover",
            value=turnover,
        )
    names = _bucket_names((30, 60, 90))[1:]
    count = dict.fromkeys((*names, "total"), 0)
    amount = dict.fromkeys((*names, "total"), ZERO)
    excluded_count = 0
    excluded_amount = ZERO
    for a in _positions(claims, as_of, rates, imputation):
        days = (as_of - a.due).days
        if a.outstanding == 0 or days <= 0:
            continue
        if a.disputed:
            excluded_count += 1
            excluded_amount += a.outstanding
            continue
        name = _bucket_of(days, (30, 60, 90), ("not_due", *names))
        for key in (name, "total"):
            count[key] += 1
            amount[key] += a.outstanding
    share = None
    if base is not None and base > 0:
        with localcontext(CTX):
            share = MappingProxyType({k: cents(v * HUNDRED / base) for k, v in amount.items()})
    return PaymentTermsReport(
        count=MappingProxyType(count),
        amount=MappingProxyType(amount),
        share=share,
        excluded_count=excluded_count,
        excluded_amount=excluded_amount,
        as_of=as_of,
    )


_PRIORITIES = ("age", "amount", "customer_balance")
_IMPUTATIONS = ("interest_first", "principal_first")


def prioritize(assessments: Iterable[Assessment], *, by: str = "age") -> list[Assessment]:
    """Order open assessments for the collection team, most urgent first.

    Args:
        assessments: assessments (settled, time-barred and written-off ones are left out).
        by: ``"age"`` (days late, then amount), ``"amount"`` (total owed, then age) or
            ``"customer_balance"`` (the customer's whole balance, then age).
    """
    key = check_choice(by, "by", _PRIORITIES)
    items = [
        a
        for a in check_items(assessments, Assessment, "assessments", "cr.Assessment")
        if a.stage not in (Stage.SETTLED, Stage.TIME_BARRED) and not a.written_off
    ]
    if key == "age":
        return sorted(items, key=lambda a: (-a.days_late, -a.total, a.claim.reference))
    if key == "amount":
        return sorted(items, key=lambda a: (-a.total, -a.days_late, a.claim.reference))
    balance: dict[str, Decimal] = {}
    for a in items:
        balance[a.claim.customer] = balance.get(a.claim.customer, ZERO) + a.total
    return sorted(
        items,
        key=lambda a: (
            -balance[a.claim.customer],
            a.claim.customer,
            -a.days_late,
            a.claim.reference,
        ),
    )
