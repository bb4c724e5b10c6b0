"""The pandas helpers (creances.frames) on a small frame."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal

import pytest

pd = pytest.importorskip("pandas")

import creances as cr  # noqa: E402
from creances import frames  # noqa: E402
from creances.errors import InvalidInputError  # noqa: E402

AS_OF = date(2026, 6, 15)


def small_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "reference": ["F1", "F2", "F3", "F4"],
            "customer": ["ACME", "ACME", "Commune", "M. Petit"],
            # a Decimal, a float as read_csv gives it, a string, an int
            "amount": [Decimal("1000.00"), 2400.0, "8600.00", 780],
            "issued": [date(2026, 1, 15), pd.Timestamp("2026-03-10"), "2026-02-10", "2026-02-20"],
            "term": ["30 jours", "45 jours fin de mois", "30 jours", "à réception"],
            "debtor": ["business", None, "public", "consumer"],
            "delivered": [None, float("nan"), pd.NaT, pd.NA],
        },
        index=["a", "b", "c", "d"],
    )


def test_assessments_frame_decimal() -> None:
    out = frames.assessments_frame(small_frame(), AS_OF)
    assert list(out.columns) == list(frames.ASSESSMENT_COLUMNS)
    assert list(out.index) == ["a", "b", "c", "d"]
    # F1: due 14 Feb 2026, 121 days at 12.15 %: 1000 × 12.15 × 121 / 36500 = 40.28.
    assert out.loc["a", "due"] == date(2026, 2, 14)
    assert out.loc["a", "days_late"] == 121
    assert out.loc["a", "interest"] == Decimal("40.28")
    assert out.loc["a", "total"] == Decimal("1080.28")
    # F2: due 30 Apr, 46 days: 2400 × 12.15 × 46 / 36500 = 36.75.
    assert out.loc["b", "interest"] == Decimal("36.75")
    # F3, public buyer: 95 days at 10.15 %: 8600 × 10.15 × 95 / 36500 = 227.19.
    assert out.loc["c", "interest"] == Decimal("227.19")
    # F4, consumer without formal notice: nothing but the principal.
    assert out.loc["d", "total"] == Decimal("780.00")
    assert out["outstanding"].dtype == object
    assert isinstance(out.loc["a", "outstanding"], Decimal)
    assert out["days_late"].dtype == "int64"
    assert out.loc["a", "stage"] == "overdue"
    assert out.loc["a", "next_action"] == "reminder"
    # Same figures as the library, row by row.
    claims = frames.claims_from_frame(small_frame())
    assert [a.total for a in cr.assess_many(claims, AS_OF)] == list(out["total"])


def test_assessments_frame_float() -> None:
    out = frames.assessments_frame(small_frame(), AS_OF, money="float")
    assert out["total"].dtype == "float64"
    assert out.loc["a", "total"] == pytest.approx(1080.28)
    with pytest.raises(InvalidInputError, match="money must be 'decimal' or 'float'"):
        frames.assessments_frame(small_frame(), AS_OF, money="euros")


def test_custom_column_names() -> None:
    df = small_frame().rename(
        columns={"amount": "Montant TTC", "issued": "Date facture", "term": "Conditions"}
    )
    names = {"amount": "Montant TTC", "issued": "Date facture", "term": "Conditions"}
    out = frames.assessments_frame(df, AS_OF, columns=names)
    assert out.loc["a", "interest"] == Decimal("40.28")
    with pytest.raises(InvalidInputError, match="no column 'amount' for 'amount'"):
        frames.assessments_frame(df, AS_OF)
    with pytest.raises(InvalidInputError, match="unknown name 'montant'"):
        frames.claims_from_frame(df, columns={"montant": "Montant TTC"})
    with pytest.raises(InvalidInputError, match="'Ref', which is not a column"):
        frames.claims_from_frame(df, columns={**names, "reference": "Ref"})
    with pytest.raises(InvalidInputError, match="columns must be a mapping"):
        frames.claims_from_frame(df, columns=["amount"])  # type: ignore[arg-type]


def test_minimal_frame() -> None:
    df = pd.DataFrame({"amount": ["100.00"], "issued": ["2026-06-01"], "term": ["30 jours"]})
    (claim,) = frames.claims_from_frame(df)
    assert (claim.reference, claim.customer, claim.debtor) == ("", "", "business")
    df["reference"] = [1042]  # invoice numbers read as integers
    assert frames.claims_from_frame(df)[0].reference == "1042"
    df["delivered"] = [date(2026, 6, 3)]
    assert frames.claims_from_frame(df)[0].delivered == date(2026, 6, 3)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("amount", "12,5", "row 'b', column 'amount': expected a decimal amount"),
        ("amount", 0.1 + 0.2, "expected an amount to the cent"),
        ("amount", float("nan"), "expected a finite amount"),
        ("amount", -5, "expected a positive amount"),
        ("amount", True, "expected an amount"),
        ("issued", "15/01/2026", "row 'b', column 'issued': expected a date"),
        ("issued", "2026-02-30", "expected a valid calendar date"),
        ("issued", pd.Timestamp("2026-01-15 10:30"), "without time or time zone"),
        ("term", "37 lunes", "row 'b', column 'term': payment term not understood"),
        ("term", 30, "expected a payment term"),
        ("debtor", "state", "row 'b', column 'debtor': expected one of"),
        ("customer", 12.5, "row 'b', column 'customer': expected a string"),
        ("delivered", "soon", "row 'b', column 'delivered'"),
    ],
)
def test_bad_cell(column: str, value: object, message: str) -> None:
    df = small_frame()
    df[column] = df[column].astype(object)
    df.at["b", column] = value
    with pytest.raises(InvalidInputError, match=message) as info:
        frames.claims_from_frame(df)
    assert info.value.param == column


def test_aged_balance_frame() -> None:
    out = frames.aged_balance_frame(small_frame(), AS_OF)
    assert list(out.columns) == ["not_due", "1-30", "31-60", "61-90", "91+", "total"]
    assert list(out.index) == ["ACME", "Commune", "M. Petit", "total"]
    assert out.index.name == "customer"
    # ACME: F1 121 days late (91+), F2 46 days (31-60).
    assert out.loc["ACME", "91+"] == Decimal("1000.00")
    assert out.loc["ACME", "31-60"] == Decimal("2400.00")
    assert out.loc["ACME", "total"] == Decimal("3400.00")
    assert out.loc["total", "total"] == Decimal("12780.00")
    claims = frames.claims_from_frame(small_frame())
    as_float = frames.aged_balance_frame(claims, AS_OF, money="float", buckets=(60,))
    assert list(as_float.columns) == ["not_due", "1-60", "61+", "total"]
    # 61+ days: F1 (121 days) 1000 + F3 (95 days) 8600 + F4 (due 20 Feb, 115 days) 780.
    assert as_float.loc["total", "61+"] == pytest.approx(10380.0)


def test_not_a_frame_and_pandas_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InvalidInputError, match="expected a pandas DataFrame, got list"):
        frames.claims_from_frame([])  # type: ignore[arg-type]
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'creances\[pandas\]'"):
        frames.aged_balance_frame([], AS_OF)


def test_empty_date_cell_names_row_and_column() -> None:
    pd = pytest.importorskip("pandas")
    from creances.frames import claims_from_frame

    frame = pd.DataFrame(
        {"amount": ["100.00"], "issued": [pd.NaT], "term": ["30 jours"]}, index=["r1"]
    )
    with pytest.raises(cr.InvalidInputError, match=r"row 'r1', column 'issued'.*empty"):
        claims_from_frame(frame)


def test_delivery_term_without_delivery_date_names_the_column() -> None:
    pd = pytest.importorskip("pandas")
    from creances.frames import claims_from_frame

    frame = pd.DataFrame(
        {"amount": ["100.00"], "issued": ["2025-01-10"], "term": ["30 jours après livraison"]},
        index=["r1"],
    )
    with pytest.raises(cr.InvalidInputError, match=r"row 'r1', column 'delivered'"):
        claims_from_frame(frame)


def test_customer_named_total_is_refused() -> None:
    pytest.importorskip("pandas")
    from creances.frames import aged_balance_frame

    claim = cr.Claim(Decimal("100.00"), date(2025, 1, 10), "à réception", customer="total")
    with pytest.raises(cr.InvalidInputError, match="named 'total'"):
        aged_balance_frame([claim], date(2025, 2, 10))


def test_imputation_passes_through() -> None:
    pd = pytest.importorskip("pandas")
    from creances.frames import aged_balance_frame, assessments_frame

    # Due 10 Jan 2025 (à réception), 1 000 € paid on 9 Feb 2025. Interest 11 Jan-9 Feb =
    # 30 days at 13.15 % (2025 H1): 1000 × 13.15 × 30 / 36500 = 10.808… → 10.81.
    claim = cr.Claim(
        Decimal("1000.00"), date(2025, 1, 10), "à réception", customer="A",
        payments=[cr.Payment(date(2025, 2, 9), Decimal("1000.00"))],
    )  # fmt: skip
    # principal first: nothing outstanding; interest first: 10.81 of principal left.
    assert aged_balance_frame([claim], date(2025, 2, 10)).loc["total", "total"] == Decimal("0.00")
    strict = aged_balance_frame([claim], date(2025, 2, 10), imputation="interest_first")
    assert strict.loc["total", "total"] == Decimal("10.81")
    frame = pd.DataFrame({"amount": ["1000.00"], "issued": ["2025-01-10"], "term": ["à réception"]})
    out = assessments_frame(frame, date(2025, 2, 10), imputation="interest_first")
    assert out.loc[0, "outstanding"] == Decimal("1000.00")
