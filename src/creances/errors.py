"""The exceptions and warnings raised by creances.

Every error raised on purpose is a subclass of :class:`CreancesError`. Each subclass also
inherits the matching builtin (``ValueError``, ``LookupError``, ``TypeError``) so that code
that already catches those keeps working.

>>> import creances as cr
>>> issubclass(cr.InvalidInputError, ValueError) and issubclass(cr.InvalidInputError, cr.CreancesError)
True
"""

from __future__ import annotations

__all__ = [
    "CreancesError",
    "CreancesWarning",
    "FloorWarning",
    "IllegalTermError",
    "InvalidAmountError",
    "InvalidDateError",
    "InvalidInputError",
    "InvalidRateError",
    "RateTableError",
    "RateUnavailableError",
    "UnknownTermError",
]


class CreancesError(Exception):
    """Root of every error raised on purpose by creances. Never raised directly."""


class InvalidInputError(CreancesError, ValueError):
    """An argument has the wrong type or an impossible value.

    Attributes:
        param: the name of the parameter (or column) that was wrong.
        value: the value received.
    """

    def __init__(self, message: str, *, param: str = "", value: object = None) -> None:
        super().__init__(message)
        self.param = param
        self.value = value


class InvalidDateError(InvalidInputError, TypeError):
    """A date was expected: a ``datetime.date`` (not a ``datetime``, a string or a number)."""


class InvalidAmountError(InvalidInputError, TypeError):
    """An amount was expected: a finite ``Decimal`` or an ``int`` (never a float or a str)."""


class InvalidRateError(InvalidInputError, TypeError):
    """A rate in percent per year was expected: a finite, non-negative ``Decimal`` or ``int``."""


class UnknownTermError(InvalidInputError):
    """The wording of a payment term was not understood; the message quotes it."""


class IllegalTermError(CreancesError, ValueError):
    """An agreed payment term exceeds a legal maximum where a computation requires a legal one.

    :func:`creances.check_term` *returns* the violations instead of raising.
    """


class RateUnavailableError(CreancesError, LookupError):
    """The rate table does not cover the date asked for. The message says how to pass a newer
    rate with ``rates=``; no rate is ever guessed or extrapolated."""


class RateTableError(CreancesError, ValueError):
    """A rate table supplied by the caller is malformed (unsorted, duplicated, not finite...)."""


class CreancesWarning(UserWarning):
    """Base class of every warning creances emits."""


class FloorWarning(CreancesWarning):
    """A contractual rate is below the legal floor (3 × taux de l'intérêt légal, L441-10 II)."""
