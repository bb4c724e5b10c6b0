"""Rich HTML reprs for notebooks (``_repr_html_``). Pure string building, no I/O."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .interest import Interest


def _table(headers: tuple[str, ...], rows: list[tuple[object, ...]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def interest_html(interest: Interest) -> str:
    """An HTML table of the interest breakdown."""
    rows: list[tuple[object, ...]] = [
        (p.start, p.end, p.days, p.base, p.rate, p.amount, p.basis) for p in interest.periods
    ]
    rows.append(("", "total", interest.days, "", "", interest.total, ""))
    return _table(("du", "au", "jours", "base €", "taux %", "intérêts €", "fondement"), rows)


def assessment_html(a: object) -> str:
    """An HTML summary of an assessment."""
    from .assess import Assessment

    assert isinstance(a, Assessment)
    rows: list[tuple[object, ...]] = [
        ("référence", a.claim.reference),
        ("client", a.claim.customer),
        ("échéance", a.due),
        ("jours de retard", a.days_late),
        ("principal restant dû", a.outstanding),
        ("intérêts dus", a.interest.unpaid),
        ("indemnité forfaitaire", a.indemnity),
        ("total", a.total),
        ("étape", a.stage.value),
        ("prochaine action", a.next_action.label if a.next_action else ""),
        ("prescription", a.time_bar or ""),
    ]
    return _table(("", "valeur"), rows) + interest_html(a.interest)


def aged_balance_html(balance: object) -> str:
    """An HTML table of an aged balance, one row per customer and a total row."""
    from .portfolio import AgedBalance

    assert isinstance(balance, AgedBalance)
    names = tuple(balance.by_bucket)
    rows: list[tuple[object, ...]] = [
        (customer, *(buckets[n] for n in names), sum(buckets.values()))
        for customer, buckets in balance.by_customer.items()
    ]
    rows.append(("total", *(balance.by_bucket[n] for n in names), balance.total))
    return _table(("client", *names, "total"), rows)
