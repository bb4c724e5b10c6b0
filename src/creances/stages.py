"""Collection stages, the dunning policy and the next action.

French practice (shared/README.md, the « relance de factures impayées » seeds), turned into
a configurable calendar: a preventive reminder a few days before the due date; amicable
reminders by email and phone (at least two), courteous for a usually punctual customer and
firmer for a repeat late payer; a mise en demeure by registered letter after about a month
(C. civ. 1344: it must contain the express words « mise en demeure » and a deadline); then
the judicial route chosen by amount and debtor:

* procédure simplifiée de recouvrement des petites créances by a commissaire de justice
  (CPCE L125-1, R125-1: claims below 5 000 € principal and interest included);
* injonction de payer (CPC 1405 to 1425), no prior amicable attempt required;
* référé-provision when the obligation « n'est pas sérieusement contestable » (CPC 873 al. 2,
  tribunal de commerce; CPC 835 al. 2, tribunal judiciaire);
* assignation au fond when the claim is disputed.

The new procedure for uncontested commercial claims (loi du 23 avril 2026, CPCE L126-1 ff.)
is announced by service-public (A18889) but its numbering and application decree could not be
verified: it is offered as an opt-in step (``DunningPolicy(uncontested_procedure=True)``),
never by default.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from ._validate import check_amount, check_choice, check_rate
from .data.thresholds import SMALL_CLAIMS_CEILING
from .errors import InvalidInputError

__all__ = [
    "Action",
    "ActionKind",
    "Channel",
    "DunningPolicy",
    "PaymentHistory",
    "Stage",
    "Step",
    "Tone",
]


class Stage(StrEnum):
    """Where a claim stands, in the order of the process (API contract §4)."""

    UPCOMING = "upcoming"
    PREVENTIVE = "preventive"
    OVERDUE = "overdue"
    FORMAL_NOTICE = "formal_notice"
    LITIGATION = "litigation"
    ENFORCEMENT = "enforcement"
    SETTLED = "settled"
    TIME_BARRED = "time_barred"

    @property
    def rank(self) -> int:
        """Position in the process (0 = UPCOMING ... 7 = TIME_BARRED)."""
        return _STAGE_ORDER.index(self)


_STAGE_ORDER = tuple(Stage)


class Channel(StrEnum):
    """How an action is carried out."""

    EMAIL = "email"
    PHONE = "phone"
    LETTER = "letter"
    REGISTERED_LETTER = "registered_letter"
    """Lettre recommandée avec accusé de réception (LRAR)."""
    COMMISSAIRE_DE_JUSTICE = "commissaire_de_justice"
    COURT = "court"


class Tone(StrEnum):
    """Tone of a reminder."""

    COURTEOUS = "courteous"
    FIRM = "firm"


class ActionKind(StrEnum):
    """What to do next."""

    PREVENTIVE_REMINDER = "preventive_reminder"
    REMINDER = "reminder"
    CALL = "call"
    FINAL_REMINDER = "final_reminder"
    FORMAL_NOTICE = "formal_notice"
    JUDICIAL = "judicial"
    """Placeholder step of the policy: resolved into one of the four procedures below."""
    SMALL_CLAIMS = "small_claims"
    INJONCTION_DE_PAYER = "injonction_de_payer"
    REFERE_PROVISION = "refere_provision"
    UNCONTESTED_COMMERCIAL_CLAIM = "uncontested_commercial_claim"
    ASSIGNATION = "assignation"
    ENFORCE_JUDGMENT = "enforce_judgment"
    PAYMENT_PLAN_INSTALMENT = "payment_plan_instalment"
    RESOLVE_DISPUTE = "resolve_dispute"
    DECLARE_CLAIM = "declare_claim"
    CLAIM_PENALTIES = "claim_penalties"


_ACTIONS = tuple(e.value for e in ActionKind)
_CHANNELS = tuple(e.value for e in Channel)
_TONES = tuple(e.value for e in Tone)

#: The event kind that records each action as done.
DONE_BY: dict[ActionKind, str] = {
    ActionKind.PREVENTIVE_REMINDER: "reminder",
    ActionKind.REMINDER: "reminder",
    ActionKind.FINAL_REMINDER: "reminder",
    ActionKind.CALL: "call",
    ActionKind.FORMAL_NOTICE: "formal_notice",
    ActionKind.JUDICIAL: "court_filing",
}


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a dunning calendar.

    Args:
        offset: days from the due date (negative: before it).
        action: what to do.
        channel: how.
        tone: the default tone (the customer's history may change it).
        label: a French description.
    """

    offset: int
    action: ActionKind
    channel: Channel
    tone: Tone = Tone.COURTEOUS
    label: str = ""

    def __init__(
        self,
        offset: int,
        action: ActionKind | str,
        channel: Channel | str,
        tone: Tone | str = Tone.COURTEOUS,
        label: str = "",
    ) -> None:
        if isinstance(offset, bool) or not isinstance(offset, int):
            raise InvalidInputError(
                f"Step.offset must be an int number of days, got {offset!r}",
                param="offset",
                value=offset,
            )
        setter = object.__setattr__
        setter(self, "offset", offset)
        # check_choice: an unknown value raises InvalidInputError (a CreancesError), not the
        # bare ValueError of the enum constructor.
        setter(self, "action", ActionKind(check_choice(action, "Step.action", _ACTIONS)))
        setter(self, "channel", Channel(check_choice(channel, "Step.channel", _CHANNELS)))
        setter(self, "tone", Tone(check_choice(tone, "Step.tone", _TONES)))
        if not isinstance(label, str):
            raise InvalidInputError(f"Step.label must be a str, got {label!r}", param="label")
        setter(self, "label", label)


@dataclass(frozen=True, slots=True)
class PaymentHistory:
    """A customer's payment record, as the caller knows it: invoices paid, and how many late."""

    invoices: int
    late: int

    def __post_init__(self) -> None:
        for name in ("invoices", "late"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise InvalidInputError(
                    f"PaymentHistory.{name} must be a non-negative int, got {value!r}",
                    param=name,
                    value=value,
                )
        if self.late > self.invoices:
            raise InvalidInputError(
                "PaymentHistory.late cannot exceed invoices", param="late", value=self.late
            )


@dataclass(frozen=True, slots=True)
class Action:
    """The next thing to do about a claim.

    Attributes:
        kind: what to do.
        on: the date from which to do it (may be in the past: it is overdue since then).
        channel: how.
        tone: courteous or firm.
        label: French description.
        basis: the article or practice behind it.
        deadline: a date by which it must be done, where the law sets one.
    """

    kind: ActionKind
    on: date
    channel: Channel
    tone: Tone
    label: str
    basis: str = ""
    deadline: date | None = None


def _default_steps() -> tuple[Step, ...]:
    return (
        Step(-5, ActionKind.PREVENTIVE_REMINDER, Channel.EMAIL, Tone.COURTEOUS,
             "rappel préventif avant l'échéance"),
        Step(7, ActionKind.REMINDER, Channel.EMAIL, Tone.COURTEOUS,
             "première relance amiable par courriel"),
        Step(14, ActionKind.CALL, Channel.PHONE, Tone.COURTEOUS, "relance téléphonique"),
        Step(21, ActionKind.FINAL_REMINDER, Channel.EMAIL, Tone.FIRM,
             "dernière relance amiable avant mise en demeure"),
        Step(30, ActionKind.FORMAL_NOTICE, Channel.REGISTERED_LETTER, Tone.FIRM,
             "mise en demeure par lettre recommandée avec accusé de réception"),
        Step(45, ActionKind.JUDICIAL, Channel.COMMISSAIRE_DE_JUSTICE, Tone.FIRM,
             "recouvrement judiciaire"),
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class DunningPolicy:
    """The dunning calendar and its thresholds; immutable, one per customer if wished.

    Args:
        steps: the calendar, as offsets from the due date, in increasing order.
        preventive_days: the PREVENTIVE stage starts this many days before the due date.
        formal_notice_days: the deadline given in a formal notice (8 or 15 days usually);
            the judicial step is not suggested before it has run.
        small_claims_ceiling: below it (principal and interest), the small-claims procedure
            (CPCE L125-1, R125-1: 5 000 €) is suggested first.
        uncontested_procedure: suggest the 2026 procedure for uncontested commercial claims
            between businesses (opt-in, see module docs).
        courteous_below / firm_from: share of late payments in :class:`PaymentHistory` under
            which the tone is courteous, and from which it is firm.
    """

    steps: tuple[Step, ...] = field(default_factory=_default_steps)
    preventive_days: int = 5
    formal_notice_days: int = 8
    small_claims_ceiling: Decimal = SMALL_CLAIMS_CEILING
    uncontested_procedure: bool = False
    courteous_below: Decimal = Decimal("0.10")
    firm_from: Decimal = Decimal("0.50")

    def __post_init__(self) -> None:
        steps = tuple(self.steps)
        if not all(isinstance(s, Step) for s in steps):
            raise InvalidInputError("DunningPolicy.steps must hold cr.Step objects", param="steps")
        if any(b.offset < a.offset for a, b in itertools.pairwise(steps)):
            raise InvalidInputError(
                "DunningPolicy.steps must be in increasing offset order", param="steps"
            )
        object.__setattr__(self, "steps", steps)
        for name in ("preventive_days", "formal_notice_days"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise InvalidInputError(
                    f"DunningPolicy.{name} must be a non-negative int, got {value!r}",
                    param=name,
                    value=value,
                )
        object.__setattr__(
            self,
            "small_claims_ceiling",
            check_amount(self.small_claims_ceiling, "small_claims_ceiling"),
        )
        if not isinstance(self.uncontested_procedure, bool):
            raise InvalidInputError(
                "DunningPolicy.uncontested_procedure must be True or False",
                param="uncontested_procedure",
            )
        for name in ("courteous_below", "firm_from"):
            share = check_rate(getattr(self, name), f"DunningPolicy.{name}")
            if share > 1:
                raise InvalidInputError(
                    f"DunningPolicy.{name} is a share of late payments from 0 to 1, got {share}",
                    param=name,
                    value=share,
                )
            object.__setattr__(self, name, share)
        if self.courteous_below > self.firm_from:
            raise InvalidInputError(
                "DunningPolicy.courteous_below cannot exceed firm_from", param="courteous_below"
            )

    @classmethod
    def default(cls) -> DunningPolicy:
        """Common French practice: preventive email at D-5, email at D+7, call at D+14,
        second email at D+21, formal notice by LRAR at D+30 (8 days to pay), then the
        judicial route."""
        return _DEFAULT_POLICY

    def with_steps(self, steps: tuple[Step, ...]) -> DunningPolicy:
        """A copy of this policy with another calendar."""
        return replace(self, steps=steps)

    def tone_for(self, step: Step, history: PaymentHistory | None) -> Tone:
        """The tone of ``step`` for a customer with that history.

        Usually punctual (share of late payments below ``courteous_below``): courteous;
        repeat late payer (share at least ``firm_from``): firm; otherwise the step's tone.
        """
        if step.action not in _AMICABLE or history is None or history.invoices == 0:
            return step.tone
        share = Decimal(history.late) / Decimal(history.invoices)
        if share >= self.firm_from:
            return Tone.FIRM
        if share < self.courteous_below:
            return Tone.COURTEOUS
        return step.tone


_AMICABLE = frozenset(
    {
        ActionKind.PREVENTIVE_REMINDER,
        ActionKind.REMINDER,
        ActionKind.CALL,
        ActionKind.FINAL_REMINDER,
    }
)
_DEFAULT_POLICY = DunningPolicy()
