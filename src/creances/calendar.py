"""French business days, for the optional shift of a due date.

A *business day* here is a day that is neither a Saturday, a Sunday nor a French public
holiday (jour férié légal, C. trav. L3133-1), as listed by the ``holidays`` package for
country ``"FR"``; a ``subdivision`` adds the local holidays of that territory as the package
names them: ``"57"`` (Moselle) and ``"6AE"`` (Bas-Rhin and Haut-Rhin, Alsace) add Good Friday
and 26 December (local law of Alsace-Moselle), ``"971"`` (Guadeloupe), ``"972"``, ``"973"``,
``"974"``, ``"976"`` add the abolition-of-slavery days, and so on.

Why shifting is optional (and off by default in :func:`creances.due_date`): no text moves a
contractual payment date that falls on a weekend or a holiday. CPC art. 642 (« Le délai qui
expirerait normalement un samedi, un dimanche ou un jour férié ou chômé est prorogé jusqu'au
premier jour ouvrable suivant ») governs procedural deadlines; where the legislator wanted a
shift for a payment it said so expressly, e.g. C. com. L511-79 for bills of exchange (« Le
paiement d'une lettre de change dont l'échéance est à un jour férié légal ne peut être exigé
que le premier jour ouvrable qui suit », holidays only, not Saturdays). L441-10 II makes
penalties due « le jour suivant la date de règlement figurant sur la facture », a calendar
date. Shifting is therefore a contractual or practical choice that the caller makes.

The holidays package is imported lazily, on the first call (``import creances`` does not
import it), and each (year, subdivision) set is built once and cached.

>>> from datetime import date
>>> from creances.calendar import is_business_day, next_business_day
>>> is_business_day(date(2025, 7, 14))  # Fête nationale, a Monday
False
>>> next_business_day(date(2025, 12, 25), subdivision="57")  # Christmas, then Saint-Étienne
datetime.date(2025, 12, 29)
>>> next_business_day(date(2025, 12, 25), subdivision="Bretagne")
Traceback (most recent call last):
...
creances.errors.InvalidInputError: subdivision must be None or one of the French ...
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from ._validate import check_date
from .errors import InvalidInputError

__all__ = ["is_business_day", "next_business_day", "subdivisions"]

_SATURDAY = 5
_ONE_DAY = timedelta(days=1)


@lru_cache(maxsize=1)
def _subdivision_codes() -> dict[str, str]:
    """Map every subdivision code and alias that ``holidays.France`` accepts to its code."""
    from holidays.countries.france import France

    codes = {code: code for code in France.subdivisions}
    codes.update(France.subdivisions_aliases)
    return codes


def subdivisions() -> tuple[str, ...]:
    """Return the subdivision codes and aliases accepted by the business-day functions.

    They are those of the installed ``holidays`` package (``holidays.France.subdivisions``
    and ``holidays.France.subdivisions_aliases``), e.g. ``"57"``, ``"6AE"``, ``"971"``,
    ``"Moselle"``, ``"Alsace"``.

    >>> {"57", "6AE", "971", "Moselle"} <= set(subdivisions())
    True
    """
    return tuple(_subdivision_codes())


def _check_subdivision(value: object) -> str | None:
    """Return the holidays code of ``value`` (``None`` stays ``None``), else raise."""
    if value is None:
        return None
    codes = _subdivision_codes()
    if isinstance(value, str) and value in codes:
        return codes[value]
    raise InvalidInputError(
        f"subdivision must be None or one of the French subdivisions of the holidays package: "
        f"{', '.join(repr(code) for code in codes)}; got {value!r}",
        param="subdivision",
        value=value,
    )


@lru_cache(maxsize=128)
def _public_holidays(year: int, subdivision: str | None) -> frozenset[date]:
    """The French public holidays of ``year`` (plus those of ``subdivision``), built once."""
    import holidays

    return frozenset(holidays.country_holidays("FR", subdiv=subdivision, years=year))


def _is_business_day(day: date, subdivision: str | None) -> bool:
    return day.weekday() < _SATURDAY and day not in _public_holidays(day.year, subdivision)


def is_business_day(day: date, *, subdivision: str | None = None) -> bool:
    """Tell whether ``day`` is neither a Saturday, a Sunday nor a French public holiday.

    Args:
        day: the day to test (a ``datetime.date``; a ``datetime`` is rejected).
        subdivision: ``None`` for the national holidays only, or a code or alias of the
            ``holidays`` package (``"57"`` Moselle, ``"6AE"`` Alsace, ``"971"``...) to add
            the local ones.

    Returns:
        ``True`` for a business day.

    Raises:
        InvalidDateError: ``day`` is not a ``datetime.date``.
        InvalidInputError: unknown ``subdivision`` (the message lists the valid ones).

    >>> from datetime import date
    >>> is_business_day(date(2024, 3, 29)), is_business_day(date(2024, 3, 29), subdivision="57")
    (True, False)
    >>> is_business_day("2024-03-29")
    Traceback (most recent call last):
    ...
    creances.errors.InvalidDateError: day must be a datetime.date, got str '2024-03-29': ...
    """
    checked = check_date(day, "day")
    return _is_business_day(checked, _check_subdivision(subdivision))


def next_business_day(day: date, *, subdivision: str | None = None) -> date:
    """Return ``day`` if it is a business day, else the next business day.

    A business day is neither a Saturday, a Sunday nor a French public holiday (of
    ``subdivision`` too, if given). This is the rule of CPC art. 642 for procedural deadlines;
    applying it to a payment date is a choice, see the module documentation (C. com. L511-79
    shifts only bills of exchange, and only for holidays).

    Args:
        day: a ``datetime.date``.
        subdivision: as in :func:`is_business_day`.

    Returns:
        The first business day on or after ``day``.

    Raises:
        InvalidDateError: ``day`` is not a ``datetime.date``.
        InvalidInputError: unknown ``subdivision`` (the message lists the valid ones).

    >>> from datetime import date
    >>> next_business_day(date(2025, 5, 1))  # Thursday 1 May (fête du Travail) -> Friday
    datetime.date(2025, 5, 2)
    >>> next_business_day(date(2025, 5, 2))  # already a business day
    datetime.date(2025, 5, 2)
    """
    current = check_date(day, "day")
    code = _check_subdivision(subdivision)
    # date.max (9999-12-31) is a Friday and no holiday list goes that far: this loop always
    # ends without overflowing.
    while not _is_business_day(current, code):
        current += _ONE_DAY
    return current
