"""Assessment of a claim on a given day: what is owed, where it stands, what to do next.

``assess(claim, as_of)`` only looks at payments and events dated on or before ``as_of``
(no clock: the caller says which day it is). The rules it applies:

* **Due date**: :func:`creances.due_date` of the claim's term (C. com. L441-10 I).
* **Interest**: business and public debtors owe penalties from the day after the due date
  without any reminder (C. com. L441-10 II: « exigibles […] sans qu'un rappel soit
  nécessaire »; CCP L2192-13: « de plein droit et sans autre formalité »). A consumer owes
  legal-rate interest only from the day after a formal notice (C. civ. 1231-6, 1344-1).
  After a judgment, legal-rate interest from the day after the judgment, + 5 points two
  months after it became enforceable (C. civ. 1231-7, CMF L313-3). The opening of
  collective proceedings stops interest from its date (C. com. L622-28: « le jugement
  d'ouverture arrête le cours des intérêts légaux et conventionnels »): interest runs
  through the day before.
* **Indemnity**: 40 € once per late invoice, business and public debtors only, not when
  the proceedings opened on or before the due date (L441-10 II, D441-5, D2192-35).
* **Time bar** (« prescription »): due date + 5 years between professionals (C. com.
  L110-4; C. civ. 2224), + 2 years against a consumer (C. conso L218-2); for a public
  debtor the déchéance quadriennale (loi n° 68-1250 du 31 décembre 1968, art. 1: four years
  from 1 January of the year after the due date). Interruptions supported: written
  acknowledgment, payment plan and partial payment (acknowledgment, C. civ. 2240); court
  filing (C. civ. 2241, for the length of the proceedings, 2242); judgment (10 years to
  enforce it, CPCE L111-4); enforcement act (C. civ. 2244); each starting a new period of
  the same length (C. civ. 2231). A formal notice does NOT interrupt it (Cass. com., 18 mai
  2022, n° 20-23.204), except against a public debtor, where any written claim does (loi
  68-1250, art. 2).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Any, NamedTuple

from dateutil.relativedelta import relativedelta

from ._money import CTX, ZERO
from ._validate import check_choice, check_date
from .claims import Claim, Event, EventKind
from .data import thresholds as T
from .errors import InvalidInputError
from .indemnity import DebtorKind, indemnity_basis
from .interest import (
    AfterJudgment,
    Interest,
    LegalRate,
    Payment,
    PublicProcurement,
    Rule,
    Statutory,
    _apply,
    _compute,
    _plain_schedule,
    _run,
    _segments_total,
)
from .rates import Rates, _table
from .stages import (
    DONE_BY,
    Action,
    ActionKind,
    Channel,
    DunningPolicy,
    PaymentHistory,
    Stage,
    Step,
    Tone,
)
from .terms import due_date

__all__ = ["STATEMENT_COLUMNS", "Assessment", "assess"]

# Enum members looked up once: attribute access on an enum class is slow in a hot loop.
_EV_ACKNOWLEDGMENT = EventKind.ACKNOWLEDGMENT
_EV_COURT_FILING = EventKind.COURT_FILING
_EV_DISPUTE = EventKind.DISPUTE
_EV_DISPUTE_RESOLVED = EventKind.DISPUTE_RESOLVED
_EV_ENFORCEMENT = EventKind.ENFORCEMENT
_EV_FORMAL_NOTICE = EventKind.FORMAL_NOTICE
_EV_INSOLVENCY = EventKind.INSOLVENCY
_EV_JUDGMENT = EventKind.JUDGMENT
_EV_PAYMENT_PLAN = EventKind.PAYMENT_PLAN
_EV_REMINDER = EventKind.REMINDER
_EV_CALL = EventKind.CALL
_EV_WRITTEN_OFF = EventKind.WRITTEN_OFF
_ST_ENFORCEMENT = Stage.ENFORCEMENT
_ST_FORMAL_NOTICE = Stage.FORMAL_NOTICE
_ST_LITIGATION = Stage.LITIGATION
_ST_OVERDUE = Stage.OVERDUE
_ST_PREVENTIVE = Stage.PREVENTIVE
_ST_SETTLED = Stage.SETTLED
_ST_TIME_BARRED = Stage.TIME_BARRED
_ST_UPCOMING = Stage.UPCOMING
_BUSINESS = DebtorKind.BUSINESS
# Events that change neither interest, indemnity nor bases for a business or public debtor.
_SIMPLE_EVENTS = frozenset({EventKind.REMINDER, EventKind.CALL, EventKind.FORMAL_NOTICE})
_CONSUMER = DebtorKind.CONSUMER
_PUBLIC = DebtorKind.PUBLIC

#: The columns of a statement, in order (API contract §6).
STATEMENT_COLUMNS = (
    "reference",
    "customer",
    "due",
    "days_late",
    "outstanding",
    "interest",
    "indemnity",
    "total",
    "stage",
    "next_action",
)

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Assessment:
    """What a claim amounts to on ``as_of`` (API contract §4). All money is to the cent.

    Attributes:
        claim: the claim assessed.
        as_of: the day of the assessment.
        due: the due date.
        days_late: days since the due date while principal is unpaid (0 if not late).
        outstanding: principal still unpaid.
        interest: the interest breakdown (:class:`~creances.Interest`).
        indemnity: the 40 € recovery indemnity owed (0 if none).
        total: outstanding + interest not yet paid + indemnity not yet paid.
        stage: the :class:`~creances.Stage`.
        next_action: the next :class:`~creances.Action`, or None.
        time_bar: the last day the claim can be brought to court (or enforced, after a
            judgment); None while court proceedings are pending (C. civ. 2242).
        disputed / payment_plan / insolvency / written_off: situations reported beside the
            stage.
        basis: pairs (figure, legal basis) explaining each figure.
        warnings: notes from the computation (rate floor, overpayment...).
    """

    claim: Claim
    as_of: date
    due: date
    days_late: int
    outstanding: Decimal
    interest: Interest
    indemnity: Decimal
    total: Decimal
    stage: Stage
    next_action: Action | None
    time_bar: date | None
    disputed: bool = False
    payment_plan: bool = False
    insolvency: bool = False
    written_off: bool = False
    basis: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = ()
    # What ``interest`` is computed from when it is first read (see ``__getattr__``).
    _lazy: tuple[Rates, bool] | None = field(default=None, init=False, repr=False, compare=False)
    _interest_due: Decimal | None = field(default=None, init=False, repr=False, compare=False)

    if not TYPE_CHECKING:  # pragma: no branch (keep attribute typos visible to mypy)

        def __getattr__(self, name: str) -> object:
            # ``assess`` computes every figure at once but leaves the period-by-period
            # breakdown (``interest``) unset until it is read: the slot is then filled by
            # the same engine with the same arguments, so the value does not depend on when
            # it is read. Python calls __getattr__ only for an unset slot.
            lazy = object.__getattribute__(self, "_lazy")
            if name != "interest" or lazy is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
                )
            table, interest_first = lazy
            with localcontext(CTX):
                interest = _interest_of(
                    self.claim, self.as_of, self.due, table, interest_first=interest_first
                )
            object.__setattr__(self, "interest", interest)
            object.__setattr__(self, "_lazy", None)
            return interest

    @property
    def interest_due(self) -> Decimal:
        """Interest accrued and not yet paid (``interest.unpaid``, known without building the
        breakdown)."""
        known = object.__getattribute__(self, "_interest_due")
        return self.interest.unpaid if known is None else known

    def statement_row(self) -> dict[str, object]:
        """The row of a statement (API contract §6), keyed by :data:`STATEMENT_COLUMNS`:
        ``interest`` is the interest still due, ``stage`` and ``next_action`` are values.
        """
        action = self.next_action
        return {
            "reference": self.claim.reference,
            "customer": self.claim.customer,
            "due": self.due,
            "days_late": self.days_late,
            "outstanding": self.outstanding,
            "interest": self.interest_due,
            "indemnity": self.indemnity,
            "total": self.total,
            "stage": self.stage.value,
            "next_action": action.kind.value if action is not None else None,
        }

    def _repr_html_(self) -> str:
        from ._html import assessment_html

        return assessment_html(self)


def _assessment_maker() -> Callable[..., Assessment]:
    """A positional constructor of :class:`Assessment` for ``assess``: it fills the slots
    directly instead of going through the frozen dataclass ``__init__`` (one
    ``object.__setattr__`` per field), and leaves ``interest`` to be computed when first
    read from ``lazy`` (rates, imputation: one tuple for a whole batch). The test suite checks the result against
    ``Assessment(...)``."""
    new = object.__new__
    names = [name for name in Assessment.__slots__ if name != "interest"]
    setters = [getattr(Assessment, name).__set__ for name in names]
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17 = setters

    def make(  # positional on purpose: the hot path
        claim: Claim, as_of: date, due: date, days_late: int, outstanding: Decimal,
        indemnity: Decimal, total: Decimal, stage: Stage,
        next_action: Action | None, time_bar: date | None, disputed: bool,  # noqa: FBT001
        payment_plan: bool, insolvency: bool, written_off: bool,  # noqa: FBT001
        basis: tuple[tuple[str, str], ...], warnings: tuple[str, ...],
        lazy: tuple[Rates, bool], interest_due: Decimal,
    ) -> Assessment:  # fmt: skip
        obj = new(Assessment)
        s0(obj, claim)
        s1(obj, as_of)
        s2(obj, due)
        s3(obj, days_late)
        s4(obj, outstanding)
        s5(obj, indemnity)
        s6(obj, total)
        s7(obj, stage)
        s8(obj, next_action)
        s9(obj, time_bar)
        s10(obj, disputed)
        s11(obj, payment_plan)
        s12(obj, insolvency)
        s13(obj, written_off)
        s14(obj, basis)
        s15(obj, warnings)
        s16(obj, lazy)
        s17(obj, interest_due)
        return obj

    return make


_new_assessment = _assessment_maker()


def _action_maker() -> Callable[..., Action]:
    """A positional constructor of :class:`~creances.Action` that fills its slots directly
    (as ``_assessment_maker``); checked against ``Action(...)`` by the test suite."""
    new = object.__new__
    s0, s1, s2, s3, s4, s5, s6 = (getattr(Action, name).__set__ for name in Action.__slots__)

    def make(
        kind: ActionKind, on: date, channel: Channel, tone: Tone, label: str, basis: str,
        deadline: date | None,
    ) -> Action:  # fmt: skip
        obj = new(Action)
        s0(obj, kind)
        s1(obj, on)
        s2(obj, channel)
        s3(obj, tone)
        s4(obj, label)
        s5(obj, basis)
        s6(obj, deadline)
        return obj

    return make


_new_action = _action_maker()


_DEFAULT_RULES: dict[str, Rule] = {
    _BUSINESS: Statutory(),
    _PUBLIC: PublicProcurement(),
    _CONSUMER: LegalRate(),
}


def _years(day: date, years: int) -> date:
    """``day`` plus whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _last(events: Sequence[Event], kind: EventKind) -> Event | None:
    found = None
    for e in events:
        if e.kind == kind:
            found = e
    return found


def _first(events: Sequence[Event], kind: EventKind) -> Event | None:
    for e in events:
        if e.kind == kind:
            return e
    return None


_PUBLIC_CLAIMS = frozenset({_EV_REMINDER, _EV_FORMAL_NOTICE, _EV_ACKNOWLEDGMENT, _EV_PAYMENT_PLAN})
_ACKNOWLEDGMENTS = frozenset({_EV_ACKNOWLEDGMENT, _EV_PAYMENT_PLAN})


def _time_bar(
    debtor: str, due: date, events: Sequence[Event], pays: Sequence[Payment]
) -> date | None:
    """The last day on which the claim can be brought to court (see module docs)."""
    if debtor == _PUBLIC:
        # Loi 68-1250 art. 1 and 2: four years from 1 January after the due date, or after
        # any written claim, acknowledgment or payment.
        year = due.year
        if events:
            judgment = _last(events, _EV_JUDGMENT)
            if judgment is not None:
                # Art. 2: after a court action, a new four-year period from 1 January of the
                # year after the decision became final (approximated by its enforceability).
                return date((judgment.enforceable or judgment.on).year + 4, 12, 31)
            if _last(events, _EV_COURT_FILING) is not None:
                return None  # C. civ. 2242: interrupted until the end of the proceedings
            for e in events:
                if e.kind in _PUBLIC_CLAIMS:
                    year = max(year, e.on.year)
        for p in pays:
            year = max(year, p.on.year)
        return date(year + 4, 12, 31)
    start = due
    if events:
        judgment = _last(events, _EV_JUDGMENT)
        if judgment is not None:
            # CPCE L111-4: 10 years to enforce; an enforcement act starts a new period (C.
            # civ. 2244, 2231).
            start = judgment.enforceable or judgment.on
            for e in events:
                if e.kind == _EV_ENFORCEMENT and e.on > start:
                    start = e.on
            return _years(start, T.PRESCRIPTION_YEARS_JUDGMENT)
        if _last(events, _EV_COURT_FILING) is not None:
            return None  # C. civ. 2242: the interruption lasts until the end of the proceedings
        # C. civ. 2240 (acknowledgment, incl. a payment plan) and 2231.
        for e in events:
            if e.kind in _ACKNOWLEDGMENTS and e.on > start:
                start = e.on
    for p in pays:  # a partial payment acknowledges the debt (C. civ. 2240)
        start = max(start, p.on)
    years = (
        T.PRESCRIPTION_YEARS_CONSUMER if debtor == _CONSUMER else T.PRESCRIPTION_YEARS_COMMERCIAL
    )
    return _years(start, years)


def assess(
    claim: Claim,
    as_of: date,
    *,
    policy: DunningPolicy | None = None,
    rates: Rates | None = None,
    history: PaymentHistory | None = None,
    imputation: str = "principal_first",
) -> Assessment:
    """Assess ``claim`` on ``as_of``.

    Args:
        claim: the :class:`~creances.Claim`.
        as_of: the day of the assessment; later payments and events are ignored.
        policy: the dunning calendar (default: ``DunningPolicy.default()``).
        rates: the rate table (default: the bundled one). Rates are only needed when the
            claim accrues interest.
        history: the customer's payment history, to adapt the tone of reminders.
        imputation: how payments are applied. ``"principal_first"`` (default, invoice-ledger
            practice): a payment settles the invoice first and the penalties stay due beside
            it, so an invoice paid in full, even late, is SETTLED. ``"interest_first"``
            (C. civ. 1343-1): a payment first settles the interest accrued, so paying exactly
            the invoice amount late leaves principal unpaid, on which interest keeps running.
            1343-1 protects the creditor, who may accept the other imputation; choose the
            one your books follow. (:func:`late_interest` keeps the contract's
            ``interest_first`` default.)

    Raises:
        InvalidInputError: wrong argument types.
        RateUnavailableError: a rate the interest needs is not in the table.

    >>> from datetime import date
    >>> from decimal import Decimal
    >>> from creances.claims import Claim
    >>> a = assess(Claim(Decimal("1000.00"), date(2024, 5, 21), "30 jours"), date(2024, 7, 10))
    >>> a.due, a.days_late, a.interest.total, a.indemnity, a.total, a.stage
    (datetime.date(2024, 6, 20), 20, Decimal('7.87'), Decimal('40.00'), Decimal('1047.87'), <Stage.OVERDUE: 'overdue'>)
    """
    if not isinstance(claim, Claim):
        raise InvalidInputError(
            f"claim must be a cr.Claim, got {type(claim).__name__}", param="claim", value=claim
        )
    as_of = check_date(as_of, "as_of")
    if policy is None:
        policy = DunningPolicy.default()
    elif not isinstance(policy, DunningPolicy):
        raise InvalidInputError(
            f"policy must be a cr.DunningPolicy, got {policy!r}", param="policy", value=policy
        )
    if history is not None and not isinstance(history, PaymentHistory):
        raise InvalidInputError(
            f"history must be a cr.PaymentHistory, got {history!r}", param="history", value=history
        )
    interest_first = check_choice(imputation, "imputation", _IMPUTATIONS) == "interest_first"
    due = due_date(claim.issued, claim.term, delivered=claim.delivered)
    table = _table(rates)
    with localcontext(CTX):
        return _assess(
            claim, as_of, due, _due_basis(claim.term), policy, table, history, None,
            (table, interest_first),
        )  # fmt: skip


_IMPUTATIONS = ("interest_first", "principal_first")
_NO = False  # a situation flag (disputed, payment plan...) that does not apply
_NO_KINDS: frozenset[EventKind] = frozenset()
_MISSING = object()


def _due_basis(term: object) -> str:
    return f"échéance {term}, C. com. L441-10 I"


def _assess(
    claim: Claim,
    as_of: date,
    due: date,
    due_basis: str,
    policy: DunningPolicy,
    table: Rates,
    history: PaymentHistory | None,
    memo: dict[object, Any] | None,
    lazy: tuple[Rates, bool],
) -> Assessment:
    """The assessment proper; arguments already validated, run under ``localcontext(CTX)``.

    ``due_basis``: the text of the due date's basis; ``lazy``: (rates, imputation is
    interest first), what ``Assessment.interest`` is computed with. ``memo`` is a dict
    shared by the claims of one batch (same ``as_of``, policy, rates and imputation), or
    None for a claim alone: see :func:`_assess_plain`. Positional arguments: the hot path.
    """
    events = claim.events  # sorted by date (Claim sorts them)
    if events and events[-1].on > as_of:
        events = tuple(e for e in events if e.on <= as_of)
    pays = claim.payments  # sorted by date
    if pays and pays[-1].on > as_of:
        pays = tuple(p for p in pays if p.on <= as_of)
    if memo is not None and not pays:
        if not events:
            return _assess_plain(
                claim, as_of, due, (), _NO_KINDS, policy, table, history, memo, lazy, due_basis
            )
        kinds = {e.kind for e in events}
        if kinds <= _SIMPLE_EVENTS and not (
            _EV_FORMAL_NOTICE in kinds and claim.debtor == _CONSUMER
        ):
            return _assess_plain(
                claim, as_of, due, events, kinds, policy, table, history, memo, lazy, due_basis
            )
    return _assess_full(
        claim, as_of, due, events, pays, policy, table, history,
        lazy, due_basis=due_basis, memo=memo,
    )  # fmt: skip


def _assess_plain(
    claim: Claim,
    as_of: date,
    due: date,
    events: Sequence[Event],
    kinds: set[EventKind] | frozenset[EventKind],
    policy: DunningPolicy,
    table: Rates,
    history: PaymentHistory | None,
    memo: dict[object, Any],
    lazy: tuple[Rates, bool],
    due_basis: str,
) -> Assessment:
    """A claim in a batch, without payment by ``as_of`` and with at most reminders, calls
    and formal notices (``_SIMPLE_EVENTS``; a formal notice only to a business or public
    debtor).

    Such events change neither the interest (it runs without any reminder, L441-10 II,
    L2192-13), nor the indemnity, nor the legal bases: all of them, with the days late and
    the warnings, depend only on the due date, the debtor, the rule and the history (the
    term only names the due date's basis). The first claim of each kind is assessed, as if
    it had no events, by :func:`_assess_full`, and its amount-free results are kept in
    ``memo``; each claim then computes its interest on the shared schedule (the engine's
    arithmetic), its totals, and, from its events, the time bar, the stage and the next
    action by the functions :func:`_assess_full` uses. The test suite checks that the
    results equal :func:`_assess_full`'s claim by claim.
    """
    debtor = claim.debtor
    amount = claim.amount
    key = ("plain", due, debtor, claim.rule, history)
    shared: list[Any] | None = memo.get(key)
    if shared is None:
        bare = _assess_full(
            claim, as_of, due, (), (), policy, table, history,
            lazy, due_basis=due_basis, memo=memo,
        )  # fmt: skip
        rule, start_after, until, _, _, _ = _interest_terms(claim, as_of, due, (), (), None, None)
        segments = _plain_schedule(rule, start_after, until, table, actual=False, memo=memo)[0]
        small = bare.outstanding + bare.interest_due < policy.small_claims_ceiling
        shared = memo[key] = [
            segments, bare.days_late, bare.indemnity, bare.stage, bare.time_bar,
            {None: bare.basis[1:]},
            bare.warnings, bare.next_action if small else _MISSING,
            _MISSING if small else bare.next_action,
        ]  # fmt: skip
        if not events:
            return bare
    segments, days_late, indemnity, stage, time_bar, bases, warnings, act_small, act_large = shared
    basis = bases.get(due_basis)
    if basis is None:
        basis = bases[due_basis] = (("due", due_basis), *bases[None])
    interest_total = _segments_total(amount, segments)
    claimed = amount + interest_total
    small = claimed < policy.small_claims_ceiling
    if events:
        if debtor == _PUBLIC:  # any written claim interrupts the déchéance (loi 68-1250, 2)
            time_bar = _time_bar(debtor, due, events, ())
        stage = _stage(time_bar, kinds, as_of, due, policy, settled=False)
        # _next_action without what these events cannot bring (settlement, proceedings,
        # dispute, payment plan, write-off).
        action = None
        if stage is not _ST_TIME_BARRED:
            action = _calendar_memo(
                debtor, as_of, due, events, kinds, policy, history, memo, small=small, broken=False
            )
    else:
        action = act_small if small else act_large
        if action is _MISSING:
            action = _next_action(
                debtor, as_of, due, stage, (), (), policy, history, claimed, None, None,
                claimed + indemnity, disputed=False, written_off=False, memo=memo,
            )  # fmt: skip
            shared[7 if small else 8] = action
    return _new_assessment(
        claim, as_of, due, days_late, amount, indemnity, claimed + indemnity, stage, action,
        time_bar, _NO, _NO, _NO, _NO, basis, warnings, lazy, interest_total,
    )  # fmt: skip


def _assess_full(
    claim: Claim,
    as_of: date,
    due: date,
    events: Sequence[Event],
    pays: Sequence[Payment],
    policy: DunningPolicy,
    table: Rates,
    history: PaymentHistory | None,
    lazy: tuple[Rates, bool],
    *,
    due_basis: str,
    memo: dict[object, Any] | None,
) -> Assessment:
    """Any claim, given its events and payments up to ``as_of`` (``lazy``: see _assess)."""
    interest_first = lazy[1]
    debtor = claim.debtor
    consumer = debtor == _CONSUMER

    # --- interest ---------------------------------------------------------------------
    if events:
        has: set[EventKind] | frozenset[EventKind] = {e.kind for e in events}
        judgment = _first(events, _EV_JUDGMENT) if _EV_JUDGMENT in has else None
        insolvency = _first(events, _EV_INSOLVENCY) if _EV_INSOLVENCY in has else None
    else:
        has = _NO_KINDS
        judgment = insolvency = None
    if judgment is None and insolvency is None and not consumer:  # _interest_terms, inlined
        rule = claim.rule if claim.rule is not None else _DEFAULT_RULES[debtor]
        start_after, until, accrues = due, as_of, True
        counted: Sequence[Payment] = pays
        later: Sequence[Payment] = ()
    else:
        rule, start_after, until, accrues, counted, later = _interest_terms(
            claim, as_of, due, events, pays, judgment, insolvency
        )
    # The figures now; the period breakdown when ``Assessment.interest`` is first read (same
    # engine, same arguments: see _interest_of). A claim paid off needs no rate after its
    # last payment (the engine schedules up to it).
    interest_total, interest_paid, outstanding, surplus, _, run_warnings, first_basis = _run(
        claim.amount, start_after, until, rule, counted, table,
        interest_first=interest_first, actual=False, breakdown=False, memo=memo,
    )  # fmt: skip
    if later:
        interest_paid, outstanding, surplus = _settle_later(
            later,
            interest_total,
            interest_paid,
            outstanding,
            surplus,
            interest_first=interest_first,
        )
    interest_basis = first_basis
    if first_basis is None and consumer and not accrues:
        interest_basis = _NO_NOTICE
    interest_unpaid = interest_total - interest_paid

    # --- lateness and indemnity ---------------------------------------------------------
    late_now = outstanding > 0 and as_of > due
    paid_late = outstanding == 0 and bool(pays) and _settled_on(claim.amount, pays) > due
    indemnity = ZERO
    late = False
    if late_now or paid_late:
        # C. com. L441-10 II, D441-5; CCP D2192-35: 40 € from a professional or public
        # debtor, not when proceedings opened on or before the due date (see indemnity.py).
        if not consumer and (insolvency is None or insolvency.on > due):
            indemnity = T.RECOVERY_INDEMNITY
        late = True
    indemnity_left = indemnity - min(indemnity, surplus) if surplus else indemnity
    total = outstanding + interest_unpaid + indemnity_left
    days_late = (as_of - due).days if late_now else 0

    # --- stage ----------------------------------------------------------------------------
    time_bar = _time_bar(debtor, due, events, pays)
    judged: bool | None = None  # no time bar
    if time_bar is not None:
        judged = _EV_JUDGMENT in has
    stage = _stage(time_bar, has, as_of, due, policy, settled=outstanding == 0)

    disputed = _EV_DISPUTE in has and _active(events, _EV_DISPUTE, _EV_DISPUTE_RESOLVED)
    plan = _last(events, _EV_PAYMENT_PLAN) if _EV_PAYMENT_PLAN in has else None
    written_off = _EV_WRITTEN_OFF in has
    action = _next_action(
        debtor, as_of, due, stage, events, pays, policy, history,
        outstanding + interest_unpaid, plan, insolvency, total,
        disputed=disputed, written_off=written_off, memo=memo, kinds=has,
    )  # fmt: skip
    return _new_assessment(
        claim, as_of, due, days_late, outstanding, indemnity, total, stage, action,
        time_bar, disputed, plan is not None, insolvency is not None, written_off,
        _bases(due_basis, interest_basis, debtor, memo, late=late, judged=judged),
        tuple(run_warnings), lazy, interest_unpaid,
    )  # fmt: skip


_LAZY_KEY = object()  # where a batch keeps its one ``Assessment._lazy`` tuple


def _bases(
    due_basis: str,
    interest_basis: str | None,
    debtor: str,
    memo: dict[object, Any] | None,
    *,
    late: bool,
    judged: bool | None,
) -> tuple[tuple[str, str], ...]:
    """``Assessment.basis``: the due date's, the interest's (if any), the indemnity's (if the
    invoice is or was paid late) and the time bar's (if any; ``judged``: after a judgment).
    A batch shares the tuples (there are few distinct ones)."""
    key = ("bases", due_basis, interest_basis, debtor, late, judged)
    if memo is not None:
        hit: tuple[tuple[str, str], ...] | None = memo.get(key)
        if hit is not None:
            return hit
    basis = [("due", due_basis)]
    if interest_basis is not None:
        basis.append(("interest", interest_basis))
    if late:
        basis.append(("indemnity", indemnity_basis(debtor)))
    if judged is not None:
        basis.append(("time_bar", _time_bar_basis(debtor, judgment=judged)))
    result = tuple(basis)
    if memo is not None:
        memo[key] = result
    return result


def _calendar_signature(
    events: Sequence[Event], due: date
) -> tuple[int, int, int, bool, date | None]:
    """What :func:`_calendar` reads of events that are all reminders, calls or formal
    notices (sorted by date): how many of each (each done step consumes one of its kind),
    whether the first reminder was sent by the due date (it then counts as the preventive
    one), and the date of the last formal notice (it closes the amicable steps and delays
    the judicial one). Claims of a batch with the same due date, signature, history,
    debtor and small-claims flag have the same next action."""
    reminders = calls = notices = 0
    first_reminder: date | None = None
    notice: date | None = None
    for e in events:
        kind = e.kind
        if kind == _EV_REMINDER:
            reminders += 1
            if first_reminder is None:
                first_reminder = e.on
        elif kind == _EV_CALL:
            calls += 1
        else:
            notices += 1
            notice = e.on
    early = first_reminder is not None and first_reminder <= due
    return reminders, calls, notices, early, notice


def _stage(
    time_bar: date | None,
    has: set[EventKind] | frozenset[EventKind],
    as_of: date,
    due: date,
    policy: DunningPolicy,
    *,
    settled: bool,
) -> Stage:
    """The stage (API contract §4), from the most advanced situation down."""
    if settled:
        return _ST_SETTLED
    if time_bar is not None and as_of > time_bar:
        return _ST_TIME_BARRED
    if has:
        if _EV_JUDGMENT in has or _EV_ENFORCEMENT in has:
            return _ST_ENFORCEMENT
        if _EV_COURT_FILING in has:
            return _ST_LITIGATION
        if _EV_FORMAL_NOTICE in has and as_of > due:
            return _ST_FORMAL_NOTICE
    if as_of > due:
        return _ST_OVERDUE
    if (due - as_of).days <= policy.preventive_days:
        return _ST_PREVENTIVE
    return _ST_UPCOMING


def _interest_terms(
    claim: Claim,
    as_of: date,
    due: date,
    events: Sequence[Event],
    pays: Sequence[Payment],
    judgment: Event | None,
    insolvency: Event | None,
) -> tuple[Rule, date, date, bool, Sequence[Payment], Sequence[Payment]]:
    """What the interest engine is run with: the rule, the day after which interest runs,
    the last day of interest, whether any accrues, the payments counted by the engine and
    those made after interest stopped (see the module docs for the law)."""
    rule = claim.rule if claim.rule is not None else _DEFAULT_RULES[claim.debtor]
    start_after = due  # interest runs from the day after this date
    accrues = True
    if claim.debtor == _CONSUMER:
        notice = _first(events, _EV_FORMAL_NOTICE) if events else None
        if notice is not None:
            start_after = max(due, notice.on)
        elif judgment is not None:
            start_after = max(due, judgment.on)  # C. civ. 1231-7: from the judgment
        else:
            accrues = False
    if judgment is not None:
        before = rule.before if isinstance(rule, AfterJudgment) else rule
        rule = AfterJudgment(before, judgment.on, judgment.enforceable)
    until = as_of
    if insolvency is not None:
        until = min(as_of, insolvency.on - _ONE_DAY)  # C. com. L622-28
    if not accrues:
        start_after = as_of  # no period: payments only reduce the principal
        until = as_of
    if pays and pays[-1].on > until:
        return (
            rule, start_after, until, accrues,
            [p for p in pays if p.on <= until], [p for p in pays if p.on > until],
        )  # fmt: skip
    return rule, start_after, until, accrues, pays, ()


def _settle_later(
    later: Sequence[Payment],
    total: Decimal,
    paid: Decimal,
    outstanding: Decimal,
    surplus: Decimal,
    *,
    interest_first: bool,
) -> tuple[Decimal, Decimal, Decimal]:
    """Payments made after interest stopped (insolvency), with the same imputation: the new
    interest paid, principal left and surplus."""
    unpaid = total - paid
    for p in later:
        outstanding, unpaid, paid, surplus = _apply(
            p.amount, outstanding, unpaid, paid, surplus, interest_first=interest_first
        )
    return paid, outstanding, surplus


def _interest_of(
    claim: Claim, as_of: date, due: date, table: Rates, *, interest_first: bool
) -> Interest:
    """``Assessment.interest``: the breakdown of the interest figures of ``_assess``, by the
    same steps (under ``localcontext(CTX)``)."""
    events = claim.events
    if events and events[-1].on > as_of:
        events = tuple(e for e in events if e.on <= as_of)
    pays = claim.payments
    if pays and pays[-1].on > as_of:
        pays = tuple(p for p in pays if p.on <= as_of)
    judgment = _first(events, _EV_JUDGMENT)
    insolvency = _first(events, _EV_INSOLVENCY)
    rule, start_after, until, _, counted, later = _interest_terms(
        claim, as_of, due, events, pays, judgment, insolvency
    )
    interest = _compute(
        claim.amount, start_after, until, rule, counted, table,
        interest_first=interest_first, actual=False,
    )  # fmt: skip
    if later:
        paid, left, surplus = _settle_later(
            later, interest.total, interest.paid, interest.principal_left, interest.overpaid,
            interest_first=interest_first,
        )  # fmt: skip
        interest = replace(interest, paid=paid, principal_left=left, overpaid=surplus)
    return interest


_NO_NOTICE = "consommateur : aucun intérêt sans mise en demeure (C. civ. 1231-6, 1344-1)"


def _settled_on(amount: Decimal, pays: Sequence[Payment]) -> date:
    """The day cumulated payments first reached ``amount`` (pays is sorted)."""
    running = ZERO
    for p in pays:
        running += p.amount
        if running >= amount:
            return p.on
    return pays[-1].on


def _active(events: Sequence[Event], start: EventKind, end: EventKind) -> bool:
    state = False
    for e in events:
        if e.kind == start:
            state = True
        elif e.kind == end:
            state = False
    return state


def _time_bar_basis(debtor: str, *, judgment: bool) -> str:
    if judgment:
        if debtor == _PUBLIC:
            return "loi n° 68-1250, art. 2 : nouveau délai de quatre ans après la décision"
        return "CPCE L111-4 : exécution du jugement pendant dix ans"
    if debtor == _PUBLIC:
        return "loi n° 68-1250 du 31 décembre 1968 : déchéance quadriennale"
    if debtor == _CONSUMER:
        return "C. conso L218-2 : prescription de deux ans"
    return "C. com. L110-4 : prescription de cinq ans"


def _pause(events: Sequence[Event]) -> list[tuple[date, date]]:
    """The (start, end) of each resolved dispute."""
    spans: list[tuple[date, date]] = []
    opened: date | None = None
    for e in events:
        if e.kind == _EV_DISPUTE and opened is None:
            opened = e.on
        elif e.kind == _EV_DISPUTE_RESOLVED and opened is not None:
            spans.append((opened, e.on))
            opened = None
    return spans


def _next_action(
    debtor: str,
    as_of: date,
    due: date,
    stage: Stage,
    events: Sequence[Event],
    pays: Sequence[Payment],
    policy: DunningPolicy,
    history: PaymentHistory | None,
    claimed: Decimal,
    plan: Event | None,
    insolvency: Event | None,
    total: Decimal,
    *,
    disputed: bool,
    written_off: bool,
    memo: dict[object, Any] | None = None,
    kinds: set[EventKind] | frozenset[EventKind] = _NO_KINDS,
) -> Action | None:
    """The next action; ``kinds``: the kinds of ``events`` (for the batch memo)."""
    if written_off or stage == _ST_TIME_BARRED:
        return None
    if stage == _ST_SETTLED:
        if total > 0 and debtor != _CONSUMER:
            return Action(
                ActionKind.CLAIM_PENALTIES, as_of, Channel.EMAIL, Tone.COURTEOUS,
                "facturer les pénalités de retard et l'indemnité forfaitaire restant dues",
                "C. com. L441-10 II ; D441-5",
            )  # fmt: skip
        return None
    if insolvency is not None:
        return Action(
            ActionKind.DECLARE_CLAIM, insolvency.on, Channel.REGISTERED_LETTER, Tone.FIRM,
            "déclarer la créance au mandataire judiciaire dans les deux mois de la publication "
            "du jugement d'ouverture au BODACC",
            "C. com. L622-24 et R622-24",
            insolvency.on + relativedelta(months=2),
        )  # fmt: skip
    if stage == _ST_LITIGATION:
        return None
    if stage == _ST_ENFORCEMENT:
        if any(e.kind == _EV_ENFORCEMENT for e in events):
            return None
        judgment = _last(events, _EV_JUDGMENT)
        start = (judgment.enforceable or judgment.on) if judgment is not None else as_of
        return Action(
            ActionKind.ENFORCE_JUDGMENT, start, Channel.COMMISSAIRE_DE_JUSTICE, Tone.FIRM,
            "faire signifier et exécuter le jugement par un commissaire de justice",
            "CPCE L111-2 et L111-3",
        )  # fmt: skip
    if disputed:
        opened = _last(events, _EV_DISPUTE)
        return Action(
            ActionKind.RESOLVE_DISPUTE, opened.on if opened else as_of, Channel.PHONE,
            Tone.COURTEOUS,
            "litige en cours : calendrier de relance suspendu, traiter la contestation",
            "pratique de recouvrement",
        )  # fmt: skip
    broken = False
    if plan is not None:
        paid_since = sum((p.amount for p in pays if p.on >= plan.on), ZERO)
        expected = ZERO
        for inst in plan.instalments:
            if inst.on < as_of:  # an instalment due today is not missed before the day ends
                expected += inst.amount
        if paid_since < expected:
            broken = True
        else:
            running = ZERO
            for inst in plan.instalments:
                running += inst.amount
                if running > paid_since:
                    return Action(
                        ActionKind.PAYMENT_PLAN_INSTALMENT, inst.on, Channel.EMAIL,
                        Tone.COURTEOUS,
                        f"échéance de {inst.amount:f} € de l'échéancier convenu le "
                        f"{plan.on.isoformat()}",
                        "échéancier amiable convenu par écrit",
                    )  # fmt: skip
    small = claimed < policy.small_claims_ceiling
    return _calendar_memo(
        debtor, as_of, due, events, kinds, policy, history, memo, small=small, broken=broken
    )


def _calendar_memo(
    debtor: str,
    as_of: date,
    due: date,
    events: Sequence[Event],
    kinds: set[EventKind] | frozenset[EventKind],
    policy: DunningPolicy,
    history: PaymentHistory | None,
    memo: dict[object, Any] | None,
    *,
    small: bool,
    broken: bool,
) -> Action | None:
    """:func:`_calendar`, kept in a batch's memo when the events are all simple."""
    if memo is None or (events and not kinds <= _SIMPLE_EVENTS):
        return _calendar(
            debtor, as_of, due, events, policy, history, small=small, broken=broken, memo=memo
        )
    # All the calendar reads, besides the batch's as_of and policy.
    if events:  # one flat key: a batch keeps many of them
        key: tuple[object, ...] = (
            due,
            history,
            debtor,
            small,
            broken,
            *_calendar_signature(events, due),
        )
    else:
        key = (due, history, debtor, small, broken)
    hit = memo.get(key, _MISSING)
    if hit is _MISSING:
        hit = memo[key] = _calendar(
            debtor, as_of, due, events, policy, history, small=small, broken=broken, memo=memo
        )
    action: Action | None = hit
    return action


_OTHER_STEP, _PREVENTIVE_STEP, _AMICABLE_STEP, _JUDICIAL_STEP = range(4)
_PLAN_KEY = object()  # where a batch keeps its policy's plan in the memo
_BROKEN = " (échéancier non respecté)"


class _Plan(NamedTuple):
    """A policy's steps with what the calendar needs of each, computed once per batch:
    (step, event kind that records it as done, offset, step code, legal basis)."""

    steps: tuple[tuple[Step, str | None, timedelta, int, str], ...]
    notice_delay: timedelta  # the formal notice's deadline, + 1 day


def _plan(policy: DunningPolicy, memo: dict[object, Any] | None) -> _Plan:
    if memo is not None:
        hit: _Plan | None = memo.get(_PLAN_KEY)
        if hit is not None:
            return hit
    steps = []
    for step in policy.steps:
        action = step.action
        if action == ActionKind.PREVENTIVE_REMINDER:
            code = _PREVENTIVE_STEP
        elif action in (ActionKind.REMINDER, ActionKind.CALL, ActionKind.FINAL_REMINDER):
            code = _AMICABLE_STEP
        elif action == ActionKind.JUDICIAL:
            code = _JUDICIAL_STEP
        else:
            code = _OTHER_STEP
        basis = _STEP_BASIS.get(action, "politique de relance du créancier")
        steps.append((step, DONE_BY.get(action), timedelta(days=step.offset), code, basis))
    plan = _Plan(tuple(steps), timedelta(days=policy.formal_notice_days + 1))
    if memo is not None:
        memo[_PLAN_KEY] = plan
    return plan


def _calendar(
    debtor: str,
    as_of: date,
    due: date,
    events: Sequence[Event],
    policy: DunningPolicy,
    history: PaymentHistory | None,
    *,
    small: bool,
    broken: bool,
    memo: dict[object, Any] | None = None,
) -> Action | None:
    """The next step of the policy's calendar not yet done (``small``: the amount claimed is
    below the policy's small-claims ceiling). A step is done when an event of its kind was
    recorded (each event counts once, in date order); a dispute resolved shifts the later
    steps by its length; a formal notice (or a broken payment plan) ends the amicable steps.
    """
    plan = _plan(policy, memo)
    done: dict[str, list[date]] | None = None
    used: dict[str, int] = {}
    spans: list[tuple[date, date]] = []
    notice = None
    if events:
        done = {}
        for e in events:
            dates = done.get(e.kind)
            if dates is None:
                done[e.kind] = [e.on]
            else:
                dates.append(e.on)
        if _EV_DISPUTE in done:
            spans = _pause(events)
        notice = _last(events, _EV_FORMAL_NOTICE)
    for step, kind, offset, code, basis in plan.steps:
        when = due + offset
        for opened, closed in spans:
            if when >= opened:
                when += closed - opened
        if code == _PREVENTIVE_STEP:
            dates = done.get(kind) if done is not None and kind is not None else None
            if dates and kind is not None and dates[0] <= due:
                used[kind] = used.get(kind, 0) + 1
                continue
            if as_of > due:
                continue  # too late for a preventive reminder
        elif done is not None and kind is not None:
            dates = done.get(kind)
            n = used.get(kind, 0)
            if dates is not None and n < len(dates):
                used[kind] = n + 1
                continue
        if code == _AMICABLE_STEP and (broken or notice is not None):
            continue  # amicable steps are over once a formal notice was sent / a plan broken
        if code == _JUDICIAL_STEP:
            if notice is not None:
                when = max(when, notice.on + plan.notice_delay)
            return _judicial(debtor, when, events, policy, small=small)
        tone = step.tone if history is None else policy.tone_for(step, history)
        return _new_action(
            step.action, when, step.channel, tone, step.label + _BROKEN if broken else step.label,
            basis, None,
        )  # fmt: skip
    return None


_STEP_BASIS: dict[ActionKind, str] = {
    ActionKind.PREVENTIVE_REMINDER: "pratique de recouvrement (relance préventive)",
    ActionKind.REMINDER: "pratique de recouvrement (relance amiable)",
    ActionKind.CALL: "pratique de recouvrement (relance amiable)",
    ActionKind.FINAL_REMINDER: "pratique de recouvrement (relance amiable)",
    ActionKind.FORMAL_NOTICE: "C. civ. 1344 et 1344-1 (mise en demeure)",
}


def _judicial(
    debtor: str, when: date, events: Sequence[Event], policy: DunningPolicy, *, small: bool
) -> Action:
    ever_disputed = False
    for e in events:
        if e.kind == _EV_DISPUTE:
            ever_disputed = True
            break
    if debtor == _PUBLIC:
        return _new_action(
            ActionKind.REFERE_PROVISION, when, Channel.COURT, Tone.FIRM,
            "référé-provision devant le tribunal administratif (acheteur public)",
            "CJA R541-1", None,
        )  # fmt: skip
    if ever_disputed:
        return _new_action(
            ActionKind.ASSIGNATION, when, Channel.COURT, Tone.FIRM,
            "assignation au fond : la créance a été contestée",
            "CPC 54 et 750 s.", None,
        )  # fmt: skip
    if small:
        return _new_action(
            ActionKind.SMALL_CLAIMS, when, Channel.COMMISSAIRE_DE_JUSTICE, Tone.FIRM,
            "procédure simplifiée de recouvrement des petites créances par commissaire de "
            "justice (à défaut d'accord : injonction de payer)",
            "CPCE L125-1 et R125-1", None,
        )  # fmt: skip
    if policy.uncontested_procedure and debtor == _BUSINESS:
        return _new_action(
            ActionKind.UNCONTESTED_COMMERCIAL_CLAIM, when, Channel.COMMISSAIRE_DE_JUSTICE,
            Tone.FIRM,
            "recouvrement des créances commerciales incontestées par commissaire de justice",
            "loi du 23 avril 2026 (CPCE L126-1 s., numérotation à vérifier)", None,
        )  # fmt: skip
    return _new_action(
        ActionKind.INJONCTION_DE_PAYER, when, Channel.COURT, Tone.FIRM,
        "requête en injonction de payer (ou référé-provision si la créance n'est pas "
        "sérieusement contestable)",
        "CPC 1405 s. ; CPC 873 al. 2", None,
    )  # fmt: skip
