"""The ``creances`` command line: the one module where creances reads files and prints.

Sub-commands (``creances COMMAND --help`` shows each one with examples):

* ``statement FILE --as-of DATE [--format table|csv|json]``: one row per invoice of a CSV or
  JSON file (API contract §6);
* ``due ISSUED TERM``: the due date of a payment term;
* ``interest AMOUNT DUE UNTIL [--rule ...]``: late interest, period by period;
* ``rates DATE``: the rates in force on a day, each with its article;
* ``letter FILE REFERENCE --as-of DATE --creditor NAME``: the letter for one invoice.

Every error the user can cause (a bad argument, a bad row, a file that cannot be read, a
rate missing from the table) ends the run with exit status 2 and one message on stderr that
names the file, the line (CSV: physical line, the header is line 1) or the item (JSON), the
column and what was expected. No traceback, and no row is ever skipped silently.

The files of ``examples/`` are shipped inside the package: ``example:portfolio.csv`` and
``example:portfolio.json`` (or ``--example``) work after a plain ``pip install``.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ._money import ZERO, cents
from .assess import STATEMENT_COLUMNS, assess
from .claims import Claim, Event
from .errors import CreancesError, RateUnavailableError
from .interest import (
    Contractual,
    LegalRate,
    Payment,
    PublicProcurement,
    Rule,
    Statutory,
    late_interest,
)
from .portfolio import assess_many
from .rates import Rates, semester_start
from .terms import due_date, parse_term

if TYPE_CHECKING:
    from .assess import Assessment

__all__ = ["CliError", "build_parser", "load_claims", "main"]

PROG = "creances"
REQUIRED_COLUMNS = ("reference", "customer", "amount", "issued", "term")
CSV_OPTIONAL = ("debtor", "delivered")
JSON_OPTIONAL = ("debtor", "delivered", "payments", "events", "rule")
OUTPUT_COLUMNS = STATEMENT_COLUMNS
EXAMPLES = ("portfolio.csv", "portfolio.json")
_DEBTORS = ("business", "consumer", "public")
_LETTER_KINDS = ("preventive", "reminder", "final_reminder", "formal_notice")

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_AMOUNT_RE = re.compile(r"[+-]?\d+(?:\.\d+)?")
_RATE_RE = re.compile(r"\d+(?:\.\d+)?")
_LEGAL_RE = re.compile(r"(\d{4})-([12])=(\d+(?:\.\d+)?),(\d+(?:\.\d+)?)")
_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})

RATES_HINT = (
    "on the command line, pass the newer rates: --ecb-rate YYYY-MM-DD=RATE for an ECB "
    "decision (repeatable), --ecb-complete-until YYYY-MM-DD if the ECB held its rate, "
    "--legal-rate YYYY-H=PROFESSIONAL,CONSUMER for a half-year of the legal rate "
    "(e.g. --legal-rate 2026-2=2.75,6.84); see 'creances rates --help'"
)


class CliError(Exception):
    """A bad argument, file or row: printed as one message on stderr, exit status 2."""


class _FieldError(Exception):
    """A bad value; the caller adds the file, line and column."""


@dataclass(frozen=True, slots=True)
class _Bad:
    """A JSON number that is not a plain decimal (exponent, NaN, Infinity)."""

    text: str


# ---------------------------------------------------------------------------------------
# Values


def _quote(value: object) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    if len(text) > 60:
        text = text[:57] + "..."
    return f'"{text}"'


def parse_date(text: str) -> date:
    """An ISO date ``YYYY-MM-DD`` (nothing else), or :class:`_FieldError`."""
    if not _DATE_RE.fullmatch(text.strip()):
        raise _FieldError(f"expected a date YYYY-MM-DD such as 2026-01-15, got {_quote(text)}")
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise _FieldError(f"expected a valid calendar date, got {_quote(text)}") from None


def parse_amount(value: object, *, zero_ok: bool = False) -> Decimal:
    """A positive amount to the cent, from a text such as ``"1234.56"`` (or a JSON number)."""
    if isinstance(value, str):
        if not _AMOUNT_RE.fullmatch(value.strip()):
            raise _FieldError(
                f"expected a decimal amount such as 1234.56, got {_quote(value)}"
                + (" (use a dot as the decimal separator)" if "," in value else "")
            )
        number = Decimal(value.strip())
    elif isinstance(value, Decimal | int) and not isinstance(value, bool):
        number = Decimal(value)
    elif isinstance(value, _Bad):
        raise _FieldError(
            f"expected a decimal amount such as 1234.56, got {_quote(value.text)} "
            "(no exponent, NaN or Infinity)"
        )
    else:
        raise _FieldError(f'expected a decimal amount such as "1234.56", got {_quote(value)}')
    if number < 0 or (number == 0 and not zero_ok):
        raise _FieldError(f"expected a positive amount, got {_quote(str(value))}")
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise _FieldError(
            f"expected an amount to the cent (at most two decimals), got {_quote(str(value))}"
        )
    return number


def parse_rule(text: str) -> Rule:
    """``statutory``, ``contractual:RATE``, ``public``, ``legal`` or ``legal:consumer``."""
    name, _, arg = text.strip().partition(":")
    if name == "statutory" and not arg:
        return Statutory()
    if name == "public" and not arg:
        return PublicProcurement()
    if name == "legal" and arg in ("", "professional", "consumer"):
        return LegalRate(arg or "professional")
    if name == "contractual" and _RATE_RE.fullmatch(arg):
        return Contractual(Decimal(arg))
    raise _FieldError(
        "expected statutory, contractual:RATE (e.g. contractual:9.00), public, legal or "
        f"legal:consumer, got {_quote(text)}"
    )


def _arg(parse: Callable[[str], object]) -> Callable[[str], object]:
    """Wrap a parser for argparse: a bad value becomes a usage error (exit status 2)."""

    def convert(text: str) -> object:
        try:
            return parse(text)
        except _FieldError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    convert.__name__ = parse.__name__
    return convert


def _ecb_arg(text: str) -> tuple[date, Decimal]:
    day, sep, rate = text.partition("=")
    if not sep or not _RATE_RE.fullmatch(rate.strip()):
        raise _FieldError(f"expected YYYY-MM-DD=RATE such as 2026-06-17=2.40, got {_quote(text)}")
    return parse_date(day), Decimal(rate.strip())


def _legal_arg(text: str) -> tuple[int, int, Decimal, Decimal]:
    found = _LEGAL_RE.fullmatch(text.replace(" ", ""))
    if found is None:
        raise _FieldError(
            "expected YEAR-HALF=PROFESSIONAL,CONSUMER such as 2026-2=2.75,6.84 "
            f"(half 1 = January-June, 2 = July-December), got {_quote(text)}"
        )
    year, half, pro, con = found.groups()
    return int(year), int(half), Decimal(pro), Decimal(con)


def _payment_arg(text: str) -> Payment:
    day, sep, amount = text.partition("=")
    if not sep:
        raise _FieldError(
            f"expected YYYY-MM-DD=AMOUNT such as 2026-03-01=500.00, got {_quote(text)}"
        )
    return Payment(parse_date(day), parse_amount(amount))


def _locale_arg(text: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(text)
    except (UnknownLocaleError, ValueError):
        raise _FieldError(f"expected a locale such as fr_FR or en_GB, got {_quote(text)}") from None
    return text


# ---------------------------------------------------------------------------------------
# Reading files


def _read_source(name: str) -> bytes:
    if name.startswith("example:"):
        wanted = name.removeprefix("example:")
        if wanted not in EXAMPLES:
            raise CliError(
                f"{name}: no such bundled example; available: "
                + ", ".join(f"example:{e}" for e in EXAMPLES)
            )
        return resources.files("creances").joinpath("examples").joinpath(wanted).read_bytes()
    try:
        return Path(name).read_bytes()
    except FileNotFoundError:
        raise CliError(f"{name}: no such file") from None
    except OSError as exc:
        raise CliError(f"{name}: cannot read the file: {exc.strerror or exc}") from None


def _decode(name: str, data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CliError(
            f"{name}: line {line}: the file is not valid UTF-8 (byte 0x{data[exc.start]:02x}): "
            "save it as UTF-8"
        ) from None
    if not text.strip():
        raise CliError(
            f"{name}: the file is empty: expected a header line "
            f"{','.join(REQUIRED_COLUMNS)} (CSV) or a JSON list of invoices"
        )
    return text


def load_claims(name: str) -> list[tuple[str, Claim]]:
    """Read the invoices of a CSV or JSON file (or ``example:NAME``).

    Returns (location, claim) pairs, the location being ``"line 7"`` (CSV) or ``"item #3"``
    (JSON). Raises :class:`CliError` naming the file, the line and the column at the first
    bad value.
    """
    suffix = Path(name).suffix.lower()
    if suffix not in (".csv", ".json"):
        raise CliError(f"{name}: expected a .csv or .json file, got {_quote(suffix or name)}")
    text = _decode(name, _read_source(name))
    rows = _csv_rows(name, text) if suffix == ".csv" else _json_rows(name, text)
    seen: dict[str, str] = {}
    claims: list[tuple[str, Claim]] = []
    for where, column_word, fields in rows:
        claim = _claim(name, where, column_word, fields)
        if claim.reference in seen:
            raise CliError(
                f'{name}: {where}, {column_word} "reference": the reference '
                f"{_quote(claim.reference)} is already used ({seen[claim.reference]})"
            )
        seen[claim.reference] = where
        claims.append((where, claim))
    if not claims:
        raise CliError(f"{name}: no invoice in the file (expected at least one row)")
    return claims


_Fields = Mapping[str, object]


def _check_columns(
    name: str, where: str, keys: Sequence[str], optional: tuple[str, ...], word: str = "column"
) -> None:
    known = (*REQUIRED_COLUMNS, *optional)
    accepted = f"{','.join(REQUIRED_COLUMNS)} (optional: {', '.join(optional)})"
    for key in keys:
        if key not in known:
            raise CliError(f"{name}: {where}: unknown {word} {_quote(key)}: expected {accepted}")
        if list(keys).count(key) > 1:
            raise CliError(f"{name}: {where}: {word} {_quote(key)} appears twice")
    for key in REQUIRED_COLUMNS:
        if key not in keys:
            raise CliError(f"{name}: {where}: missing {word} {_quote(key)}: expected {accepted}")


def _csv_rows(name: str, text: str) -> list[tuple[str, str, _Fields]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    out: list[tuple[str, str, _Fields]] = []
    try:
        header = [h.strip() for h in next(reader)]
        _check_columns(name, "line 1 (header)", header, CSV_OPTIONAL)
        for record in reader:
            if not record:
                continue  # a blank line holds no row
            where = f"line {reader.line_num}"
            if len(record) != len(header):
                raise CliError(
                    f"{name}: {where}: expected {len(header)} fields ({','.join(header)}), "
                    f"got {len(record)}"
                )
            out.append((where, "column", dict(zip(header, record, strict=True))))
    except csv.Error as exc:
        raise CliError(f"{name}: line {reader.line_num}: malformed CSV: {exc}") from None
    return out


def _reject_constant(text: str) -> _Bad:
    return _Bad(text)


def _json_number(text: str) -> Decimal | _Bad:
    return _Bad(text) if "e" in text.lower() else Decimal(text)


def _json_rows(name: str, text: str) -> list[tuple[str, str, _Fields]]:
    try:
        data = json.loads(text, parse_float=_json_number, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise CliError(
            f"{name}: line {exc.lineno}, character {exc.colno}: invalid JSON: {exc.msg}"
        ) from None
    if not isinstance(data, list):
        raise CliError(
            f"{name}: expected a JSON list of invoice objects, got {type(data).__name__}"
        )
    out: list[tuple[str, str, _Fields]] = []
    for i, item in enumerate(data):
        where = f"item #{i + 1} (index {i})"
        if not isinstance(item, dict):
            raise CliError(f"{name}: {where}: expected an object with the keys "
                           f"{', '.join(REQUIRED_COLUMNS)}, got {_quote(item)}")  # fmt: skip
        _check_columns(name, where, list(item), JSON_OPTIONAL, "key")
        out.append((where, "key", item))
    return out


def _text(value: object, what: str, *, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise _FieldError(f"expected {what} as a string, got {_quote(value)}")
    if required and not value.strip():
        raise _FieldError(f"expected {what}, got an empty value")
    return value.strip()


def _optional_date(value: object) -> date | None:
    text = _text(value, "a date YYYY-MM-DD", required=False)
    return parse_date(text) if text else None


def _items(value: object, what: str) -> list[Mapping[str, object]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise _FieldError(f"expected a list of objects {what}, got {_quote(value)}")
    return value


class _Located(Exception):
    """A _FieldError with the column or key where it happened."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


def _payment_list(value: object, column: str) -> list[Payment]:
    out: list[Payment] = []
    for i, p in enumerate(_items(value, "{on, amount}")):
        out.append(_payment(p, f"{column}[{i}]"))
    return out


def _payment(p: Mapping[str, object], column: str) -> Payment:
    for key in p:
        if key not in ("on", "amount"):
            raise _Located(f"{column}.{key}", "unknown key: expected on and amount")
    try:
        on = parse_date(_text(p.get("on"), "a date YYYY-MM-DD"))
    except _FieldError as exc:
        raise _Located(f"{column}.on", str(exc)) from None
    try:
        amount = parse_amount(p.get("amount"))
    except _FieldError as exc:
        raise _Located(f"{column}.amount", str(exc)) from None
    return Payment(on, amount)


_EVENT_KEYS = ("on", "kind", "note", "enforceable", "instalments")


def _event_list(value: object, column: str) -> list[Event]:
    out: list[Event] = []
    for i, e in enumerate(_items(value, "{on, kind}")):
        here = f"{column}[{i}]"
        for key in e:
            if key not in _EVENT_KEYS:
                raise _Located(f"{here}.{key}", f"unknown key: expected {', '.join(_EVENT_KEYS)}")
        key = "on"
        try:
            on = parse_date(_text(e.get("on"), "a date YYYY-MM-DD"))
            key = "kind"
            kind = _text(e.get("kind"), "an event kind such as reminder or formal_notice")
            key = "note"
            note = _text(e.get("note"), "a note", required=False)
            key = "enforceable"
            enforceable = _optional_date(e.get("enforceable"))
        except _FieldError as exc:
            raise _Located(f"{here}.{key}", str(exc)) from None
        instalments = _payment_list(e.get("instalments"), f"{here}.instalments")
        try:
            out.append(Event(on, kind, note, instalments, enforceable))
        except CreancesError as exc:
            raise _Located(f"{here}.{getattr(exc, 'param', '') or 'kind'}".replace("Event.", ""),
                           str(exc)) from None  # fmt: skip
    return out


def _claim(name: str, where: str, word: str, fields: _Fields) -> Claim:
    column = "reference"
    try:
        reference = _text(fields.get("reference"), "an invoice reference")
        column = "customer"
        customer = _text(fields.get("customer"), "the customer's name")
        column = "amount"
        amount = parse_amount(fields.get("amount"))
        column = "issued"
        issued = parse_date(_text(fields.get("issued"), "a date YYYY-MM-DD"))
        column = "term"
        term = parse_term(_text(fields.get("term"), 'a payment term such as "30 jours"'))
        column = "debtor"
        debtor = _text(fields.get("debtor"), "the kind of debtor", required=False) or "business"
        if debtor not in _DEBTORS:
            raise _FieldError(f"expected business, consumer or public, got {_quote(debtor)}")
        column = "delivered"
        delivered = _optional_date(fields.get("delivered"))
        column = "rule"
        rule_text = _text(fields.get("rule"), "an interest rule", required=False)
        rule = parse_rule(rule_text) if rule_text else None
        column = "payments"
        payments = _payment_list(fields.get("payments"), "payments")
        column = "events"
        events = _event_list(fields.get("events"), "events")
        column = "term"
        claim = Claim(
            amount,
            issued,
            term,
            debtor=debtor,
            customer=customer,
            delivered=delivered,
            reference=reference,
            payments=payments,
            events=events,
            rule=rule,
        )
        if delivered is None and claim.term.start == "delivery":
            column = "delivered"
            raise _FieldError(
                f"the term {_quote(str(claim.term))} runs from delivery: expected the delivery "
                "date YYYY-MM-DD"
            )
    except _Located as exc:
        raise CliError(f'{name}: {where}, {word} "{exc.column}": {exc}') from None
    except (_FieldError, CreancesError) as exc:
        raise CliError(f'{name}: {where}, {word} "{column}": {exc}') from None
    return claim


# ---------------------------------------------------------------------------------------
# Formatting


@dataclass(frozen=True, slots=True)
class _Format:
    locale: str

    def amount(self, value: Decimal) -> str:
        from babel.numbers import format_decimal

        return format_decimal(cents(value), format="#,##0.00", locale=self.locale).translate(
            _SPACES
        )

    def rate(self, value: Decimal) -> str:
        from babel.numbers import format_decimal

        text = format_decimal(value, format="#,##0.00##", locale=self.locale)
        return text.translate(_SPACES) + " %"

    def day(self, value: date) -> str:
        from babel.dates import format_date

        return format_date(value, format="short", locale=self.locale).translate(_SPACES)


def _money(value: Decimal) -> str:
    return f"{cents(value):f}"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(cells)
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    out = [line(headers), rule]
    out.extend(line(r) for r in rows)
    return "\n".join(out)


def _statement_row(a: Assessment) -> dict[str, object]:
    return a.statement_row()


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return _money(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _statement_table(assessments: Sequence[Assessment], fmt: _Format) -> str:
    rows: list[list[str]] = []
    for a in assessments:
        row = _statement_row(a)
        rows.append(
            [
                fmt.day(v) if isinstance(v, date)
                else fmt.amount(v) if isinstance(v, Decimal)
                else "" if v is None else str(v)
                for v in row.values()
            ]
        )  # fmt: skip
    totals = [
        "total",
        f"{len(assessments)} invoices",
        "",
        "",
        *(
            fmt.amount(sum((getattr(a, f) for a in assessments), ZERO))
            for f in ("outstanding", "interest_due", "indemnity", "total")
        ),
        "",
        "",
    ]
    text = _table(OUTPUT_COLUMNS, [*rows, totals], right={3, 4, 5, 6, 7})
    lines = text.split("\n")
    lines.insert(len(lines) - 1, lines[1])
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# Commands


def _rates(args: argparse.Namespace) -> Rates:
    table = Rates.default()
    try:
        for day, rate in args.ecb_rate:
            table = table.with_ecb(day, rate, source="given with --ecb-rate")
        if args.ecb_complete_until is not None:
            table = table.with_ecb_until(args.ecb_complete_until)
        for year, half, pro, con in args.legal_rate:
            table = table.with_legal(
                year, half, professional=pro, consumer=con, source="given with --legal-rate"
            )
    except CreancesError as exc:
        raise CliError(f"newer rates: {exc}") from None
    return table


def _assess_all(
    claims: list[tuple[str, Claim]], name: str, as_of: date, rates: Rates, imputation: str
) -> list[Assessment]:
    try:
        return assess_many([c for _, c in claims], as_of, rates=rates, imputation=imputation)
    except RateUnavailableError:
        raise
    except CreancesError:
        for where, claim in claims:  # find the invoice at fault to name it
            try:
                assess(claim, as_of, rates=rates, imputation=imputation)
            except CreancesError as exc:
                raise CliError(f"{name}: {where}: {exc}") from None
        raise  # pragma: no cover - assess_many and assess agree


def _cmd_statement(args: argparse.Namespace) -> int:
    name = args.file if args.file is not None else f"example:{args.example}"
    rates = _rates(args)
    locale = args.locale
    claims = load_claims(name)
    assessments = _assess_all(claims, name, args.as_of, rates, args.imputation)
    if args.format == "json":
        data = [{k: _plain(v) for k, v in _statement_row(a).items()} for a in assessments]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(OUTPUT_COLUMNS)
        for a in assessments:
            writer.writerow(["" if v is None else _plain(v) for v in _statement_row(a).values()])
        print(out.getvalue(), end="")
    else:
        print(_statement_table(assessments, _Format(locale)))
    return 0


def _cmd_due(args: argparse.Namespace) -> int:
    try:
        term = parse_term(args.term)
    except CreancesError as exc:
        raise CliError(f"argument TERM: {exc}") from None
    if term.start == "delivery" and args.delivered is None:
        raise CliError(
            f"argument --delivered: the term {_quote(args.term)} runs from delivery: "
            "give --delivered YYYY-MM-DD"
        )
    due = due_date(
        args.issued,
        term,
        delivered=args.delivered,
        shift=args.shift,
        subdivision=args.subdivision,
    )
    print(due.isoformat())
    return 0


def _cmd_interest(args: argparse.Namespace) -> int:
    fmt = _Format(args.locale)
    day_count: int | str = 365 if args.day_count == "365" else "actual"
    result = late_interest(
        args.amount,
        args.due,
        args.until,
        rule=args.rule,
        payments=args.payment,
        imputation=args.imputation,
        day_count=day_count,  # type: ignore[arg-type]
        rates=_rates(args),
    )
    rows = [
        [fmt.day(p.start), fmt.day(p.end), str(p.days), fmt.amount(p.base), fmt.rate(p.rate),
         fmt.amount(p.amount)]
        for p in result.periods
    ]  # fmt: skip
    rows.append(["total", "", str(result.days), "", "", fmt.amount(result.total)])
    headers = ("from", "to", "days", "base", "rate", "interest")
    text = _table(headers, rows, right={2, 3, 4, 5}).split("\n")
    text.insert(len(text) - 1, text[1])
    print("\n".join(text))
    if result.paid:
        print(f"interest paid: {fmt.amount(result.paid)}; still due: {fmt.amount(result.unpaid)}")
        print(f"principal left: {fmt.amount(result.principal_left)}")
    bases = list(dict.fromkeys(p.basis for p in result.periods if p.basis))
    if bases:
        print("\nbasis:")
        for b in bases:
            print(f"  {b}")
    for w in result.warnings:
        print(f"warning: {w}")
    return 0


def _cmd_rates(args: argparse.Namespace) -> int:
    fmt = _Format(args.locale)
    rates = _rates(args)
    on: date = args.date
    half = 1 if on.month <= 6 else 2
    anchor = semester_start(on)
    lines: list[list[str]] = []
    missing: list[str] = []

    def add(label: str, get: Callable[[], Decimal], basis: Callable[[], str]) -> None:
        try:
            value = get()
        except RateUnavailableError as exc:
            lines.append([label, "n/a", "not in the rate table (see below)"])
            if _rate_message(exc) not in missing:
                missing.append(_rate_message(exc))
            return
        lines.append([label, fmt.rate(value), basis()])

    def ecb_source() -> str:
        change = [c for c in rates.ecb if c.effective <= on][-1]
        return f"ECB decision effective {fmt.day(change.effective)}"

    def legal_source() -> str:
        return f"CMF L313-2; {rates.legal_row(on).source}"

    add("ECB main refinancing rate", lambda: rates.ecb_rate(on), ecb_source)
    add(
        f"reference rate, {on.year} H{half}",
        lambda: rates.reference_rate(on),
        lambda: f"C. com. L441-10 II (ECB rate on {fmt.day(anchor)})",
    )
    add(
        "statutory late-payment rate",
        lambda: rates.reference_rate(on) + 10,
        lambda: "C. com. L441-10 II (reference rate + 10 points)",
    )
    add(
        "public procurement rate",
        lambda: rates.reference_rate(on) + 8,
        lambda: f"CCP R2192-31 (ECB rate on {fmt.day(anchor)} + 8 points)",
    )
    add(
        "legal rate, professional creditor",
        lambda: rates.legal_rate(on),
        legal_source,
    )
    add(
        "legal rate, consumer creditor",
        lambda: rates.legal_rate(on, creditor="consumer"),
        legal_source,
    )
    add(
        "contractual floor (3 × legal rate)",
        lambda: 3 * rates.legal_rate(on),
        lambda: "C. com. L441-10 II (3 × the professional legal rate)",
    )
    print(f"rates in force on {fmt.day(on)}")
    print(_table(("rate", "value", "basis"), lines, right={1}).split("\n", 2)[2])
    for message in missing:
        print(f"{PROG}: {message}", file=sys.stderr)
    if missing:
        print(f"{PROG}: {RATES_HINT}", file=sys.stderr)
    return 2 if missing and all(line[1] == "n/a" for line in lines) else 0


def _cmd_letter(args: argparse.Namespace) -> int:
    from .letters import letter

    name = args.file
    claims = load_claims(name)
    found = [c for _, c in claims if c.reference == args.reference]
    if not found:
        refs = ", ".join(c.reference for _, c in claims[:8])
        more = ", ..." if len(claims) > 8 else ""
        raise CliError(
            f"{name}: no invoice with the reference {_quote(args.reference)} "
            f"(the file holds {refs}{more})"
        )
    rates = _rates(args)
    try:
        result = letter(
            found[0],
            args.as_of,
            kind=args.kind,
            creditor=args.creditor,
            locale=args.locale,
            rates=rates,
            plain_spaces=args.plain_spaces,
            imputation=args.imputation,
        )
    except RateUnavailableError:
        raise
    except CreancesError as exc:  # e.g. no letter is due: point to the option, not kind=
        raise CliError(f"{name}: {args.reference}: {str(exc).replace('kind=', '--kind')}") from None
    print((result.html if args.html else result.body).rstrip("\n"))
    return 0


# ---------------------------------------------------------------------------------------
# The parser

_MAIN_EPILOG = """\
examples:
  creances statement examples/portfolio.csv --as-of 2026-06-15
  creances statement --example --as-of 2026-06-15 --format json
  creances due 2026-01-15 "45 jours fin de mois"
  creances interest 1000.00 2026-02-14 2026-06-15
  creances rates 2026-03-01
  creances letter example:portfolio.json F-2026-001 --as-of 2026-06-15 --creditor "Atelier Martin"

Exit status: 0 on success, 2 on a bad argument, a bad input row or a rate missing from the
bundled table (the message names the file, the line and the column).
"""

_STATEMENT_EPILOG = """\
input files (UTF-8):
  CSV   header reference,customer,amount,issued,term (optional: debtor, delivered);
        amounts with a dot (1234.56), dates YYYY-MM-DD, debtor business|consumer|public.
  JSON  a list of objects with the same keys, plus optional "payments": [{"on", "amount"}],
        "events": [{"on", "kind"[, "note", "enforceable", "instalments"]}] and "rule"
        (statutory, contractual:RATE, public, legal, legal:consumer).
  example:portfolio.csv and example:portfolio.json are the bundled examples.

examples:
  creances statement examples/portfolio.csv --as-of 2026-06-15
  creances statement example:portfolio.json --as-of 2026-06-15 --format csv > statement.csv
  creances statement --example --as-of 2026-06-15 --format json

columns: reference, customer, due, days_late, outstanding, interest (still due), indemnity,
total, stage, next_action. The table uses the locale's number and date format (default
fr_FR: 1 278,48 and 15/06/2026); csv and json use ISO dates and a dot, json money is a
string with two decimals ("1278.48").
"""

_RATES_EPILOG = """\
The bundled tables stop at a known date (ECB: 16 June 2026, legal rate: 30 June 2026).
Later dates need the newer rates on the command line (every command that computes accepts
them):
  --ecb-rate 2026-06-17=2.40         an ECB decision (effective date = rate), repeatable
  --ecb-complete-until 2026-12-31    the ECB held its rate until that day
  --legal-rate 2026-2=2.75,6.84      legal rate of a half-year: professional,consumer

examples:
  creances rates 2026-03-01
  creances rates 2026-09-01 --ecb-rate 2026-06-17=2.40 --ecb-complete-until 2026-09-01 \\
      --legal-rate 2026-2=2.75,6.84

Exit status 0 if at least one rate is known (the unknown ones print "n/a" and stderr says
how to supply them), 2 if none is.
"""


def _add_rate_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("newer rates (beyond the bundled tables)")
    g.add_argument(
        "--ecb-rate",
        action="append",
        default=[],
        type=_arg(_ecb_arg),
        metavar="YYYY-MM-DD=RATE",
        help="an ECB main refinancing rate decision, e.g. 2026-06-17=2.40 (repeatable)",
    )
    g.add_argument(
        "--ecb-complete-until",
        type=_arg(parse_date),
        metavar="YYYY-MM-DD",
        help="the ECB rate is known to be unchanged until that day",
    )
    g.add_argument(
        "--legal-rate",
        action="append",
        default=[],
        type=_arg(_legal_arg),
        metavar="YYYY-H=PRO,CONS",
        help="legal rate of a half-year (1 or 2), professional and consumer: 2026-2=2.75,6.84",
    )


def _add_imputation(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--imputation",
        choices=("principal_first", "interest_first"),
        default="principal_first",
        help="how payments are applied: to the invoice first (default, ledger practice) or "
        "to the interest first (C. civ. 1343-1)",
    )


def _add_locale(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--locale",
        default="fr_FR",
        type=_arg(_locale_arg),
        help="number and date format of the output (default: fr_FR)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``creances`` command."""
    from . import __version__

    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="French late-payment rules: statements, due dates, interest, rates, letters.",
        epilog=_MAIN_EPILOG,
        formatter_class=raw,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    date_arg = _arg(parse_date)

    p = sub.add_parser(
        "statement",
        help="one row per invoice of a CSV or JSON file",
        description="Assess every invoice of FILE on --as-of: due date, days late, "
        "principal, interest and indemnity still due, stage and next action.",
        epilog=_STATEMENT_EPILOG,
        formatter_class=raw,
    )
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("file", nargs="?", metavar="FILE", help="a .csv or .json file")
    src.add_argument(
        "--example",
        nargs="?",
        const="portfolio.json",
        choices=EXAMPLES,
        help="use a bundled example (default portfolio.json)",
    )
    p.add_argument("--as-of", required=True, type=date_arg, metavar="YYYY-MM-DD",
                   help="the day of the statement")  # fmt: skip
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    _add_imputation(p)
    _add_locale(p)
    _add_rate_options(p)
    p.set_defaults(handler=_cmd_statement)

    p = sub.add_parser(
        "due",
        help="the due date of a payment term",
        description="Print the due date (ISO) of an invoice issued on ISSUED with the term TERM.",
        epilog='examples:\n  creances due 2026-01-15 "45 jours fin de mois"      # 2026-03-31\n'
        '  creances due 2026-03-02 "30 jours date de livraison" --delivered 2026-03-10\n'
        '  creances due 2026-04-01 "30 jours" --shift next_business_day --subdivision 57\n',
        formatter_class=raw,
    )
    p.add_argument("issued", type=date_arg, metavar="ISSUED", help="invoice date YYYY-MM-DD")
    p.add_argument("term", metavar="TERM", help='payment term, e.g. "45 jours fin de mois"')
    p.add_argument("--delivered", type=date_arg, metavar="YYYY-MM-DD", help="delivery date")
    p.add_argument("--shift", choices=("next_business_day",),
                   help="move a weekend or public holiday to the next business day")  # fmt: skip
    p.add_argument("--subdivision", metavar="CODE",
                   help='local holidays with --shift, e.g. "57" (Moselle)')  # fmt: skip
    p.set_defaults(handler=_cmd_due)

    p = sub.add_parser(
        "interest",
        help="late interest on an amount between two dates",
        description="Late interest on AMOUNT from the day after DUE through UNTIL (both "
        "included), period by period, each rounded to the cent.",
        epilog="rules:\n  statutory          ECB reference rate + 10 points (C. com. L441-10 II), default\n"
        "  contractual:RATE   the agreed rate, floored at 3 × the legal rate\n"
        "  public             public procurement, ECB rate + 8 points (CCP R2192-31)\n"
        "  legal[:consumer]   legal interest rate (CMF L313-2), professional or consumer creditor\n\n"
        "examples:\n  creances interest 1000.00 2026-02-14 2026-06-15\n"
        "  creances interest 8600 2026-03-12 2026-06-15 --rule public\n"
        "  creances interest 2400 2025-12-31 2026-06-15 --rule contractual:9.00 "
        "--payment 2026-03-01=1000\n",
        formatter_class=raw,
    )
    p.add_argument("amount", type=_arg(lambda t: parse_amount(t, zero_ok=True)),
                   metavar="AMOUNT", help="principal in euros, e.g. 1000.00")  # fmt: skip
    p.add_argument("due", type=date_arg, metavar="DUE", help="due date YYYY-MM-DD")
    p.add_argument("until", type=date_arg, metavar="UNTIL", help="last day of interest")
    p.add_argument("--rule", type=_arg(parse_rule), default=Statutory(),
                   metavar="RULE", help="statutory (default), contractual:RATE, public, legal, "
                   "legal:consumer")  # fmt: skip
    p.add_argument("--day-count", choices=("365", "actual"), default="365",
                   help="365 (default, as the official examples) or actual")  # fmt: skip
    p.add_argument("--payment", action="append", default=[], type=_arg(_payment_arg),
                   metavar="YYYY-MM-DD=AMOUNT", help="a partial payment (repeatable)")  # fmt: skip
    p.add_argument(
        "--imputation",
        choices=("interest_first", "principal_first"),
        default="interest_first",
        help="how a payment is applied: to the interest accrued first (default, C. civ. "
        "1343-1, as cr.late_interest) or to the principal first",
    )
    _add_locale(p)
    _add_rate_options(p)
    p.set_defaults(handler=_cmd_interest)

    p = sub.add_parser(
        "rates",
        help="the rates in force on a day",
        description="The ECB rate, the reference rate of the half-year, the statutory and "
        "public procurement late-payment rates, the legal rates and the contractual floor "
        "in force on DATE, each with its article.",
        epilog=_RATES_EPILOG,
        formatter_class=raw,
    )
    p.add_argument("date", type=date_arg, metavar="DATE", help="YYYY-MM-DD")
    _add_locale(p)
    _add_rate_options(p)
    p.set_defaults(handler=_cmd_rates)

    p = sub.add_parser(
        "letter",
        help="the reminder or formal notice for one invoice of a file",
        description="Write the letter (plain text, French) for the invoice REFERENCE of FILE.",
        epilog="examples:\n  creances letter example:portfolio.json F-2026-001 --as-of 2026-06-15 "
        '--creditor "Atelier Martin SARL"\n'
        "  creances letter examples/portfolio.csv F-2026-002 --as-of 2026-06-15 "
        '--creditor "Atelier Martin SARL" --kind formal_notice\n',
        formatter_class=raw,
    )
    p.add_argument("file", metavar="FILE", help="a .csv or .json file (or example:NAME)")
    p.add_argument("reference", metavar="REFERENCE", help="the invoice reference")
    p.add_argument("--as-of", required=True, type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--creditor", required=True, metavar="NAME", help="your company's name")
    p.add_argument("--kind", choices=_LETTER_KINDS,
                   help="default: the letter the next action calls for")  # fmt: skip
    p.add_argument("--html", action="store_true", help="print the HTML version")
    p.add_argument("--plain-spaces", action="store_true",
                   help="ordinary spaces instead of no-break spaces in amounts")  # fmt: skip
    _add_imputation(p)
    _add_locale(p)
    _add_rate_options(p)
    p.set_defaults(handler=_cmd_letter)
    return parser


def _rate_message(exc: RateUnavailableError) -> str:
    """The library's message without its Python hint (``rates=...``): the CLI gives its own."""
    return str(exc).split("; pass ", 1)[0]


def _error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 success, 2 bad input)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors: argparse printed them
        return exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 2
    try:
        return int(args.handler(args))
    except CliError as exc:
        _error(str(exc))
    except RateUnavailableError as exc:
        _error(f"{_rate_message(exc)}\n{PROG}: {RATES_HINT}")
    except CreancesError as exc:
        _error(str(exc))
    except BrokenPipeError:  # e.g. `creances statement ... | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return 2
