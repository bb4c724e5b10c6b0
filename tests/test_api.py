"""The public surface: names importable from the top level, sorted, documented."""

from __future__ import annotations

import re
from pathlib import Path

import creances as cr

DOCS = Path(__file__).resolve().parents[1] / "docs"

CONTRACT = [
    "PaymentTerm",
    "parse_term",
    "due_date",
    "check_term",
    "Regime",
    "Violation",
    "ecb_rate",
    "reference_rate",
    "legal_rate",
    "Rates",
    "late_interest",
    "Interest",
    "InterestPeriod",
    "Payment",
    "Statutory",
    "Contractual",
    "PublicProcurement",
    "LegalRate",
    "recovery_indemnity",
    "Claim",
    "Event",
    "EventKind",
    "assess",
    "Assessment",
    "Stage",
    "DunningPolicy",
    "Action",
    "assess_many",
    "aged_balance",
    "AgedBalance",
    "letter",
    "Letter",
    "Party",
    "CreancesError",
    "InvalidInputError",
    "UnknownTermError",
    "RateUnavailableError",
]


def test_contract_names_are_exported() -> None:
    missing = [name for name in CONTRACT if not hasattr(cr, name)]
    assert missing == []


def test_all_is_unique_and_importable() -> None:
    # The order itself is enforced by ruff (RUF022, isort-style sort) in .ci/run.
    assert len(set(cr.__all__)) == len(cr.__all__)
    for name in cr.__all__:
        assert hasattr(cr, name), name


def test_every_public_name_is_documented() -> None:
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`(?:cr\.)?(\w+)", text))
    missing = [n for n in cr.__all__ if n not in documented and n != "__version__"]
    assert missing == []


def test_error_hierarchy_mirrors_builtins() -> None:
    assert issubclass(cr.InvalidInputError, ValueError)
    assert issubclass(cr.UnknownTermError, cr.InvalidInputError)
    assert issubclass(cr.RateUnavailableError, LookupError)
    assert issubclass(cr.RateTableError, ValueError)
    assert issubclass(cr.InvalidDateError, TypeError)
    assert issubclass(cr.FloorWarning, cr.CreancesWarning)
    assert issubclass(cr.CreancesWarning, UserWarning)
    for name in cr.__all__:
        obj = getattr(cr, name)
        if isinstance(obj, type) and issubclass(obj, Exception) and not issubclass(obj, Warning):
            assert issubclass(obj, cr.CreancesError), name


def test_version_is_a_string() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", cr.__version__)


def test_package_ships_py_typed() -> None:
    assert (Path(cr.__file__).parent / "py.typed").exists()


def test_version_matches_pyproject() -> None:
    import tomllib

    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    assert (
        tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"] == cr.__version__
    )
