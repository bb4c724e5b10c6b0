"""Benchmark of creances on a reproducible synthetic portfolio.

Run: ``python benchmarks/bench.py [--claims 100000] [--seed 2026]``. Reports:

* ``import creances`` time (fresh interpreter, best of 5);
* claims per second for ``cr.assess_many`` and its peak memory (tracemalloc);
* the same for a straightforward hand-written loop that only computes the due date, the
  semester-split statutory interest (ECB anchor + 10 points) and the 40 € with Decimal, and
  the ratio between the two.

Not a test: no timing assertion anywhere. Results are recorded in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import calendar
import gc
import platform
import random
import subprocess
import sys
import time
import tracemalloc
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import creances as cr

AS_OF = date(2026, 6, 15)  # covered by the bundled rate tables
TERMS = (
    "30 jours",
    "60 jours date de facture",
    "45 jours fin de mois",
    "fin de mois + 45 jours",
    "à réception",
    "30 jours fin de mois le 10",
    "net 30",
)


def portfolio(n: int, seed: int) -> list[cr.Claim]:
    """A reproducible mix of business, public and consumer claims with payments and events."""
    rng = random.Random(seed)
    claims = []
    start = date(2023, 1, 1)
    for i in range(n):
        issued = start + timedelta(days=rng.randrange(0, 1250))
        amount = Decimal(rng.randrange(5_000, 5_000_000)) / 100
        debtor = rng.choices(("business", "public", "consumer"), weights=(85, 5, 10))[0]
        payments: list[cr.Payment] = []
        events: list[cr.Event] = []
        if rng.random() < 0.3:
            payments.append(
                cr.Payment(
                    issued + timedelta(days=rng.randrange(10, 120)),
                    (amount / 3).quantize(Decimal("0.01")),
                )
            )
        if rng.random() < 0.4:
            events.append(cr.Event(issued + timedelta(days=rng.randrange(35, 60)), "reminder"))
        if rng.random() < 0.15:
            events.append(cr.Event(issued + timedelta(days=rng.randrange(60, 90)), "formal_notice"))
        claims.append(
            cr.Claim(
                amount,
                min(issued, AS_OF),
                rng.choice(TERMS),
                debtor=debtor,
                customer=f"C{rng.randrange(2000):04d}",
                reference=f"F-{i:06d}",
                payments=payments,
                events=events,
            )
        )
    return claims


def loop_public(claims: list[cr.Claim], as_of: date) -> list[Decimal]:
    """Baseline A: the loop a user writes with creances' public building blocks: for each
    invoice, ``due_date`` of its term text, ``reference_rate`` per semester, Decimal
    interest per semester rounded to the cent, + 40 €."""
    out = []
    for c in claims:
        due = cr.due_date(c.issued, c.term.describe(), delivered=c.delivered)
        total = c.amount
        day = due + timedelta(days=1)
        if day <= as_of:
            while day <= as_of:
                rate = cr.reference_rate(day) + 10
                end = min(
                    as_of, date(day.year, 6, 30) if day.month <= 6 else date(day.year, 12, 31)
                )
                days = (end - day).days + 1
                total += (c.amount * rate * days / 36500).quantize(Decimal("0.01"), ROUND_HALF_UP)
                day = end + timedelta(days=1)
            total += Decimal("40.00")
        out.append(total)
    return out


def naive(claims: list[cr.Claim], as_of: date) -> list[Decimal]:
    """Baseline B, bare: inline date arithmetic and a pre-extracted rate list, no result
    objects: due date + semester-split statutory interest + 40 €."""
    out = []
    ecb = cr.Rates.default().ecb
    for c in claims:
        term = cr.parse_term(str(c.term)) if not isinstance(c.term, cr.PaymentTerm) else c.term
        if term.kind == "end_of_month":
            d = c.issued + timedelta(days=term.n)
            due = d.replace(day=calendar.monthrange(d.year, d.month)[1])
        else:
            due = c.issued + timedelta(days=term.n)
        total = c.amount
        day = due + timedelta(days=1)
        if day <= as_of:
            while day <= as_of:
                anchor = date(day.year, 1 if day.month <= 6 else 7, 1)
                rate = next(r.rate for r in reversed(ecb) if r.effective <= anchor) + 10
                end = min(
                    as_of, date(day.year, 6, 30) if day.month <= 6 else date(day.year, 12, 31)
                )
                days = (end - day).days + 1
                total += (c.amount * rate * days / 36500).quantize(Decimal("0.01"), ROUND_HALF_UP)
                day = end + timedelta(days=1)
            total += Decimal("40.00")
        out.append(total)
    return out


def with_breakdowns(claims: list[cr.Claim], as_of: date) -> list[cr.Assessment]:
    """``assess_many``, then reading every period-by-period breakdown (built on first read)."""
    assessed = cr.assess_many(claims, as_of)
    for a in assessed:
        a.interest  # noqa: B018
    return assessed


def timed(fn, *args, repeat: int = 3):  # type: ignore[no-untyped-def]
    """Best wall time of ``repeat`` runs, then one run under tracemalloc for the memory peak.

    Each run starts from the same heap: the previous run's result is dropped and a full
    collection is made first (the cyclic garbage collector stays enabled during the runs,
    so its cost for the objects a function creates is counted)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn(*args)  # the result is dropped at once
        best = min(best, time.perf_counter() - t0)
    gc.collect()
    tracemalloc.start()
    result = fn(*args)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, best, peak


def import_time() -> float:
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import creances"], check=True)
        t_creances = time.perf_counter() - t0
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        t_empty = time.perf_counter() - t0
        best = min(best, t_creances - t_empty)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    claims = portfolio(args.claims, args.seed)
    n = len(claims)
    print(
        f"machine: {platform.machine()} {platform.processor() or ''}, Python {platform.python_version()}"
    )
    print(f"portfolio: {n} claims, seed {args.seed}, as_of {AS_OF}")
    print(f"import creances: {import_time() * 1000:.0f} ms (over an empty interpreter)")
    _, t_lib, peak_lib = timed(cr.assess_many, claims, AS_OF)
    _, t_full, _ = timed(with_breakdowns, claims, AS_OF, repeat=1)
    _, t_public, peak_public = timed(loop_public, claims, AS_OF)
    baseline, t_naive, peak_naive = timed(naive, claims, AS_OF)
    assessed = cr.assess_many(claims, AS_OF)
    print(
        f"assess_many: {n / t_lib:,.0f} claims/s ({t_lib:.2f} s), peak memory {peak_lib / 1e6:.1f} MB"
    )
    print(
        f"assess_many + every Assessment.interest read: {n / t_full:,.0f} claims/s ({t_full:.2f} s)"
    )
    print(
        f"loop A (public primitives): {n / t_public:,.0f} claims/s ({t_public:.2f} s), peak memory {peak_public / 1e6:.1f} MB"
    )
    print(
        f"loop B (bare arithmetic): {n / t_naive:,.0f} claims/s ({t_naive:.2f} s), peak memory {peak_naive / 1e6:.1f} MB"
    )
    print(f"ratio assess_many / loop A (claims/s): {t_public / t_lib:.2f}")
    print(f"ratio assess_many / loop B (claims/s): {t_naive / t_lib:.2f}")
    print(
        f"outstanding total: {sum(a.total for a in assessed)} (library), {sum(baseline)} (loop, no payments)"
    )


if __name__ == "__main__":
    main()
