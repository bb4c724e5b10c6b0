"""Rate tables: the ECB main refinancing rate and the French legal interest rate.

* ``ecb_rate(on)``: the ECB main refinancing operations rate (MRO) in force on ``on``.
* ``reference_rate(on)``: the MRO in force on 1 January (for January-June) or on 1 July (for
  July-December) of the year of ``on``: the anchor of C. com. L441-10 II (« le taux applicable
  pendant le premier semestre de l'année concernée est le taux en vigueur au 1er janvier de
  l'année en question ; pour le second semestre, […] au 1er juillet ») and of CCP R2192-31.
* ``legal_rate(on, creditor=...)``: the taux de l'intérêt légal of the half-year of ``on``
  (CMF L313-2), « professional » = « tous les autres cas », « consumer » = creditor is a
  natural person not acting for professional needs.

Every lookup goes through an immutable :class:`Rates` table. ``Rates.default()`` is the
bundled table (:mod:`creances.data.ecb`, :mod:`creances.data.legal_rate`); a caller extends
it without a new release::

    >>> from datetime import date
    >>> from decimal import Decimal
    >>> from creances.rates import Rates
    >>> rates = Rates.default()
    >>> rates.reference_rate(date(2024, 10, 1))   # 1 Jul 2024 anchor, not the 18 Sep cut
    Decimal('4.25')
    >>> newer = rates.with_ecb(date(2026, 6, 17), Decimal("2.40"), complete_until=date(2026, 11, 23))
    >>> newer.reference_rate(date(2026, 8, 1))
    Decimal('2.40')

A date the table does not cover raises :class:`~creances.errors.RateUnavailableError`,
whose message says how to supply the rate; a rate is never guessed or extrapolated.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from ._validate import check_choice, check_date, check_rate
from .data import ecb as _ecb_data
from .data import legal_rate as _legal_data
from .data.ecb import EcbChange
from .data.legal_rate import LegalRateRow
from .errors import InvalidInputError, RateTableError, RateUnavailableError

__all__ = [
    "Creditor",
    "EcbChange",
    "LegalRateRow",
    "Rates",
    "ecb_rate",
    "legal_rate",
    "reference_rate",
    "semester_start",
]


class Creditor(StrEnum):
    """Category of the legal interest rate, which depends on the *creditor* (CMF L313-2)."""

    PROFESSIONAL = "professional"
    """« Tous les autres cas »: any creditor other than a private person."""
    CONSUMER = "consumer"
    """« Personnes physiques n'agissant pas pour des besoins professionnels »."""


_CREDITORS = tuple(c.value for c in Creditor)


def semester_start(on: date) -> date:
    """The first day of the half-year containing ``on`` (1 January or 1 July).

    >>> semester_start(date(2024, 9, 18)), semester_start(date(2025, 6, 30))
    (datetime.date(2024, 7, 1), datetime.date(2025, 1, 1))
    """
    return date(on.year, 1 if on.month <= 6 else 7, 1)


def _half_end(year: int, half: int) -> date:
    return date(year, 6, 30) if half == 1 else date(year, 12, 31)


def _fix_hint(kind: str, on: date) -> str:
    if kind == "ecb":
        return (
            "pass a table that covers it, e.g. rates=cr.Rates.default().with_ecb(date(Y, M, D), "
            "Decimal('x.xx'), complete_until=date(...)) for a new ECB decision, or "
            ".with_ecb_until(date(...)) if the ECB left its rate unchanged (see docs/rates.md)"
        )
    half = 1 if on.month <= 6 else 2
    return (
        f"pass rates=cr.Rates.default().with_legal({on.year}, {half}, professional=Decimal('…'), "
        "consumer=Decimal('…')) with the rates of the arrêté (see docs/rates.md)"
    )


@dataclass(frozen=True, slots=True)
class Rates:
    """An immutable set of rate tables (ECB MRO changes and legal-rate half-years).

    Build one with :meth:`default`, :meth:`from_rows`, or extend one with :meth:`with_ecb`,
    :meth:`with_ecb_until` and :meth:`with_legal`; each returns a new validated table.

    Attributes:
        ecb: the MRO changes, sorted by effective date, no duplicate.
        legal: the legal-rate half-years, sorted, no duplicate.
        ecb_complete_until: the last day for which ``ecb`` is known to be complete.
    """

    ecb: tuple[EcbChange, ...]
    legal: tuple[LegalRateRow, ...]
    ecb_complete_until: date
    _ecb_dates: tuple[date, ...] = field(init=False, repr=False, compare=False)
    _legal_index: dict[tuple[int, int], LegalRateRow] = field(init=False, repr=False, compare=False)
    _cache: dict[date, Decimal] = field(init=False, repr=False, compare=False)
    _memo: dict[object, object] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ecb = tuple(self.ecb)
        legal = tuple(self.legal)
        if not ecb:
            raise RateTableError("the ECB table is empty: give at least one (effective, rate) row")
        for change in ecb:
            if not isinstance(change, EcbChange):  # runtime guard for untyped callers
                raise RateTableError(f"ECB rows must be EcbChange, got {change!r}")
            _check_rate_value(change.rate, f"ECB rate of {change.effective}")
        for before, after in itertools.pairwise(ecb):
            if after.effective <= before.effective:
                word = "duplicated" if after.effective == before.effective else "not sorted"
                raise RateTableError(
                    f"ECB table {word} at {after.effective}: effective dates must strictly increase"
                )
        index: dict[tuple[int, int], LegalRateRow] = {}
        for row in legal:
            if not isinstance(row, LegalRateRow):  # runtime guard for untyped callers
                raise RateTableError(f"legal-rate rows must be LegalRateRow, got {row!r}")
            if row.half not in (1, 2) or isinstance(row.half, bool):
                raise RateTableError(f"legal-rate half must be 1 or 2, got {row.half!r}")
            key = (row.year, row.half)
            if key in index:
                raise RateTableError(f"legal rate of {row.year} half {row.half} is duplicated")
            if index and key < max(index):
                raise RateTableError(f"legal-rate table not sorted at {row.year} half {row.half}")
            _check_rate_value(row.professional, f"legal rate {row.year}-{row.half} professional")
            _check_rate_value(row.consumer, f"legal rate {row.year}-{row.half} consumer")
            index[key] = row
        check_date(self.ecb_complete_until, "ecb_complete_until")
        if self.ecb_complete_until < ecb[-1].effective:
            raise RateTableError(
                f"ecb_complete_until ({self.ecb_complete_until}) is before the last ECB change "
                f"({ecb[-1].effective})"
            )
        object.__setattr__(self, "ecb", ecb)
        object.__setattr__(self, "legal", legal)
        object.__setattr__(self, "_ecb_dates", tuple(r.effective for r in ecb))
        object.__setattr__(self, "_legal_index", index)
        object.__setattr__(self, "_cache", {})
        # Memo of pure derived values (rates and period schedules per rule), filled by
        # creances.interest; it never changes a result, only avoids recomputing it.
        object.__setattr__(self, "_memo", {})

    # -- constructors -------------------------------------------------------------------

    @classmethod
    def default(cls) -> Rates:
        """The bundled table (see :mod:`creances.data`), built once and shared."""
        return _DEFAULT

    @classmethod
    def from_rows(
        cls,
        *,
        ecb: Iterable[EcbChange | tuple[Any, ...] | Mapping[str, Any]] = (),
        legal: Iterable[LegalRateRow | tuple[Any, ...] | Mapping[str, Any]] = (),
        ecb_complete_until: date | None = None,
    ) -> Rates:
        """Build a table from rows, e.g. read from a CSV file that a user keeps.

        Args:
            ecb: rows ``(effective, rate[, source])`` or mappings with keys ``effective``,
                ``rate`` (and optionally ``source``). Dates may be ``date`` or ISO strings,
                rates ``Decimal``, ``int`` or decimal strings (as read from a CSV file).
            legal: rows ``(year, half, professional, consumer[, source])`` or mappings with
                those keys.
            ecb_complete_until: last day the ECB rows are known to be complete; defaults to
                the last effective date.

        Raises:
            RateTableError: a row is malformed, or the table is unsorted or duplicated.

        >>> t = Rates.from_rows(ecb=[{"effective": "2025-06-11", "rate": "2.15"}],
        ...                     legal=[(2026, 1, "2.62", "6.67")],
        ...                     ecb_complete_until=date(2026, 6, 16))
        >>> t.ecb_rate(date(2025, 12, 1)), t.legal_rate(date(2026, 3, 1))
        (Decimal('2.15'), Decimal('2.62'))
        """
        ecb_rows = tuple(_ecb_row(r) for r in ecb)
        legal_rows = tuple(_legal_row(r) for r in legal)
        if not ecb_rows:
            raise RateTableError("the ECB table is empty: give at least one (effective, rate) row")
        until = ecb_complete_until if ecb_complete_until is not None else ecb_rows[-1].effective
        return cls(ecb_rows, legal_rows, until)

    def with_ecb(
        self,
        effective: date,
        rate: Decimal | int,
        *,
        source: str = "caller",
        complete_until: date | None = None,
    ) -> Rates:
        """A new table with one more ECB decision.

        Completeness extends to ``effective`` (the caller vouches that no other change
        happened in between), or to ``complete_until`` if given and later: pass the day up
        to which you know this is still the rate in force, e.g. to reach the 1 July anchor.

        >>> t = Rates.default().with_ecb(date(2026, 6, 17), Decimal("2.40"))
        >>> t.ecb_rate(date(2026, 6, 17)), t.ecb_complete_until
        (Decimal('2.40'), datetime.date(2026, 6, 17))
        """
        check_date(effective, "effective")
        until = max(self.ecb_complete_until, effective)
        if complete_until is not None:
            until = max(until, check_date(complete_until, "complete_until"))
        row = EcbChange(effective, check_rate(rate, "rate"), source)
        rows = sorted((*self.ecb, row), key=lambda r: r.effective)
        return Rates(tuple(rows), self.legal, until)

    def with_ecb_until(self, until: date) -> Rates:
        """A new table declared complete until ``until`` (the ECB held its rate)."""
        check_date(until, "until")
        return Rates(self.ecb, self.legal, max(self.ecb_complete_until, until))

    def with_legal(
        self,
        year: int,
        half: int,
        *,
        professional: Decimal | int,
        consumer: Decimal | int,
        source: str = "caller",
    ) -> Rates:
        """A new table with the legal rates of one half-year (``half`` 1 = Jan-Jun, 2 = Jul-Dec)."""
        if isinstance(year, bool) or not isinstance(year, int):
            raise InvalidInputError(f"year must be an int, got {year!r}", param="year", value=year)
        if isinstance(half, bool) or half not in (1, 2):
            raise InvalidInputError(
                f"half must be 1 (January-June) or 2 (July-December), got {half!r}",
                param="half",
                value=half,
            )
        row = LegalRateRow(
            year,
            half,
            check_rate(professional, "professional"),
            check_rate(consumer, "consumer"),
            source,
        )
        rows = sorted((*self.legal, row), key=lambda r: (r.year, r.half))
        return Rates(self.ecb, tuple(rows), self.ecb_complete_until)

    # -- freshness ------------------------------------------------------------------------

    @property
    def legal_complete_until(self) -> date | None:
        """The last day of the newest half-year in the legal-rate table (None if empty)."""
        if not self.legal:
            return None
        last = self.legal[-1]
        return _half_end(last.year, last.half)

    # -- lookups ----------------------------------------------------------------------------

    def ecb_rate(self, on: date) -> Decimal:
        """The ECB MRO rate in force on ``on`` (percent per year)."""
        check_date(on, "on")
        if on > self.ecb_complete_until:
            raise RateUnavailableError(
                f"no ECB rate known for {on}: the table is complete until "
                f"{self.ecb_complete_until}; {_fix_hint('ecb', on)}"
            )
        i = bisect.bisect_right(self._ecb_dates, on) - 1
        if i < 0:
            raise RateUnavailableError(
                f"no ECB rate before {self.ecb[0].effective} (the ECB MRO starts on 1 January "
                f"1999); got {on}"
            )
        return self.ecb[i].rate

    def reference_rate(self, on: date) -> Decimal:
        """The MRO in force on 1 January (Jan-Jun) or 1 July (Jul-Dec) of ``on``'s year.

        Legal basis: C. com. L441-10 II; CCP R2192-31.
        """
        check_date(on, "on")
        anchor = semester_start(on)
        cached = self._cache.get(anchor)
        if cached is None:
            cached = self._cache[anchor] = self.ecb_rate(anchor)
        return cached

    def legal_row(self, on: date) -> LegalRateRow:
        """The legal-rate row (both categories and the arrêté) of the half-year of ``on``."""
        check_date(on, "on")
        row = self._legal_index.get((on.year, 1 if on.month <= 6 else 2))
        if row is None:
            known = (
                f"the table covers {self.legal[0].year}-H{self.legal[0].half} to "
                f"{self.legal[-1].year}-H{self.legal[-1].half}"
                if self.legal
                else "the table is empty"
            )
            raise RateUnavailableError(
                f"no legal interest rate known for {on}: {known}; {_fix_hint('legal', on)}"
            )
        return row

    def legal_rate(self, on: date, *, creditor: str = "professional") -> Decimal:
        """The taux de l'intérêt légal of the half-year of ``on`` for that creditor category."""
        kind = check_choice(creditor, "creditor", _CREDITORS)
        row = self.legal_row(on)
        return row.consumer if kind == Creditor.CONSUMER else row.professional


def _check_rate_value(value: object, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, Decimal) or not value.is_finite():
        raise RateTableError(f"{what} must be a finite Decimal, got {value!r}")
    if value < 0:
        raise RateTableError(f"{what} must not be negative, got {value!r}")


def _to_rate(value: object, what: str) -> Decimal:
    if isinstance(value, bool):
        raise RateTableError(f"{what} must be a Decimal, int or decimal string, got {value!r}")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        try:
            parsed = Decimal(value.strip().replace(",", "."))
        except InvalidOperation:
            raise RateTableError(f"{what}: {value!r} is not a decimal number") from None
        _check_rate_value(parsed, what)
        return parsed
    if isinstance(value, Decimal):
        _check_rate_value(value, what)
        return value
    raise RateTableError(f"{what} must be a Decimal, int or decimal string, got {value!r}")


def _to_date(value: object, what: str) -> date:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise RateTableError(f"{what}: {value!r} is not an ISO date (YYYY-MM-DD)") from None
    try:
        return check_date(value, what)
    except ValueError as exc:
        raise RateTableError(str(exc)) from None


def _to_int(value: object, what: str) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise RateTableError(f"{what} must be an integer, got {value!r}")


def _ecb_row(row: object) -> EcbChange:
    if isinstance(row, EcbChange):
        return row
    if isinstance(row, Mapping):
        try:
            eff, rate, src = row["effective"], row["rate"], row.get("source") or ""
        except KeyError as exc:
            raise RateTableError(f"ECB row {dict(row)!r} lacks the key {exc}") from None
    elif isinstance(row, tuple) and len(row) in (2, 3):
        eff, rate, src = row[0], row[1], (row[2] if len(row) == 3 else "")
    else:
        raise RateTableError(f"an ECB row must be (effective, rate[, source]), got {row!r}")
    when = _to_date(eff, "ECB effective date")
    return EcbChange(when, _to_rate(rate, f"ECB rate of {when}"), str(src))


_LEGAL_KEYS = ("year", "half", "professional", "consumer")


def _legal_row(row: object) -> LegalRateRow:
    if isinstance(row, LegalRateRow):
        return row
    if isinstance(row, Mapping):
        try:
            values = [row[k] for k in _LEGAL_KEYS]
        except KeyError as exc:
            raise RateTableError(f"legal-rate row {dict(row)!r} lacks the key {exc}") from None
        src = row.get("source") or ""
    elif isinstance(row, tuple) and len(row) in (4, 5):
        values, src = list(row[:4]), (row[4] if len(row) == 5 else "")
    else:
        raise RateTableError(
            f"a legal-rate row must be (year, half, professional, consumer[, source]), got {row!r}"
        )
    year = _to_int(values[0], "year")
    half = _to_int(values[1], "half")
    if half not in (1, 2):
        raise RateTableError(f"half must be 1 or 2, got {values[1]!r}")
    return LegalRateRow(
        year,
        half,
        _to_rate(values[2], f"legal rate {year}-{half} professional"),
        _to_rate(values[3], f"legal rate {year}-{half} consumer"),
        str(src),
    )


_DEFAULT = Rates(_ecb_data.ECB_MRO, _legal_data.LEGAL_RATES, _ecb_data.COMPLETE_UNTIL)


def _table(rates: Rates | None) -> Rates:
    if rates is None:
        return _DEFAULT
    if not isinstance(rates, Rates):  # runtime guard for untyped callers
        raise InvalidInputError(
            f"rates must be a creances.Rates table, got {type(rates).__name__}: build one with "
            "cr.Rates.default() or cr.Rates.from_rows(...)",
            param="rates",
            value=rates,
        )
    return rates


def ecb_rate(on: date, *, rates: Rates | None = None) -> Decimal:
    """The ECB main refinancing operations rate in force on ``on``.

    >>> ecb_rate(date(2024, 9, 18))
    Decimal('3.65')
    """
    return _table(rates).ecb_rate(on)


def reference_rate(on: date, *, rates: Rates | None = None) -> Decimal:
    """The MRO in force on 1 January (Jan-Jun) or 1 July (Jul-Dec): C. com. L441-10 II.

    >>> reference_rate(date(2024, 9, 18)), reference_rate(date(2025, 3, 1))
    (Decimal('4.25'), Decimal('3.15'))
    """
    return _table(rates).reference_rate(on)


def legal_rate(on: date, *, creditor: str = "professional", rates: Rates | None = None) -> Decimal:
    """The taux de l'intérêt légal of the half-year containing ``on`` (CMF L313-2).

    >>> legal_rate(date(2020, 9, 1), creditor="consumer")
    Decimal('3.11')
    """
    return _table(rates).legal_rate(on, creditor=creditor)


_ONE_DAY = timedelta(days=1)
