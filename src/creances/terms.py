"""Payment terms (délais de paiement): due dates and their legality.

The rule (C. com. L441-10 I, version since 26 April 2019):

- by default, « trente jours après la date de réception des marchandises ou d'exécution de la
  prestation demandée » (:meth:`PaymentTerm.statutory_default`);
- an agreed term « ne peut dépasser soixante jours après la date d'émission de la facture »;
- « par dérogation, un délai maximal de quarante-cinq jours fin de mois après la date
  d'émission de la facture peut être convenu entre les parties, sous réserve que ce délai soit
  expressément stipulé par contrat »; both ways of counting it are admitted by the DGCCRF and
  the CEPC: invoice date + 45 days then end of that month (:attr:`EndOfMonthMethod.ADD_THEN_EOM`)
  or end of the invoice month + 45 days (:attr:`EndOfMonthMethod.EOM_THEN_ADD`);
- periodic invoices (CGI 289 I 3): 45 days after the invoice date.

Sector maxima (L441-11 II), grand export (L441-12) and public buyers (CCP R2192-10 to
R2192-12) are checked by :func:`check_term`. Dates are computed with plain calendar-day
arithmetic (``timedelta`` and the length of each month), never with a "+ n months" rule.

References:
    * https://www.economie.gouv.fr/dgccrf/les-fiches-pratiques/delais-de-paiement-les-regles-connaitre
    * https://www.economie.gouv.fr/cepc/delais-paiement-sur-computation-des-delais

>>> from datetime import date
>>> from creances.terms import PaymentTerm, due_date, parse_term
>>> due_date(date(2023, 1, 15), "45 jours fin de mois")
datetime.date(2023, 3, 31)
>>> due_date(date(2023, 1, 15), PaymentTerm.end_of_month(45, "eom_then_add"))
datetime.date(2023, 3, 17)
>>> parse_term("sous huitaine")
Traceback (most recent call last):
...
creances.errors.UnknownTermError: payment term not understood: 'sous huitaine' ...
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from ._validate import _show, check_choice, check_date, check_optional_date
from .calendar import next_business_day
from .errors import InvalidInputError, UnknownTermError

__all__ = [
    "EndOfMonthMethod",
    "PaymentTerm",
    "Regime",
    "TermKind",
    "TermStart",
    "Violation",
    "check_term",
    "due_date",
    "parse_term",
]

#: Longest term accepted by the constructors, in days (one year is already far beyond any
#: legal maximum; a longer number is almost certainly a typing error).
MAX_DAYS = 365


class EndOfMonthMethod(StrEnum):
    """The two ways of counting « n jours fin de mois », both admitted by DGCCRF and CEPC."""

    #: invoice date + n days, then the last day of that month (« date de facture + 45 jours
    #: + fin du mois »).
    ADD_THEN_EOM = "add_then_eom"
    #: last day of the invoice month, then + n days (« date de facture + fin du mois + 45
    #: jours »).
    EOM_THEN_ADD = "eom_then_add"


class TermStart(StrEnum):
    """The event a term runs from."""

    #: the invoice date (date d'émission de la facture).
    INVOICE = "invoice"
    #: the delivery of the goods or the performance of the service (L441-10 I default).
    DELIVERY = "delivery"


class TermKind(StrEnum):
    """The shape of a :class:`PaymentTerm`."""

    DAYS = "days"
    END_OF_MONTH = "end_of_month"
    ON_RECEIPT = "on_receipt"


class Regime(StrEnum):
    """The legal regime whose maximum term :func:`check_term` applies."""

    GENERAL = "general"  # C. com. L441-10 I
    PERIODIC_INVOICE = "periodic_invoice"  # C. com. L441-10 I al. 4, CGI 289 I 3
    PERISHABLE_FOOD = "perishable_food"  # C. com. L441-11 II 1° a)
    LIVE_CATTLE = "live_cattle"  # C. com. L441-11 II (old L443-1 2°)
    ALCOHOL = "alcohol"  # C. com. L441-11 II (old L443-1 3°), CGI 403
    TRANSPORT = "transport"  # C. com. L441-11 II (formerly L441-6 I)
    GRAND_EXPORT = "grand_export"  # C. com. L441-12
    PUBLIC_STATE = "public_state"  # CCP R2192-10
    PUBLIC_HOSPITAL = "public_hospital"  # CCP R2192-11 1°
    PUBLIC_COMPANY = "public_company"  # CCP R2192-11 2°


def _values(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


def _check_int(value: object, param: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(
            f"{param} must be an int from {low} to {high}, got {type(value).__name__} "
            f"{_show(value)}",
            param=param,
            value=value,
        )
    if not low <= value <= high:
        raise InvalidInputError(
            f"{param} must be from {low} to {high}, got {value}", param=param, value=value
        )
    return value


@dataclass(frozen=True, slots=True)
class PaymentTerm:
    """An agreed payment term (délai de paiement). Immutable and hashable.

    Build it with a constructor (:meth:`days`, :meth:`end_of_month`, :meth:`on_receipt`,
    :meth:`statutory_default`) or from French wording with :func:`parse_term`.

    Attributes:
        kind: ``"days"`` (n days net), ``"end_of_month"`` or ``"on_receipt"``.
        n: the number of days (0 to 365; 0 for ``on_receipt``).
        start: ``"invoice"`` (the invoice date) or ``"delivery"`` (delivery of the goods or
            performance of the service); end-of-month terms run from the invoice date.
        method: for ``end_of_month`` only, the :class:`EndOfMonthMethod`.
        day: for ``end_of_month`` only, ``None`` or the day X of « fin de mois le X ».

    >>> PaymentTerm.end_of_month(45, day=10).describe()
    '45 jours fin de mois le 10'
    >>> PaymentTerm.days(30.0)
    Traceback (most recent call last):
    ...
    creances.errors.InvalidInputError: n must be an int from 0 to 365, got float 30.0
    """

    kind: TermKind
    n: int = 0
    start: TermStart = TermStart.INVOICE
    method: EndOfMonthMethod | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        kind = TermKind(check_choice(self.kind, "kind", _values(TermKind)))
        start = TermStart(check_choice(self.start, "start", _values(TermStart)))
        n = _check_int(self.n, "n", 0, MAX_DAYS)
        method: EndOfMonthMethod | None = None
        day: int | None = None
        if kind is TermKind.END_OF_MONTH:
            method = EndOfMonthMethod(
                check_choice(self.method, "method", _values(EndOfMonthMethod))
            )
            if self.day is not None:
                day = _check_int(self.day, "day", 1, 31)
            if start is not TermStart.INVOICE:
                raise InvalidInputError(
                    "an end-of-month term runs from the invoice date: start must be 'invoice'",
                    param="start",
                    value=self.start,
                )
        else:
            if self.method is not None or self.day is not None:
                raise InvalidInputError(
                    f"method and day are only for end-of-month terms, not for kind {kind.value!r}",
                    param="method" if self.method is not None else "day",
                    value=self.method if self.method is not None else self.day,
                )
            if kind is TermKind.ON_RECEIPT and n != 0:
                raise InvalidInputError(
                    f"an on-receipt term has n=0, got {n}", param="n", value=self.n
                )
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "method", method)
        object.__setattr__(self, "day", day)

    @classmethod
    def days(cls, n: int, start: TermStart | str = TermStart.INVOICE) -> PaymentTerm:
        """« n jours (nets) »: due n calendar days after the invoice date (or the delivery).

        Args:
            n: number of days, an int from 0 to 365.
            start: ``"invoice"`` (« date de facture ») or ``"delivery"`` (« après livraison »,
                then :func:`due_date` needs ``delivered``).

        >>> PaymentTerm.days(60).describe(), PaymentTerm.days(30, "delivery").describe()
        ('60 jours date de facture', '30 jours date de livraison')
        """
        return cls(TermKind.DAYS, n, TermStart(check_choice(start, "start", _values(TermStart))))

    @classmethod
    def end_of_month(
        cls,
        n: int,
        method: EndOfMonthMethod | str = EndOfMonthMethod.ADD_THEN_EOM,
        *,
        day: int | None = None,
    ) -> PaymentTerm:
        """« n jours fin de mois » (optionally « le X »), from the invoice date.

        - ``"add_then_eom"``: invoice date + n days, then the last day of that month;
        - ``"eom_then_add"``: the last day of the invoice month, then + n days;
        - ``day=X`` (« n jours fin de mois le X »): take the date D given by the method, then
          day X of the month that follows D's month; if that month is shorter than X days,
          its last day (X = 31 in April gives 30 April, in February 28 or 29).

        Args:
            n: number of days, an int from 0 to 365.
            method: an :class:`EndOfMonthMethod` or its value.
            day: ``None`` or an int from 1 to 31.

        >>> PaymentTerm.end_of_month(45, "eom_then_add").describe()
        'fin de mois + 45 jours'
        """
        checked = EndOfMonthMethod(check_choice(method, "method", _values(EndOfMonthMethod)))
        return cls(TermKind.END_OF_MONTH, n, TermStart.INVOICE, checked, day)

    @classmethod
    def on_receipt(cls, start: TermStart | str = TermStart.INVOICE) -> PaymentTerm:
        """« à réception », « comptant »: due on the invoice date (or on delivery).

        Args:
            start: ``"invoice"`` (default: « à réception de facture », « comptant ») or
                ``"delivery"`` (« à réception des marchandises »: due on the delivery date).

        >>> PaymentTerm.on_receipt().describe()
        'à réception'
        """
        return cls(
            TermKind.ON_RECEIPT, 0, TermStart(check_choice(start, "start", _values(TermStart)))
        )

    @classmethod
    def statutory_default(cls) -> PaymentTerm:
        """The default term of C. com. L441-10 I when nothing was agreed.

        « Sauf dispositions contraires figurant aux conditions de vente ou convenues entre les
        parties, le délai de règlement des sommes dues ne peut dépasser trente jours après la
        date de réception des marchandises ou d'exécution de la prestation demandée »: 30 days
        from delivery or performance, so :func:`due_date` must be given ``delivered``.

        >>> PaymentTerm.statutory_default() == PaymentTerm.days(30, start="delivery")
        True
        """
        return cls(TermKind.DAYS, 30, TermStart.DELIVERY)

    def describe(self) -> str:
        """Return the usual French wording of the term (which :func:`parse_term` reads back).

        >>> PaymentTerm.days(1).describe(), PaymentTerm.on_receipt("delivery").describe()
        ('1 jour date de facture', 'à réception des marchandises')
        """
        if self.kind is TermKind.ON_RECEIPT:
            return (
                "à réception" if self.start is TermStart.INVOICE else "à réception des marchandises"
            )
        jours = "jour" if self.n == 1 else "jours"
        if self.kind is TermKind.DAYS:
            origin = "facture" if self.start is TermStart.INVOICE else "livraison"
            return f"{self.n} {jours} date de {origin}"
        if self.method is EndOfMonthMethod.ADD_THEN_EOM:
            text = f"{self.n} {jours} fin de mois"
        else:
            text = f"fin de mois + {self.n} {jours}"
        return text if self.day is None else f"{text} le {self.day}"

    def __str__(self) -> str:
        return self.describe()


# --------------------------------------------------------------------------- due dates


def _end_of_month(day: date) -> date:
    return day.replace(day=monthrange(day.year, day.month)[1])


def _day_of_next_month(day: date, wanted: int) -> date:
    year, month = (day.year, day.month + 1) if day.month < 12 else (day.year + 1, 1)
    return date(year, month, min(wanted, monthrange(year, month)[1]))


def _compute(term: PaymentTerm, origin: date) -> date:
    """The due date of ``term`` counted from ``origin`` (invoice or delivery date)."""
    if term.kind is TermKind.ON_RECEIPT:
        return origin
    if term.kind is TermKind.DAYS:
        return origin + timedelta(days=term.n)
    if term.method is EndOfMonthMethod.ADD_THEN_EOM:
        result = _end_of_month(origin + timedelta(days=term.n))
    else:
        result = _end_of_month(origin) + timedelta(days=term.n)
    return result if term.day is None else _day_of_next_month(result, term.day)


def _as_term(term: object) -> PaymentTerm:
    if isinstance(term, PaymentTerm):
        return term
    if isinstance(term, str):
        return parse_term(term)
    raise InvalidInputError(
        f"term must be a PaymentTerm or a str, got {type(term).__name__} {_show(term)}",
        param="term",
        value=term,
    )


_SHIFTS = ("next_business_day",)


def due_date(
    issued: date,
    term: PaymentTerm | str,
    *,
    delivered: date | None = None,
    shift: str | None = None,
    subdivision: str | None = None,
) -> date:
    """Return the due date (date de règlement) of an invoice.

    Days are calendar days. By default the date is not moved when it falls on a weekend or a
    holiday: no text moves a contractual payment date (CPC 642 concerns procedural deadlines,
    C. com. L511-79 only bills of exchange).

    Args:
        issued: the invoice date (date d'émission de la facture); for a public buyer, the date
            the payment request was received (CCP R2192-12).
        term: a :class:`PaymentTerm` or its wording (read with :func:`parse_term`).
        delivered: the delivery / performance date; required when the term starts at delivery
            (e.g. :meth:`PaymentTerm.statutory_default`), checked but unused otherwise.
        shift: ``None`` (default) or ``"next_business_day"``: a due date on a Saturday, a
            Sunday or a French public holiday moves to the next business day.
        subdivision: with ``shift`` only: the local holidays to add (``"57"``, ``"6AE"``,
            ``"971"``... see :mod:`creances.calendar`).

    Returns:
        The due date, a ``datetime.date``.

    Raises:
        InvalidDateError: a date is not a ``datetime.date`` (a ``datetime`` is rejected).
        InvalidInputError: ``delivered`` missing for a term from delivery, bad ``shift``,
            ``subdivision`` without ``shift`` or unknown, or a date beyond the year 9999.
        UnknownTermError: ``term`` is a wording that :func:`parse_term` does not understand.

    >>> from datetime import date
    >>> due_date(date(2024, 1, 15), "45 jours fin de mois")  # 15 Jan + 45 d = 29 Feb (leap)
    datetime.date(2024, 2, 29)
    >>> due_date(date(2024, 11, 1), "30 jours", shift="next_business_day")  # 1 Dec: Sunday
    datetime.date(2024, 12, 2)
    >>> due_date(date(2024, 3, 1), PaymentTerm.statutory_default())
    Traceback (most recent call last):
    ...
    creances.errors.InvalidInputError: the term '30 jours date de livraison' runs from ...
    """
    issued_ok = check_date(issued, "issued")
    delivered_ok = check_optional_date(delivered, "delivered")
    checked = _as_term(term)
    if shift is not None:
        check_choice(shift, "shift", _SHIFTS)
    elif subdivision is not None:
        raise InvalidInputError(
            "subdivision is only used with shift='next_business_day'",
            param="subdivision",
            value=subdivision,
        )
    if checked.start is TermStart.DELIVERY:
        if delivered_ok is None:
            raise InvalidInputError(
                f"the term {checked.describe()!r} runs from delivery or performance: "
                f"pass delivered=date(...)",
                param="delivered",
                value=None,
            )
        origin = delivered_ok
    else:
        origin = issued_ok
    try:
        result = _compute(checked, origin)
    except (OverflowError, ValueError):
        raise InvalidInputError(
            f"the due date of {checked.describe()!r} from {origin.isoformat()} is after "
            f"{date.max.isoformat()}",
            param="issued",
            value=issued,
        ) from None
    if shift is None:
        return result
    return next_business_day(result, subdivision=subdivision)


# --------------------------------------------------------------------------- parsing

_EXAMPLES = (
    "'30 jours', '60 jours date de facture', '30 jours après livraison', "
    "'45 jours fin de mois', 'fin de mois + 45 jours', '30 jours fin de mois le 10', "
    "'à réception', 'comptant', 'net 30', '30 days end of month'"
)
_UNIT = r"(?:jours?|j|days?|d)"
_EOM = r"(?:fin de mois|fdm|end of month|eom)"
_DAY_X = r"(?: le (?P<x>\d{1,3})(?: er)?(?: du mois suivant)?)?"
_REST = r"(?P<rest>(?: [a-z]+)*)"
_RE_EOM_A = re.compile(rf"(?:net )?(?P<n>\d{{1,4}})(?: {_UNIT})?(?: nets?)? {_EOM}{_DAY_X}{_REST}")
_RE_EOM_B = re.compile(
    rf"{_EOM}(?: (?:\+|plus))?(?: (?P<n>\d{{1,4}})(?: {_UNIT})?)?{_DAY_X}{_REST}"
)
_RE_DAYS = re.compile(rf"(?P<net>net )?(?P<n>\d{{1,4}})(?P<unit> {_UNIT})?{_REST}")
_RE_RECEIPT_INVOICE = re.compile(
    r"(?:(?:a|des|upon|on|at) )?(?:la )?(?:reception|receipt)"
    r"(?: (?:de|d|of) (?:la |l |the )?(?:facture|invoice))?"
    r"|(?:au )?comptant|cash|immediat|immediate|immediatement"
)
_RE_RECEIPT_DELIVERY = re.compile(
    r"(?:(?:a|des|upon|on) )?(?:la )?(?:reception|receipt) (?:de |des |d |of )?(?:la |l |the )?"
    r"(?:marchandises?|goods|livraison|delivery)"
    r"|(?:a|des|upon|on) (?:la )?(?:livraison|delivery)"
)
_RE_PREFIX = re.compile(r"^(?:(?:conditions de )?(?:paiement|reglement|payable|payment|due) )+")
# Words that may surround the origin of a term (« à compter de la date de ... »).
_FILLER = frozenset(
    {
        "a", "compter", "partir", "de", "la", "le", "l", "d", "du", "des", "date", "apres",
        "from", "after", "the", "of", "suivant", "suivante", "emission", "reception", "net",
        "nets",
    }
)  # fmt: skip
_INVOICE_WORDS = frozenset({"facture", "facturation", "invoice"})
_DELIVERY_WORDS = frozenset(
    {"livraison", "marchandise", "marchandises", "delivery", "goods", "execution", "prestation"}
)


def _normalize(text: str) -> str:
    """Lower case, no accents, punctuation to spaces, digits apart from letters."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char)).lower()
    plain = re.sub(r"[^a-z0-9+]+", " ", plain)
    plain = re.sub(
        r"(?<=\d)(?=[a-z+])|(?<=[a-z+])(?=\d)|(?<=[a-z])(?=\+)|(?<=\+)(?=[a-z])", " ", plain
    )
    return " ".join(plain.split())


def _origin(rest: str, text: str) -> TermStart | None:
    """Read the words after the number: ``None`` means none were given."""
    words = rest.split()
    unknown = [word for word in words if word not in _FILLER | _INVOICE_WORDS | _DELIVERY_WORDS]
    if unknown:
        raise _not_understood(text, f"the words {' '.join(unknown)!r} were not understood")
    invoice = any(word in _INVOICE_WORDS for word in words)
    delivery = any(word in _DELIVERY_WORDS for word in words)
    if invoice and delivery:
        raise _not_understood(text, "it names both the invoice and the delivery as the start")
    if delivery:
        return TermStart.DELIVERY
    if invoice or (words and set(words) <= {"net", "nets"}):
        return TermStart.INVOICE
    if words:
        raise _not_understood(text, f"the words {rest.strip()!r} do not name a start")
    return None


def _not_understood(text: str, why: str) -> UnknownTermError:
    return UnknownTermError(
        f"payment term not understood: {text!r} ({why}); examples of accepted wordings: "
        f"{_EXAMPLES}",
        param="term",
        value=text,
    )


def _number(found: str | None, text: str, low: int, high: int) -> int:
    value = 0 if found is None else int(found)
    if not low <= value <= high:
        raise _not_understood(text, f"{value} is not from {low} to {high}")
    return value


@lru_cache(maxsize=4096)
def _parse(text: str) -> PaymentTerm:
    words = _RE_PREFIX.sub("", _normalize(text) + " ", count=1).strip()
    words = re.sub(r"^a (?=\d)", "", words)
    if _RE_RECEIPT_DELIVERY.fullmatch(words):
        return PaymentTerm.on_receipt(TermStart.DELIVERY)
    if _RE_RECEIPT_INVOICE.fullmatch(words):
        return PaymentTerm.on_receipt()
    for pattern, method in (
        (_RE_EOM_A, EndOfMonthMethod.ADD_THEN_EOM),
        (_RE_EOM_B, EndOfMonthMethod.EOM_THEN_ADD),
    ):
        match = pattern.fullmatch(words)
        if match:
            if _origin(match["rest"], text) is TermStart.DELIVERY:
                raise _not_understood(
                    text, "end-of-month terms are counted from the invoice date only"
                )
            n = _number(match["n"], text, 0, MAX_DAYS)
            day = None if match["x"] is None else _number(match["x"], text, 1, 31)
            # « fin de mois » alone (no number): the last day of the invoice month.
            found = method if match["n"] is not None else EndOfMonthMethod.ADD_THEN_EOM
            return PaymentTerm.end_of_month(n, found, day=day)
    match = _RE_DAYS.fullmatch(words)
    if match:
        start = _origin(match["rest"], text)
        if start is None and not (match["net"] or match["unit"]):
            raise _not_understood(text, "a number alone is not a term: write '30 jours'")
        return PaymentTerm.days(_number(match["n"], text, 0, MAX_DAYS), start or TermStart.INVOICE)
    raise _not_understood(text, "no known wording matches")


def parse_term(text: str) -> PaymentTerm:
    """Read a payment term written in French (or in common English) wording.

    Case, accents, punctuation and extra spaces do not matter. Understood, for example:

    - « 30 jours », « 30 j », « 30 jours net(s) », « net 30 », « 30 days », « paiement à 30
      jours », « 60 jours date de facture », « 60 jours à compter de la date de facture »:
      :meth:`PaymentTerm.days` from the invoice date;
    - « 30 jours date de livraison », « 30 jours après livraison », « 30 jours à compter de la
      réception des marchandises »: :meth:`PaymentTerm.days` from delivery;
    - « 45 jours fin de mois », « 45 j fdm », « 30 days end of month »: end of month, method
      ``add_then_eom``; « fin de mois + 45 jours », « fin de mois 45 jours »: ``eom_then_add``;
      « ... le 10 » (« le 1er », « le 10 du mois suivant »): day X of the following month;
      « fin de mois » alone: the last day of the invoice month;
    - « à réception », « à réception de facture », « comptant », « paiement comptant »,
      « due on receipt », « upon receipt »: :meth:`PaymentTerm.on_receipt`; « à réception
      de marchandise », « à la livraison »: due on delivery.

    Results are cached: the same text is parsed once.

    Args:
        text: the wording.

    Returns:
        The :class:`PaymentTerm`.

    Raises:
        InvalidInputError: ``text`` is not a ``str``.
        UnknownTermError: the wording is not understood; the message quotes it, says what
            was not understood and lists accepted wordings.

    >>> parse_term("Fin de mois + 45 jours") == PaymentTerm.end_of_month(45, "eom_then_add")
    True
    >>> parse_term("30 jours fin de mois le 10").describe()
    '30 jours fin de mois le 10'
    >>> parse_term("60 jours fin de trimestre")
    Traceback (most recent call last):
    ...
    creances.errors.UnknownTermError: payment term not understood: '60 jours fin de trimestre' ...
    """
    if not isinstance(text, str):
        raise InvalidInputError(
            f"term must be a str, got {type(text).__name__} {_show(text)}",
            param="term",
            value=text,
        )
    return _parse(str(text))


# --------------------------------------------------------------------------- legality


@dataclass(frozen=True, slots=True)
class Violation:
    """One legal maximum that an agreed term exceeds.

    Attributes:
        rule: short code of the rule, e.g. ``"L441-10 I general maximum"``.
        article: the legal source, e.g. ``"C. com. L441-10 I"``.
        limit: the legal limit in French, as the text words it.
        message: an explanation with the worst case found (invoice date, due date, latest
            legal date).
        example_issued: the invoice date of that worst case.
        example_due: the due date the term gives for it.
        example_limit: the latest legal due date for it.
    """

    rule: str
    article: str
    limit: str
    message: str
    example_issued: date | None = None
    example_due: date | None = None
    example_limit: date | None = None


@dataclass(frozen=True, slots=True)
class _Rule:
    rule: str
    article: str
    limit: str
    latest: Callable[[date, date], date]  # (invoice date, delivery date) -> latest due date
    note: str = ""


def _days_after(n: int) -> Callable[[date], date]:
    return lambda day: day + timedelta(days=n)


def _general_latest(issued: date, _delivered: date) -> date:
    # L441-10 I: 60 days net from the invoice date, or (by derogation, expressly stipulated)
    # 45 days end of month, counted either way (DGCCRF fiche, CEPC): the latest of the three.
    return max(
        issued + timedelta(days=60),
        _end_of_month(issued + timedelta(days=45)),
        _end_of_month(issued) + timedelta(days=45),
    )


def _from_invoice(n: int) -> Callable[[date, date], date]:
    after = _days_after(n)
    return lambda issued, _delivered: after(issued)


def _from_delivery(n: int) -> Callable[[date, date], date]:
    after = _days_after(n)
    return lambda _issued, delivered: after(delivered)


_DELIVERY_NOTE = (
    " A term counted from the invoice date is checked as if delivery were on the invoice date"
    " (C. com. L441-9: the invoice is issued on delivery)."
)
_PUBLIC_NOTE = (
    " For a public buyer the term runs from the receipt of the payment request (CCP R2192-12):"
    " creances treats the 'issued' date as that date."
)

_RULES: dict[Regime, _Rule] = {
    Regime.GENERAL: _Rule(
        "L441-10 I general maximum",
        "C. com. L441-10 I",
        "60 jours nets après la date d'émission de la facture, ou 45 jours fin de mois "
        "(expressément stipulé)",
        _general_latest,
    ),
    # L441-10 I al. 4: « En cas de facture périodique ... ne peut dépasser quarante-cinq jours
    # après la date d'émission de la facture ».
    Regime.PERIODIC_INVOICE: _Rule(
        "L441-10 I periodic invoice maximum",
        "C. com. L441-10 I (facture périodique, CGI 289 I 3)",
        "45 jours après la date d'émission de la facture",
        _from_invoice(45),
    ),
    # L441-11 II 1° a) (ordonnance 2021-859, text in force since 1 Jan 2024): 30 days after
    # delivery for perishable food products.
    Regime.PERISHABLE_FOOD: _Rule(
        "L441-11 II 1° a perishable food maximum",
        "C. com. L441-11 II 1° a)",
        "30 jours après la date de livraison",
        _from_delivery(30),
        _DELIVERY_NOTE,
    ),
    # Live cattle: 20 days after the day of delivery (old L443-1 2°, and post-2021 summaries);
    # the verbatim current text of L441-11 II was not retrieved.
    Regime.LIVE_CATTLE: _Rule(
        "L441-11 II live cattle maximum",
        "C. com. L441-11 II (bétail sur pied; current text not verified)",
        "20 jours après le jour de livraison",
        _from_delivery(20),
        _DELIVERY_NOTE,
    ),
    # Alcoholic beverages subject to consumption duties (CGI art. 403): 30 days after the end of
    # the month of delivery (old L443-1 3°; current text of L441-11 II not retrieved).
    Regime.ALCOHOL: _Rule(
        "L441-11 II alcohol maximum",
        "C. com. L441-11 II (boissons alcooliques, CGI 403; current text not verified)",
        "30 jours après la fin du mois de livraison",
        lambda _issued, delivered: _end_of_month(delivered) + timedelta(days=30),
        _DELIVERY_NOTE,
    ),
    # Road haulage, vehicle rental with or without driver, transport commission, forwarders,
    # shipping and air-freight agents, freight brokers, customs agents: « en aucun cas »
    # more than 30 days from the invoice date (formerly L441-6 I, now L441-11 II).
    Regime.TRANSPORT: _Rule(
        "L441-11 II transport maximum",
        "C. com. L441-11 II (transport routier, location de véhicules, commission de "
        "transport, transitaires, courtiers de fret, commissionnaires en douane)",
        "30 jours à compter de la date d'émission de la facture",
        _from_invoice(30),
    ),
    # L441-12: purchases free of VAT (CGI 275) of goods delivered as is outside the EU.
    Regime.GRAND_EXPORT: _Rule(
        "L441-12 grand export maximum",
        "C. com. L441-12",
        "90 jours après la date d'émission de la facture",
        _from_invoice(90),
    ),
    # CCP L2192-10 and R2192-10: the State, local authorities and their public bodies.
    Regime.PUBLIC_STATE: _Rule(
        "R2192-10 public buyer maximum",
        "CCP L2192-10, R2192-10",
        "30 jours à compter de la réception de la demande de paiement",
        _from_invoice(30),
        _PUBLIC_NOTE,
    ),
    # CCP R2192-11 1°: établissements publics de santé, service de santé des armées.
    Regime.PUBLIC_HOSPITAL: _Rule(
        "R2192-11 1° public hospital maximum",
        "CCP L2192-10, R2192-11 1°",
        "50 jours à compter de la réception de la demande de paiement",
        _from_invoice(50),
        _PUBLIC_NOTE,
    ),
    # CCP R2192-11 2°: entreprises publiques (ordonnance 2004-503), except local public bodies.
    Regime.PUBLIC_COMPANY: _Rule(
        "R2192-11 2° public company maximum",
        "CCP L2192-10, R2192-11 2°",
        "60 jours à compter de la réception de la demande de paiement",
        _from_invoice(60),
        _PUBLIC_NOTE,
    ),
}

#: check_term tries every invoice date of a whole leap-year cycle of month lengths.
_CYCLE_FIRST = date(2024, 1, 1)
_CYCLE_DAYS = (date(2028, 1, 1) - _CYCLE_FIRST).days


@lru_cache(maxsize=1024)
def _check(term: PaymentTerm, regime: Regime) -> tuple[Violation, ...]:
    rule = _RULES[regime]
    worst: tuple[int, date, date, date] | None = None
    for offset in range(_CYCLE_DAYS):
        issued = _CYCLE_FIRST + timedelta(days=offset)
        # Delivery assumed on the invoice date (L441-9: the invoice is issued on delivery).
        due = _compute(term, issued)
        latest = rule.latest(issued, issued)
        excess = (due - latest).days
        if excess > 0 and (worst is None or excess > worst[0]):
            worst = (excess, issued, due, latest)
    if worst is None:
        return ()
    excess, issued, due, latest = worst
    origin = "delivered and invoiced" if term.start is TermStart.DELIVERY else "invoiced"
    plural = "s" if excess > 1 else ""
    message = (
        f"the term {term.describe()!r} exceeds the maximum of the {regime.value!r} regime: "
        f"{rule.limit} ({rule.article}). Worst case: {origin} on {issued.isoformat()}, due "
        f"{due.isoformat()}, latest legal date {latest.isoformat()} ({excess} day{plural} "
        f"too late)."
        f"{rule.note}"
    )
    return (Violation(rule.rule, rule.article, rule.limit, message, issued, due, latest),)


def check_term(
    term: PaymentTerm | str, *, regime: Regime | str = Regime.GENERAL
) -> tuple[Violation, ...]:
    """Check an agreed term against the legal maximum of a regime.

    The term is legal when, for every invoice date, its due date is no later than the latest
    date the regime allows. This is checked for every invoice date of 2024 to 2027 (a whole
    cycle of month lengths, leap year included); a violation quotes the worst case. The
    delivery is assumed to take place on the invoice date (C. com. L441-9: the invoice is
    issued on delivery), so under the general regime « n jours après livraison » is accepted
    up to 60 days.

    Maxima (latest due date):

    - ``general`` (C. com. L441-10 I): the latest of invoice date + 60 days and 45 days end
      of month by either method (an end-of-month term must be expressly stipulated, which
      cannot be checked here); « 60 jours fin de mois » is illegal;
    - ``periodic_invoice`` (L441-10 I al. 4): invoice date + 45 days;
    - ``perishable_food`` (L441-11 II 1° a): delivery + 30 days;
    - ``live_cattle`` (L441-11 II, text not verified): delivery + 20 days;
    - ``alcohol`` (L441-11 II, CGI 403, text not verified): end of the delivery month + 30 days;
    - ``transport`` (L441-11 II): invoice date + 30 days;
    - ``grand_export`` (L441-12): invoice date + 90 days;
    - ``public_state`` (CCP R2192-10): 30 days, ``public_hospital`` (R2192-11 1°): 50 days,
      ``public_company`` (R2192-11 2°): 60 days, from the receipt of the payment request
      (R2192-12), which creances takes to be the ``issued`` date.

    Args:
        term: a :class:`PaymentTerm` or its wording.
        regime: a :class:`Regime` member or its value.

    Returns:
        An empty tuple if the term is legal, else the :class:`Violation` found.

    Raises:
        InvalidInputError: unknown ``regime`` or ``term`` of a wrong type.
        UnknownTermError: a wording that :func:`parse_term` does not understand.

    >>> check_term("45 jours fin de mois")
    ()
    >>> [v.rule for v in check_term("60 jours fin de mois")]
    ['L441-10 I general maximum']
    >>> check_term("30 jours", regime="b2b")
    Traceback (most recent call last):
    ...
    creances.errors.InvalidInputError: regime must be one of 'general', ...
    """
    checked_regime = Regime(check_choice(regime, "regime", _values(Regime)))
    return _check(_as_term(term), checked_regime)
