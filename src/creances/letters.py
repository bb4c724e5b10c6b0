"""French reminder letters and formal notices, written from an assessment.

:func:`letter` calls :func:`creances.assess` and writes the letter from the assessment's
figures only (principal still due, interest period by period, indemnity, total), so that the
letter says exactly what the library computed, with the articles behind each figure.

Four kinds of letters (:class:`LetterKind`):

* ``"preventive"``: before the due date, friendly; no penalty is mentioned except, for a
  business or public debtor, the legal mention that penalties run from the day after the
  due date without any reminder (C. com. L441-10 II; CCP L2192-13).
* ``"reminder"``: an amicable reminder, courteous (« Sauf erreur ou omission de notre
  part… ») or firm (« Malgré nos précédentes relances… »).
* ``"final_reminder"``: the last amicable reminder, announcing the formal notice.
* ``"formal_notice"``: the « mise en demeure » (C. civ. 1344): the express words « mise en
  demeure », the amount and origin of the claim, a deadline to pay (8 days by default,
  ``DunningPolicy.formal_notice_days``), the judicial action that follows, and the mention
  « Lettre recommandée avec demande d'avis de réception ». Against a consumer it makes
  legal-rate interest run (C. civ. 1231-6, 1344-1).

A letter to a consumer never mentions the 40 € flat indemnity nor any recovery costs:
charging them to a consumer is forbidden (CPCE L111-8 al. 2). The indemnity appears only
when the assessment says it is owed (``assessment.indemnity > 0``).

Formatting uses Babel for the locale (default ``"fr_FR"``), imported lazily (importing
creances does not import Babel): amounts are rounded to the cent half-up with
:func:`creances._money.cents` *before* Babel formats them (Babel itself rounds half-even),
dates are written « 2 avril 2025 » and « 1er avril 2025 » (French usage for the first day
of the month, which Babel does not produce). Babel's French output contains a narrow
no-break space (U+202F) as thousands separator and a no-break space (U+00A0) before « € »
and « % »: they are kept, so that a line never breaks inside an amount; pass
``plain_spaces=True`` to get ordinary spaces instead.

The wording lives in one place, :data:`DEFAULT_TEMPLATES` (a :class:`Templates`), with
:class:`string.Template` placeholders; pass your own with ``templates=``, typically
``dataclasses.replace(DEFAULT_TEMPLATES, salutation="Cher client,")``. The legal content
(which figures appear, which articles are cited, the consumer rule) stays in the code.
The templates are French; ``locale`` changes only how amounts, rates and dates are written.

Everything here is a pure function of its arguments: no I/O, no clock.

>>> from datetime import date
>>> from decimal import Decimal
>>> from creances.claims import Claim
>>> claim = Claim(Decimal("1000.00"), date(2024, 5, 21), "30 jours", reference="F-2024-001")
>>> lt = letter(claim, date(2024, 7, 10), creditor="Atelier Martin", plain_spaces=True)
>>> lt.kind, lt.subject
(<LetterKind.REMINDER: 'reminder'>, 'Rappel de paiement – Facture n° F-2024-001')
>>> "Total dû au 10 juillet 2024 : 1 047,87 €" in lt.body
True
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from html import escape
from typing import TYPE_CHECKING

from ._money import ZERO, cents
from ._validate import check_date
from .errors import InvalidInputError
from .indemnity import DebtorKind
from .stages import ActionKind, DunningPolicy, Tone

if TYPE_CHECKING:
    from .assess import Assessment
    from .claims import Claim
    from .rates import Rates

__all__ = [
    "DEFAULT_TEMPLATES",
    "Letter",
    "LetterKind",
    "Party",
    "Templates",
    "format_amount",
    "format_long_date",
    "format_rate",
    "letter",
]


class LetterKind(StrEnum):
    """The kinds of letters :func:`letter` writes."""

    PREVENTIVE = "preventive"
    """Before the due date: a friendly reminder of the coming due date."""
    REMINDER = "reminder"
    """An amicable reminder after the due date."""
    FINAL_REMINDER = "final_reminder"
    """The last amicable reminder, announcing the formal notice."""
    FORMAL_NOTICE = "formal_notice"
    """The mise en demeure (C. civ. 1344), by registered letter with acknowledgment."""


_KINDS = tuple(k.value for k in LetterKind)
_TONES = tuple(t.value for t in Tone)

#: The letter each next action calls for (``kind=None``).
_KIND_FOR_ACTION: dict[ActionKind, LetterKind] = {
    ActionKind.PREVENTIVE_REMINDER: LetterKind.PREVENTIVE,
    ActionKind.REMINDER: LetterKind.REMINDER,
    ActionKind.CALL: LetterKind.REMINDER,
    ActionKind.CLAIM_PENALTIES: LetterKind.REMINDER,
    ActionKind.FINAL_REMINDER: LetterKind.FINAL_REMINDER,
    ActionKind.FORMAL_NOTICE: LetterKind.FORMAL_NOTICE,
    ActionKind.JUDICIAL: LetterKind.FORMAL_NOTICE,
    ActionKind.SMALL_CLAIMS: LetterKind.FORMAL_NOTICE,
    ActionKind.INJONCTION_DE_PAYER: LetterKind.FORMAL_NOTICE,
    ActionKind.REFERE_PROVISION: LetterKind.FORMAL_NOTICE,
    ActionKind.UNCONTESTED_COMMERCIAL_CLAIM: LetterKind.FORMAL_NOTICE,
    ActionKind.ASSIGNATION: LetterKind.FORMAL_NOTICE,
}
_JUDICIAL = frozenset(
    {
        ActionKind.JUDICIAL,
        ActionKind.SMALL_CLAIMS,
        ActionKind.INJONCTION_DE_PAYER,
        ActionKind.REFERE_PROVISION,
        ActionKind.UNCONTESTED_COMMERCIAL_CLAIM,
        ActionKind.ASSIGNATION,
    }
)
_DEFAULT_TONE: dict[LetterKind, Tone] = {
    LetterKind.PREVENTIVE: Tone.COURTEOUS,
    LetterKind.REMINDER: Tone.COURTEOUS,
    LetterKind.FINAL_REMINDER: Tone.FIRM,
    LetterKind.FORMAL_NOTICE: Tone.FIRM,
}


# ---------------------------------------------------------------------------------------
# Parties


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


@dataclass(frozen=True, slots=True)
class Party:
    """The creditor or the debtor of a letter.

    Args:
        name: the name (required, not blank).
        address: the postal address; lines may be separated by ``"\\n"``.
        siren: the 9-digit SIREN number, spaces allowed (``"732 829 320"``); it is checked
            with the Luhn key that SIREN numbers carry, and stored without spaces.
        email: an email address.
        phone: a phone number.

    Raises:
        InvalidInputError: a field is not a string, the name is blank, or the SIREN is not
            nine digits with a valid Luhn key.

    >>> Party("Atelier Martin SARL", siren="732 829 320").siren
    '732829320'
    >>> Party("X", siren="732 829 321")
    Traceback (most recent call last):
    ...
    creances.errors.InvalidInputError: siren '732 829 321' fails the Luhn check of SIREN numbers: ...
    """

    name: str
    address: str = ""
    siren: str = ""
    email: str = ""
    phone: str = ""

    def __post_init__(self) -> None:
        for f in ("name", "address", "siren", "email", "phone"):
            value = getattr(self, f)
            if not isinstance(value, str):
                raise InvalidInputError(
                    f"Party.{f} must be a string, got {type(value).__name__} {value!r}",
                    param=f,
                    value=value,
                )
        if not self.name.strip():
            raise InvalidInputError("Party.name must not be blank", param="name", value=self.name)
        if self.siren:
            digits = self.siren.replace(" ", "")
            if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
                raise InvalidInputError(
                    f"siren must be 9 digits (spaces allowed), got {self.siren!r}",
                    param="siren",
                    value=self.siren,
                )
            if not _luhn_ok(digits):
                raise InvalidInputError(
                    f"siren {self.siren!r} fails the Luhn check of SIREN numbers: "
                    "check for a typing mistake",
                    param="siren",
                    value=self.siren,
                )
            object.__setattr__(self, "siren", digits)

    @property
    def siren_display(self) -> str:
        """The SIREN in groups of three digits (``"732 829 320"``), or ``""``."""
        s = self.siren
        return f"{s[:3]} {s[3:6]} {s[6:]}" if s else ""


# ---------------------------------------------------------------------------------------
# Templates

_GLOBAL = frozenset(
    {
        "creditor_name", "creditor_address", "creditor_siren", "creditor_email",
        "creditor_phone", "debtor_name", "debtor_address", "debtor_siren", "debtor_email",
        "debtor_phone", "date", "reference", "invoice", "invoice_phrase", "issued", "due",
        "days_late", "delay", "invoice_amount", "paid", "outstanding", "interest_total",
        "interest_paid", "interest_due", "indemnity", "credit", "total", "deadline_days",
        "deadline", "deadline_date", "judicial_step", "interest_start",
        "payment_instructions", "articles", "subject",
    }
)  # fmt: skip
_SUBJECTS = frozenset(f"subject_{k}" for k in _KINDS)
_PERIOD = frozenset({"start", "end", "days", "duration", "rate", "base", "period_amount", "basis"})
_EXTRA: dict[str, frozenset[str]] = {
    "siren_line": frozenset({"siren"}),
    "email_line": frozenset({"email"}),
    "phone_line": frozenset({"phone"}),
    "payment_line": frozenset({"payment_date", "payment_amount"}),
    "period_line": _PERIOD,
    "period_basis_line": _PERIOD,
}


@dataclass(frozen=True, slots=True)
class Templates:
    """The wording of the letters: one :class:`string.Template` source per block.

    Customise with ``dataclasses.replace(DEFAULT_TEMPLATES, field=...)`` and pass the
    result as ``letter(..., templates=...)``. Each field is checked when the object is
    built: it must be a string, a valid template, and use only the placeholders below
    (write ``$$`` for a literal dollar sign). An empty block is left out of the letter.

    Placeholders available in every field (all are strings, amounts and dates already
    formatted for the locale):

    * ``$creditor_name``, ``$creditor_address``, ``$creditor_siren`` (``"732 829 320"``),
      ``$creditor_email``, ``$creditor_phone``; ``$debtor_name``, ``$debtor_address``,
      ``$debtor_siren``, ``$debtor_email``, ``$debtor_phone`` (empty if not given);
    * ``$date``: the letter's date (``as_of``), « 10 juillet 2024 »;
    * ``$reference``: the invoice number (may be empty); ``$invoice``: « Facture n° F-1 »,
      or « Facture du 21 mai 2024 » without a number; ``$invoice_phrase``: « la facture
      n° F-1 du 21 mai 2024 » (or « la facture du 21 mai 2024 »);
    * ``$issued``, ``$due``: the invoice date and the due date;
    * ``$days_late``: days late (a number, ``assessment.days_late``); ``$delay``: the same
      with its unit, « 20 jours » / « 1 jour »;
    * ``$invoice_amount``: the amount of the invoice; ``$paid``: the payments received;
      ``$outstanding``: the principal still due; ``$interest_total``: the interest accrued;
      ``$interest_paid``: the part of it already paid; ``$interest_due``: the interest still
      due; ``$indemnity``: the flat indemnity; ``$credit``: payments beyond principal and
      interest, deducted from the indemnity; ``$total``: the total due
      (``assessment.total``);
    * ``$deadline_days`` (a number), ``$deadline`` (« 8 jours ») and ``$deadline_date``
      (the letter's date + the deadline): the deadline of a formal notice;
    * ``$judicial_step``: the judicial action that follows a formal notice;
    * ``$interest_start``: the first day of interest (empty if none);
    * ``$payment_instructions``: as passed to :func:`letter`;
    * ``$articles``: the articles relied on, « C. com. L441-10 II et D441-5 »;
    * ``$subject``: the subject line (not in the ``subject_*`` fields).

    Placeholders of single lines: ``siren_line`` ``$siren``; ``email_line`` ``$email``;
    ``phone_line`` ``$phone``; ``payment_line`` ``$payment_date``, ``$payment_amount``;
    ``period_line`` and ``period_basis_line`` ``$start``, ``$end``, ``$days`` (a number),
    ``$duration`` (« 10 jours »), ``$rate`` (« 14,50 % »), ``$base`` (the principal the
    period is computed on), ``$period_amount`` and ``$basis`` (the legal basis of the rate).

    Intros are chosen by kind and tone (``reminder_courteous``, ``reminder_firm``...);
    ``settled_courteous`` / ``settled_firm`` replace them when the principal has been paid
    late and only the penalties remain due.

    >>> from dataclasses import replace
    >>> t = replace(DEFAULT_TEMPLATES, salutation="Cher client,")
    >>> t.salutation
    'Cher client,'
    >>> replace(DEFAULT_TEMPLATES, salutation="Bonjour $prenom")
    Traceback (most recent call last):
    ...
    creances.errors.InvalidInputError: Templates.salutation uses unknown placeholder(s) $prenom; ...
    """

    # --- subjects ------------------------------------------------------------------------
    subject_preventive: str = "Rappel d'échéance – $invoice"
    subject_reminder: str = "Rappel de paiement – $invoice"
    subject_final_reminder: str = "Dernier rappel avant mise en demeure – $invoice"
    subject_formal_notice: str = "Mise en demeure de payer – $invoice"
    # --- layout --------------------------------------------------------------------------
    siren_line: str = "SIREN : $siren"
    email_line: str = "Courriel : $email"
    phone_line: str = "Téléphone : $phone"
    date_line: str = "Le $date"
    registered_mail: str = "Lettre recommandée avec demande d'avis de réception"
    subject_line: str = "Objet : $subject"
    salutation: str = "Madame, Monsieur,"
    # --- intros, by kind and tone ----------------------------------------------------------
    preventive_courteous: str = (
        "Nous nous permettons de vous rappeler que $invoice_phrase arrive à échéance le "
        "$due. Si vous avez déjà procédé à son règlement, nous vous en remercions et vous "
        "prions de ne pas tenir compte de ce message."
    )
    preventive_firm: str = (
        "Nous vous rappelons que $invoice_phrase arrive à échéance le $due. Nous vous "
        "remercions de veiller à ce que son règlement nous parvienne au plus tard à cette date."
    )
    reminder_courteous: str = (
        "Sauf erreur ou omission de notre part, $invoice_phrase, échue le $due, reste "
        "impayée à ce jour. Il s'agit sans doute d'un simple oubli : nous vous remercions de "
        "bien vouloir procéder à son règlement dans les meilleurs délais."
    )
    reminder_firm: str = (
        "Malgré nos précédentes relances, $invoice_phrase, échue le $due, demeure impayée à "
        "ce jour. Nous vous demandons de procéder à son règlement sans délai."
    )
    final_reminder_courteous: str = (
        "Sauf erreur ou omission de notre part, $invoice_phrase, échue le $due, reste "
        "impayée malgré notre précédent rappel. Sans règlement de votre part, nous serons "
        "contraints de vous adresser une mise en demeure de payer."
    )
    final_reminder_firm: str = (
        "Malgré nos précédentes relances, $invoice_phrase, échue le $due, demeure impayée à "
        "ce jour. Cette lettre constitue notre dernière relance amiable : à défaut de "
        "règlement, nous vous adresserons une mise en demeure de payer par lettre "
        "recommandée avec demande d'avis de réception, préalable à une action en justice."
    )
    formal_notice_courteous: str = (
        "Nous constatons que $invoice_phrase, échue le $due, reste impayée à ce jour."
    )
    formal_notice_firm: str = (
        "Malgré nos précédentes relances, $invoice_phrase, échue le $due, demeure impayée à "
        "ce jour."
    )
    settled_courteous: str = (
        "Sauf erreur ou omission de notre part, $invoice_phrase, échue le $due, a été réglée "
        "après son échéance. Les sommes dues au titre du retard de paiement restent à régler."
    )
    settled_firm: str = (
        "Malgré nos précédentes relances, les sommes dues au titre du retard de paiement de "
        "$invoice_phrase, échue le $due, restent impayées."
    )
    # --- statement -----------------------------------------------------------------------
    reference_line: str = "Facture n° : $reference"
    issued_line: str = "Date de facture : $issued"
    due_line: str = "Date d'échéance : $due"
    delay_line: str = "Retard au $date : $delay"
    amount_line: str = "Montant de la facture : $invoice_amount"
    payments_heading: str = "Règlements reçus :"
    payment_line: str = "- le $payment_date : $payment_amount"
    outstanding_line: str = "Principal restant dû : $outstanding"
    preventive_amount_line: str = "Montant à régler au plus tard le $due : $total"
    interest_heading_business: str = "Pénalités de retard (C. com. L441-10 II) :"
    interest_heading_public: str = "Intérêts moratoires (CCP L2192-13 et R2192-31) :"
    interest_heading_consumer: str = "Intérêts au taux légal (C. civ. 1231-6 et 1344-1) :"
    period_line: str = "- du $start au $end, $duration à $rate sur $base : $period_amount"
    period_basis_line: str = "  ($basis)"
    interest_total_line: str = "Total des intérêts : $interest_total"
    interest_paid_line: str = (
        "Intérêts déjà réglés (les règlements s'imputent d'abord sur les intérêts, "
        "C. civ. 1343-1) : $interest_paid"
    )
    interest_paid_line_ledger: str = "Intérêts déjà réglés : $interest_paid"
    interest_due_line: str = "Intérêts restant dus : $interest_due"
    indemnity_line_business: str = (
        "Indemnité forfaitaire pour frais de recouvrement (C. com. L441-10 II et D441-5) : "
        "$indemnity"
    )
    indemnity_line_public: str = (
        "Indemnité forfaitaire pour frais de recouvrement (CCP L2192-13 et D2192-35) : $indemnity"
    )
    credit_line: str = "Excédent de vos règlements, déduit : $credit"
    total_line: str = "Total dû au $date : $total"
    # --- notices -------------------------------------------------------------------------
    preventive_notice_business: str = (
        "Conformément à l'article L441-10 II du Code de commerce, des pénalités de retard "
        "sont exigibles dès le lendemain de la date d'échéance, sans qu'un rappel soit "
        "nécessaire."
    )
    preventive_notice_public: str = (
        "Conformément à l'article L2192-13 du Code de la commande publique, des intérêts "
        "moratoires courent de plein droit dès le lendemain de l'expiration du délai de "
        "paiement."
    )
    formal_notice_demand: str = (
        "En conséquence, nous vous mettons en demeure de nous régler la somme de $total "
        "dans un délai de $deadline à compter de la réception de la présente (soit le "
        "$deadline_date en comptant à partir de la date de cette lettre). La présente "
        "lettre vaut mise en demeure de payer au sens de l'article 1344 du Code civil."
    )
    formal_notice_interest_starts: str = (
        "Conformément aux articles 1231-6 et 1344-1 du Code civil, la présente mise en "
        "demeure fait courir les intérêts au taux légal sur les sommes dues."
    )
    formal_notice_interest_running: str = (
        "Conformément aux articles 1231-6 et 1344-1 du Code civil, les intérêts au taux "
        "légal courent depuis le $interest_start et continueront de courir jusqu'au complet "
        "paiement."
    )
    formal_notice_litigation: str = (
        "À défaut de règlement dans ce délai, nous engagerons sans autre avis une action en "
        "justice pour obtenir le paiement de notre créance : $judicial_step."
    )
    judicial_step_private: str = (
        "injonction de payer, procédure simplifiée de recouvrement des petites créances ou "
        "assignation"
    )
    judicial_step_public: str = "référé-provision devant le tribunal administratif"
    # --- end -----------------------------------------------------------------------------
    payment_instructions_line: str = "Modalités de règlement : $payment_instructions"
    articles_line: str = "Textes applicables : $articles."
    closing_courteous: str = (
        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
    )
    closing_firm: str = "Veuillez agréer, Madame, Monsieur, nos salutations distinguées."
    signature: str = "$creditor_name"

    def __post_init__(self) -> None:
        for f in fields(self):
            source = getattr(self, f.name)
            if not isinstance(source, str):
                raise InvalidInputError(
                    f"Templates.{f.name} must be a string, got {type(source).__name__}",
                    param=f.name,
                    value=source,
                )
            tpl = string.Template(source)
            if not tpl.is_valid():
                raise InvalidInputError(
                    f"Templates.{f.name} is not a valid string.Template: {source!r} "
                    "(write $$ for a dollar sign)",
                    param=f.name,
                    value=source,
                )
            allowed = _GLOBAL | _EXTRA.get(f.name, frozenset())
            if f.name in _SUBJECTS:
                allowed = allowed - {"subject"}
            unknown = sorted(set(tpl.get_identifiers()) - allowed)
            if unknown:
                raise InvalidInputError(
                    f"Templates.{f.name} uses unknown placeholder(s) "
                    f"{', '.join('$' + u for u in unknown)}; see the Templates docs for the "
                    "placeholders available",
                    param=f.name,
                    value=source,
                )


#: The default French wording.
DEFAULT_TEMPLATES = Templates()


# ---------------------------------------------------------------------------------------
# Formatting (Babel, imported lazily)

_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})
_FIRST_OF_MONTH = re.compile(r"^1(?=\s)")


def _locale(locale: object) -> str:
    if not isinstance(locale, str):
        raise InvalidInputError(
            f"locale must be a string such as 'fr_FR', got {locale!r}", param="locale", value=locale
        )
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise InvalidInputError(
            f"unknown locale {locale!r}: pass a locale such as 'fr_FR'",
            param="locale",
            value=locale,
        ) from exc
    return locale


def format_amount(amount: Decimal, locale: str = "fr_FR") -> str:
    """``amount`` in euros, rounded to the cent half-up, then formatted by Babel.

    Babel rounds half-even; rounding first with :func:`~creances._money.cents` gives the
    half-up result the computations use. The French output keeps Babel's narrow no-break
    space (U+202F, thousands) and no-break space (U+00A0, before « € »).

    >>> format_amount(Decimal("1278.48"))
    '1\\u202f278,48\\xa0€'
    >>> format_amount(Decimal("0.125"))
    '0,13\\xa0€'
    """
    from babel.numbers import format_currency

    return format_currency(cents(amount), "EUR", locale=locale)


def format_long_date(day: date, locale: str = "fr_FR") -> str:
    """``day`` in the long format of ``locale``; « 1er » for the first of the month in French.

    >>> format_long_date(date(2025, 4, 2)), format_long_date(date(2025, 4, 1))
    ('2 avril 2025', '1er avril 2025')
    """
    from babel import Locale
    from babel.dates import format_date

    text = format_date(day, format="long", locale=locale)
    if Locale.parse(locale).language == "fr":
        text = _FIRST_OF_MONTH.sub("1er", text)
    return text


def format_rate(rate: Decimal, locale: str = "fr_FR") -> str:
    """A rate in percent per year, with at least two decimals (« 12,15 % »).

    >>> format_rate(Decimal("12.15")), format_rate(Decimal("4"))
    ('12,15\\xa0%', '4,00\\xa0%')
    """
    from babel import Locale
    from babel.numbers import format_percent

    pattern = Locale.parse(locale).percent_formats[None].pattern
    pattern = pattern.replace("0", "0.00####", 1) if "." not in pattern else pattern
    return format_percent(rate / 100, format=pattern, locale=locale)


def _days(n: int) -> str:
    return f"{n} jour" if n == 1 else f"{n} jours"


# ---------------------------------------------------------------------------------------
# The letter


@dataclass(frozen=True, slots=True)
class Letter:
    """A letter ready to send.

    Attributes:
        subject: the subject line (« Rappel de paiement – Facture n° F-2025-031 »).
        body: the full letter in plain text (identity blocks, date, subject, statement,
            closing), lines separated by ``"\\n"``.
        kind: the :class:`LetterKind`.
        html: the same letter as HTML (escaped paragraphs and a table of the interest
            periods), to paste in an email or a document.
    """

    subject: str
    body: str
    kind: LetterKind
    html: str = ""


_Block = tuple[str, ...]  # the lines of one paragraph


@dataclass(frozen=True, slots=True)
class _Table:
    heading: str
    lines: tuple[str, ...]  # the rendered period lines (text)
    rows: tuple[tuple[str, ...], ...]  # the cells (HTML)
    footer: tuple[str, ...]


def _render(templates: Templates, name: str, ctx: dict[str, str]) -> str:
    return string.Template(getattr(templates, name)).substitute(ctx)


def _check_kind(kind: object) -> LetterKind | None:
    if kind is None:
        return None
    if isinstance(kind, str) and kind in _KINDS:
        return LetterKind(kind)
    raise InvalidInputError(
        f"kind must be None or one of {', '.join(map(repr, _KINDS))}, got {kind!r}",
        param="kind",
        value=kind,
    )


def _pick_kind(assessment: Assessment, kind: LetterKind | None) -> LetterKind:
    if kind is not None:
        return kind
    action = assessment.next_action
    if action is None:
        raise InvalidInputError(
            f"no letter is due: the claim is {assessment.stage.value}"
            f"{' (written off)' if assessment.written_off else ''} and has no next action; "
            "pass kind= to write one anyway",
            param="kind",
            value=kind,
        )
    chosen = _KIND_FOR_ACTION.get(action.kind)
    if chosen is None:
        raise InvalidInputError(
            f"no letter is due: the next action is {action.kind.value} ({action.label}); "
            "pass kind= to write one anyway",
            param="kind",
            value=kind,
        )
    return chosen


def _party_block(party: Party, templates: Templates, ctx: dict[str, str]) -> _Block:
    lines = [party.name, *[ln for ln in party.address.splitlines() if ln.strip()]]
    if party.siren:
        lines.append(_render(templates, "siren_line", {**ctx, "siren": party.siren_display}))
    if party.email:
        lines.append(_render(templates, "email_line", {**ctx, "email": party.email}))
    if party.phone:
        lines.append(_render(templates, "phone_line", {**ctx, "phone": party.phone}))
    return tuple(lines)


def _articles(debtor: str, kind: LetterKind, *, indemnity: bool, interest: bool) -> str:
    """The articles the letter relies on (none for a consumer before interest runs)."""
    if debtor == DebtorKind.CONSUMER:
        relied_on = interest or kind == LetterKind.FORMAL_NOTICE
        return "C. civ. 1231-6 et 1344-1" if relied_on else ""
    if debtor == DebtorKind.PUBLIC:
        if kind == LetterKind.PREVENTIVE:
            return "CCP L2192-13"
        text = "CCP L2192-13, R2192-31 et D2192-35" if indemnity else "CCP L2192-13 et R2192-31"
    elif kind == LetterKind.PREVENTIVE:
        return "C. com. L441-10 II"
    else:
        text = "C. com. L441-10 II et D441-5" if indemnity else "C. com. L441-10 II"
    if kind == LetterKind.FORMAL_NOTICE:
        text += " ; C. civ. 1344"
    return text


def letter(
    claim: Claim,
    as_of: date,
    *,
    kind: str | None = None,
    creditor: str | Party,
    locale: str = "fr_FR",
    policy: DunningPolicy | None = None,
    rates: Rates | None = None,
    debtor: Party | None = None,
    deadline_days: int | None = None,
    payment_instructions: str = "",
    templates: Templates | None = None,
    tone: str | None = None,
    plain_spaces: bool = False,
    imputation: str = "principal_first",
) -> Letter:
    """Write the reminder or formal notice for ``claim`` on ``as_of``.

    The letter uses only the figures of ``creances.assess(claim, as_of, policy=policy,
    rates=rates)``: principal still due, payments received, interest period by period with
    its legal basis, the 40 € indemnity when the assessment says it is owed (never for a
    consumer, CPCE L111-8), and the total.

    Args:
        claim: the :class:`~creances.Claim`.
        as_of: the letter's date (a ``datetime.date``).
        kind: ``"preventive"``, ``"reminder"``, ``"final_reminder"`` or ``"formal_notice"``;
            None picks the kind the assessment's next action calls for (preventive reminder
            -> preventive; reminder, call or penalties still due -> reminder; final reminder
            -> final_reminder; formal notice or a judicial step -> formal_notice).
        creditor: the creditor's name or :class:`Party`.
        locale: the Babel locale of amounts, rates and dates (the wording stays French).
        policy: the :class:`~creances.DunningPolicy` (default: ``DunningPolicy.default()``).
        rates: the rate table (default: the bundled one).
        debtor: the debtor's :class:`Party` (default: ``Party(claim.customer)``, or no
            address block if the claim has no customer).
        deadline_days: days to pay after a formal notice (usually 8 or 15; any int >= 1);
            default ``policy.formal_notice_days``.
        payment_instructions: how to pay (IBAN, payment link...), printed if given.
        templates: the wording (default :data:`DEFAULT_TEMPLATES`).
        tone: ``"courteous"`` or ``"firm"``; default: the next action's tone when the
            letter is the one it calls for, else courteous for preventive and reminder
            letters and firm for final reminders and formal notices.
        plain_spaces: replace the no-break spaces Babel writes (U+202F, U+00A0) by
            ordinary spaces.
        imputation: how payments are applied, as for :func:`creances.assess`
            (``"principal_first"`` by default, or ``"interest_first"``, C. civ. 1343-1).

    Returns:
        A :class:`Letter` (subject, plain-text body, kind, HTML body).

    Raises:
        InvalidInputError: a wrong argument; no letter is due (``kind=None`` and no next
            action, or a next action that is not a letter); nothing is owed; a preventive
            letter after the due date or another kind before it.
        RateUnavailableError: a rate the interest needs is not in the table.

    >>> from datetime import date
    >>> from decimal import Decimal
    >>> from creances.claims import Claim, Event
    >>> c = Claim(Decimal("1200.00"), date(2024, 5, 21), "30 jours", debtor="consumer",
    ...           reference="F-12", customer="M. Durand")
    >>> lt = letter(c, date(2024, 7, 22), kind="formal_notice", creditor="Atelier Martin")
    >>> lt.subject
    'Mise en demeure de payer – Facture n° F-12'
    >>> "mise en demeure" in lt.body, "40" in lt.body, "forfaitaire" in lt.body
    (True, False, False)
    """
    from .assess import assess

    as_of = check_date(as_of, "as_of")
    wanted = _check_kind(kind)
    if isinstance(creditor, str):
        if not creditor.strip():
            raise InvalidInputError("creditor must not be blank", param="creditor", value=creditor)
        creditor = Party(creditor)
    elif not isinstance(creditor, Party):
        raise InvalidInputError(
            f"creditor must be a name (str) or a cr.Party, got {type(creditor).__name__} "
            f"{creditor!r}",
            param="creditor",
            value=creditor,
        )
    if debtor is not None and not isinstance(debtor, Party):
        raise InvalidInputError(
            f"debtor must be a cr.Party or None, got {debtor!r}", param="debtor", value=debtor
        )
    if templates is None:
        templates = DEFAULT_TEMPLATES
    elif not isinstance(templates, Templates):
        raise InvalidInputError(
            "templates must be a cr.Templates, e.g. dataclasses.replace(cr.DEFAULT_TEMPLATES, "
            f"...), got {type(templates).__name__}",
            param="templates",
            value=templates,
        )
    if not isinstance(payment_instructions, str):
        raise InvalidInputError(
            f"payment_instructions must be a string, got {payment_instructions!r}",
            param="payment_instructions",
            value=payment_instructions,
        )
    if tone is not None and not (isinstance(tone, str) and tone in _TONES):
        raise InvalidInputError(
            f"tone must be None, 'courteous' or 'firm', got {tone!r}", param="tone", value=tone
        )
    if not isinstance(plain_spaces, bool):
        raise InvalidInputError(
            f"plain_spaces must be True or False, got {plain_spaces!r}",
            param="plain_spaces",
            value=plain_spaces,
        )
    if policy is None:
        policy = DunningPolicy.default()
    elif not isinstance(policy, DunningPolicy):
        raise InvalidInputError(
            f"policy must be a cr.DunningPolicy, got {policy!r}", param="policy", value=policy
        )
    if deadline_days is None:
        deadline_days = policy.formal_notice_days
        param = "policy.formal_notice_days"
    else:
        param = "deadline_days"
    if isinstance(deadline_days, bool) or not isinstance(deadline_days, int) or deadline_days < 1:
        raise InvalidInputError(
            f"{param} must be a whole number of days >= 1 (usually 8 or 15), got {deadline_days!r}",
            param="deadline_days",
            value=deadline_days,
        )
    locale = _locale(locale)

    a = assess(claim, as_of, policy=policy, rates=rates, imputation=imputation)
    chosen = _pick_kind(a, wanted)
    if a.total <= 0:
        raise InvalidInputError(
            "no letter is due: nothing is owed on this claim", param="claim", value=claim
        )
    if chosen == LetterKind.PREVENTIVE and as_of > a.due:
        raise InvalidInputError(
            f"a preventive letter is written before the due date ({a.due.isoformat()}); "
            "use kind='reminder'",
            param="kind",
            value=kind,
        )
    if chosen != LetterKind.PREVENTIVE and as_of <= a.due:
        raise InvalidInputError(
            f"the claim is not yet due (due {a.due.isoformat()}): only a preventive letter "
            "can be written",
            param="kind",
            value=kind,
        )
    action = a.next_action
    if tone is not None:
        the_tone = Tone(tone)
    elif action is not None and _KIND_FOR_ACTION.get(action.kind) == chosen:
        the_tone = action.tone
    else:
        the_tone = _DEFAULT_TONE[chosen]

    subject, body, html = _compose(
        a, chosen, the_tone, creditor, debtor, locale, deadline_days, payment_instructions,
        templates, interest_first=imputation == "interest_first",
    )  # fmt: skip
    if plain_spaces:
        subject, body, html = (s.translate(_SPACES) for s in (subject, body, html))
    return Letter(subject=subject, body=body, kind=chosen, html=html)


def _compose(
    a: Assessment,
    kind: LetterKind,
    tone: Tone,
    creditor: Party,
    debtor: Party | None,
    locale: str,
    deadline_days: int,
    payment_instructions: str,
    templates: Templates,
    *,
    interest_first: bool = False,
) -> tuple[str, str, str]:
    claim = a.claim
    if debtor is None and claim.customer.strip():
        debtor = Party(claim.customer)

    def money(x: Decimal) -> str:
        return format_amount(x, locale)

    def day(d: date) -> str:
        return format_long_date(d, locale)

    pays = [p for p in claim.payments if p.on <= a.as_of]
    interest = a.interest
    credit = a.outstanding + interest.unpaid + a.indemnity - a.total
    consumer = claim.debtor == DebtorKind.CONSUMER
    public = claim.debtor == DebtorKind.PUBLIC
    action = a.next_action
    issued = day(claim.issued)
    ref = claim.reference.strip()
    ctx: dict[str, str] = {
        "creditor_name": creditor.name,
        "creditor_address": creditor.address,
        "creditor_siren": creditor.siren_display,
        "creditor_email": creditor.email,
        "creditor_phone": creditor.phone,
        "debtor_name": debtor.name if debtor else "",
        "debtor_address": debtor.address if debtor else "",
        "debtor_siren": debtor.siren_display if debtor else "",
        "debtor_email": debtor.email if debtor else "",
        "debtor_phone": debtor.phone if debtor else "",
        "date": day(a.as_of),
        "reference": ref,
        "invoice": f"Facture n° {ref}" if ref else f"Facture du {issued}",
        "invoice_phrase": f"la facture n° {ref} du {issued}" if ref else f"la facture du {issued}",
        "issued": issued,
        "due": day(a.due),
        "days_late": str(a.days_late),
        "delay": _days(a.days_late),
        "invoice_amount": money(claim.amount),
        "paid": money(sum((p.amount for p in pays), ZERO)),
        "outstanding": money(a.outstanding),
        "interest_total": money(interest.total),
        "interest_paid": money(interest.paid),
        "interest_due": money(interest.unpaid),
        "indemnity": money(a.indemnity),
        "credit": money(credit),
        "total": money(a.total),
        "deadline_days": str(deadline_days),
        "deadline": _days(deadline_days),
        "deadline_date": day(a.as_of + timedelta(days=deadline_days)),
        "judicial_step": "",
        "interest_start": day(interest.periods[0].start) if interest.periods else "",
        "payment_instructions": payment_instructions,
        "articles": _articles(
            claim.debtor, kind, indemnity=a.indemnity > 0, interest=bool(interest.periods)
        ),
        "subject": "",
    }
    if action is not None and action.kind in _JUDICIAL:
        ctx["judicial_step"] = action.label
    else:
        step = "judicial_step_public" if public else "judicial_step_private"
        ctx["judicial_step"] = _render(templates, step, ctx)
    subject = _render(templates, f"subject_{kind.value}", ctx)
    ctx["subject"] = subject

    def r(name: str, extra: dict[str, str] | None = None) -> str:
        return _render(templates, name, {**ctx, **extra} if extra else ctx)

    blocks: list[_Block | _Table] = [_party_block(creditor, templates, ctx)]
    if debtor is not None:
        blocks.append(_party_block(debtor, templates, ctx))
    blocks.append((r("date_line"),))
    if kind == LetterKind.FORMAL_NOTICE:
        blocks.append((r("registered_mail"),))
    blocks += [(r("subject_line"),), (r("salutation"),)]
    if kind != LetterKind.PREVENTIVE and a.outstanding == 0:
        blocks.append((r(f"settled_{tone.value}"),))
    else:
        blocks.append((r(f"{kind.value}_{tone.value}"),))

    statement: list[str] = []
    if ref:
        statement.append(r("reference_line"))
    statement += [r("issued_line"), r("due_line")]
    if a.days_late > 0:
        statement.append(r("delay_line"))
    statement.append(r("amount_line"))
    if pays:
        statement.append(r("payments_heading"))
        statement += [
            r("payment_line", {"payment_date": day(p.on), "payment_amount": money(p.amount)})
            for p in pays
        ]
    if kind == LetterKind.PREVENTIVE:
        statement.append(r("preventive_amount_line"))
        blocks.append(tuple(statement))
        if not consumer:
            notice = "preventive_notice_public" if public else "preventive_notice_business"
            blocks.append((r(notice),))
    else:
        statement.append(r("outstanding_line"))
        blocks.append(tuple(statement))
        if interest.periods:
            heading = "interest_heading_" + (
                "consumer" if consumer else "public" if public else "business"
            )
            blocks.append(
                _interest_table(
                    a, templates, ctx, money, day, locale, heading, interest_first=interest_first
                )
            )
        charges: list[str] = []
        if a.indemnity > 0:
            charges.append(r("indemnity_line_public" if public else "indemnity_line_business"))
        if credit > 0:
            charges.append(r("credit_line"))
        charges.append(r("total_line"))
        blocks.append(tuple(charges))
        if kind == LetterKind.FORMAL_NOTICE:
            blocks.append((r("formal_notice_demand"),))
            if consumer:
                running = "running" if interest.periods else "starts"
                blocks.append((r(f"formal_notice_interest_{running}"),))
            blocks.append((r("formal_notice_litigation"),))
    if payment_instructions.strip():
        blocks.append((r("payment_instructions_line"),))
    if ctx["articles"]:
        blocks.append((r("articles_line"),))
    blocks += [(r(f"closing_{tone.value}"),), (r("signature"),)]
    return subject, _text(blocks), _html(blocks)


def _interest_table(
    a: Assessment,
    templates: Templates,
    ctx: dict[str, str],
    money: Callable[[Decimal], str],
    day: Callable[[date], str],
    locale: str,
    heading: str,
    *,
    interest_first: bool = False,
) -> _Table:
    interest = a.interest
    lines: list[str] = []
    rows: list[tuple[str, ...]] = []
    for p in interest.periods:
        pctx = {
            **ctx,
            "start": day(p.start),
            "end": day(p.end),
            "days": str(p.days),
            "duration": _days(p.days),
            "rate": format_rate(p.rate, locale),
            "base": money(p.base),
            "period_amount": money(p.amount),
            "basis": p.basis,
        }
        lines.append(_render(templates, "period_line", pctx))
        if templates.period_basis_line and p.basis:
            lines.append(_render(templates, "period_basis_line", pctx))
        rows.append(
            tuple(
                pctx[k] for k in ("start", "end", "days", "rate", "base", "period_amount", "basis")
            )
        )
    footer = [_render(templates, "interest_total_line", ctx)]
    if interest.paid > 0:
        paid_line = "interest_paid_line" if interest_first else "interest_paid_line_ledger"
        footer.append(_render(templates, paid_line, ctx))
        footer.append(_render(templates, "interest_due_line", ctx))
    return _Table(_render(templates, heading, ctx), tuple(lines), tuple(rows), tuple(footer))


def _text(blocks: list[_Block | _Table]) -> str:
    paragraphs: list[str] = []
    for b in blocks:
        lines = (b.heading, *b.lines, *b.footer) if isinstance(b, _Table) else b
        kept = [ln for ln in lines if ln]
        if kept:
            paragraphs.append("\n".join(kept))
    return "\n\n".join(paragraphs) + "\n"


_HEADERS = ("Du", "Au", "Jours", "Taux", "Base", "Montant", "Fondement")


def _para(lines: tuple[str, ...]) -> str:
    kept = [escape(ln, quote=False) for ln in lines if ln]
    return f"<p>{'<br>'.join(kept)}</p>" if kept else ""


def _html(blocks: list[_Block | _Table]) -> str:
    parts: list[str] = []
    for b in blocks:
        if isinstance(b, _Table):
            parts.append(_para((b.heading,)))
            head = "".join(f"<th>{h}</th>" for h in _HEADERS)
            body = "".join(
                "<tr>" + "".join(f"<td>{escape(c, quote=False)}</td>" for c in row) + "</tr>"
                for row in b.rows
            )
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
            parts.append(_para(b.footer))
        else:
            parts.append(_para(b))
    return "\n".join(p for p in parts if p) + "\n"
