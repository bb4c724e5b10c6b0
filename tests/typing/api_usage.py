"""Type-checked only (``mypy --strict tests/typing`` in .ci/run), never run: the public API
as a user writes it must type-check, including the string shortcuts the contract allows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import creances as cr

term: cr.PaymentTerm = cr.parse_term("45 jours fin de mois")
due: date = cr.due_date(date(2025, 1, 15), "30 jours", shift="next_business_day", subdivision="57")
violations: tuple[cr.Violation, ...] = cr.check_term(term, regime="general")
rate: Decimal = cr.reference_rate(date(2025, 3, 1))
interest: cr.Interest = cr.late_interest(
    Decimal("1000.00"),
    date(2025, 1, 31),
    date(2025, 3, 31),
    rule=cr.Contractual(Decimal("15")),
    payments=[cr.Payment(date(2025, 2, 28), Decimal("100"))],
    imputation="principal_first",
    day_count="actual",
    rates=cr.Rates.default().with_ecb(date(2026, 6, 17), Decimal("2.40")),
)
periods: tuple[cr.InterestPeriod, ...] = interest.periods
claim = cr.Claim(
    1200,
    date(2025, 1, 15),
    "30 jours",
    debtor="consumer",
    events=[
        cr.Event(date(2025, 3, 1), "formal_notice"),
        cr.Event(date(2025, 4, 1), cr.EventKind.CALL),
    ],
)
assessment: cr.Assessment = cr.assess(claim, date(2025, 5, 1), policy=cr.DunningPolicy.default())
stage: cr.Stage = assessment.stage
action: cr.Action | None = assessment.next_action
many: list[cr.Assessment] = cr.assess_many([claim], date(2025, 5, 1))
balance: cr.AgedBalance = cr.aged_balance([claim], date(2025, 5, 1))
text: cr.Letter = cr.letter(
    claim, date(2025, 5, 1), creditor=cr.Party("ACME SAS", siren="732 829 320")
)
indemnity: Decimal = cr.recovery_indemnity(debtor="public")
step: cr.Step = cr.Step(3, "reminder", "email", "firm", "relance")
