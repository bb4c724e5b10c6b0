"""Money arithmetic: one private decimal context, the cent, and the one rounding helper.

The caller's global decimal context is never read or changed: every computation that needs
a precision or a rounding mode runs under ``localcontext(CTX)``, and rounding to the cent is
done by :func:`cents` only (half-up, the rule of Regulation (EC) 1103/97 art. 5 and of the
official service-public examples, which round each period to the cent).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal

__all__ = ["CENT", "CTX", "HUNDRED", "ZERO", "cents"]

#: The private context of every computation: 28 significant digits, half-up rounding.
CTX = Context(prec=28, rounding=ROUND_HALF_UP)
CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)


def cents(amount: Decimal) -> Decimal:
    """Round ``amount`` to the cent, half-up, whatever the caller's decimal context.

    >>> cents(Decimal("5.115")), cents(Decimal("-0.005")), cents(Decimal("2"))
    (Decimal('5.12'), Decimal('-0.01'), Decimal('2.00'))
    """
    return amount.quantize(CENT, rounding=ROUND_HALF_UP, context=CTX)
