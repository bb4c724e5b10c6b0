"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import strategies as st

#: Days for which the bundled table has a statutory rate: from 2013 (the semester rule of
#: L441-10 II) to the last day the ECB table is known complete (16 June 2026).
FIRST_DAY = date(2013, 1, 1)
LAST_DAY = date(2026, 6, 16)

statutory_dates = st.dates(min_value=FIRST_DAY, max_value=LAST_DAY)

amounts = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False)
positive_amounts = st.decimals(
    min_value=Decimal("0.01"), max_value=10**7, places=2, allow_nan=False, allow_infinity=False
)


@st.composite
def spans(draw: st.DrawFn, max_days: int = 1200) -> tuple[date, date]:
    """(due, until) with due < until, both inside the statutory range."""
    due = draw(st.dates(min_value=FIRST_DAY, max_value=LAST_DAY - timedelta(days=1)))
    room = min(max_days, (LAST_DAY - due).days)
    length = draw(st.integers(min_value=1, max_value=room))
    return due, due + timedelta(days=length)


imputations = st.sampled_from(["interest_first", "principal_first"])
day_counts = st.sampled_from([365, "actual"])

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=5),
    st.just(Decimal("NaN")),
    st.just(Decimal("-1")),
    st.just(object()),
    st.lists(st.integers(), max_size=2),
)
