"""Letters: golden texts written by hand, figures checked against the assessment.

The expected letters below were written from the templates of ``creances.letters`` and
figures derived by hand (each with its derivation). Interest: base × rate × days / 36 500,
rounded half-up to the cent, per period (API contract §3). Rates: ECB MRO 4.50 % from
20 Sep 2023, 4.25 % from 19 Jun 2024 (so the anchor of 1 Jan 2024 is 4.50 % and that of
1 Jul 2024 is 4.25 %); taux de l'intérêt légal 2nd half 2024, « autres cas »: 4.92 %.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from creances.assess import assess
from creances.claims import Claim, Event
from creances.errors import CreancesError, InvalidDateError, InvalidInputError
from creances.interest import Payment
from creances.letters import (
    DEFAULT_TEMPLATES,
    Letter,
    LetterKind,
    Party,
    Templates,
    format_amount,
    format_long_date,
    format_rate,
    letter,
)
from creances.stages import DunningPolicy

D = Decimal

CREDITOR = Party(
    "Atelier Martin SARL",
    address="12 rue des Lilas\n75011 Paris",
    siren="732 829 320",  # Luhn: 0+4+3+9+2+7+2+6+7 = 40, a multiple of 10
    email="compta@atelier-martin.fr",
    phone="01 23 45 67 89",
)
DEBTOR = Party("Dupont Industrie SAS", address="3 avenue de la Gare\n69003 Lyon")

CREDITOR_BLOCK = """\
Atelier Martin SARL
12 rue des Lilas
75011 Paris
SIREN : 732 829 320
Courriel : compta@atelier-martin.fr
Téléphone : 01 23 45 67 89
"""
DEBTOR_BLOCK = """\
Dupont Industrie SAS
3 avenue de la Gare
69003 Lyon
"""
COURTEOUS = (
    "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
)
FIRM = "Veuillez agréer, Madame, Monsieur, nos salutations distinguées."


def business(**kw: object) -> Claim:
    # 1 000,00 € issued 21 May 2024, "30 jours" -> due 20 Jun 2024.
    return Claim(
        D("1000.00"), date(2024, 5, 21), "30 jours", reference="F-2024-031", customer="Dupont",
        **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def consumer(**kw: object) -> Claim:
    # 1 200,00 € issued 21 May 2024, "30 jours" -> due 20 Jun 2024, a consumer.
    return Claim(
        D("1200.00"), date(2024, 5, 21), "30 jours", debtor="consumer", reference="F-2024-032",
        customer="M. Jean Durand", **kw,  # type: ignore[arg-type]
    )  # fmt: skip


# ---------------------------------------------------------------------------------------
# Golden letters


def test_golden_business_reminder_courteous() -> None:
    # as_of 10 Jul 2024: 20 days late (21 Jun .. 10 Jul).
    # 21-30 Jun: 10 days at 4.50 + 10 = 14.50 %: 1000 × 14.50 × 10 / 36500 = 3.9726 -> 3,97
    # 1-10 Jul: 10 days at 4.25 + 10 = 14.25 %: 1000 × 14.25 × 10 / 36500 = 3.9041 -> 3,90
    # interest 3.97 + 3.90 = 7,87; indemnity 40,00; total 1000 + 7.87 + 40 = 1 047,87.
    # Next action on 10 Jul: the first reminder (D+7), courteous -> kind "reminder".
    lt = letter(
        business(), date(2024, 7, 10), creditor=CREDITOR, debtor=DEBTOR, plain_spaces=True,
        payment_instructions="virement sur le compte FR76 3000 6000 0112 3456 7890 189",
    )  # fmt: skip
    assert lt.kind == LetterKind.REMINDER
    assert lt.subject == "Rappel de paiement – Facture n° F-2024-031"
    expected = f"""\
{CREDITOR_BLOCK}
{DEBTOR_BLOCK}
Le 10 juillet 2024

Objet : Rappel de paiement – Facture n° F-2024-031

Madame, Monsieur,

Sauf erreur ou omission de notre part, la facture n° F-2024-031 du 21 mai 2024, échue le 20 juin 2024, reste impayée à ce jour. Il s'agit sans doute d'un simple oubli : nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais.

Facture n° : F-2024-031
Date de facture : 21 mai 2024
Date d'échéance : 20 juin 2024
Retard au 10 juillet 2024 : 20 jours
Montant de la facture : 1 000,00 €
Principal restant dû : 1 000,00 €

Pénalités de retard (C. com. L441-10 II) :
- du 21 juin 2024 au 30 juin 2024, 10 jours à 14,50 % sur 1 000,00 € : 3,97 €
  (C. com. L441-10 II : taux BCE au 1er janvier 2024 (4,50 %) + 10 points)
- du 1er juillet 2024 au 10 juillet 2024, 10 jours à 14,25 % sur 1 000,00 € : 3,90 €
  (C. com. L441-10 II : taux BCE au 1er juillet 2024 (4,25 %) + 10 points)
Total des intérêts : 7,87 €

Indemnité forfaitaire pour frais de recouvrement (C. com. L441-10 II et D441-5) : 40,00 €
Total dû au 10 juillet 2024 : 1 047,87 €

Modalités de règlement : virement sur le compte FR76 3000 6000 0112 3456 7890 189

Textes applicables : C. com. L441-10 II et D441-5.

{COURTEOUS}

Atelier Martin SARL
"""
    assert lt.body == expected


def test_golden_business_reminder_firm() -> None:
    # Same figures as the courteous reminder; tone="firm" changes intro and closing only.
    lt = letter(business(), date(2024, 7, 10), creditor="Atelier Martin SARL", tone="firm",
                plain_spaces=True)  # fmt: skip
    expected = f"""\
Atelier Martin SARL

Dupont

Le 10 juillet 2024

Objet : Rappel de paiement – Facture n° F-2024-031

Madame, Monsieur,

Malgré nos précédentes relances, la facture n° F-2024-031 du 21 mai 2024, échue le 20 juin 2024, demeure impayée à ce jour. Nous vous demandons de procéder à son règlement sans délai.

Facture n° : F-2024-031
Date de facture : 21 mai 2024
Date d'échéance : 20 juin 2024
Retard au 10 juillet 2024 : 20 jours
Montant de la facture : 1 000,00 €
Principal restant dû : 1 000,00 €

Pénalités de retard (C. com. L441-10 II) :
- du 21 juin 2024 au 30 juin 2024, 10 jours à 14,50 % sur 1 000,00 € : 3,97 €
  (C. com. L441-10 II : taux BCE au 1er janvier 2024 (4,50 %) + 10 points)
- du 1er juillet 2024 au 10 juillet 2024, 10 jours à 14,25 % sur 1 000,00 € : 3,90 €
  (C. com. L441-10 II : taux BCE au 1er juillet 2024 (4,25 %) + 10 points)
Total des intérêts : 7,87 €

Indemnité forfaitaire pour frais de recouvrement (C. com. L441-10 II et D441-5) : 40,00 €
Total dû au 10 juillet 2024 : 1 047,87 €

Textes applicables : C. com. L441-10 II et D441-5.

{FIRM}

Atelier Martin SARL
"""
    assert lt.body == expected


def test_golden_business_preventive() -> None:
    # as_of 17 Jun 2024, three days before the due date of 20 Jun: within the preventive
    # window (5 days), next action = preventive reminder. Nothing late: total = 1 000,00,
    # no penalty figure, no 40 €, only the legal mention of L441-10 II.
    lt = letter(business(), date(2024, 6, 17), creditor=CREDITOR, debtor=DEBTOR,
                plain_spaces=True)  # fmt: skip
    assert lt.kind == LetterKind.PREVENTIVE
    assert lt.subject == "Rappel d'échéance – Facture n° F-2024-031"
    expected = f"""\
{CREDITOR_BLOCK}
{DEBTOR_BLOCK}
Le 17 juin 2024

Objet : Rappel d'échéance – Facture n° F-2024-031

Madame, Monsieur,

Nous nous permettons de vous rappeler que la facture n° F-2024-031 du 21 mai 2024 arrive à échéance le 20 juin 2024. Si vous avez déjà procédé à son règlement, nous vous en remercions et vous prions de ne pas tenir compte de ce message.

Facture n° : F-2024-031
Date de facture : 21 mai 2024
Date d'échéance : 20 juin 2024
Montant de la facture : 1 000,00 €
Montant à régler au plus tard le 20 juin 2024 : 1 000,00 €

Conformément à l'article L441-10 II du Code de commerce, des pénalités de retard sont exigibles dès le lendemain de la date d'échéance, sans qu'un rappel soit nécessaire.

Textes applicables : C. com. L441-10 II.

{COURTEOUS}

Atelier Martin SARL
"""
    assert lt.body == expected
    assert "40" not in lt.body.replace(CREDITOR_BLOCK, "")
    assert "indemnité" not in lt.body.lower()


def test_golden_business_final_reminder() -> None:
    # Reminder sent 27 Jun, call made 4 Jul: on 11 Jul (D+21) the next action is the final
    # reminder, firm by default.
    # 21-30 Jun: 3,97 (as above); 1-11 Jul: 11 days, 1000 × 14.25 × 11 / 36500 = 4.2945 -> 4,29
    # interest 3.97 + 4.29 = 8,26; total 1000 + 8.26 + 40 = 1 048,26.
    claim = business(events=[Event(date(2024, 6, 27), "reminder"), Event(date(2024, 7, 4), "call")])
    lt = letter(claim, date(2024, 7, 11), creditor="Atelier Martin SARL", plain_spaces=True)
    assert lt.kind == LetterKind.FINAL_REMINDER
    expected = f"""\
Atelier Martin SARL

Dupont

Le 11 juillet 2024

Objet : Dernier rappel avant mise en demeure – Facture n° F-2024-031

Madame, Monsieur,

Malgré nos précédentes relances, la facture n° F-2024-031 du 21 mai 2024, échue le 20 juin 2024, demeure impayée à ce jour. Cette lettre constitue notre dernière relance amiable : à défaut de règlement, nous vous adresserons une mise en demeure de payer par lettre recommandée avec demande d'avis de réception, préalable à une action en justice.

Facture n° : F-2024-031
Date de facture : 21 mai 2024
Date d'échéance : 20 juin 2024
Retard au 11 juillet 2024 : 21 jours
Montant de la facture : 1 000,00 €
Principal restant dû : 1 000,00 €

Pénalités de retard (C. com. L441-10 II) :
- du 21 juin 2024 au 30 juin 2024, 10 jours à 14,50 % sur 1 000,00 € : 3,97 €
  (C. com. L441-10 II : taux BCE au 1er janvier 2024 (4,50 %) + 10 points)
- du 1er juillet 2024 au 11 juillet 2024, 11 jours à 14,25 % sur 1 000,00 € : 4,29 €
  (C. com. L441-10 II : taux BCE au 1er juillet 2024 (4,25 %) + 10 points)
Total des intérêts : 8,26 €

Indemnité forfaitaire pour frais de recouvrement (C. com. L441-10 II et D441-5) : 40,00 €
Total dû au 11 juillet 2024 : 1 048,26 €

Textes applicables : C. com. L441-10 II et D441-5.

{FIRM}

Atelier Martin SARL
"""
    assert lt.body == expected


def test_golden_business_formal_notice() -> None:
    # Reminder 27 Jun, call 4 Jul, final reminder 11 Jul: on 22 Jul (D+32) the next action
    # is the formal notice (D+30), firm.
    # 21-30 Jun: 3,97; 1-22 Jul: 22 days, 1000 × 14.25 × 22 / 36500 = 8.5890 -> 8,59
    # interest 12,56; total 1000 + 12.56 + 40 = 1 052,56. Deadline 22 Jul + 8 = 30 Jul 2024.
    events = [Event(date(2024, 6, 27), "reminder"), Event(date(2024, 7, 4), "call"),
              Event(date(2024, 7, 11), "reminder")]  # fmt: skip
    lt = letter(business(events=events), date(2024, 7, 22), creditor="Atelier Martin SARL",
                plain_spaces=True)  # fmt: skip
    assert lt.kind == LetterKind.FORMAL_NOTICE
    assert lt.subject == "Mise en demeure de payer – Facture n° F-2024-031"
    expected = f"""\
Atelier Martin SARL

Dupont

Le 22 juillet 2024

Lettre recommandée avec demande d'avis de réception

Objet : Mise en demeure de payer – Facture n° F-2024-031

Madame, Monsieur,

Malgré nos précédentes relances, la facture n° F-2024-031 du 21 mai 2024, échue le 20 juin 2024, demeure impayée à ce jour.

Facture n° : F-2024-031
Date de facture : 21 mai 2024
Date d'échéance : 20 juin 2024
Retard au 22 juillet 2024 : 32 jours
Montant de la facture : 1 000,00 €
Principal restant dû : 1 000,00 €

Pénalités de retard (C. com. L441-10 II) :
- du 21 juin 2024 au 30 juin 2024, 10 jours à 14,50 % sur 1 000,00 € : 3,97 €
  (C. com. L441-10 II : taux BCE au 1er janvier 2024 (4,50 %) + 10 points)
- du 1er juillet 2024 au 22 juillet 2024, 22 jours à 14,25 % sur 1 000,00 € : 8,59 €
  (C. com. L441-10 II : taux BCE au 1er juillet 2024 (4,25 %) + 10 points)
Total des intérêts : 12,56 €

Indemnité forfaitaire pour frais de recouvrement (C. com. L441-10 II et D441-5) : 40,00 €
Total dû au 22 juillet 2024 : 1 052,56 €

En conséquence, nous vous mettons en demeure de nous régler la somme de 1 052,56 € dans un délai de 8 jours à compter de la réception de la présente (soit le 30 juillet 2024 en comptant à partir de la date de cette lettre). La présente lettre vaut mise en demeure de payer au sens de l'article 1344 du Code civil.

À défaut de règlement dans ce délai, nous engagerons sans autre avis une action en justice pour obtenir le paiement de notre créance : injonction de payer, procédure simplifiée de recouvrement des petites créances ou assignation.

Textes applicables : C. com. L441-10 II et D441-5 ; C. civ. 1344.

{FIRM}

Atelier Martin SARL
"""
    assert lt.body == expected


def test_golden_consumer_formal_notice_after_first_notice() -> None:
    # A first formal notice was sent on 20 Jul 2024: legal-rate interest (« autres cas »,
    # the creditor is a business: 4.92 % in H2 2024) runs from 21 Jul (C. civ. 1344-1).
    # 21 Jul .. 19 Aug = 30 days: 1200 × 4.92 × 30 / 36500 = 4.8526 -> 4,85
    # no indemnity (consumer); total 1200 + 4.85 = 1 204,85.
    # Next action: the judicial step; 1 204,85 < 5 000 -> small-claims procedure; the letter
    # is a formal notice naming it. Deadline 19 Aug + 15 days = 3 Sep 2024.
    claim = consumer(events=[Event(date(2024, 7, 20), "formal_notice")])
    lt = letter(claim, date(2024, 8, 19), creditor=CREDITOR, deadline_days=15, plain_spaces=True)
    assert lt.kind == LetterKind.FORMAL_NOTICE
    expected = f"""\
{CREDITOR_BLOCK}
M. Jean Durand

Le 19 août 2024

Lettre recommandée avec demande d'avis de réception

Objet : Mise en demeure de payer – Facture n° F-2024-032

Madame, Monsieur,

Malgré nos précédentes relances, la facture n° F-2024-032 du 21 mai 2024, échue le 20 juin 2024, demeure impayée à ce jour.

Facture n° : F-2024-032
Date de facture : 21 mai 2024
Date d'échéance : 20 juin 2024
Retard au 19 août 2024 : 60 jours
Montant de la facture : 1 200,00 €
Principal restant dû : 1 200,00 €

Intérêts au taux légal (C. civ. 1231-6 et 1344-1) :
- du 21 juillet 2024 au 19 août 2024, 30 jours à 4,92 % sur 1 200,00 € : 4,85 €
  (taux de l'intérêt légal du 2nd semestre 2024 (4,92 %, autres cas), CMF L313-2)
Total des intérêts : 4,85 €

Total dû au 19 août 2024 : 1 204,85 €

En conséquence, nous vous mettons en demeure de nous régler la somme de 1 204,85 € dans un délai de 15 jours à compter de la réception de la présente (soit le 3 septembre 2024 en comptant à partir de la date de cette lettre). La présente lettre vaut mise en demeure de payer au sens de l'article 1344 du Code civil.

Conformément aux articles 1231-6 et 1344-1 du Code civil, les intérêts au taux légal courent depuis le 21 juillet 2024 et continueront de courir jusqu'au complet paiement.

À défaut de règlement dans ce délai, nous engagerons sans autre avis une action en justice pour obtenir le paiement de notre créance : procédure simplifiée de recouvrement des petites créances par commissaire de justice (à défaut d'accord : injonction de payer).

Textes applicables : C. civ. 1231-6 et 1344-1.

{FIRM}

Atelier Martin SARL
"""
    assert lt.body == expected
    assert_no_recovery_costs(lt)


def test_golden_public_buyer_reminder() -> None:
    # Public buyer (CCP R2192-31): ECB rate on the first day of the semester interest began
    # (1 Jan 2024: 4.50 %) + 8 = 12.50 %, frozen: July keeps 12.50 % although the ECB rate
    # of 1 Jul 2024 is 4.25 %. One period, 21 Jun .. 10 Jul = 20 days:
    # 1000 × 12.50 × 20 / 36500 = 6.8493 -> 6,85; indemnity 40 (D2192-35);
    # total 1000 + 6.85 + 40 = 1 046,85.
    claim = Claim(D("1000.00"), date(2024, 5, 21), "30 jours", debtor="public",
                  reference="F-2024-033", customer="Commune de Lyon")  # fmt: skip
    lt = letter(claim, date(2024, 7, 10), creditor="Atelier Martin SARL", plain_spaces=True)
    expected = f"""\
Atelier Martin SARL

Commune de Lyon

Le 10 juillet 2024

Objet : Rappel de paiement – Facture n° F-2024-033

Madame, Monsieur,

Sauf erreur ou omission de notre part, la facture n° F-2024-033 du 21 mai 2024, échue le 20 juin 2024, reste impayée à ce jour. Il s'agit sans doute d'un simple oubli : nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais.

Facture n° : F-2024-033
Date de facture : 21 mai 2024
Date d'échéance : 20 juin 2024
Retard au 10 juillet 2024 : 20 jours
Montant de la facture : 1 000,00 €
Principal restant dû : 1 000,00 €

Intérêts moratoires (CCP L2192-13 et R2192-31) :
- du 21 juin 2024 au 10 juillet 2024, 20 jours à 12,50 % sur 1 000,00 € : 6,85 €
  (CCP R2192-31 : taux BCE au 1er janvier 2024 (4,50 %), 1er jour du semestre où les intérêts ont commencé à courir, + 8 points)
Total des intérêts : 6,85 €

Indemnité forfaitaire pour frais de recouvrement (CCP L2192-13 et D2192-35) : 40,00 €
Total dû au 10 juillet 2024 : 1 046,85 €

Textes applicables : CCP L2192-13, R2192-31 et D2192-35.

{COURTEOUS}

Atelier Martin SARL
"""
    assert lt.body == expected


def test_golden_partial_payment() -> None:
    # 2 000,00 € issued 21 May 2024, due 20 Jun; 500,00 € received on 30 Jun 2024.
    # 21-30 Jun: 2000 × 14.50 × 10 / 36500 = 7.9452 -> 7,95 (the day of payment at the old base)
    # The payment pays the interest accrued first (C. civ. 1343-1): 7,95, then principal:
    # 500 - 7.95 = 492.05 -> principal 2000 - 492.05 = 1 507,95.
    # 1-10 Jul: 1507.95 × 14.25 × 10 / 36500 = 5.8872 -> 5,89
    # interest total 7.95 + 5.89 = 13,84, paid 7,95, due 5,89;
    # total 1507.95 + 5.89 + 40 = 1 553,84.
    claim = Claim(D("2000.00"), date(2024, 5, 21), "30 jours", reference="F-2024-034",
                  payments=[Payment(date(2024, 6, 30), D("500.00"))])  # fmt: skip
    lt = letter(claim, date(2024, 7, 10), creditor="Atelier Martin SARL", debtor=DEBTOR,
                plain_spaces=True, imputation="interest_first")  # fmt: skip
    expected = f"""\
Atelier Martin SARL

{DEBTOR_BLOCK}
Le 10 juillet 2024

Objet : Rappel de paiement – Facture n° F-2024-034

Madame, Monsieur,

Sauf erreur ou omission de notre part, la facture n° F-2024-034 du 21 mai 2024, échue le 20 juin 2024, reste impayée à ce jour. Il s'agit sans doute d'un simple oubli : nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais.

Facture n° : F-2024-034
Date de facture : 21 mai 2024
Date d'échéance : 20 juin 2024
Retard au 10 juillet 2024 : 20 jours
Montant de la facture : 2 000,00 €
Règlements reçus :
- le 30 juin 2024 : 500,00 €
Principal restant dû : 1 507,95 €

Pénalités de retard (C. com. L441-10 II) :
- du 21 juin 2024 au 30 juin 2024, 10 jours à 14,50 % sur 2 000,00 € : 7,95 €
  (C. com. L441-10 II : taux BCE au 1er janvier 2024 (4,50 %) + 10 points)
- du 1er juillet 2024 au 10 juillet 2024, 10 jours à 14,25 % sur 1 507,95 € : 5,89 €
  (C. com. L441-10 II : taux BCE au 1er juillet 2024 (4,25 %) + 10 points)
Total des intérêts : 13,84 €
Intérêts déjà réglés (les règlements s'imputent d'abord sur les intérêts, C. civ. 1343-1) : 7,95 €
Intérêts restant dus : 5,89 €

Indemnité forfaitaire pour frais de recouvrement (C. com. L441-10 II et D441-5) : 40,00 €
Total dû au 10 juillet 2024 : 1 553,84 €

Textes applicables : C. com. L441-10 II et D441-5.

{COURTEOUS}

Atelier Martin SARL
"""
    assert lt.body == expected


# ---------------------------------------------------------------------------------------
# Figures equal the assessment's

_AMOUNT = re.compile(r"(\d{1,3}(?:[ \u202f\u00a0]\d{3})*,\d{2})[ \u00a0]€")


def amounts(text: str) -> list[Decimal]:
    return [D(m.replace(" ", "").replace("\u202f", "").replace("\u00a0", "").replace(",", "."))
            for m in _AMOUNT.findall(text)]  # fmt: skip


def expected_amounts(claim: Claim, as_of: date, kind: str | None = None) -> set[Decimal]:
    a = assess(claim, as_of)
    figures = {claim.amount, a.outstanding, a.total}
    figures |= {p.amount for p in claim.payments if p.on <= as_of}
    for p in a.interest.periods:
        figures |= {p.base, p.amount}
    if a.interest.periods:
        figures.add(a.interest.total)
    if a.interest.paid:
        figures |= {a.interest.paid, a.interest.unpaid}
    if a.indemnity:
        figures.add(a.indemnity)
    return figures


CASES = [
    (business(), date(2024, 6, 17)),
    (business(), date(2024, 7, 10)),
    (business(events=[Event(date(2024, 6, 27), "reminder"), Event(date(2024, 7, 4), "call")]),
     date(2024, 7, 11)),
    (consumer(events=[Event(date(2024, 7, 20), "formal_notice")]), date(2024, 8, 19)),
    (Claim(D("1000.00"), date(2024, 5, 21), "30 jours", debtor="public"), date(2024, 7, 10)),
    (Claim(D("2000.00"), date(2024, 5, 21), "30 jours",
           payments=[Payment(date(2024, 6, 30), D("500.00"))]), date(2024, 7, 10)),
    (Claim(D("12345.67"), date(2025, 1, 15), "45 jours fin de mois",
           payments=[Payment(date(2025, 3, 20), D("345.67")), Payment(date(2025, 5, 5), D(1000))]),
     date(2026, 1, 15)),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "as_of"), CASES)
def test_every_figure_is_the_assessments(claim: Claim, as_of: date) -> None:
    lt = letter(claim, as_of, creditor="Atelier Martin SARL")
    a = assess(claim, as_of)
    found = amounts(lt.body)
    assert set(found) == expected_amounts(claim, as_of)
    # the total line carries assessment.total
    assert found[-1] == a.total or a.total in found
    assert format_amount(a.total) in lt.body


def test_figures_of_a_big_amount_and_default_spaces() -> None:
    # 12 345,67 € keeps Babel's narrow no-break space (U+202F) as thousands separator and a
    # no-break space (U+00A0) before €.
    claim, as_of = CASES[-1]
    lt = letter(claim, as_of, creditor="Atelier Martin SARL", kind="reminder")
    assert "12\u202f345,67\u00a0€" in lt.body
    plain = letter(claim, as_of, creditor="Atelier Martin SARL", kind="reminder", plain_spaces=True)
    assert "12 345,67 €" in plain.body
    assert "\u202f" not in plain.body + plain.subject + plain.html
    assert "\u00a0" not in plain.body + plain.subject + plain.html
    assert plain.body == lt.body.replace("\u202f", " ").replace("\u00a0", " ")


# ---------------------------------------------------------------------------------------
# Consumers: never the 40 € nor recovery costs (CPCE L111-8)


def assert_no_recovery_costs(lt: Letter) -> None:
    for text in (lt.body, lt.subject, lt.html):
        assert "40" not in text
        low = text.lower()
        assert "indemnité forfaitaire" not in low
        assert "frais de recouvrement" not in low
        assert "forfaitaire" not in low


@pytest.mark.parametrize("kind", [None, *LetterKind])
@pytest.mark.parametrize("tone", [None, "courteous", "firm"])
def test_consumer_letters_never_mention_recovery_costs(kind: str | None, tone: str | None) -> None:
    claim = consumer(events=[Event(date(2024, 7, 20), "formal_notice")])
    as_of = date(2024, 6, 17) if kind == LetterKind.PREVENTIVE else date(2024, 8, 19)
    lt = letter(claim, as_of, kind=kind, tone=tone, creditor="Atelier Martin SARL")
    assert_no_recovery_costs(lt)


def test_public_preventive_mentions_moratory_interest() -> None:
    claim = Claim(D(900), date(2024, 5, 21), "30 jours", debtor="public")
    lt = letter(claim, date(2024, 6, 17), creditor="A", plain_spaces=True)
    assert lt.kind == LetterKind.PREVENTIVE
    assert "des intérêts moratoires courent de plein droit" in lt.body
    assert "Textes applicables : CCP L2192-13." in lt.body
    assert "40" not in lt.body


def test_no_indemnity_when_insolvency_opened_before_due() -> None:
    # Proceedings opened on 1 Jun 2024, before the due date: no indemnity (L441-10 II) and
    # no interest (L622-28); the letter cites no D441-5.
    claim = business(events=[Event(date(2024, 6, 1), "insolvency")])
    lt = letter(claim, date(2024, 7, 10), creditor="A", kind="reminder", plain_spaces=True)
    assert "Indemnité" not in lt.body
    assert "Textes applicables : C. com. L441-10 II." in lt.body
    assert "Total dû au 10 juillet 2024 : 1 000,00 €" in lt.body


def test_consumer_formal_notice_starts_interest() -> None:
    # No formal notice yet: no interest runs (C. civ. 1231-6), total = principal 1 200,00;
    # the letter says that it makes legal interest run (1344-1).
    lt = letter(consumer(), date(2024, 7, 22), kind="formal_notice", creditor="Atelier Martin SARL",
                plain_spaces=True)  # fmt: skip
    assert_no_recovery_costs(lt)
    assert (
        "Conformément aux articles 1231-6 et 1344-1 du Code civil, la présente mise en demeure "
        "fait courir les intérêts au taux légal sur les sommes dues." in lt.body
    )
    assert "Total dû au 22 juillet 2024 : 1 200,00 €" in lt.body
    assert "Intérêts au taux légal (" not in lt.body
    assert "Textes applicables : C. civ. 1231-6 et 1344-1." in lt.body


def test_consumer_reminder_cites_nothing_before_interest_runs() -> None:
    lt = letter(consumer(), date(2024, 7, 1), creditor="Atelier Martin SARL")
    assert lt.kind == LetterKind.REMINDER
    assert "Textes applicables" not in lt.body
    assert "Intérêts" not in lt.body
    pre = letter(consumer(), date(2024, 6, 17), creditor="Atelier Martin SARL")
    assert pre.kind == LetterKind.PREVENTIVE
    assert "pénalités" not in pre.body
    assert "Textes applicables" not in pre.body


# ---------------------------------------------------------------------------------------
# Formal notices


@pytest.mark.parametrize(
    "claim",
    [business(), consumer(), Claim(D(900), date(2024, 5, 21), "30 jours", debtor="public")],
)
@pytest.mark.parametrize("tone", ["courteous", "firm"])
def test_formal_notice_contents(claim: Claim, tone: str) -> None:
    lt = letter(claim, date(2024, 7, 22), kind="formal_notice", tone=tone,
                creditor="Atelier Martin SARL", plain_spaces=True)  # fmt: skip
    body = lt.body
    assert "mise en demeure" in body
    assert lt.subject.startswith("Mise en demeure de payer – ")
    assert "Lettre recommandée avec demande d'avis de réception" in body
    assert "dans un délai de 8 jours à compter de la réception de la présente" in body
    assert "soit le 30 juillet 2024" in body  # 22 Jul + 8 days
    assert "action en justice" in body
    assert "Facture n° : " in body or "la facture du 21 mai 2024" in body
    assert "Date de facture : 21 mai 2024" in body
    a = assess(claim, date(2024, 7, 22))
    assert (
        f"nous régler la somme de {format_amount(a.total)}".replace("\u202f", " ").replace(
            "\u00a0", " "
        )
        in body
    )
    if claim.debtor == "public":
        assert "référé-provision devant le tribunal administratif" in body
    else:
        assert "injonction de payer" in body


def test_formal_notice_names_the_judicial_step() -> None:
    # Public buyer, formal notice sent 20 Jul: the next action is a référé-provision.
    claim = Claim(D(900), date(2024, 5, 21), "30 jours", debtor="public",
                  events=[Event(date(2024, 7, 20), "formal_notice")])  # fmt: skip
    lt = letter(claim, date(2024, 8, 10), creditor="Atelier Martin SARL")
    assert lt.kind == LetterKind.FORMAL_NOTICE
    assert "référé-provision devant le tribunal administratif (acheteur public)" in lt.body


def test_deadline_days() -> None:
    claim = business()
    for days, text in [(15, "15 jours"), (1, "1 jour "), (30, "30 jours")]:
        lt = letter(claim, date(2024, 7, 22), kind="formal_notice", creditor="A",
                    deadline_days=days)  # fmt: skip
        assert f"dans un délai de {text}" in lt.body
    policy = DunningPolicy(formal_notice_days=15)
    lt = letter(claim, date(2024, 7, 22), kind="formal_notice", creditor="A", policy=policy)
    assert "délai de 15 jours" in lt.body
    assert "6 août 2024" in lt.body
    with pytest.raises(InvalidInputError, match=r"policy\.formal_notice_days"):
        letter(claim, date(2024, 7, 22), kind="formal_notice", creditor="A",
               policy=DunningPolicy(formal_notice_days=0))  # fmt: skip
    for bad in (0, -8, True, 8.0, "8"):
        with pytest.raises(InvalidInputError, match="deadline_days"):
            letter(claim, date(2024, 7, 22), kind="formal_notice", creditor="A",
                   deadline_days=bad)  # type: ignore[arg-type]  # fmt: skip


# ---------------------------------------------------------------------------------------
# Kind selection and tone


def test_kind_none_follows_the_next_action() -> None:
    c = business()
    assert letter(c, date(2024, 6, 17), creditor="A").kind == LetterKind.PREVENTIVE
    assert letter(c, date(2024, 7, 1), creditor="A").kind == LetterKind.REMINDER
    after_reminder = business(events=[Event(date(2024, 6, 27), "reminder")])
    # next action: the call (D+14) -> a reminder letter
    assert assess(after_reminder, date(2024, 7, 5)).next_action.kind == "call"  # type: ignore[union-attr]
    assert letter(after_reminder, date(2024, 7, 5), creditor="A").kind == LetterKind.REMINDER
    # upcoming (more than 5 days before the due date): the preventive reminder is next
    assert letter(c, date(2024, 6, 1), creditor="A").kind == LetterKind.PREVENTIVE


def test_penalties_after_late_payment() -> None:
    # 1 007,87 paid on 10 Jul 2024 (20 days late): it pays the interest accrued first
    # (3.97 + 3.90 = 7.87, C. civ. 1343-1), then the 1 000 of principal. The 40 € indemnity
    # remains due: next action "claim penalties" -> a reminder with the "settled" intro.
    claim = business(payments=[Payment(date(2024, 7, 10), D("1007.87"))])
    a = assess(claim, date(2024, 7, 15))
    assert a.outstanding == 0
    assert a.total == D("40.00")
    lt = letter(claim, date(2024, 7, 15), creditor="A", plain_spaces=True)
    assert lt.kind == LetterKind.REMINDER
    assert "a été réglée après son échéance" in lt.body
    assert "Total dû au 15 juillet 2024 : 40,00 €" in lt.body
    firm = letter(claim, date(2024, 7, 15), creditor="A", tone="firm")
    assert "restent impayées" in firm.body


def test_overpayment_credit_line() -> None:
    # Paid 1 020,00 on 10 Jul: 7.87 interest + 1 000 principal, 12.13 more, deducted from
    # the indemnity: total 40 - 12.13 = 27,87.
    claim = business(payments=[Payment(date(2024, 7, 10), D("1020.00"))])
    a = assess(claim, date(2024, 7, 15))
    assert a.total == D("27.87")
    lt = letter(claim, date(2024, 7, 15), creditor="A", kind="reminder", plain_spaces=True)
    assert "Excédent de vos règlements, déduit : 12,13 €" in lt.body
    assert "Total dû au 15 juillet 2024 : 27,87 €" in lt.body


def test_no_letter_due() -> None:
    settled = business(payments=[Payment(date(2024, 6, 10), D(1000))])
    with pytest.raises(InvalidInputError, match="no letter is due"):
        letter(settled, date(2024, 7, 10), creditor="A")
    with pytest.raises(InvalidInputError, match="nothing is owed"):
        letter(settled, date(2024, 7, 10), creditor="A", kind="reminder")
    written_off = business(events=[Event(date(2024, 7, 1), "written_off")])
    with pytest.raises(InvalidInputError, match="written off"):
        letter(written_off, date(2024, 7, 10), creditor="A")
    # explicit kind: written anyway
    assert letter(written_off, date(2024, 7, 10), creditor="A", kind="reminder").kind == "reminder"
    disputed = business(events=[Event(date(2024, 7, 1), "dispute")])
    with pytest.raises(InvalidInputError, match="resolve_dispute"):
        letter(disputed, date(2024, 7, 10), creditor="A")
    # consumer: due 20 Jun 2024 + 2 years (C. conso L218-2) -> time-barred from 21 Jun 2026;
    # no formal notice, so no interest and no rate needed.
    with pytest.raises(InvalidInputError, match="time_barred"):
        letter(consumer(), date(2026, 6, 21), creditor="A")


def test_kind_and_date_consistency() -> None:
    with pytest.raises(InvalidInputError, match="before the due date"):
        letter(business(), date(2024, 7, 10), creditor="A", kind="preventive")
    with pytest.raises(InvalidInputError, match="not yet due"):
        letter(business(), date(2024, 6, 17), creditor="A", kind="formal_notice")


def test_tone_defaults() -> None:
    c = business()
    # explicit kind different from the next action: the kind's default tone
    assert (
        "Malgré nos précédentes relances"
        in letter(c, date(2024, 7, 10), creditor="A", kind="final_reminder").body
    )
    courteous = letter(c, date(2024, 7, 10), creditor="A", kind="final_reminder", tone="courteous")
    assert "Sauf erreur ou omission de notre part" in courteous.body
    assert "mise en demeure de payer" in courteous.body
    firm_pre = letter(c, date(2024, 6, 17), creditor="A", tone="firm")
    assert "au plus tard à cette date" in firm_pre.body
    assert FIRM in firm_pre.body


# ---------------------------------------------------------------------------------------
# Formatting


def test_babel_half_up() -> None:
    # Babel alone rounds half-even: 0.125 -> 0,12; creances rounds half-up first.
    assert format_amount(D("0.125")) == "0,13\u00a0€"
    assert format_amount(D("0.135")) == "0,14\u00a0€"
    assert format_amount(D("2.675")) == "2,68\u00a0€"
    assert format_amount(D("1278.48")) == "1\u202f278,48\u00a0€"
    assert format_amount(D("1278.48"), "en_US") == "€1,278.48"


def test_first_of_month() -> None:
    assert format_long_date(date(2025, 4, 1)) == "1er avril 2025"
    assert format_long_date(date(2025, 4, 2)) == "2 avril 2025"
    assert format_long_date(date(2025, 4, 11)) == "11 avril 2025"
    assert format_long_date(date(2025, 4, 1), "fr_BE") == "1er avril 2025"
    assert format_long_date(date(2025, 4, 1), "en_GB") == "1 April 2025"
    lt = letter(business(), date(2024, 7, 1), creditor="A", plain_spaces=True)
    assert "Le 1er juillet 2024" in lt.body


def test_rates() -> None:
    assert format_rate(D("12.15")) == "12,15\u00a0%"
    assert format_rate(D("4")) == "4,00\u00a0%"
    assert format_rate(D("12.125")) == "12,125\u00a0%"
    assert format_rate(D("14.5"), "en_US") == "14.50%"


def test_other_locale_formats_numbers_only() -> None:
    lt = letter(business(), date(2024, 7, 10), creditor="A", locale="en_GB")
    assert "€1,047.87" in lt.body
    assert "10 July 2024" in lt.body
    assert "Sauf erreur" in lt.body


def test_html_variant() -> None:
    claim = business(payments=[Payment(date(2024, 6, 30), D("500.00"))])
    lt = letter(claim, date(2024, 7, 10), creditor=Party("Martin & Fils <SARL>"))
    assert lt.html.startswith("<p>Martin &amp; Fils &lt;SARL&gt;</p>")
    assert "<table>" in lt.html
    assert lt.html.count("<tr>") == 3
    assert "<td>1er juillet 2024</td>" in lt.html
    assert "<td>14,50\u00a0%</td>" in lt.html
    assert "<script" not in lt.html
    assert set(amounts(lt.html)) == set(amounts(lt.body))


# ---------------------------------------------------------------------------------------
# Parties and templates


def test_party() -> None:
    p = Party("A", siren="356 000 000")  # La Poste: 3+(5×2=10→1)+6 = 10
    assert p.siren == "356000000"
    assert p.siren_display == "356 000 000"
    assert Party("A").siren_display == ""
    for bad in ("35600000", "3560000000", "356 000 00A", "356000001", "٣٥٦٠٠٠٠٠٠"):
        with pytest.raises(InvalidInputError, match="siren"):
            Party("A", siren=bad)
    with pytest.raises(InvalidInputError, match="blank"):
        Party("  ")
    with pytest.raises(InvalidInputError, match=r"Party\.email"):
        Party("A", email=None)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match=r"Party\.name"):
        Party(42)  # type: ignore[arg-type]


def test_party_blocks_and_no_customer() -> None:
    claim = Claim(D(1000), date(2024, 5, 21), "30 jours")  # no customer, no reference
    lt = letter(claim, date(2024, 7, 10), creditor="Atelier Martin SARL", plain_spaces=True)
    assert lt.subject == "Rappel de paiement – Facture du 21 mai 2024"
    assert lt.body.startswith("Atelier Martin SARL\n\nLe 10 juillet 2024\n")
    assert "la facture du 21 mai 2024, échue le 20 juin 2024" in lt.body
    assert "Facture n° :" not in lt.body
    debtor = Party("B", siren="732829320", email="b@b.fr", phone="06")
    lt = letter(claim, date(2024, 7, 10), creditor="A", debtor=debtor)
    assert "B\nSIREN : 732 829 320\nCourriel : b@b.fr\nTéléphone : 06\n" in lt.body


def test_custom_templates() -> None:
    t = replace(
        DEFAULT_TEMPLATES,
        salutation="Cher client,",
        subject_reminder="Relance $reference ($total)",
        signature="$creditor_name, service comptabilité",
        period_basis_line="",
        articles_line="",
        total_line="Total : $total (coût $$0)",
    )
    lt = letter(business(), date(2024, 7, 10), creditor="A", templates=t, plain_spaces=True)
    assert lt.subject == "Relance F-2024-031 (1 047,87 €)"
    assert "Cher client,\n" in lt.body
    assert lt.body.endswith("A, service comptabilité\n")
    assert "taux BCE" not in lt.body
    assert "Textes applicables" not in lt.body
    assert "Total : 1 047,87 € (coût $0)" in lt.body


def test_templates_validation() -> None:
    with pytest.raises(InvalidInputError, match=r"unknown placeholder\(s\) \$prenom"):
        replace(DEFAULT_TEMPLATES, salutation="Bonjour $prenom")
    with pytest.raises(InvalidInputError, match=r"not a valid string\.Template"):
        replace(DEFAULT_TEMPLATES, salutation="Prix : 5 $")
    with pytest.raises(InvalidInputError, match="must be a string"):
        replace(DEFAULT_TEMPLATES, salutation=None)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match=r"\$subject"):
        replace(DEFAULT_TEMPLATES, subject_reminder="$subject")
    with pytest.raises(InvalidInputError, match=r"\$start"):
        replace(DEFAULT_TEMPLATES, total_line="$start")
    # line placeholders are allowed in their own line
    assert Templates(period_line="$start $period_amount").period_line == "$start $period_amount"


# ---------------------------------------------------------------------------------------
# Junk inputs


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"as_of": datetime(2024, 7, 10, 12, 0)}, "as_of"),  # noqa: DTZ001
        ({"as_of": "2024-07-10"}, "as_of"),
        ({"creditor": 42}, "creditor"),
        ({"creditor": "  "}, "creditor"),
        ({"creditor": None}, "creditor"),
        ({"kind": "relance"}, "kind"),
        ({"kind": 1}, "kind"),
        ({"tone": "rude"}, "tone"),
        ({"locale": "xx_YY"}, "locale"),
        ({"locale": "not a locale!"}, "locale"),
        ({"locale": 7}, "locale"),
        ({"debtor": "Dupont"}, "debtor"),
        ({"templates": {"salutation": "x"}}, "templates"),
        ({"payment_instructions": None}, "payment_instructions"),
        ({"plain_spaces": "yes"}, "plain_spaces"),
        ({"policy": "default"}, "policy"),
        ({"deadline_days": 8.5}, "deadline_days"),
    ],
)
def test_junk_inputs(kwargs: dict[str, object], param: str) -> None:
    args: dict[str, object] = {"as_of": date(2024, 7, 10), "creditor": "A", **kwargs}
    as_of = args.pop("as_of")
    with pytest.raises(CreancesError) as info:
        letter(business(), as_of, **args)  # type: ignore[arg-type]
    assert isinstance(info.value, InvalidInputError)
    assert info.value.param == param


def test_junk_claim_and_datetime_is_a_date_error() -> None:
    with pytest.raises(InvalidDateError):
        letter(business(), datetime(2024, 7, 10), creditor="A")  # noqa: DTZ001
    with pytest.raises(CreancesError):
        letter("F-1", date(2024, 7, 10), creditor="A")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------
# Lazy import of Babel


def test_babel_is_imported_lazily() -> None:
    code = (
        "import sys\n"
        "import creances, creances.letters\n"
        "assert 'babel' not in sys.modules, 'babel imported at import time'\n"
        "from datetime import date\n"
        "from decimal import Decimal\n"
        "from creances.claims import Claim\n"
        "creances.letters.letter(Claim(Decimal(1000), date(2024, 5, 21), '30 jours'),\n"
        "                        date(2024, 7, 10), creditor='A')\n"
        "assert 'babel' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_ledger_imputation_does_not_cite_1343_1() -> None:
    # 1 000 € due 20 Jun 2024, 1 005 € paid on 10 Jul 2024. Interest 21-30 Jun at 14.50 %:
    # 1000 × 14.50 × 10 / 36500 = 3.97; 1-10 Jul at 14.25 %: 3.90; total 7.87. Principal
    # first: 1 000 settle the invoice, 5.00 go to the interest; 2.87 + 40 € remain.
    claim = Claim(
        Decimal("1000.00"), date(2024, 5, 21), "30 jours", reference="F-9",
        payments=[Payment(date(2024, 7, 10), Decimal("1005.00"))],
    )  # fmt: skip
    text = letter(claim, date(2024, 7, 20), creditor="ACME", plain_spaces=True).body
    assert "Intérêts déjà réglés : 5,00 €" in text
    assert "1343-1" not in text
    strict = letter(
        claim, date(2024, 7, 20), creditor="ACME", plain_spaces=True, imputation="interest_first"
    ).body
    assert "C. civ. 1343-1) : 7,87 €" in strict
