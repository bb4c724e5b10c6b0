"""The 40 € flat indemnity for recovery costs (« indemnité forfaitaire pour frais de
recouvrement »).

* C. com. L441-10 II: « Tout professionnel en situation de retard de paiement est de plein
  droit débiteur, à l'égard du créancier, d'une indemnité forfaitaire pour frais de
  recouvrement », amount fixed by decree: **40 euros** (C. com. D441-5). For public buyers,
  CCP L2192-13 and D2192-35 (40 €).
* Due **once per invoice** paid late, whatever the length of the delay or the amount, even
  if part of the invoice was paid on time (CJEU C-78/22, 4 May 2023: for each late payment);
  not subject to VAT. Not per reminder level (a mistake peers make).
* Never from a consumer: the text targets « tout professionnel », and CPCE L111-8 al. 2
  leaves recovery costs without an enforceable title with the creditor.
* Not due when « l'ouverture d'une procédure de sauvegarde, de redressement ou de
  liquidation judiciaire interdit le paiement à son échéance de la créance » (L441-10 II).

>>> from creances.indemnity import recovery_indemnity
>>> recovery_indemnity(), recovery_indemnity(debtor="consumer")
(Decimal('40.00'), Decimal('0.00'))
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from ._money import ZERO
from ._validate import check_choice
from .data.thresholds import RECOVERY_INDEMNITY
from .errors import InvalidInputError

__all__ = ["DebtorKind", "indemnity_basis", "recovery_indemnity"]


class DebtorKind(StrEnum):
    """Who owes: the regime of penalties and indemnity depends on it."""

    BUSINESS = "business"
    """A professional debtor (C. com. L441-10)."""
    CONSUMER = "consumer"
    """A consumer (C. civ. 1231-6, 1344-1; C. conso L218-2)."""
    PUBLIC = "public"
    """A public buyer (CCP L2192-10 ff., R2192-31, D2192-35)."""


DEBTOR_KINDS = tuple(k.value for k in DebtorKind)


def recovery_indemnity(*, debtor: str = "business", insolvency_before_due: bool = False) -> Decimal:
    """The flat recovery indemnity owed for one late invoice.

    Args:
        debtor: ``"business"``, ``"public"`` or ``"consumer"``.
        insolvency_before_due: collective proceedings (sauvegarde, redressement, liquidation
            judiciaire) opened before the due date forbid paying the claim at its due date.

    Returns:
        ``Decimal("40.00")`` for a late business or public debtor; ``Decimal("0.00")`` for a
        consumer or when proceedings opened before the due date.

    Legal basis: C. com. L441-10 II, D441-5; CCP L2192-13, D2192-35; CPCE L111-8.
    """
    kind = check_choice(debtor, "debtor", DEBTOR_KINDS)
    if not isinstance(insolvency_before_due, bool):
        raise InvalidInputError(
            f"insolvency_before_due must be True or False, got {insolvency_before_due!r}",
            param="insolvency_before_due",
            value=insolvency_before_due,
        )
    if kind == DebtorKind.CONSUMER or insolvency_before_due:
        return ZERO
    return RECOVERY_INDEMNITY


def indemnity_basis(debtor: str) -> str:
    """The articles behind the indemnity for that kind of debtor (French)."""
    if debtor == DebtorKind.PUBLIC:
        return "CCP L2192-13 et D2192-35 : indemnité forfaitaire de 40 €"
    if debtor == DebtorKind.CONSUMER:
        return "aucune indemnité forfaitaire envers un consommateur (CPCE L111-8)"
    return "C. com. L441-10 II et D441-5 : indemnité forfaitaire de 40 €"
