"""pandas helpers for notebooks (``pip install 'creances[pandas]'``).

pandas is imported inside the functions only: ``import creances`` never imports it, and
these helpers are not exported at the top level (``from creances.frames import ...``).

* :func:`claims_from_frame`: one :class:`~creances.Claim` per row of a DataFrame of invoices
  (configurable column names);
* :func:`assessments_frame`: one row per invoice with reference, customer, due, days_late,
  outstanding, interest (still due), indemnity, total, stage and next_action; money as
  ``Decimal`` objects (exact, the default) or as floats on request (``money="float"``);
* :func:`aged_balance_frame`: the aged balance, one row per customer and a ``total`` row,
  one column per bucket and a ``total`` column.

Cells are read as the library reads arguments, with the conversions a notebook needs:
amounts may be ``Decimal``, ``int``, decimal strings (``"1234.56"``) or floats whose
shortest representation has at most two decimals (``1234.56`` read by ``pd.read_csv``);
dates may be ``datetime.date``, ``pd.Timestamp`` at midnight or ISO strings. A bad cell
raises :class:`~creances.InvalidInputError` naming the row label and the column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .assess import STATEMENT_COLUMNS, Assessment
from .claims import Claim
from .errors import CreancesError, InvalidInputError
from .indemnity import DEBTOR_KINDS
from .portfolio import aged_balance, assess_many
from .rates import Rates
from .stages import DunningPolicy
from .terms import PaymentTerm, parse_term

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ASSESSMENT_COLUMNS", "aged_balance_frame", "assessments_frame", "claims_from_frame"]

#: The columns of :func:`assessments_frame`, in order.
ASSESSMENT_COLUMNS = STATEMENT_COLUMNS
_MONEY_COLUMNS = ("outstanding", "interest", "indemnity", "total")
_FIELDS = ("reference", "customer", "amount", "issued", "term", "debtor", "delivered")
_REQUIRED = ("amount", "issued", "term")
_AMOUNT_RE = re.compile(r"[+-]?\d+(?:\.\d+)?")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _require_pandas() -> None:
    try:
        import pandas  # noqa: F401
    except ImportError as exc:
        raise ImportError(
            "creances.frames needs pandas: install the extra with pip install 'creances[pandas]'"
        ) from exc


def _missing(value: object) -> bool:
    """None, NaN, NaT or pd.NA (a missing cell)."""
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, NaT  # noqa: PLR0124
    except TypeError:  # pd.NA: its truth value is ambiguous
        return True


class _Cell(Exception):
    pass


def _amount(value: object) -> Decimal:
    if isinstance(value, bool):
        raise _Cell(f"expected an amount, got {value!r}")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        # float-ok: a float read from a file (pd.read_csv) is accepted when its shortest
        # representation is an amount to the cent, which it then stands for exactly.
        text = repr(value)
        if not _AMOUNT_RE.fullmatch(text):
            raise _Cell(f"expected a finite amount, got {value!r}")
        number = Decimal(text)
    elif isinstance(value, str) and _AMOUNT_RE.fullmatch(value.strip()):
        number = Decimal(value.strip())
    else:
        raise _Cell(f"expected a decimal amount such as Decimal('1234.56'), got {value!r}")
    if not number.is_finite() or number <= 0:
        raise _Cell(f"expected a positive amount, got {value!r}")
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        hint = (
            " (a float with more decimals is inexact: read the column with dtype=str or "
            "converters={...: Decimal})"
            if isinstance(value, float)
            else ""
        )
        raise _Cell(f"expected an amount to the cent, got {value!r}{hint}")
    return number


def _date(value: object) -> date:
    if _missing(value):
        raise _Cell("expected a date, the cell is empty")
    if isinstance(value, datetime):  # pd.Timestamp is a datetime
        if value.tzinfo is not None or value.time() != datetime.min.time():
            raise _Cell(f"expected a date without time or time zone, got {value!r}")
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _DATE_RE.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise _Cell(f"expected a valid calendar date, got {value!r}") from None
    raise _Cell(f"expected a date (datetime.date, pd.Timestamp or 'YYYY-MM-DD'), got {value!r}")


def _text(value: object, *, what: str) -> str:
    if _missing(value):
        return ""
    if isinstance(value, str):
        return value.strip()
    if what == "reference" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # invoice numbers read as integers
    raise _Cell(f"expected a string, got {value!r}")


def _columns(df: pd.DataFrame, columns: Mapping[str, str] | None) -> dict[str, str]:
    mapping = {name: name for name in _FIELDS}
    if columns is not None:
        if not isinstance(columns, Mapping):
            raise InvalidInputError(
                f"columns must be a mapping of creances names to the frame's column names, "
                f"got {columns!r}",
                param="columns",
                value=columns,
            )
        for ours, theirs in columns.items():
            if ours not in mapping:
                raise InvalidInputError(
                    f"columns: unknown name {ours!r}; expected some of {', '.join(_FIELDS)}",
                    param="columns",
                    value=ours,
                )
            mapping[ours] = theirs
    present = {ours: theirs for ours, theirs in mapping.items() if theirs in df.columns}
    for ours in _REQUIRED:
        if ours not in present:
            raise InvalidInputError(
                f"the frame has no column {mapping[ours]!r} for {ours!r}: pass "
                f"columns={{{ours!r}: 'your column'}}; the frame has {list(df.columns)!r}",
                param=ours,
            )
    if columns is not None:
        for ours, theirs in columns.items():
            if ours not in present:
                raise InvalidInputError(
                    f"columns maps {ours!r} to {theirs!r}, which is not a column of the frame",
                    param=ours,
                    value=theirs,
                )
    return present


def _frame(df: object) -> pd.DataFrame:
    _require_pandas()
    import pandas as pd

    if not isinstance(df, pd.DataFrame):
        raise InvalidInputError(
            f"expected a pandas DataFrame, got {type(df).__name__}", param="df", value=df
        )
    return df


def claims_from_frame(df: pd.DataFrame, *, columns: Mapping[str, str] | None = None) -> list[Claim]:
    """One :class:`~creances.Claim` per row of ``df``.

    Args:
        df: the invoices; columns ``amount``, ``issued`` and ``term`` are required,
            ``reference``, ``customer``, ``debtor`` and ``delivered`` are optional (a missing
            cell of an optional column takes the default).
        columns: our names -> the frame's column names, e.g. ``{"amount": "Montant TTC"}``.

    Raises:
        InvalidInputError: a missing column, or a bad cell (the message names the row label
            and the column).
    """
    frame = _frame(df)
    names = _columns(frame, columns)
    cells = {ours: frame[theirs].tolist() for ours, theirs in names.items()}
    claims: list[Claim] = []
    for i, label in enumerate(frame.index.tolist()):
        ours = "amount"
        try:
            amount = _amount(cells["amount"][i])
            ours = "issued"
            issued = _date(cells["issued"][i])
            ours = "term"
            term = cells["term"][i]
            if not isinstance(term, str | PaymentTerm):
                raise _Cell(f"expected a payment term such as '30 jours', got {term!r}")
            ours = "reference"
            reference = (
                _text(cells["reference"][i], what="reference") if "reference" in cells else ""
            )
            ours = "customer"
            customer = _text(cells["customer"][i], what="customer") if "customer" in cells else ""
            ours = "debtor"
            debtor = _text(cells["debtor"][i], what="debtor") if "debtor" in cells else ""
            if debtor and debtor not in DEBTOR_KINDS:
                raise _Cell(f"expected one of {', '.join(DEBTOR_KINDS)}, got {debtor!r}")
            ours = "delivered"
            raw = cells["delivered"][i] if "delivered" in cells else None
            delivered = None if _missing(raw) else _date(raw)
            ours = "term"
            parsed = parse_term(term) if isinstance(term, str) else term
            if parsed.start == "delivery" and delivered is None:
                ours = "delivered"
                raise _Cell(
                    f"the term {parsed.describe()!r} runs from delivery: the delivery date "
                    "is needed"
                )
            claims.append(
                Claim(
                    amount,
                    issued,
                    term,
                    debtor=debtor or "business",
                    customer=customer,
                    delivered=delivered,
                    reference=reference,
                )
            )
        except (_Cell, CreancesError) as exc:
            column = names.get(ours, ours)  # "delivered" may be absent from the frame
            raise InvalidInputError(
                f"row {label!r}, column {column!r}: {exc}", param=column, value=label
            ) from None
    return claims


def _check_money(money: object) -> bool:
    if money not in ("decimal", "float"):
        raise InvalidInputError(
            f"money must be 'decimal' or 'float', got {money!r}", param="money", value=money
        )
    return money == "float"


def assessments_frame(
    df: pd.DataFrame,
    as_of: date,
    *,
    columns: Mapping[str, str] | None = None,
    money: str = "decimal",
    rates: Rates | None = None,
    policy: DunningPolicy | None = None,
    imputation: str = "principal_first",
) -> pd.DataFrame:
    """Assess every invoice of ``df`` on ``as_of``: one row per invoice, same index as ``df``.

    Columns: ``reference``, ``customer``, ``due`` (``datetime.date``), ``days_late``
    (int), ``outstanding``, ``interest`` (interest still due), ``indemnity``, ``total``,
    ``stage`` (the :class:`~creances.Stage` value) and ``next_action`` (the
    :class:`~creances.ActionKind` value, or None).

    Args:
        df: the invoices (see :func:`claims_from_frame`).
        as_of: the day of the assessment.
        columns: our names -> the frame's column names.
        money: ``"decimal"`` (default: exact ``Decimal`` objects, dtype object) or
            ``"float"`` (float64 columns for plotting and quick sums; an export, not for
            further computation).
        rates: the rate table (default: the bundled one).
        policy: the dunning policy (default: ``DunningPolicy.default()``).
        imputation: ``"principal_first"`` (default) or ``"interest_first"``, as for
            :func:`creances.assess`.
    """
    as_float = _check_money(money)
    frame = _frame(df)
    import pandas as pd

    claims = claims_from_frame(frame, columns=columns)
    results = assess_many(claims, as_of, rates=rates, policy=policy, imputation=imputation)
    data: dict[str, list[Any]] = {name: [] for name in ASSESSMENT_COLUMNS}
    for a in results:
        for name, value in a.statement_row().items():
            data[name].append(value)
    out = pd.DataFrame(
        {name: pd.Series(values, index=frame.index, dtype=object) for name, values in data.items()}
    )
    out["days_late"] = out["days_late"].astype("int64")
    if as_float:
        for name in _MONEY_COLUMNS:
            out[name] = out[name].astype("float64")  # float-ok: explicit export on request
    return out


def aged_balance_frame(
    df_or_claims: pd.DataFrame | Iterable[Claim | Assessment],
    as_of: date,
    *,
    columns: Mapping[str, str] | None = None,
    buckets: tuple[int, ...] = (30, 60, 90),
    money: str = "decimal",
    rates: Rates | None = None,
    imputation: str = "principal_first",
) -> pd.DataFrame:
    """The aged balance as a DataFrame: one row per customer, then a ``total`` row.

    Columns are the buckets (``not_due``, ``1-30``, ``31-60``, ``61-90``, ``91+`` by
    default) and ``total``; values are the outstanding principal (``Decimal``, or float
    with ``money="float"``). Settled claims are left out (:func:`creances.aged_balance`).

    Args:
        df_or_claims: a DataFrame of invoices, or claims / assessments.
        as_of: the day of the balance.
        columns: our names -> the frame's column names (for a DataFrame).
        buckets: upper bounds of the age buckets in days.
        money: ``"decimal"`` (default) or ``"float"``.
        rates: the rate table (default: the bundled one).
        imputation: ``"principal_first"`` (default) or ``"interest_first"``, as for
            :func:`creances.aged_balance`.

    Raises:
        InvalidInputError: a bad cell, or a customer named ``total`` (the label of the
            totals row).
    """
    as_float = _check_money(money)
    _require_pandas()
    import pandas as pd

    items: Iterable[Claim | Assessment]
    if isinstance(df_or_claims, pd.DataFrame):
        items = claims_from_frame(df_or_claims, columns=columns)
    else:
        items = df_or_claims
    balance = aged_balance(items, as_of, buckets=buckets, rates=rates, imputation=imputation)
    if "total" in balance.by_customer:
        raise InvalidInputError(
            "a customer is named 'total', the label of the totals row: rename it",
            param="customer",
            value="total",
        )
    names = list(balance.by_bucket)
    rows: dict[str, list[Decimal]] = {}
    for customer, by_bucket in balance.by_customer.items():
        values = [by_bucket[n] for n in names]
        rows[customer] = [*values, sum(values, Decimal("0.00"))]
    rows["total"] = [*(balance.by_bucket[n] for n in names), balance.total]
    out = pd.DataFrame.from_dict(rows, orient="index", columns=[*names, "total"], dtype=object)
    out.index.name = "customer"
    if as_float:
        out = out.astype("float64")  # float-ok: explicit export on request
    return out
