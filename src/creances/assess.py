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

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal, localcontext

from dateutil.relativedelta import relativedelta

from ._money import CTX, ZERO
from ._validate import check_choice, check_date
from .claims import Claim, Event, EventKind
from .data import thresholds as T
from .errors import InvalidInputError
from .indemnity import DebtorKind, indemnity_basis, recovery_indemnity
from .interest import (
    AfterJudgment,
    Interest,
    LegalRate,
    Payment,
    PublicProcurement,
    Rule,
    Statutory,
    _compute,
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
    Tone,
)
from .terms import due_date

__all__ = ["STATEMENT_COLUMNS", "Assessment", "assess"]

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

    @property
    def interest_due(self) -> Decimal:
        """Interest accrued and not yet paid."""
        return self.interest.unpaid

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
            "interest": self.interest.unpaid,
            "indemnity": self.indemnity,
            "total": self.total,
            "stage": self.stage.value,
            "next_action": action.kind.value if action is not None else None,
        }

    def _repr_html_(self) -> str:
        from ._html import assessment_html

        return assessment_html(self)


_DEFAULT_RULES: dict[str, Rule] = {
    DebtorKind.BUSINESS: Statutory(),
    DebtorKind.PUBLIC: PublicProcurement(),
    DebtorKind.CONSUMER: LegalRate(),
}


def _default_rule(claim: Claim) -> Rule:
    """The claim's rule, or the default by debtor (API contract §4)."""
    return claim.rule if claim.rule is not None else _DEFAULT_RULES[claim.debtor]


def _years(day: date, years: int) -> date:
    """``day`` plus whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _last(events: list[Event], kind: EventKind) -> Event | None:
    found = None
    for e in events:
        if e.kind == kind:
            found = e
    return found


def _first(events: list[Event], kind: EventKind) -> Event | None:
    for e in events:
        if e.kind == kind:
            return e
    return None


def _time_bar(claim: Claim, due: date, events: list[Event], pays: list[Payment]) -> date | None:
    """The last day on which the claim can be brought to court (see module docs)."""
    judgment = _last(events, EventKind.JUDGMENT)
    if judgment is not None:
        start = judgment.enforceable or judgment.on
        if claim.debtor == DebtorKind.PUBLIC:
            # Loi 68-1250 art. 2: after a court action, a new four-year period from 1 January
            # of the year after the decision became final (approximated by its enforceability).
            return date(start.year + 4, 12, 31)
        # CPCE L111-4: 10 years to enforce; an enforcement act starts a new period (2244, 2231).
        for e in events:
            if e.kind == EventKind.ENFORCEMENT and e.on > start:
                start = e.on
        return _years(start, T.PRESCRIPTION_YEARS_JUDGMENT)
    if _last(events, EventKind.COURT_FILING) is not None:
        return None  # C. civ. 2242: the interruption lasts until the end of the proceedings
    if claim.debtor == DebtorKind.PUBLIC:
        # Loi 68-1250 art. 1 and 2: four years from 1 January after the due date, or after
        # any written claim, acknowledgment or payment.
        year = due.year
        for e in events:
            if e.kind in (EventKind.REMINDER, EventKind.FORMAL_NOTICE, EventKind.ACKNOWLEDGMENT,
                          EventKind.PAYMENT_PLAN):  # fmt: skip
                year = max(year, e.on.year)
        for p in pays:
            year = max(year, p.on.year)
        return date(year + 4, 12, 31)
    years = (
        T.PRESCRIPTION_YEARS_CONSUMER
        if claim.debtor == DebtorKind.CONSUMER
        else T.PRESCRIPTION_YEARS_COMMERCIAL
    )
    start = due
    # C. civ. 2240 (acknowledgment, incl. a payment plan or a partial payment) and 2231.
    for e in events:
        if e.kind in (EventKind.ACKNOWLEDGMENT, EventKind.PAYMENT_PLAN) and e.on > start:
            start = e.on
    for p in pays:
        start = max(start, p.on)
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
    return _assess(claim, as_of, due, policy, rates, history, interest_first=interest_first)


_IMPUTATIONS = ("interest_first", "principal_first")


def _assess(
    claim: Claim,
    as_of: date,
    due: date,
    policy: DunningPolicy,
    rates: Rates | None,
    history: PaymentHistory | None,
    *,
    interest_first: bool = True,
) -> Assessment:
    events = [e for e in claim.events if e.on <= as_of]
    pays = [p for p in claim.payments if p.on <= as_of]
    debtor = claim.debtor
    consumer = debtor == DebtorKind.CONSUMER
    basis: list[tuple[str, str]] = [("due", f"échéance {claim.term}, C. com. L441-10 I")]

    # --- interest ---------------------------------------------------------------------
    rule = _default_rule(claim)
    judgment = _first(events, EventKind.JUDGMENT)
    insolvency = _first(events, EventKind.INSOLVENCY)
    start_after = due  # interest runs from the day after this date
    accrues = True
    if consumer:
        notice = _first(events, EventKind.FORMAL_NOTICE)
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
    # The claim's fields were validated when it was built: call the engine directly. A
    # claim paid off needs no rate after its last payment (the engine schedules up to it).
    with localcontext(CTX):
        interest = _compute(
            claim.amount,
            start_after,
            until,
            rule,
            [p for p in pays if p.on <= until],
            _table(rates),
            interest_first=interest_first,
            actual=False,
        )
    later = [p for p in pays if p.on > until]
    outstanding = interest.principal_left
    surplus = interest.overpaid
    interest_paid_later = ZERO
    unpaid = interest.unpaid
    for p in later:  # payments after interest stopped (insolvency), same imputation
        if interest_first:
            to_i = min(p.amount, unpaid - interest_paid_later)
            to_p = min(p.amount - to_i, outstanding)
        else:
            to_p = min(p.amount, outstanding)
            to_i = min(p.amount - to_p, unpaid - interest_paid_later)
        interest_paid_later += to_i
        outstanding -= to_p
        surplus += p.amount - to_i - to_p
    if later:
        interest = _with_paid(interest, interest.paid + interest_paid_later, outstanding, surplus)
    if interest.periods:
        basis.append(("interest", interest.periods[0].basis))
    elif consumer and not accrues:
        basis.append(
            (
                "interest",
                "consommateur : aucun intérêt sans mise en demeure (C. civ. 1231-6, 1344-1)",
            )
        )

    # --- lateness and indemnity ---------------------------------------------------------
    late_now = outstanding > 0 and as_of > due
    paid_late = outstanding == 0 and bool(pays) and _settled_on(claim.amount, pays) > due
    insolvent_before_due = insolvency is not None and insolvency.on <= due
    indemnity = ZERO
    if late_now or paid_late:
        indemnity = recovery_indemnity(debtor=debtor, insolvency_before_due=insolvent_before_due)
        basis.append(("indemnity", indemnity_basis(debtor)))
    indemnity_left = indemnity - min(indemnity, surplus)
    total = outstanding + interest.unpaid + indemnity_left
    days_late = (as_of - due).days if late_now else 0

    # --- stage ----------------------------------------------------------------------------
    time_bar = _time_bar(claim, due, events, pays)
    if time_bar is not None:
        basis.append(("time_bar", _time_bar_basis(claim, events)))
    has = {e.kind for e in events}
    if outstanding == 0:
        stage = Stage.SETTLED
    elif time_bar is not None and as_of > time_bar:
        stage = Stage.TIME_BARRED
    elif EventKind.JUDGMENT in has or EventKind.ENFORCEMENT in has:
        stage = Stage.ENFORCEMENT
    elif EventKind.COURT_FILING in has:
        stage = Stage.LITIGATION
    elif EventKind.FORMAL_NOTICE in has and as_of > due:
        stage = Stage.FORMAL_NOTICE
    elif as_of > due:
        stage = Stage.OVERDUE
    elif (due - as_of).days <= policy.preventive_days:
        stage = Stage.PREVENTIVE
    else:
        stage = Stage.UPCOMING

    disputed = _active(events, EventKind.DISPUTE, EventKind.DISPUTE_RESOLVED)
    plan = _last(events, EventKind.PAYMENT_PLAN)
    written_off = EventKind.WRITTEN_OFF in has
    action = _next_action(
        claim, as_of, due, stage, events, pays, policy, history,
        outstanding + interest.unpaid, plan, insolvency, total,
        disputed=disputed, written_off=written_off,
    )  # fmt: skip
    return Assessment(
        claim=claim,
        as_of=as_of,
        due=due,
        days_late=days_late,
        outstanding=outstanding,
        interest=interest,
        indemnity=indemnity,
        total=total,
        stage=stage,
        next_action=action,
        time_bar=time_bar,
        disputed=disputed,
        payment_plan=plan is not None,
        insolvency=insolvency is not None,
        written_off=written_off,
        basis=tuple(basis),
        warnings=interest.warnings,
    )


def _with_paid(interest: Interest, paid: Decimal, left: Decimal, surplus: Decimal) -> Interest:
    return replace(interest, paid=paid, principal_left=left, overpaid=surplus)


def _settled_on(amount: Decimal, pays: list[Payment]) -> date:
    """The day cumulated payments first reached ``amount`` (pays is sorted)."""
    running = ZERO
    for p in pays:
        running += p.amount
        if running >= amount:
            return p.on
    return pays[-1].on


def _active(events: list[Event], start: EventKind, end: EventKind) -> bool:
    state = False
    for e in events:
        if e.kind == start:
            state = True
        elif e.kind == end:
            state = False
    return state


def _time_bar_basis(claim: Claim, events: list[Event]) -> str:
    if any(e.kind == EventKind.JUDGMENT for e in events):
        if claim.debtor == DebtorKind.PUBLIC:
            return "loi n° 68-1250, art. 2 : nouveau délai de quatre ans après la décision"
        return "CPCE L111-4 : exécution du jugement pendant dix ans"
    if claim.debtor == DebtorKind.PUBLIC:
        return "loi n° 68-1250 du 31 décembre 1968 : déchéance quadriennale"
    if claim.debtor == DebtorKind.CONSUMER:
        return "C. conso L218-2 : prescription de deux ans"
    return "C. com. L110-4 : prescription de cinq ans"


def _pause(events: list[Event]) -> list[tuple[date, date]]:
    """The (start, end) of each resolved dispute."""
    spans: list[tuple[date, date]] = []
    opened: date | None = None
    for e in events:
        if e.kind == EventKind.DISPUTE and opened is None:
            opened = e.on
        elif e.kind == EventKind.DISPUTE_RESOLVED and opened is not None:
            spans.append((opened, e.on))
            opened = None
    return spans


def _next_action(
    claim: Claim,
    as_of: date,
    due: date,
    stage: Stage,
    events: list[Event],
    pays: list[Payment],
    policy: DunningPolicy,
    history: PaymentHistory | None,
    claimed: Decimal,
    plan: Event | None,
    insolvency: Event | None,
    total: Decimal,
    *,
    disputed: bool,
    written_off: bool,
) -> Action | None:
    if written_off or stage == Stage.TIME_BARRED:
        return None
    if stage == Stage.SETTLED:
        if total > 0 and claim.debtor != DebtorKind.CONSUMER:
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
    if stage == Stage.LITIGATION:
        return None
    if stage == Stage.ENFORCEMENT:
        if any(e.kind == EventKind.ENFORCEMENT for e in events):
            return None
        judgment = _last(events, EventKind.JUDGMENT)
        start = (judgment.enforceable or judgment.on) if judgment is not None else as_of
        return Action(
            ActionKind.ENFORCE_JUDGMENT, start, Channel.COMMISSAIRE_DE_JUSTICE, Tone.FIRM,
            "faire signifier et exécuter le jugement par un commissaire de justice",
            "CPCE L111-2 et L111-3",
        )  # fmt: skip
    if disputed:
        opened = _last(events, EventKind.DISPUTE)
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
    return _calendar(claim, as_of, due, events, policy, history, claimed, broken=broken)


def _calendar(
    claim: Claim,
    as_of: date,
    due: date,
    events: list[Event],
    policy: DunningPolicy,
    history: PaymentHistory | None,
    claimed: Decimal,
    *,
    broken: bool,
) -> Action | None:
    done: dict[str, list[date]] = {}
    for e in events:
        done.setdefault(e.kind.value, []).append(e.on)
    used: dict[str, int] = {}
    spans = _pause(events)
    notice = _last(events, EventKind.FORMAL_NOTICE)
    for step in policy.steps:
        kind = DONE_BY.get(step.action)
        when = due + timedelta(days=step.offset)
        for opened, closed in spans:
            if when >= opened:
                when += closed - opened
        if kind is not None:
            dates = done.get(kind, [])
            n = used.get(kind, 0)
            if step.action == ActionKind.PREVENTIVE_REMINDER:
                if dates and dates[0] <= due:
                    used[kind] = n + 1
                    continue
                if as_of > due:
                    continue  # too late for a preventive reminder
            elif n < len(dates):
                used[kind] = n + 1
                continue
        if step.action in (ActionKind.REMINDER, ActionKind.CALL, ActionKind.FINAL_REMINDER) and (
            broken or notice is not None
        ):
            continue  # amicable steps are over once a formal notice was sent / a plan broken
        if step.action == ActionKind.JUDICIAL:
            if notice is not None:
                when = max(when, notice.on + timedelta(days=policy.formal_notice_days + 1))
            return _judicial(claim, when, events, policy, claimed)
        tone = policy.tone_for(step, history)
        label = step.label
        if broken:
            label += " (échéancier non respecté)"
        basis = _STEP_BASIS.get(step.action, "politique de relance du créancier")
        return Action(step.action, when, step.channel, tone, label, basis)
    return None


_STEP_BASIS: dict[ActionKind, str] = {
    ActionKind.PREVENTIVE_REMINDER: "pratique de recouvrement (relance préventive)",
    ActionKind.REMINDER: "pratique de recouvrement (relance amiable)",
    ActionKind.CALL: "pratique de recouvrement (relance amiable)",
    ActionKind.FINAL_REMINDER: "pratique de recouvrement (relance amiable)",
    ActionKind.FORMAL_NOTICE: "C. civ. 1344 et 1344-1 (mise en demeure)",
}


def _judicial(
    claim: Claim, when: date, events: list[Event], policy: DunningPolicy, claimed: Decimal
) -> Action:
    ever_disputed = any(e.kind == EventKind.DISPUTE for e in events)
    if claim.debtor == DebtorKind.PUBLIC:
        return Action(
            ActionKind.REFERE_PROVISION, when, Channel.COURT, Tone.FIRM,
            "référé-provision devant le tribunal administratif (acheteur public)",
            "CJA R541-1",
        )  # fmt: skip
    if ever_disputed:
        return Action(
            ActionKind.ASSIGNATION, when, Channel.COURT, Tone.FIRM,
            "assignation au fond : la créance a été contestée",
            "CPC 54 et 750 s.",
        )  # fmt: skip
    if claimed < policy.small_claims_ceiling:
        return Action(
            ActionKind.SMALL_CLAIMS, when, Channel.COMMISSAIRE_DE_JUSTICE, Tone.FIRM,
            "procédure simplifiée de recouvrement des petites créances par commissaire de "
            "justice (à défaut d'accord : injonction de payer)",
            "CPCE L125-1 et R125-1",
        )  # fmt: skip
    if policy.uncontested_procedure and claim.debtor == DebtorKind.BUSINESS:
        return Action(
            ActionKind.UNCONTESTED_COMMERCIAL_CLAIM, when, Channel.COMMISSAIRE_DE_JUSTICE,
            Tone.FIRM,
            "recouvrement des créances commerciales incontestées par commissaire de justice",
            "loi du 23 avril 2026 (CPCE L126-1 s., numérotation à vérifier)",
        )  # fmt: skip
    return Action(
        ActionKind.INJONCTION_DE_PAYER, when, Channel.COURT, Tone.FIRM,
        "requête en injonction de payer (ou référé-provision si la créance n'est pas "
        "sérieusement contestable)",
        "CPC 1405 s. ; CPC 873 al. 2",
    )  # fmt: skip
