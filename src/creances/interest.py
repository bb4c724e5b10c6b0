"""Late-payment interest, period by period, under each French legal regime.

Rules (one class each, passed as ``rule=``):

* :class:`Statutory` — C. com. L441-10 II: between professionals, penalties « exigibles le
  jour suivant la date de règlement figurant sur la facture », without any reminder, at the
  ECB rate of the semester (in force on 1 January for January-June, on 1 July for
  July-December) + 10 points. ``split="semester"`` (default) applies each semester's rate to
  the days of that semester (the practice reading of the text); ``split="none"`` keeps the
  rate of the semester of the first day late for the whole delay (the alternative reading).
* :class:`Contractual` — the rate agreed in the CGV; L441-10 II forbids a rate « inférieur
  à trois fois le taux d'intérêt légal ». Each semester where the agreed rate is below
  3 × the legal rate (« autres cas », the creditor being a business) is computed at that
  floor and reported in :attr:`Interest.warnings`.
* :class:`PublicProcurement` — CCP R2192-31: ECB rate « en vigueur au premier jour du
  semestre de l'année civile au cours duquel les intérêts moratoires ont commencé à courir »
  + 8 points, frozen for the whole delay (L2192-13: from the day after the due date).
* :class:`LegalRate` — taux de l'intérêt légal of each half-year (CMF L313-2), by creditor
  category; after a judgment, + 5 points once two months have run from the day it became
  enforceable (CMF L313-3). Used for consumers (C. civ. 1231-6, 1344-1: from the formal
  notice) and judgments (C. civ. 1231-7).

Computation (API contract §3): interest runs from the day after ``due`` through ``until``,
both included; a period from S to E has ``(E - S).days + 1`` days and earns
``base × rate × days / (100 × day_count)``, rounded to the cent half-up; ``total`` is the sum
of the rounded periods. Periods are split wherever the rate or the base changes, and at
each payment date. A payment made on day P counts for the interest of day P at the old base;
the new base applies from P + 1. With ``imputation="interest_first"`` (C. civ. 1343-1, « le
paiement partiel s'impute d'abord sur les intérêts ») a payment first settles the interest
accrued and not yet paid (the rounded periods up to day P), then principal; with
``"principal_first"`` it settles principal first. No interest accrues on interest (C. civ.
1343-2 capitalisation is not applied). A payment beyond what is owed is reported in
:attr:`Interest.overpaid` and in the warnings, never lost.

>>> from datetime import date
>>> from decimal import Decimal
>>> from creances.interest import LegalRate, late_interest
>>> # service-public F783: 2 000 € × 3,11 % × 30 days / 36 500 = 5,11 €
>>> late_interest(Decimal(2000), date(2020, 8, 31), date(2020, 9, 30),
...               rule=LegalRate(creditor="consumer")).total
Decimal('5.11')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, localcontext
from enum import StrEnum
from typing import Any, Literal, NamedTuple, cast

from dateutil.relativedelta import relativedelta

from ._money import CENT, CTX, HUNDRED, ZERO
from ._validate import (
    check_amount,
    check_cents,
    check_choice,
    check_date,
    check_items,
    check_optional_date,
    check_rate,
)
from .data import thresholds as T
from .errors import InvalidInputError, RateUnavailableError
from .rates import Creditor, Rates, _table, semester_start

__all__ = [
    "AfterJudgment",
    "Contractual",
    "Imputation",
    "Interest",
    "InterestPeriod",
    "LegalRate",
    "Payment",
    "PublicProcurement",
    "Rule",
    "Statutory",
    "late_interest",
]

_ONE_DAY = timedelta(days=1)
_D365 = Decimal(365)
_D366 = Decimal(366)


class Imputation(StrEnum):
    """How a partial payment is applied."""

    INTEREST_FIRST = "interest_first"
    """C. civ. 1343-1: accrued interest first, then principal (the default)."""
    PRINCIPAL_FIRST = "principal_first"
    """Invoice-ledger practice: principal first, then accrued interest."""


_IMPUTATIONS = tuple(i.value for i in Imputation)
_SPLITS = ("semester", "none")
_CREDITORS = tuple(c.value for c in Creditor)


@dataclass(frozen=True, slots=True)
class Payment:
    """A payment of ``amount`` euros made available to the creditor on day ``on``.

    The payment date is the day the funds reach the creditor (Cass. com. 3 févr. 2009).
    """

    on: date
    amount: Decimal

    def __post_init__(self) -> None:
        check_date(self.on, "Payment.on")
        object.__setattr__(self, "amount", check_cents(self.amount, "Payment.amount"))


# ---------------------------------------------------------------------------------------
# Rules


@dataclass(frozen=True, slots=True)
class Statutory:
    """C. com. L441-10 II default rate: ECB rate of the semester + ``margin`` points.

    Args:
        margin: points added to the ECB anchor (10 by law; 7 for contracts before the LME,
            1 Jan 2009).
        split: ``"semester"`` (each semester at its own anchor) or ``"none"`` (the anchor of
            the first day late for the whole delay).
    """

    margin: Decimal = T.STATUTORY_MARGIN
    split: str = "semester"

    def __post_init__(self) -> None:
        object.__setattr__(self, "margin", check_rate(self.margin, "Statutory.margin"))
        check_choice(self.split, "Statutory.split", _SPLITS)


@dataclass(frozen=True, slots=True)
class Contractual:
    """The CGV rate ``rate`` (percent per year), floored at 3 × the legal rate per semester.

    Legal basis: C. com. L441-10 II (« sauf disposition contraire qui ne peut toutefois fixer
    un taux inférieur à trois fois le taux d'intérêt légal »).
    """

    rate: Decimal

    def __post_init__(self) -> None:
        object.__setattr__(self, "rate", check_rate(self.rate, "Contractual.rate"))


@dataclass(frozen=True, slots=True)
class PublicProcurement:
    """CCP R2192-31: ECB rate on the first day of the semester interest began + ``margin``."""

    margin: Decimal = T.PUBLIC_PROCUREMENT_MARGIN

    def __post_init__(self) -> None:
        object.__setattr__(self, "margin", check_rate(self.margin, "PublicProcurement.margin"))


@dataclass(frozen=True, slots=True)
class LegalRate:
    """Taux de l'intérêt légal (CMF L313-2), + 5 points two months after enforceability.

    Args:
        creditor: ``"professional"`` (« autres cas ») or ``"consumer"`` (the creditor is a
            natural person not acting for professional needs).
        judgment_enforceable: the day a judgment ordering payment became enforceable; the
            rate is majorated by 5 points from the day after two months have run (CMF
            L313-3): enforceable on 17 Sep 2015 → majorated from 18 Nov 2015.
    """

    creditor: str = "professional"
    judgment_enforceable: date | None = None

    def __post_init__(self) -> None:
        check_choice(self.creditor, "LegalRate.creditor", _CREDITORS)
        check_optional_date(self.judgment_enforceable, "LegalRate.judgment_enforceable")

    @property
    def majoration_start(self) -> date | None:
        """First day of the majorated rate, or None without a judgment.

        Two months are counted as in CPC 641 (same day-number two months later, or the last
        day of that month), and the majoration applies from the following day.
        """
        if self.judgment_enforceable is None:
            return None
        return (
            self.judgment_enforceable
            + relativedelta(months=T.JUDGMENT_MAJORATION_MONTHS)
            + _ONE_DAY
        )


@dataclass(frozen=True, slots=True)
class AfterJudgment:
    """A regime before a judgment, then the legal rate from the day after the judgment.

    C. civ. 1231-7: a condemnation « emporte intérêts au taux légal même en l'absence de
    demande », from the judgment; CMF L313-3: + 5 points two months after it became
    enforceable. Days up to ``judgment`` (included) follow ``before``.

    Args:
        before: the rule that applied before the judgment.
        judgment: the day of the judgment.
        enforceable: the day it became enforceable (served); defaults to ``judgment``.
        creditor: category of the legal rate (``"professional"`` or ``"consumer"``).
    """

    before: Statutory | Contractual | PublicProcurement | LegalRate
    judgment: date
    enforceable: date | None = None
    creditor: str = "professional"

    def __post_init__(self) -> None:
        if not isinstance(self.before, Statutory | Contractual | PublicProcurement | LegalRate):
            raise InvalidInputError(
                f"AfterJudgment.before must be a rule, got {self.before!r}",
                param="before",
                value=self.before,
            )
        check_date(self.judgment, "AfterJudgment.judgment")
        check_optional_date(self.enforceable, "AfterJudgment.enforceable")
        check_choice(self.creditor, "AfterJudgment.creditor", _CREDITORS)

    @property
    def after(self) -> LegalRate:
        """The legal-rate rule that applies from the day after the judgment."""
        return LegalRate(self.creditor, self.enforceable or self.judgment)


Rule = Statutory | Contractual | PublicProcurement | LegalRate | AfterJudgment
_RULE_TYPES = (Statutory, Contractual, PublicProcurement, LegalRate, AfterJudgment)


# ---------------------------------------------------------------------------------------
# Results


class InterestPeriod(NamedTuple):
    """Interest of the days ``start`` to ``end`` (both included) on ``base`` at ``rate``.

    ``amount`` = base × rate × days / (100 × day_count), rounded to the cent half-up;
    ``exact`` is the same before rounding; ``basis`` names the article and the rate source.

    A period is a row of the breakdown: an immutable named tuple, so that
    ``pandas.DataFrame(interest.periods)`` has one column per field.
    """

    start: date
    end: date
    days: int
    base: Decimal
    rate: Decimal
    amount: Decimal
    basis: str = ""
    day_count: int = 365
    exact: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class Interest:
    """The result of :func:`late_interest`.

    Attributes:
        total: sum of the rounded period amounts (interest accrued through ``until``).
        paid: the part of ``total`` settled by payments.
        principal_left: principal still unpaid after ``until``.
        overpaid: what payments brought beyond principal and interest (0 if none).
        periods: the breakdown, in date order.
        warnings: human-readable notes (rate floor applied, payment ignored, overpayment).
    """

    total: Decimal
    paid: Decimal
    principal_left: Decimal
    periods: tuple[InterestPeriod, ...] = ()
    warnings: tuple[str, ...] = ()
    overpaid: Decimal = ZERO
    principal: Decimal = ZERO
    due: date | None = None
    until: date | None = None

    @property
    def unpaid(self) -> Decimal:
        """Interest accrued and not yet paid (``total - paid``)."""
        return self.total - self.paid

    @property
    def days(self) -> int:
        """Number of days of interest in the breakdown."""
        return sum(p.days for p in self.periods)

    def _repr_html_(self) -> str:
        from ._html import interest_html

        return interest_html(self)


def _interest_maker() -> Callable[..., Interest]:
    """A positional constructor of :class:`Interest` for the engine's hot path: it fills the
    slots directly, as the frozen dataclass ``__init__`` does field by field through
    ``object.__setattr__``, at a third of the cost. Same fields, same order (checked by the
    test suite against ``Interest(...)``)."""
    new = object.__new__
    s = [getattr(Interest, name).__set__ for name in Interest.__slots__]
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = s

    def make(
        total: Decimal,
        paid: Decimal,
        principal_left: Decimal,
        periods: tuple[InterestPeriod, ...],
        warnings: tuple[str, ...],
        overpaid: Decimal,
        principal: Decimal,
        due: date | None,
        until: date | None,
    ) -> Interest:
        obj = new(Interest)
        s0(obj, total)
        s1(obj, paid)
        s2(obj, principal_left)
        s3(obj, periods)
        s4(obj, warnings)
        s5(obj, overpaid)
        s6(obj, principal)
        s7(obj, due)
        s8(obj, until)
        return obj

    return make


_new_interest = _interest_maker()


# ---------------------------------------------------------------------------------------
# Computation

_FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def _fr(d: date) -> str:
    return f"{d.day}{'er' if d.day == 1 else ''} {_FR_MONTHS[d.month - 1]} {d.year}"


def _pct(rate: Decimal) -> str:
    return f"{rate:f}".replace(".", ",") + " %"


# start, end, rate, basis, day-count divisor, then precomputed for the whole segment: its
# days, rate × days and 100 × divisor (so that base × rate × days / (100 × divisor) costs
# one multiplication and one division per claim; the products are exact, so the result is
# the same as computing it term by term).
_Segment = tuple[date, date, Decimal, str, int, int, Decimal, Decimal]


def _rate_of(
    rule: Statutory | Contractual | PublicProcurement | LegalRate,
    table: Rates,
    anchor: date,
    *,
    majorated: bool,
) -> tuple[Decimal, str, str | None]:
    """Rate, legal basis and warning (if any) of ``rule`` for the half-year starting on
    ``anchor``; memoised on the rate table, since it depends on nothing else."""
    key = ("rate", rule, anchor, majorated)
    memo = table._memo
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = _compute_rate(rule, table, anchor, majorated=majorated)
    return cast("tuple[Decimal, str, str | None]", hit)


def _compute_rate(
    rule: Statutory | Contractual | PublicProcurement | LegalRate,
    table: Rates,
    anchor: date,
    *,
    majorated: bool,
) -> tuple[Decimal, str, str | None]:
    half = "1er semestre" if anchor.month == 1 else "2nd semestre"
    if isinstance(rule, Statutory):
        ecb = table.reference_rate(anchor)
        return (
            ecb + rule.margin,
            f"C. com. L441-10 II : taux BCE au {_fr(anchor)} ({_pct(ecb)}) + {rule.margin:f} points",
            None,
        )
    if isinstance(rule, PublicProcurement):
        ecb = table.reference_rate(anchor)
        return (
            ecb + rule.margin,
            f"CCP R2192-31 : taux BCE au {_fr(anchor)} ({_pct(ecb)}), 1er jour du semestre "
            f"où les intérêts ont commencé à courir, + {rule.margin:f} points",
            None,
        )
    if isinstance(rule, Contractual):
        legal = table.legal_rate(anchor, creditor=Creditor.PROFESSIONAL)
        floor = legal * T.CONTRACTUAL_FLOOR_MULTIPLIER
        if rule.rate < floor:
            return (
                floor,
                f"C. com. L441-10 II : plancher 3 × taux légal du {half} {anchor.year} "
                f"({_pct(legal)}), le taux convenu de {_pct(rule.rate)} étant inférieur",
                f"taux contractuel de {_pct(rule.rate)} inférieur au plancher de 3 × le taux "
                f"légal ({_pct(legal)}) au {half} {anchor.year} : calculé à {_pct(floor)} "
                "(C. com. L441-10 II)",
            )
        return rule.rate, f"taux contractuel (CGV) de {_pct(rule.rate)}, C. com. L441-10 II", None
    row = table.legal_row(anchor)
    consumer = rule.creditor == Creditor.CONSUMER
    base_rate = row.consumer if consumer else row.professional
    basis = (
        f"taux de l'intérêt légal du {half} {anchor.year} ({_pct(base_rate)}, "
        f"{'créancier particulier' if consumer else 'autres cas'}), CMF L313-2"
    )
    if majorated:
        return base_rate + T.JUDGMENT_MAJORATION, basis + " majoré de 5 points, CMF L313-3", None
    return base_rate, basis, None


def _next_anchor(day: date) -> date:
    return date(day.year, 7, 1) if day.month <= 6 else date(day.year + 1, 1, 1)


def _schedule(
    rule: Rule, origin: date, start: date, until: date, table: Rates, *, actual: bool
) -> tuple[tuple[_Segment, ...], tuple[str, ...]]:
    """The periods of constant rate, basis and divisor from ``start`` to ``until``, for any
    principal, interest having begun on ``origin`` (which fixes a frozen rate).

    Every rate change of most rules falls on 1 January or 1 July, and a frozen rate depends
    on the semester of ``origin`` only: their schedule is then cut out of the one of whole
    semesters (memoised on the rate table), which all the claims whose interest runs over
    the same semesters share; it needs the rates of the same semesters.
    """
    segments, warnings = _span(rule, origin, start, until, table, actual=actual)
    return _cut(segments, start, until), warnings


def _span(
    rule: Rule, origin: date, start: date, until: date, table: Rates, *, actual: bool
) -> tuple[tuple[_Segment, ...], tuple[str, ...]]:
    """Segments covering ``start`` to ``until`` (perhaps more: whole semesters), memoised."""
    if _semester_bound(rule):
        return _schedule_raw(
            rule, semester_start(origin), semester_start(start),
            _next_anchor(until) - _ONE_DAY, table, actual=actual,
        )  # fmt: skip
    return _schedule_raw(rule, origin, start, until, table, actual=actual)


def _cut(segments: tuple[_Segment, ...], start: date, until: date) -> tuple[_Segment, ...]:
    """The part of ``segments`` from ``start`` to ``until``."""
    out: list[_Segment] = []
    for seg in segments:
        seg_start, seg_end = seg[0], seg[1]
        if seg_end < start:
            continue
        if seg_start > until:
            break
        if seg_start < start or seg_end > until:
            seg_start = max(seg_start, start)
            seg_end = min(seg_end, until)
            days = (seg_end - seg_start).days + 1
            out.append((seg_start, seg_end, seg[2], seg[3], seg[4], days, seg[2] * days, seg[7]))
        else:
            out.append(seg)
    return tuple(out)


def _schedule_raw(
    rule: Rule, origin: date, start: date, until: date, table: Rates, *, actual: bool
) -> tuple[tuple[_Segment, ...], tuple[str, ...]]:
    """:func:`_schedule` computed day by day, memoised on the rate table."""
    key = ("schedule", rule, origin, start, until, actual)
    memo = table._memo
    hit = memo.get(key)
    if hit is not None:
        return cast("tuple[tuple[_Segment, ...], tuple[str, ...]]", hit)
    first: Statutory | Contractual | PublicProcurement | LegalRate
    after: LegalRate | None = None
    switch: date | None = None  # first day of the post-judgment regime
    if isinstance(rule, AfterJudgment):
        first, after, switch = rule.before, rule.after, rule.judgment + _ONE_DAY
    else:
        first = rule
    frozen = isinstance(first, PublicProcurement) or (
        isinstance(first, Statutory) and first.split == "none"
    )
    frozen_anchor = semester_start(origin)
    spans: list[tuple[date, date, Decimal, str, int]] = []
    segments: list[_Segment] = []
    warnings: list[str] = []
    day = start
    while day <= until:
        current = first
        nxt = until + _ONE_DAY
        if switch is not None and after is not None:
            if day < switch:
                nxt = min(nxt, switch)
            else:
                current = after
        if current is first and frozen:
            anchor = frozen_anchor
            if actual:
                nxt = min(nxt, date(day.year + 1, 1, 1))
        else:
            anchor = semester_start(day)
            nxt = min(nxt, _next_anchor(day))
        majoration = current.majoration_start if isinstance(current, LegalRate) else None
        if majoration is not None and day < majoration:
            nxt = min(nxt, majoration)
        majorated = majoration is not None and day >= majoration
        rate, basis, warning = _rate_of(current, table, anchor, majorated=majorated)
        if warning is not None and warning not in warnings:
            warnings.append(warning)
        denom = (366 if _is_leap(day.year) else 365) if actual else 365
        end = nxt - _ONE_DAY
        if spans and spans[-1][2:] == (rate, basis, denom):
            spans[-1] = (spans[-1][0], end, rate, basis, denom)
        else:
            spans.append((day, end, rate, basis, denom))
        day = nxt
    for first_day, last_day, rate, basis, denom in spans:
        days = (last_day - first_day).days + 1
        segments.append(
            (first_day, last_day, rate, basis, denom, days, rate * days, HUNDRED * denom)
        )
    result = (tuple(segments), tuple(warnings))
    if len(memo) > 200_000:  # bound the memo of long-running processes
        memo.clear()
    memo[key] = result
    return result


def _semester_bound(rule: Rule) -> bool:
    """Whether each rate change of ``rule`` falls on 1 January or 1 July: true but for a
    judgment (its day) or a legal rate with the L313-3 majoration (two months after)."""
    if isinstance(rule, AfterJudgment):
        return False
    return not isinstance(rule, LegalRate) or rule.judgment_enforceable is None


def _may_warn(rule: Rule) -> bool:
    """Whether ``rule``'s schedule can carry warnings (the contractual rate floor)."""
    return isinstance(rule, Contractual) or (
        isinstance(rule, AfterJudgment) and isinstance(rule.before, Contractual)
    )


def late_interest(
    principal: Decimal | int,
    due: date,
    until: date,
    *,
    rule: Rule | None = None,
    payments: Iterable[Payment] = (),
    imputation: str = "interest_first",
    day_count: int | Literal["actual"] = 365,
    rates: Rates | None = None,
) -> Interest:
    """Late-payment interest on ``principal`` from the day after ``due`` through ``until``.

    Args:
        principal: the unpaid amount (TTC) in euros, ``Decimal`` or ``int``.
        due: the due date; interest starts on the next day (L441-10 II, L2192-13).
        until: the last day of interest (included), e.g. the day the funds were received.
        rule: :class:`Statutory` (default), :class:`Contractual`, :class:`PublicProcurement`,
            :class:`LegalRate` or :class:`AfterJudgment`.
        payments: :class:`Payment` objects (any order); payments after ``until`` are
            ignored and reported in the warnings.
        imputation: ``"interest_first"`` (C. civ. 1343-1, default) or ``"principal_first"``.
        day_count: ``365`` (official practice, even in leap years) or ``"actual"`` (365 or
            366 by the calendar year of each day).
        rates: the rate table (default: ``Rates.default()``).

    Returns:
        An :class:`Interest` with the period breakdown, each period rounded to the cent.

    Raises:
        InvalidInputError: a wrong type or value (datetime, float, negative amount...).
        RateUnavailableError: a rate needed is not in the table.

    Examples:
        >>> from datetime import date
        >>> from decimal import Decimal
        >>> i = late_interest(Decimal("1000.00"), date(2024, 6, 20), date(2024, 7, 10))
        >>> [(p.start, p.end, p.days, p.rate, p.amount) for p in i.periods]
        [(datetime.date(2024, 6, 21), datetime.date(2024, 6, 30), 10, Decimal('14.50'), Decimal('3.97')),
         (datetime.date(2024, 7, 1), datetime.date(2024, 7, 10), 10, Decimal('14.25'), Decimal('3.90'))]
        >>> i.total
        Decimal('7.87')
    """
    amount0 = check_amount(principal, "principal")
    due = check_date(due, "due")
    until = check_date(until, "until")
    if rule is None:
        rule = Statutory()
    elif not isinstance(rule, _RULE_TYPES):
        raise InvalidInputError(
            f"rule must be cr.Statutory(), cr.Contractual(rate), cr.PublicProcurement(), "
            f"cr.LegalRate(...) or cr.AfterJudgment(...), got {rule!r}",
            param="rule",
            value=rule,
        )
    interest_first = check_choice(imputation, "imputation", _IMPUTATIONS) == "interest_first"
    if day_count != "actual" and (type(day_count) is not int or day_count != 365):
        raise InvalidInputError(
            f"day_count must be 365 or 'actual', got {day_count!r}",
            param="day_count",
            value=day_count,
        )
    table = _table(rates)
    pays = sorted(
        check_items(payments, Payment, "payments", "cr.Payment(on, amount)"), key=lambda p: p.on
    )
    with localcontext(CTX):
        return _compute(
            amount0,
            due,
            until,
            rule,
            pays,
            table,
            interest_first=interest_first,
            actual=day_count == "actual",
        )


def _pay(
    amount: Decimal, base: Decimal, unpaid: Decimal, *, interest_first: bool
) -> tuple[Decimal, Decimal]:
    """The parts of a payment of ``amount`` that go to interest and to principal (C. civ.
    1343-1 when ``interest_first``, else principal first)."""
    if interest_first:
        to_interest = min(amount, unpaid)
        return to_interest, min(amount - to_interest, base)
    to_principal = min(amount, base)
    return min(amount - to_principal, unpaid), to_principal


def _apply(
    amount: Decimal,
    base: Decimal,
    unpaid: Decimal,
    paid: Decimal,
    overpaid: Decimal,
    *,
    interest_first: bool,
) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """A payment of ``amount`` applied by :func:`_pay`: the new principal, interest unpaid,
    interest paid and overpayment."""
    to_i, to_p = _pay(amount, base, unpaid, interest_first=interest_first)
    return base - to_p, unpaid - to_i, paid + to_i, overpaid + amount - to_i - to_p


def _compute(
    principal: Decimal,
    due: date,
    until: date,
    rule: Rule,
    pays: Sequence[Payment],
    table: Rates,
    *,
    interest_first: bool,
    actual: bool,
) -> Interest:
    """The engine behind :func:`late_interest` and ``Assessment.interest``: ``pays`` sorted
    by date, arguments validated; the caller runs it under ``localcontext(CTX)``."""
    total, paid, left, overpaid, periods, warnings, _ = _run(
        principal, due, until, rule, pays, table,
        interest_first=interest_first, actual=actual, breakdown=True,
    )  # fmt: skip
    return _new_interest(
        total, paid, left, tuple(periods), tuple(warnings), overpaid, principal, due, until
    )


def _segments_total(base: Decimal, segments: tuple[_Segment, ...]) -> Decimal:
    """Interest on ``base`` over whole segments: each base × rate × days / (100 × divisor),
    rounded to the cent half-up, summed (the arithmetic of :func:`_run`)."""
    total = ZERO
    for seg in segments:
        total += (base * seg[6] / seg[7]).quantize(CENT, ROUND_HALF_UP)
    return total


_PlainSchedule = tuple[tuple[_Segment, ...], tuple[str, ...], str | None]
_NO_SCHEDULE: _PlainSchedule = ((), (), None)


def _plain_schedule(
    rule: Rule,
    due: date,
    until: date,
    table: Rates,
    *,
    actual: bool,
    memo: dict[object, Any] | None = None,
) -> _PlainSchedule:
    """The segments, warnings and first basis of interest without payments from the day
    after ``due`` through ``until``; kept in ``memo`` (a batch's) when given, since many
    claims share a due date."""
    start = due + _ONE_DAY
    if start > until:
        return _NO_SCHEDULE
    if memo is None:
        segments, warnings = _schedule(rule, start, start, until, table, actual=actual)
        return segments, warnings, segments[0][3] if segments else None
    key = ("interest", rule, start, until, actual)
    hit: _PlainSchedule | None = memo.get(key)
    if hit is None:
        segments, warnings = _schedule(rule, start, start, until, table, actual=actual)
        hit = memo[key] = (segments, warnings, segments[0][3] if segments else None)
    return hit


# total, paid, principal left, overpaid, periods (empty without breakdown), warnings, basis
# of the first period (None if no period)
_Run = tuple[
    Decimal, Decimal, Decimal, Decimal, list[InterestPeriod], list[str], str | None
]  # fmt: skip


def _run(
    principal: Decimal,
    due: date,
    until: date,
    rule: Rule,
    pays: Sequence[Payment],
    table: Rates,
    *,
    interest_first: bool,
    actual: bool,
    breakdown: bool,
    memo: dict[object, Any] | None = None,
) -> _Run:
    """Interest from the day after ``due`` through ``until`` (see the module docs), with the
    period breakdown when ``breakdown`` (``assess`` first asks for the figures only, and the
    breakdown when ``Assessment.interest`` is read: same loop, same arithmetic). ``memo``: a
    batch's, see :func:`_plain_schedule`."""
    warnings: list[str] = []
    start = due + _ONE_DAY
    base = principal
    unpaid = ZERO  # accrued interest not yet paid
    paid = ZERO
    overpaid = ZERO
    total = ZERO
    periods: list[InterestPeriod] = []
    first_basis: str | None = None

    # Payments after `until` are outside the computation.
    if pays and pays[-1].on > until:
        warnings.extend(
            f"paiement de {p.amount:f} € du {p.on.isoformat()} postérieur au "
            f"{until.isoformat()} : non pris en compte"
            for p in pays
            if p.on > until
        )
        pays = [p for p in pays if p.on <= until]

    idx = 0
    n_pays = len(pays)
    # Payments made before the first day of interest reduce the base before any accrues.
    while idx < n_pays and pays[idx].on < start:
        base, unpaid, paid, overpaid = _apply(
            pays[idx].amount, base, unpaid, paid, overpaid, interest_first=interest_first
        )
        idx += 1

    if start <= until and base > 0:
        if idx == n_pays:  # the common case (no payment from `start` on): whole segments
            segments, seg_warnings, first_basis = _plain_schedule(
                rule, due, until, table, actual=actual, memo=memo
            )
            if seg_warnings:
                warnings.extend(seg_warnings)
            if breakdown:
                for seg in segments:
                    exact = base * seg[6] / seg[7]
                    amount = exact.quantize(CENT, ROUND_HALF_UP)
                    total += amount
                    periods.append(
                        InterestPeriod(
                            seg[0], seg[1], seg[5], base, seg[2], amount, seg[3], seg[4], exact
                        )
                    )
            else:
                total = _segments_total(base, segments)
            unpaid = total
        else:
            # The schedule is asked in two parts, up to the last payment and after it, so
            # that a claim whose principal was paid off needs no rate beyond that payment.
            last = pays[-1].on
            whole: tuple[_Segment, ...] | None = None
            if last < start or last >= until or not _may_warn(rule):
                # One schedule, shared by the claims with this due date. Without any rate
                # floor warning the split below changes nothing but the rates required.
                try:
                    whole = _plain_schedule(rule, due, until, table, actual=actual, memo=memo)[0]
                except RateUnavailableError:
                    whole = None
            if whole is not None:
                ranges: tuple[tuple[date, date], ...] = ((start, until),)
            else:
                ranges = ((start, last), (last + _ONE_DAY, until))
            for range_start, range_end in ranges:
                if base <= 0:
                    break
                if whole is not None:
                    segments, seg_warnings = whole, ()
                else:
                    segments, seg_warnings = _schedule(
                        rule, start, range_start, range_end, table, actual=actual
                    )
                if seg_warnings:
                    warnings.extend(w for w in seg_warnings if w not in warnings)
                for seg_start, seg_end, rate, basis, denom, _, _, div in segments:
                    day = seg_start
                    while day <= seg_end and base > 0:
                        end = seg_end
                        if idx < n_pays and pays[idx].on < seg_end:
                            end = pays[idx].on  # a payment ends the period (new base from P + 1)
                        days = (end - day).days + 1
                        exact = base * rate * days / div
                        amount = exact.quantize(CENT, ROUND_HALF_UP)
                        if first_basis is None:
                            first_basis = basis
                        if breakdown:
                            periods.append(
                                InterestPeriod(
                                    day, end, days, base, rate, amount, basis, denom, exact
                                )
                            )
                        total += amount
                        unpaid += amount
                        while idx < n_pays and pays[idx].on == end:
                            base, unpaid, paid, overpaid = _apply(
                                pays[idx].amount, base, unpaid, paid, overpaid,
                                interest_first=interest_first,
                            )  # fmt: skip
                            idx += 1
                        day = end + _ONE_DAY
                    if base <= 0:
                        break
    # Remaining payments (interest stopped because the principal was paid, or on `until`).
    while idx < n_pays:
        base, unpaid, paid, overpaid = _apply(
            pays[idx].amount, base, unpaid, paid, overpaid, interest_first=interest_first
        )
        idx += 1
    if overpaid > 0:
        warnings.append(
            f"les paiements dépassent de {overpaid:f} € le principal et les intérêts dus : "
            "trop-perçu à restituer ou à imputer sur une autre dette (C. civ. 1342-10)"
        )
    return total, paid, base, overpaid, periods, warnings, first_basis


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
