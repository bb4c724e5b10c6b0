"""The single place where inputs are checked and error messages are written.

Rules (API contract, "Conventions"): dates are ``datetime.date`` (a ``datetime`` is rejected
first, since it is a subclass of ``date``); money and rates are ``Decimal`` or ``int``; a
``float``, ``str`` or ``bool`` is rejected, and so is a NaN or infinite Decimal.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Context, Decimal
from typing import TypeVar

from .errors import InvalidAmountError, InvalidDateError, InvalidInputError, InvalidRateError

_T = TypeVar("_T")
_CENT = Decimal("0.01")
_CTX = Context(prec=28)

__all__ = [
    "check_amount",
    "check_cents",
    "check_choice",
    "check_date",
    "check_items",
    "check_optional_date",
    "check_rate",
]


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check_date(value: object, param: str) -> date:
    """Return ``value`` if it is a ``datetime.date`` (and not a ``datetime``), else raise.

    >>> check_date(date(2025, 3, 1), "issued")
    datetime.date(2025, 3, 1)
    >>> check_date("2025-03-01", "issued")
    Traceback (most recent call last):
    ...
    creances.errors.InvalidDateError: issued must be a datetime.date, got str '2025-03-01': ...
    """
    if isinstance(value, datetime):
        raise InvalidDateError(
            f"{param} must be a datetime.date, got datetime.datetime {_show(value)}: "
            f"pass value.date()",
            param=param,
            value=value,
        )
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        hint = "parse it first, e.g. date.fromisoformat('2025-03-01')"
    else:
        hint = "pass a datetime.date, e.g. date(2025, 3, 1)"
    raise InvalidDateError(
        f"{param} must be a datetime.date, got {type(value).__name__} {_show(value)}: {hint}",
        param=param,
        value=value,
    )


def check_optional_date(value: object, param: str) -> date | None:
    """Like :func:`check_date`, but ``None`` is allowed and returned as is."""
    return None if value is None else check_date(value, param)


def _number(
    value: object, param: str, what: str, error: type[InvalidInputError], *, negative_ok: bool
) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        if isinstance(value, float):
            hint = f"floats are inexact: pass Decimal('{value!r}') or Decimal(str(x))"
        elif isinstance(value, str):
            hint = f"pass Decimal({value!r}) after checking the text"
        else:
            hint = "pass a decimal.Decimal or an int"
        raise error(
            f"{param} must be {what} (decimal.Decimal or int), got {type(value).__name__} "
            f"{_show(value)}: {hint}",
            param=param,
            value=value,
        )
    number = value if isinstance(value, Decimal) else Decimal(value)
    if not number.is_finite():
        raise error(
            f"{param} must be a finite number, got {_show(value)}", param=param, value=value
        )
    if not negative_ok and number < 0:
        raise error(f"{param} must not be negative, got {_show(value)}", param=param, value=value)
    return number


def check_amount(value: object, param: str, *, negative_ok: bool = False) -> Decimal:
    """Return ``value`` as a ``Decimal`` amount in euros, or raise ``InvalidAmountError``.

    >>> check_amount(1200, "amount")
    Decimal('1200')
    >>> check_amount(12.5, "amount")
    Traceback (most recent call last):
    ...
    creances.errors.InvalidAmountError: amount must be an amount in euros ...
    """
    return _number(value, param, "an amount in euros", InvalidAmountError, negative_ok=negative_ok)


def check_cents(value: object, param: str) -> Decimal:
    """Return ``value`` as a positive amount to the cent (``Decimal`` with two places).

    Claims and payments are amounts actually invoiced or paid: an ``int`` is converted
    (``1200`` -> ``Decimal('1200.00')``), a fraction of a cent is refused.

    >>> check_cents(1200, "amount")
    Decimal('1200.00')
    >>> check_cents(Decimal("10.005"), "amount")
    Traceback (most recent call last):
    ...
    creances.errors.InvalidAmountError: amount must be to the cent (two decimals at most), got Decimal('10.005')
    """
    number = _number(value, param, "an amount in euros", InvalidAmountError, negative_ok=False)
    if number == 0:
        raise InvalidAmountError(
            f"{param} must be positive, got {_show(value)}", param=param, value=value
        )
    exact = number.quantize(_CENT, context=_CTX)
    if exact != number:
        raise InvalidAmountError(
            f"{param} must be to the cent (two decimals at most), got {_show(value)}",
            param=param,
            value=value,
        )
    return exact


def check_rate(value: object, param: str) -> Decimal:
    """Return ``value`` as a ``Decimal`` rate in percent per year, or raise."""
    return _number(value, param, "a rate in percent per year", InvalidRateError, negative_ok=False)


def check_choice(value: object, param: str, choices: tuple[str, ...]) -> str:
    """Return ``value`` if it is one of ``choices`` (a str or a StrEnum member), else raise."""
    if isinstance(value, str) and value in choices:
        return str(value)
    raise InvalidInputError(
        f"{param} must be one of {', '.join(repr(c) for c in choices)}, got {_show(value)}",
        param=param,
        value=value,
    )


def check_items(
    values: Iterable[object], cls: type[_T], param: str, example: str
) -> tuple[_T, ...]:
    """Return ``values`` as a tuple if every item is a ``cls``, else raise naming the item.

    >>> check_items([1, "x"], int, "payments", "cr.Payment(on, amount)")
    Traceback (most recent call last):
    ...
    creances.errors.InvalidInputError: payments must hold cr.Payment(on, amount) objects, got 'x'
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise InvalidInputError(
            f"{param} must be an iterable of {example} objects, got {_show(values)}",
            param=param,
            value=values,
        )
    items = tuple(values)
    for item in items:
        if not isinstance(item, cls):
            raise InvalidInputError(
                f"{param} must hold {example} objects, got {_show(item)}", param=param, value=item
            )
    return items  # type: ignore[return-value]
