"""ECB main refinancing operations rate (MRO, « taux de refinancement »), every change.

One row per change: the date it took effect, the new rate in percent per year, and the
source. Fixed-rate tenders until 27 June 2000, then the minimum bid rate of variable-rate
tenders until 14 October 2008, then fixed-rate tenders again (ECB key interest rates table).

Sources: ECB "Key ECB interest rates"
(https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html),
Banque de France "Taux directeurs" (https://www.banque-france.fr/en/policy-rates), and the
decisions cited per row. Last checked: 2026-11-23.

Freshness: ``COMPLETE_UNTIL`` is the last day for which the table is known to be complete.
A decision announced after it, or one that could not be verified, is NOT in the table:
lookups after ``COMPLETE_UNTIL`` raise ``RateUnavailableError`` until the caller supplies the
rate with ``Rates.with_ecb(effective, rate)`` (see docs/rates.md).

Left out on purpose: the decision of 11 June 2026 (+25 bp to 2.40 %, effective 17 June
2026) reported only by third-party sources; see docs/rates.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final

__all__ = ["COMPLETE_UNTIL", "ECB_MRO", "EcbChange"]


@dataclass(frozen=True, slots=True)
class EcbChange:
    """One change of the ECB MRO rate."""

    effective: date
    rate: Decimal
    source: str = ""
    note: str = ""


_ECB = "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html"
_BDF = "https://www.banque-france.fr/en/policy-rates"
_PR = "https://www.ecb.europa.eu/press/pr/date/"
#: Before 10 March 2004 the ECB table gives the date the deposit and marginal lending rates
#: changed; the MRO rate applied « as a rule » from the first operation following it. Rows
#: with this note carry the table's date because the press release was not found.
_TABLE_DATE = "date of the ECB key-rates table; the MRO applied from the next operation"

ECB_MRO: Final[tuple[EcbChange, ...]] = (
    EcbChange(
        date(1999, 1, 1), Decimal("3.00"), _PR + "1999/html/pr990218.en.html", "fixed-rate tenders"
    ),
    EcbChange(date(1999, 4, 14), Decimal("2.50"), _PR + "1999/html/pr990408.de.html"),
    EcbChange(date(1999, 11, 5), Decimal("3.00"), _ECB, _TABLE_DATE),
    EcbChange(
        date(2000, 2, 9), Decimal("3.25"), "ECB press release of 3 Feb 2000 (europeansources.info)"
    ),
    EcbChange(date(2000, 3, 22), Decimal("3.50"), _PR + "2000/html/pr000316.en.html"),
    EcbChange(date(2000, 5, 4), Decimal("3.75"), _PR + "2000/html/pr000427.mt.html"),
    EcbChange(
        date(2000, 6, 15),
        Decimal("4.25"),
        _PR + "2000/html/pr000608.fr.html",
        "variable-rate tenders (minimum bid rate) from 28 Jun 2000, rate unchanged",
    ),
    EcbChange(date(2000, 9, 6), Decimal("4.50"), _PR + "2000/html/pr000831.en.html"),
    EcbChange(date(2000, 10, 6), Decimal("4.75"), _ECB, _TABLE_DATE),
    EcbChange(date(2001, 5, 11), Decimal("4.50"), _ECB, _TABLE_DATE),
    EcbChange(date(2001, 8, 31), Decimal("4.25"), _ECB, _TABLE_DATE),
    EcbChange(date(2001, 9, 19), Decimal("3.75"), "ECB press release of 17 Sep 2001"),
    EcbChange(date(2001, 11, 14), Decimal("3.25"), _PR + "2001/html/pr011108.el.html"),
    EcbChange(date(2002, 12, 11), Decimal("2.75"), _PR + "2002/html/pr021205.de.html"),
    EcbChange(date(2003, 3, 12), Decimal("2.50"), _PR + "2003/html/pr030306.nl.html"),
    EcbChange(date(2003, 6, 6), Decimal("2.00"), _ECB, _TABLE_DATE),
    EcbChange(date(2005, 12, 6), Decimal("2.25"), _ECB),
    EcbChange(date(2006, 3, 8), Decimal("2.50"), _ECB),
    EcbChange(date(2006, 6, 15), Decimal("2.75"), _ECB),
    EcbChange(date(2006, 8, 9), Decimal("3.00"), _ECB),
    EcbChange(date(2006, 10, 11), Decimal("3.25"), _ECB),
    EcbChange(date(2006, 12, 13), Decimal("3.50"), _ECB),
    EcbChange(date(2007, 3, 14), Decimal("3.75"), _ECB),
    EcbChange(date(2007, 6, 13), Decimal("4.00"), _BDF, "minimum bid rate"),
    EcbChange(date(2008, 7, 9), Decimal("4.25"), _BDF, "minimum bid rate"),
    EcbChange(
        date(2008, 10, 15), Decimal("3.75"), _BDF, "fixed-rate tenders again (decision 8 Oct 2008)"
    ),
    EcbChange(date(2008, 11, 12), Decimal("3.25"), _BDF),
    EcbChange(date(2008, 12, 10), Decimal("2.50"), _BDF),
    EcbChange(date(2009, 1, 21), Decimal("2.00"), _BDF),
    EcbChange(date(2009, 3, 11), Decimal("1.50"), _BDF),
    EcbChange(date(2009, 4, 8), Decimal("1.25"), _BDF),
    EcbChange(date(2009, 5, 13), Decimal("1.00"), _BDF),
    EcbChange(date(2011, 4, 13), Decimal("1.25"), _BDF),
    EcbChange(date(2011, 7, 13), Decimal("1.50"), _BDF),
    EcbChange(date(2011, 11, 9), Decimal("1.25"), _BDF),
    EcbChange(date(2011, 12, 14), Decimal("1.00"), _BDF),
    EcbChange(date(2012, 7, 11), Decimal("0.75"), _BDF),
    EcbChange(date(2013, 5, 8), Decimal("0.50"), _BDF),
    EcbChange(date(2013, 11, 13), Decimal("0.25"), _BDF),
    EcbChange(date(2014, 6, 11), Decimal("0.15"), _BDF),
    EcbChange(date(2014, 9, 10), Decimal("0.05"), _BDF),
    EcbChange(date(2016, 3, 16), Decimal("0.00"), _BDF),
    EcbChange(date(2022, 7, 27), Decimal("0.50"), _BDF),
    EcbChange(date(2022, 9, 14), Decimal("1.25"), _BDF),
    EcbChange(date(2022, 11, 2), Decimal("2.00"), _BDF),
    EcbChange(date(2022, 12, 21), Decimal("2.50"), _BDF),
    EcbChange(date(2023, 2, 8), Decimal("3.00"), _BDF),
    EcbChange(date(2023, 3, 22), Decimal("3.50"), _BDF),
    EcbChange(date(2023, 5, 10), Decimal("3.75"), _BDF),
    EcbChange(date(2023, 6, 21), Decimal("4.00"), _BDF),
    EcbChange(date(2023, 8, 2), Decimal("4.25"), _BDF),
    EcbChange(date(2023, 9, 20), Decimal("4.50"), _BDF),
    EcbChange(date(2024, 6, 12), Decimal("4.25"), _BDF),
    EcbChange(
        date(2024, 9, 18),
        Decimal("3.65"),
        _BDF,
        "technical narrowing of the MRO-deposit spread to 15 bp (decision 12 Mar 2024)",
    ),
    EcbChange(date(2024, 10, 23), Decimal("3.40"), _BDF),
    EcbChange(date(2024, 12, 18), Decimal("3.15"), "http://www.bsi.si./en/ecb-interest-rates"),
    EcbChange(date(2025, 2, 5), Decimal("2.90"), "http://www.bsi.si./en/ecb-interest-rates"),
    EcbChange(date(2025, 3, 12), Decimal("2.65"), "http://www.bsi.si./en/ecb-interest-rates"),
    EcbChange(date(2025, 4, 23), Decimal("2.40"), "http://www.bsi.si./en/ecb-interest-rates"),
    EcbChange(
        date(2025, 6, 11),
        Decimal("2.15"),
        "ECB decision of 5 Jun 2025; held 18 Dec 2025, 5 Feb 2026, 19 Mar 2026",
    ),
)

#: Last day for which ECB_MRO is known to be complete. The 2.15 % rate was reported held at
#: the meetings of 18 Dec 2025, 5 Feb, 19 Mar and 30 Apr 2026; the next decision (11 June
#: 2026) could not take effect before Wednesday 17 June 2026. That decision (+25 bp to
#: 2.40 %) is reported by third parties only and its effective date by none: it is left out,
#: so any date from 17 June 2026 (and the 2026 H2 anchor of 1 July) raises
#: RateUnavailableError until the caller adds the verified rate.
COMPLETE_UNTIL: Final = date(2026, 6, 16)
