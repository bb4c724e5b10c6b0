"""Legal thresholds and constants, each with its article.

Checked against shared/reference/legal-rules.md (sources dated up to mid/late 2026).
To change one for a test or a simulation, pass your own value where the API takes it
(e.g. ``Statutory(margin=...)``); these constants are only the defaults.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

#: C. com. L441-10 II: default B2B rate = ECB MRO (1 Jan / 1 Jul anchor) + 10 points.
STATUTORY_MARGIN: Final = Decimal(10)

#: CCP R2192-31 (décret n° 2013-269): public buyers, ECB MRO of the first day of the
#: semester in which interest started + 8 points.
PUBLIC_PROCUREMENT_MARGIN: Final = Decimal(8)

#: C. com. L441-10 II: a contractual rate may not be lower than 3 × the legal interest rate.
CONTRACTUAL_FLOOR_MULTIPLIER: Final = Decimal(3)

#: CMF L313-3: + 5 points two months after a judgment became enforceable.
JUDGMENT_MAJORATION: Final = Decimal(5)
#: CMF L313-3: the majoration starts when two months have run from enforceability.
JUDGMENT_MAJORATION_MONTHS: Final = 2

#: C. com. D441-5 (décret n° 2012-1115) and CCP D2192-35: flat recovery indemnity, in euros.
RECOVERY_INDEMNITY: Final = Decimal("40.00")

#: CPCE R125-1 (since 1 Jan 2020): ceiling of the procédure simplifiée de recouvrement des
#: petites créances (L125-1), principal and interest included, in euros.
SMALL_CLAIMS_CEILING: Final = Decimal("5000.00")

#: C. com. L110-4 I: claims between merchants are time-barred after 5 years.
PRESCRIPTION_YEARS_COMMERCIAL: Final = 5
#: C. conso L218-2: a professional's action against a consumer, 2 years.
PRESCRIPTION_YEARS_CONSUMER: Final = 2
#: CPCE L111-4: a judgment (titre exécutoire) can be enforced for 10 years.
PRESCRIPTION_YEARS_JUDGMENT: Final = 10
