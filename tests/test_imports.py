"""`import creances` stays cheap: holidays, babel and pandas are imported where used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _run(code: str) -> dict[str, bool]:
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return json.loads(out.stdout)


def test_import_creances_leaves_heavy_dependencies_out() -> None:
    loaded = _run(
        "import json, sys, creances; "
        "print(json.dumps({m: m in sys.modules for m in ('holidays', 'babel', 'pandas')}))"
    )
    assert loaded == {"holidays": False, "babel": False, "pandas": False}


def test_holidays_loaded_only_when_shifting() -> None:
    loaded = _run(
        "import json, sys; from datetime import date; import creances as cr; "
        "cr.due_date(date(2025, 1, 15), '30 jours'); before = 'holidays' in sys.modules; "
        "cr.due_date(date(2025, 1, 15), '30 jours', shift='next_business_day'); "
        "print(json.dumps({'before': before, 'after': 'holidays' in sys.modules}))"
    )
    assert loaded == {"before": False, "after": True}


def test_decimal_context_untouched() -> None:
    # The caller's global context (here a deliberately odd one) is neither read nor changed.
    loaded = _run(
        "import json, decimal; from datetime import date; "
        "decimal.getcontext().prec = 3; decimal.getcontext().rounding = decimal.ROUND_DOWN; "
        "import creances as cr; "
        "i = cr.late_interest(decimal.Decimal('1000.00'), date(2024, 6, 20), date(2024, 7, 10)); "
        "c = decimal.getcontext(); "
        "print(json.dumps({'total': str(i.total), 'prec': c.prec, 'down': c.rounding == decimal.ROUND_DOWN}))"
    )
    # 1000 × 14.50 % × 10 / 36500 = 3.9726 -> 3.97; 1000 × 14.25 % × 10 / 36500 = 3.9041 -> 3.90
    assert loaded == {"total": "7.87", "prec": 3, "down": True}


def test_letters_are_loaded_on_first_use() -> None:
    loaded = _run(
        "import json, sys; import creances as cr; before = 'creances.letters' in sys.modules; "
        "cr.Party; print(json.dumps({'before': before, 'after': 'creances.letters' in sys.modules, "
        "'dir': 'letter' in dir(cr)}))"
    )
    assert loaded == {"before": False, "after": True, "dir": True}


def test_unknown_attribute_raises_attribute_error() -> None:
    import pytest

    import creances as cr

    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = cr.nope  # type: ignore[attr-defined]
