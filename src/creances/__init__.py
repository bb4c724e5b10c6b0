"""creances: French late-payment rules, exact to the cent, with the article behind each figure.

>>> import creances as cr
>>> from datetime import date
>>> from decimal import Decimal
>>> cr.recovery_indemnity(debtor="business")
Decimal('40.00')

Importing creances is cheap: only the standard library and python-dateutil are loaded;
holidays and babel are imported where they are used (business-day shifts, letters).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .assess import Assessment, assess
from .calendar import is_business_day, next_business_day
from .claims import Claim, Event, EventKind
from .errors import (
    CreancesError,
    CreancesWarning,
    FloorWarning,
    IllegalTermError,
    InvalidAmountError,
    InvalidDateError,
    InvalidInputError,
    InvalidRateError,
    RateTableError,
    RateUnavailableError,
    UnknownTermError,
)
from .indemnity import DebtorKind, recovery_indemnity
from .interest import (
    AfterJudgment,
    Contractual,
    Imputation,
    Interest,
    InterestPeriod,
    LegalRate,
    Payment,
    PublicProcurement,
    Rule,
    Statutory,
    late_interest,
)
from .portfolio import (
    AgedBalance,
    PaymentTermsReport,
    aged_balance,
    assess_many,
    payment_terms_report,
    prioritize,
)
from .rates import Creditor, EcbChange, LegalRateRow, Rates, ecb_rate, legal_rate, reference_rate
from .stages import Action, ActionKind, Channel, DunningPolicy, PaymentHistory, Stage, Step, Tone
from .terms import (
    EndOfMonthMethod,
    PaymentTerm,
    Regime,
    TermStart,
    Violation,
    check_term,
    due_date,
    parse_term,
)

if TYPE_CHECKING:
    from .letters import DEFAULT_TEMPLATES, Letter, LetterKind, Party, Templates, letter

__version__ = "0.1.0"

#: Names loaded on first use, to keep ``import creances`` cheap (the letters module builds
#: its templates when imported).
_LAZY = {
    "DEFAULT_TEMPLATES": "letters",
    "Letter": "letters",
    "LetterKind": "letters",
    "Party": "letters",
    "Templates": "letters",
    "letter": "letters",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'creances' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"creances.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "DEFAULT_TEMPLATES",
    "Action",
    "ActionKind",
    "AfterJudgment",
    "AgedBalance",
    "Assessment",
    "Channel",
    "Claim",
    "Contractual",
    "CreancesError",
    "CreancesWarning",
    "Creditor",
    "DebtorKind",
    "DunningPolicy",
    "EcbChange",
    "EndOfMonthMethod",
    "Event",
    "EventKind",
    "FloorWarning",
    "IllegalTermError",
    "Imputation",
    "Interest",
    "InterestPeriod",
    "InvalidAmountError",
    "InvalidDateError",
    "InvalidInputError",
    "InvalidRateError",
    "LegalRate",
    "LegalRateRow",
    "Letter",
    "LetterKind",
    "Party",
    "Payment",
    "PaymentHistory",
    "PaymentTerm",
    "PaymentTermsReport",
    "PublicProcurement",
    "RateTableError",
    "RateUnavailableError",
    "Rates",
    "Regime",
    "Rule",
    "Stage",
    "Statutory",
    "Step",
    "Templates",
    "TermStart",
    "Tone",
    "UnknownTermError",
    "Violation",
    "__version__",
    "aged_balance",
    "assess",
    "assess_many",
    "check_term",
    "due_date",
    "ecb_rate",
    "is_business_day",
    "late_interest",
    "legal_rate",
    "letter",
    "next_business_day",
    "parse_term",
    "payment_terms_report",
    "prioritize",
    "recovery_indemnity",
    "reference_rate",
]
