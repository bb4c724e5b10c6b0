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
from .letters import DEFAULT_TEMPLATES, Letter, LetterKind, Party, Templates, letter
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

__version__ = "0.1.0"

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
