"""Taux de l'intérêt légal (French legal interest rate), per half-year.

Since 1 January 2015 (ordonnance n° 2014-947, décret n° 2014-1115; CMF L313-2, D313-1-A)
there are two rates, fixed each semester by arrêté of the economy minister:

* ``consumer``: « créances des personnes physiques n'agissant pas pour des besoins
  professionnels » (the *creditor* is a private person);
* ``professional``: « tous les autres cas » (every other creditor, e.g. a business
  collecting from a consumer or from another business).

Before 2015 there was one rate per calendar year (loi n° 75-619); it is stored here as two
identical half-years with both columns equal.

Sources per row (arrêtés and service-public fiche F783 mirror); checked against
shared/reference/legal-rules.md §6.b. Last checked: 2026-11-23.

Left out on purpose: the second half of 2026 (6.84 % / 2.75 % in one third-party file only,
no arrêté found): lookups in 2026 H2 raise ``RateUnavailableError`` until the caller adds it
with ``Rates.with_legal(2026, 2, professional=..., consumer=...)``; see docs/rates.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

__all__ = ["COMPLETE_UNTIL_HALF", "LEGAL_RATES", "LegalRateRow"]


@dataclass(frozen=True, slots=True)
class LegalRateRow:
    """The legal interest rates of one half-year (``half`` 1 = Jan-Jun, 2 = Jul-Dec)."""

    year: int
    half: int
    professional: Decimal
    consumer: Decimal
    source: str = ""


def _annual(year: int, rate: str, source: str) -> tuple[LegalRateRow, LegalRateRow]:
    value = Decimal(rate)
    note = f"{source} (annual rate, single category before 2015)"
    return (LegalRateRow(year, 1, value, value, note), LegalRateRow(year, 2, value, value, note))


_CBANQUE = (
    "https://www.cbanque.com/actu/61293/taux-de-interet-legal-nouvelle-erosion-au-1er-janvier-2017"
)
_F783 = "service-public.fr fiche F783"

_CBANQUE_2011 = "https://www.cbanque.com/actu/22259/le-taux-interet-legal-pour-2011-fixe-a-0,38"

LEGAL_RATES: Final[tuple[LegalRateRow, ...]] = (
    *_annual(1999, "3.47", _CBANQUE_2011),
    *_annual(2000, "2.74", _CBANQUE_2011),
    *_annual(2001, "4.26", _CBANQUE_2011),
    *_annual(2002, "4.26", _CBANQUE_2011),
    *_annual(2003, "3.29", _CBANQUE_2011),
    *_annual(2004, "2.27", _CBANQUE_2011),
    *_annual(2005, "2.05", _CBANQUE_2011),
    *_annual(2006, "2.11", _CBANQUE_2011),
    *_annual(2007, "2.95", _CBANQUE),
    *_annual(2008, "3.99", "décret n° 2008-166 du 21 févr. 2008; " + _CBANQUE),
    *_annual(2009, "3.79", "décret n° 2009-138 du 9 févr. 2009, JORF du 11 févr. 2009"),
    *_annual(2010, "0.65", "décret n° 2010-127 du 10 févr. 2010"),
    *_annual(2011, "0.38", "décret n° 2011-137 du 1er févr. 2011"),
    *_annual(2012, "0.71", "décret n° 2012-182 du 7 févr. 2012, JORF du 8 févr. 2012"),
    *_annual(2013, "0.04", "décret n° 2013-178 du 27 févr. 2013, JORF du 1er mars 2013"),
    *_annual(2014, "0.04", "décret n° 2014-98 du 4 févr. 2014, JO du 6 févr. 2014"),
    LegalRateRow(2015, 1, Decimal("0.93"), Decimal("4.06"), "arrêté du 23 déc. 2014; " + _F783),
    LegalRateRow(2015, 2, Decimal("0.99"), Decimal("4.29"), "arrêté du 24 juin 2015"),
    LegalRateRow(2016, 1, Decimal("1.01"), Decimal("4.54"), "arrêté du 23 déc. 2015, JO 27 déc."),
    LegalRateRow(2016, 2, Decimal("0.93"), Decimal("4.35"), "arrêté du 24 juin 2016"),
    LegalRateRow(2017, 1, Decimal("0.90"), Decimal("4.16"), "arrêté du 29 déc. 2016"),
    LegalRateRow(2017, 2, Decimal("0.90"), Decimal("3.94"), "arrêté du 26 juin 2017"),
    LegalRateRow(2018, 1, Decimal("0.89"), Decimal("3.73"), "arrêté du 28 déc. 2017"),
    LegalRateRow(2018, 2, Decimal("0.88"), Decimal("3.60"), "arrêté du 27 juin 2018"),
    LegalRateRow(2019, 1, Decimal("0.86"), Decimal("3.40"), "arrêté du 21 déc. 2018"),
    LegalRateRow(2019, 2, Decimal("0.87"), Decimal("3.26"), _F783),
    LegalRateRow(2020, 1, Decimal("0.87"), Decimal("3.15"), _F783),
    LegalRateRow(2020, 2, Decimal("0.84"), Decimal("3.11"), _F783),
    LegalRateRow(2021, 1, Decimal("0.79"), Decimal("3.14"), _F783),
    LegalRateRow(2021, 2, Decimal("0.76"), Decimal("3.12"), _F783),
    LegalRateRow(2022, 1, Decimal("0.76"), Decimal("3.13"), _F783),
    LegalRateRow(2022, 2, Decimal("0.77"), Decimal("3.15"), _F783),
    LegalRateRow(2023, 1, Decimal("2.06"), Decimal("4.47"), "arrêté du 26 déc. 2022"),
    LegalRateRow(2023, 2, Decimal("4.22"), Decimal("6.82"), "arrêté du 27 juin 2023, JO 30 juin"),
    LegalRateRow(2024, 1, Decimal("5.07"), Decimal("8.01"), "arrêté du 21 déc. 2023"),
    LegalRateRow(2024, 2, Decimal("4.92"), Decimal("8.16"), "arrêté du 26 juin 2024; " + _F783),
    LegalRateRow(2025, 1, Decimal("3.71"), Decimal("7.21"), "arrêté du 17 déc. 2024"),
    LegalRateRow(
        2025, 2, Decimal("2.76"), Decimal("6.65"), "arrêté ECOT2516925A du 19 juin 2025, JO 24 juin"
    ),
    LegalRateRow(
        2026,
        1,
        Decimal("2.62"),
        Decimal("6.67"),
        "arrêté du 15 déc. 2025, JORF n° 0302 du 26 déc. 2025",
    ),
)

#: The last half-year the table covers, as (year, half).
COMPLETE_UNTIL_HALF: Final = (2026, 1)
