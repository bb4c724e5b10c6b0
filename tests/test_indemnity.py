"""The 40 € flat recovery indemnity (C. com. L441-10 II, D441-5; CCP D2192-35)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import creances as cr


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        # D441-5: 40 € from a late professional debtor
        pytest.param({}, "40.00", id="default-business"),
        pytest.param({"debtor": "business"}, "40.00", id="business"),
        # CCP L2192-13 / D2192-35: 40 € from a late public buyer
        pytest.param({"debtor": "public"}, "40.00", id="public"),
        # never from a consumer: « tout professionnel »; CPCE L111-8 al. 2
        pytest.param({"debtor": "consumer"}, "0.00", id="consumer"),
        pytest.param({"debtor": "consumer", "insolvency_before_due": True}, "0.00",
                     id="consumer-insolvent"),
        # L441-10 II last sentence: proceedings opened before the due date forbid it
        pytest.param({"insolvency_before_due": True}, "0.00", id="business-insolvent"),
        pytest.param({"debtor": "public", "insolvency_before_due": True}, "0.00",
                     id="public-insolvent"),
        pytest.param({"insolvency_before_due": False}, "40.00", id="explicit-false"),
        pytest.param({"debtor": cr.DebtorKind.BUSINESS}, "40.00", id="enum-member"),
    ],
)  # fmt: skip
def test_recovery_indemnity(kwargs: dict[str, object], expected: str) -> None:
    value = cr.recovery_indemnity(**kwargs)  # type: ignore[arg-type]
    assert value == Decimal(expected)
    assert type(value) is Decimal
    assert value.as_tuple().exponent == -2  # "40.00", to the cent


def test_indemnity_is_keyword_only_and_per_invoice() -> None:
    # no positional debtor, and no "level"/"reminder" parameter (40 € per reminder level
    # is a peers' mistake, peers.md §4): the amount does not depend on the delay either
    with pytest.raises(TypeError):
        cr.recovery_indemnity("business")  # type: ignore[misc]
    with pytest.raises(TypeError):
        cr.recovery_indemnity(level=2)  # type: ignore[call-arg]
    # three late invoices = three indemnities (CJEU C-78/22: for each late payment)
    assert sum(cr.recovery_indemnity() for _ in range(3)) == Decimal("120.00")


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"debtor": "entreprise"}, id="debtor-typo"),
        pytest.param({"debtor": "Business"}, id="debtor-case"),
        pytest.param({"debtor": None}, id="debtor-none"),
        pytest.param({"debtor": 1}, id="debtor-int"),
        pytest.param({"insolvency_before_due": "yes"}, id="insolvency-str"),
        pytest.param({"insolvency_before_due": 1}, id="insolvency-int"),
        pytest.param({"insolvency_before_due": None}, id="insolvency-none"),
    ],
)
def test_junk_raises(kwargs: dict[str, object]) -> None:
    with pytest.raises(cr.InvalidInputError):
        cr.recovery_indemnity(**kwargs)  # type: ignore[arg-type]


def test_indemnity_basis_names_the_articles() -> None:
    from creances.indemnity import indemnity_basis

    assert "D441-5" in indemnity_basis("business")
    assert "D2192-35" in indemnity_basis("public")
    assert "L111-8" in indemnity_basis("consumer")
