"""The command line, end to end on the bundled examples, and its error messages.

Figures are checked against hand derivations on simple rows. 2026 H1 rates (bundled table):
ECB MRO 2.15 % in force since 11 June 2025, so the reference rate of 2025 H2 and 2026 H1 is
2.15 %: statutory rate 2.15 + 10 = 12.15 %, public procurement 2.15 + 8 = 10.15 %; legal
rate 2026 H1: 2.62 % (professional creditor), 6.67 % (consumer creditor).
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from creances import cli

ROOT = Path(__file__).resolve().parents[1]
SRC = str(ROOT / "src")
CSV_FILE = str(ROOT / "examples" / "portfolio.csv")
JSON_FILE = str(ROOT / "examples" / "portfolio.json")
AS_OF = "2026-06-15"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run(
        [sys.executable, "-m", "creances", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        check=False,
    )


def rows_by_reference(text: str) -> dict[str, dict[str, object]]:
    return {r["reference"]: r for r in json.loads(text)}


# ---------------------------------------------------------------------------------------
# Bundled examples


def test_examples_in_repo_and_package_are_identical() -> None:
    for name in cli.EXAMPLES:
        repo = (ROOT / "examples" / name).read_bytes()
        package = (ROOT / "src" / "creances" / "examples" / name).read_bytes()
        assert repo == package, name


def test_examples_hold_the_portfolio_described() -> None:
    items = json.loads(Path(JSON_FILE).read_text(encoding="utf-8"))
    assert len(items) == 30
    assert {i.get("debtor") for i in items} == {"business", "consumer", "public"}
    kinds = {e["kind"] for i in items for e in i.get("events", [])}
    assert {"reminder", "call", "formal_notice", "dispute", "payment_plan", "judgment"} <= kinds
    assert any(i.get("payments") for i in items)
    with open(CSV_FILE, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["reference"] for r in rows] == [i["reference"] for i in items]


def test_statement_csv_file_subprocess_json_output() -> None:
    done = run("statement", "examples/portfolio.csv", "--as-of", AS_OF, "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = rows_by_reference(done.stdout)
    assert len(rows) == 30
    # F-2026-001: 1 000.00 issued 15 Jan 2026, "30 jours" -> due 14 Feb 2026. Late from
    # 15 Feb through 15 Jun: 14 + 31 + 30 + 31 + 15 = 121 days, all in 2026 H1 at 12.15 %:
    # 1000 × 12.15 × 121 / 36500 = 40.278 -> 40.28; + 40.00 indemnity -> 1 080.28.
    assert rows["F-2026-001"] == {
        "reference": "F-2026-001",
        "customer": "Boulangerie Dupuis SARL",
        "due": "2026-02-14",
        "days_late": 121,
        "outstanding": "1000.00",
        "interest": "40.28",
        "indemnity": "40.00",
        "total": "1080.28",
        "stage": "overdue",
        "next_action": "reminder",
    }
    # F-2026-002: 2 400.00 issued 10 Mar 2026, "45 jours fin de mois": 10 Mar + 45 d =
    # 24 Apr -> end of month 30 Apr. Late 1 May - 15 Jun = 31 + 15 = 46 days:
    # 2400 × 12.15 × 46 / 36500 = 36.749 -> 36.75.
    assert rows["F-2026-002"]["due"] == "2026-04-30"
    assert rows["F-2026-002"]["days_late"] == 46
    assert rows["F-2026-002"]["interest"] == "36.75"
    # F-2026-007, public buyer: 8 600.00 issued 10 Feb 2026, "30 jours" -> due 12 Mar.
    # Late 13 Mar - 15 Jun = 19 + 30 + 31 + 15 = 95 days at 10.15 % (CCP R2192-31):
    # 8600 × 10.15 × 95 / 36500 = 227.193 -> 227.19; indemnity 40.00 (D2192-35).
    assert rows["F-2026-007"]["interest"] == "227.19"
    assert rows["F-2026-007"]["total"] == "8867.19"
    # F-2026-008, consumer without a formal notice in the CSV: no interest, no indemnity.
    assert (rows["F-2026-008"]["interest"], rows["F-2026-008"]["indemnity"]) == ("0.00", "0.00")
    # F-2020-044: due 1 Jul 2020, business: time bar 1 Jul 2025 (C. com. L110-4).
    assert rows["F-2020-044"]["stage"] == "time_barred"
    assert rows["F-2020-044"]["next_action"] is None


def test_statement_json_file_uses_payments_and_events() -> None:
    done = run("statement", "examples/portfolio.json", "--as-of", AS_OF, "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = rows_by_reference(done.stdout)
    # F-2026-008, consumer, formal notice on 2 Apr 2026: legal rate (professional creditor,
    # 2026 H1: 2.62 %) from 3 Apr through 15 Jun = 28 + 31 + 15 = 74 days:
    # 780 × 2.62 × 74 / 36500 = 4.143 -> 4.14; no indemnity against a consumer.
    assert rows["F-2026-008"]["interest"] == "4.14"
    assert rows["F-2026-008"]["indemnity"] == "0.00"
    assert rows["F-2026-008"]["stage"] == "formal_notice"
    # F-2026-006 paid in full the day before its due date: settled, nothing owed.
    assert rows["F-2026-006"]["stage"] == "settled"
    assert rows["F-2026-006"]["total"] == "0.00"
    assert rows["F-2025-097"]["stage"] == "enforcement"
    assert rows["F-2025-124"]["stage"] == "litigation"
    assert rows["F-2025-131"]["next_action"] == "resolve_dispute"
    assert rows["F-2025-140"]["next_action"] == "payment_plan_instalment"
    assert rows["F-2025-105"]["next_action"] == "declare_claim"


def test_statement_bundled_example_and_table() -> None:
    done = run("statement", "--example", "--as-of", AS_OF)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == list(cli.OUTPUT_COLUMNS)
    f1 = next(line for line in lines if line.startswith("F-2026-001"))
    assert "14/02/2026" in f1
    assert "1 080,28" in f1
    assert f1.endswith("formal_notice")
    assert lines[-1].startswith("total")
    assert "30 invoices" in lines[-1]
    assert len(lines) == 2 + 30 + 2


def test_statement_csv_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["statement", CSV_FILE, "--as-of", AS_OF, "--format", "csv"]) == 0
    text = capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 30
    assert tuple(rows[0]) == cli.OUTPUT_COLUMNS
    f1 = next(r for r in rows if r["reference"] == "F-2026-001")
    assert (f1["due"], f1["total"], f1["next_action"]) == ("2026-02-14", "1080.28", "reminder")
    assert next(r for r in rows if r["reference"] == "F-2020-044")["next_action"] == ""
    # The bundled copy (importlib.resources) gives the same statement.
    assert (
        cli.main(["statement", "example:portfolio.csv", "--as-of", AS_OF, "--format", "csv"]) == 0
    )
    assert capsys.readouterr().out == text


def test_statement_english_locale(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["statement", CSV_FILE, "--as-of", AS_OF, "--locale", "en_GB"]) == 0
    out = capsys.readouterr().out
    assert "1,080.28" in out
    assert "14/02/2026" in out


def test_newer_rates_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    # Beyond the bundled table: an explanation naming the options, exit 2.
    assert cli.main(["statement", JSON_FILE, "--as-of", "2026-07-01"]) == 2
    err = capsys.readouterr().err
    assert "no ECB rate known for 2026-07-01" in err
    assert "--ecb-rate" in err
    assert "--legal-rate" in err
    assert "rates=" not in err
    args = ["--ecb-rate", "2026-06-17=2.40", "--ecb-complete-until", "2026-07-01"]
    args += ["--legal-rate", "2026-2=2.75,6.84"]
    assert cli.main(["statement", JSON_FILE, "--as-of", "2026-07-01", *args]) == 0
    # An ECB decision already in the table: the table refuses it, exit 2.
    assert cli.main(["rates", "2026-03-01", "--ecb-rate", "2025-06-11=2.15"]) == 2
    assert "newer rates:" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------
# Bad inputs: exit status 2, one message naming the file, line and column, no traceback

HEADER = "reference,customer,amount,issued,term\n"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "date.csv",
            HEADER + "A,X,100.00,2026-01-15,30 jours\nB,Y,100.00,15/01/2026,30 jours\n",
            'line 3, column "issued": expected a date YYYY-MM-DD such as 2026-01-15, '
            'got "15/01/2026"',
        ),
        (
            "term.csv",
            HEADER + "A,X,100.00,2026-01-15,37 lunes\n",
            "line 2, column \"term\": payment term not understood: '37 lunes'",
        ),
        (
            "negative.csv",
            HEADER + "A,X,-100.00,2026-01-15,30 jours\n",
            'line 2, column "amount": expected a positive amount, got "-100.00"',
        ),
        (
            "comma.csv",
            HEADER + 'A,X,"12,5",2026-01-15,30 jours\n',
            'line 2, column "amount": expected a decimal amount such as 1234.56, got "12,5"',
        ),
        (
            "missing.csv",
            "reference,customer,issued,term\nA,X,2026-01-15,30 jours\n",
            'line 1 (header): missing column "amount"',
        ),
        ("empty.csv", "", "the file is empty"),
        ("header_only.csv", HEADER, "no invoice in the file"),
        (
            "fields.csv",
            HEADER + "A,X,100.00,2026-01-15\n",
            "line 2: expected 5 fields",
        ),
        (
            "debtor.csv",
            "reference,customer,amount,issued,term,debtor\nA,X,1.00,2026-01-15,30 jours,state\n",
            'line 2, column "debtor": expected business, consumer or public, got "state"',
        ),
        (
            "delivery.csv",
            "reference,customer,amount,issued,term,delivered\n"
            "A,X,1.00,2026-01-15,30 jours date de livraison,\n",
            'line 2, column "delivered": the term "30 jours date de livraison" runs from delivery',
        ),
        (
            "duplicate.csv",
            HEADER + "A,X,1.00,2026-01-15,30 jours\n\nA,X,2.00,2026-01-15,30 jours\n",
            'line 4, column "reference": the reference "A" is already used (line 2)',
        ),
        (
            "unknown.csv",
            "reference,customer,amount,issued,term,debiteur\n",
            'line 1 (header): unknown column "debiteur"',
        ),
        (
            "twice.csv",
            "reference,customer,amount,issued,term,term\n",
            'column "term" appears twice',
        ),
        ("cents.csv", HEADER + "A,X,1.005,2026-01-15,30 jours\n", "at most two decimals"),
        ("zero.csv", HEADER + "A,X,0.00,2026-01-15,30 jours\n", "expected a positive amount"),
        ("blank.csv", HEADER + " ,X,1.00,2026-01-15,30 jours\n", "expected an invoice reference"),
        ("quote.csv", HEADER + 'A,"X"Y,1.00,2026-01-15,30 jours\n', "line 2: malformed CSV"),
        ("day.csv", HEADER + "A,X,1.00,2026-02-30,30 jours\n", "expected a valid calendar date"),
        ("text.txt", "whatever", "expected a .csv or .json file"),
        (
            "exponent.json",
            '[{"reference": "A", "customer": "X", "amount": 1.5e3, "issued": "2026-01-15", '
            '"term": "30 jours"}]',
            'item #1 (index 0), key "amount": expected a decimal amount such as 1234.56, '
            'got "1.5e3"',
        ),
        (
            "nan.json",
            '[{"reference": "A", "customer": "X", "amount": NaN, "issued": "2026-01-15", '
            '"term": "30 jours"}]',
            'key "amount"',
        ),
        (
            "bool.json",
            '[{"reference": "A", "customer": "X", "amount": true, "issued": "2026-01-15", '
            '"term": "30 jours"}]',
            'key "amount": expected a decimal amount such as "1234.56", got "true"',
        ),
        (
            "payment.json",
            '[{"reference": "A", "customer": "X", "amount": "10", "issued": "2026-01-15", '
            '"term": "30 jours", "payments": [{"on": "2026-02-20", "amount": "1,5"}]}]',
            'key "payments[0].amount": expected a decimal amount',
        ),
        (
            "payment_key.json",
            '[{"reference": "A", "customer": "X", "amount": "10", "issued": "2026-01-15", '
            '"term": "30 jours", "payments": [{"on": "2026-02-20", "sum": "1"}]}]',
            'key "payments[0].sum": unknown key',
        ),
        (
            "payment_date.json",
            '[{"reference": "A", "customer": "X", "amount": "10", "issued": "2026-01-15", '
            '"term": "30 jours", "payments": [{"on": 20260220, "amount": "1"}]}]',
            'key "payments[0].on": expected a date YYYY-MM-DD as a string',
        ),
        (
            "payments_list.json",
            '[{"reference": "A", "customer": "X", "amount": "10", "issued": "2026-01-15", '
            '"term": "30 jours", "payments": {"on": "2026-02-20"}}]',
            'key "payments": expected a list of objects',
        ),
        (
            "event.json",
            '[{"reference": "A", "customer": "X", "amount": "10", "issued": "2026-01-15", '
            '"term": "30 jours", "events": [{"on": "2026-02-20", "kind": "lunch"}]}]',
            'key "events[0].kind"',
        ),
        (
            "event_key.json",
            '[{"reference": "A", "customer": "X", "amount": "10", "issued": "2026-01-15", '
            '"term": "30 jours", "events": [{"on": "2026-02-20", "kind": "call", "x": 1}]}]',
            'key "events[0].x": unknown key',
        ),
        (
            "event_date.json",
            '[{"reference": "A", "customer": "X", "amount": "10", "issued": "2026-01-15", '
            '"term": "30 jours", "events": [{"on": "20/02/2026", "kind": "call"}]}]',
            'key "events[0].on": expected a date YYYY-MM-DD',
        ),
        (
            "instalments.json",
            '[{"reference": "A", "customer": "X", "amount": "10", "issued": "2026-01-15", '
            '"term": "30 jours", "events": [{"on": "2026-02-20", "kind": "call", '
            '"instalments": [{"on": "2026-03-01", "amount": "5"}]}]}]',
            'key "events[0].instalments": only a payment_plan event has instalments',
        ),
        (
            "rule.json",
            '[{"reference": "A", "customer": "X", "amount": "10", "issued": "2026-01-15", '
            '"term": "30 jours", "rule": "contractual"}]',
            'key "rule": expected statutory, contractual:RATE',
        ),
        (
            "type.json",
            '[{"reference": 12, "customer": "X", "amount": "10", "issued": "2026-01-15", '
            '"term": "30 jours"}]',
            'key "reference": expected an invoice reference as a string, got "12"',
        ),
        ("object.json", '{"reference": "A"}', "expected a JSON list of invoice objects, got dict"),
        ("item.json", "[1]", "item #1 (index 0): expected an object"),
        ("empty.json", "[]", "no invoice in the file"),
        ("broken.json", '[{"a": 1', "line 1, character 9: invalid JSON"),
        (
            "unknown.json",
            '[{"reference": "A", "customer": "X", "amount": "10", "issued": "2026-01-15", '
            '"term": "30 jours", "paid": "1"}]',
            'item #1 (index 0): unknown key "paid"',
        ),
    ],
)
def test_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert cli.main(["statement", str(path), "--as-of", AS_OF]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"creances: error: {path}")
    assert expected in captured.err
    assert captured.err.count("\n") == 1
    assert "Traceback" not in captured.err


def test_bad_files_subprocess(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes(HEADER.encode() + "A,Café,1.00,2026-01-15,30 jours\n".encode("latin-1"))
    done = run("statement", str(latin1), "--as-of", AS_OF)
    assert done.returncode == 2
    assert f"{latin1}: line 2: the file is not valid UTF-8 (byte 0xe9)" in done.stderr
    assert "Traceback" not in done.stderr
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    done = run("statement", str(empty), "--as-of", AS_OF)
    assert (done.returncode, "Traceback" in done.stderr) == (2, False)
    assert "the file is empty" in done.stderr
    bad_row = tmp_path / "bad.csv"
    bad_row.write_text(HEADER + "A,X,100.00,2026-01-15,37 lunes\n", encoding="utf-8")
    done = run("statement", str(bad_row), "--as-of", AS_OF)
    assert (done.returncode, "Traceback" in done.stderr) == (2, False)
    assert 'line 2, column "term"' in done.stderr


def test_bad_arguments(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert cli.main(["statement", CSV_FILE, "--as-of", "15/06/2026"]) == 2
    assert 'argument --as-of: expected a date YYYY-MM-DD such as 2026-01-15, got "15/06/2026"' in (
        capsys.readouterr().err
    )
    assert cli.main(["statement", str(tmp_path / "nope.csv"), "--as-of", AS_OF]) == 2
    assert "nope.csv: no such file" in capsys.readouterr().err
    assert cli.main(["statement", str(tmp_path) + "/.csv", "--as-of", AS_OF]) == 2
    capsys.readouterr()
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    assert cli.main(["statement", str(folder), "--as-of", AS_OF]) == 2
    assert "cannot read the file" in capsys.readouterr().err
    assert cli.main(["statement", "example:other.csv", "--as-of", AS_OF]) == 2
    assert "no such bundled example" in capsys.readouterr().err
    assert cli.main(["statement", "--as-of", AS_OF]) == 2  # neither FILE nor --example
    capsys.readouterr()
    assert cli.main(["statement", CSV_FILE, "--as-of", AS_OF, "--locale", "xx_YY"]) == 2
    assert "expected a locale such as fr_FR" in capsys.readouterr().err
    assert cli.main([]) == 2
    capsys.readouterr()
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("creances ")
    for bad in (["--ecb-rate", "2026-06-17"], ["--legal-rate", "2026-3=1,2"]):
        assert cli.main(["rates", "2026-03-01", *bad]) == 2
        assert "expected" in capsys.readouterr().err


def test_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    assert "creances statement examples/portfolio.csv --as-of 2026-06-15" in capsys.readouterr().out
    for command in ("statement", "due", "interest", "rates", "letter"):
        assert cli.main([command, "--help"]) == 0
        assert "examples:" in capsys.readouterr().out


# ---------------------------------------------------------------------------------------
# The small commands


def test_due_subprocess() -> None:
    done = run("due", "2026-01-15", "45 jours fin de mois")
    # 15 Jan + 45 days = 1 Mar -> end of that month: 31 Mar 2026.
    assert (done.returncode, done.stdout) == (0, "2026-03-31\n")


def test_due(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        cli.main(["due", "2026-03-02", "30 jours date de livraison", "--delivered", "2026-03-10"])
        == 0
    )
    assert capsys.readouterr().out == "2026-04-09\n"  # 10 Mar + 30 days
    # 1 Apr + 30 days = 1 May 2026, a holiday (Friday); the next business day is Monday 4 May.
    assert cli.main(["due", "2026-04-01", "30 jours", "--shift", "next_business_day"]) == 0
    assert capsys.readouterr().out == "2026-05-04\n"
    assert cli.main(["due", "2026-01-15", "37 lunes"]) == 2
    assert "argument TERM: payment term not understood" in capsys.readouterr().err
    assert cli.main(["due", "2026-03-02", "30 jours date de livraison"]) == 2
    assert "give --delivered YYYY-MM-DD" in capsys.readouterr().err
    assert cli.main(["due", "2026-03-02", "30 jours", "--subdivision", "57"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("creances: error: ")
    assert "Traceback" not in err


def test_interest_subprocess() -> None:
    done = run("interest", "1000.00", "2026-02-14", "2026-06-15")
    assert done.returncode == 0, done.stderr
    # 1000 × 12.15 × 121 / 36500 = 40.28 (see F-2026-001 above)
    assert "15/02/2026  15/06/2026   121  1 000,00  12,15 %     40,28" in done.stdout
    assert done.stdout.splitlines()[4].split() == ["total", "121", "40,28"]
    assert "C. com. L441-10 II" in done.stdout


def test_interest_rules(capsys: pytest.CaptureFixture[str]) -> None:
    # Public: 8600 × 10.15 × 95 / 36500 = 227.19 (F-2026-007 above).
    assert cli.main(["interest", "8600", "2026-03-12", "2026-06-15", "--rule", "public"]) == 0
    assert "227,19" in capsys.readouterr().out
    # Legal rate, consumer creditor, 2026 H1 6.67 %: 1000 × 6.67 × 10 / 36500 = 1.827 -> 1.83.
    args = ["interest", "1000", "2026-03-01", "2026-03-11", "--rule", "legal:consumer"]
    assert cli.main([*args, "--locale", "en_GB"]) == 0
    assert "6.67 %" in capsys.readouterr().out
    assert cli.main(["interest", "1000", "2026-03-01", "2026-03-11", "--rule", "legal"]) == 0
    assert "2,62 %" in capsys.readouterr().out
    # Contractual 5 % is below the floor 3 × 2.62 = 7.86 %: computed at 7.86 %, warning.
    # Payment of 1 000 on 1 Mar: interest 1 Jan - 1 Mar (60 days) 2400 × 7.86 × 60 / 36500
    # = 31.01 paid first (C. civ. 1343-1), principal 2400 - 968.99 = 1431.01.
    args = ["interest", "2400", "2025-12-31", "2026-06-15", "--rule", "contractual:5"]
    assert cli.main([*args, "--payment", "2026-03-01=1000", "--day-count", "actual"]) == 0
    out = capsys.readouterr().out
    assert "interest paid: 31,01" in out
    assert "principal left: 1 431,01" in out
    assert "warning: taux contractuel de 5 %" in out
    assert cli.main(["interest", "1000", "2026-03-01", "2026-03-01"]) == 0
    assert "basis:" not in capsys.readouterr().out  # no day of interest
    for bad in (["--rule", "contract:5"], ["--payment", "2026-03-01"], ["--payment", "x=1"]):
        assert cli.main(["interest", "1000", "2026-03-01", "2026-03-11", *bad]) == 2
        assert "expected" in capsys.readouterr().err
    assert cli.main(["interest", "1000", "2026-03-01", "2026-09-01"]) == 2
    assert "--ecb-rate" in capsys.readouterr().err


def test_rates(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["rates", "2026-03-01"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "rates in force on 01/03/2026"
    table = {line[:36].strip(): line[36:].split("  ", 1) for line in out[1:]}
    assert table["statutory late-payment rate"][0].strip() == "12,15 %"
    assert table["public procurement rate"][0].strip() == "10,15 %"
    assert table["legal rate, professional creditor"][0].strip() == "2,62 %"
    assert table["legal rate, consumer creditor"][0].strip() == "6,67 %"
    assert table["contractual floor (3 × legal rate)"][0].strip() == "7,86 %"
    assert "CMF L313-2" in table["legal rate, consumer creditor"][1]
    # Partly covered: the legal rate of 2026 H2 given, the ECB not: exit 0, n/a lines.
    assert cli.main(["rates", "2026-09-01", "--legal-rate", "2026-2=2.75,6.84"]) == 0
    captured = capsys.readouterr()
    assert "n/a" in captured.out
    assert "8,25 %" in captured.out
    assert "no ECB rate known for 2026-09-01" in captured.err
    assert "--ecb-rate" in captured.err
    # Not covered at all: exit 2.
    assert cli.main(["rates", "1990-01-01"]) == 2
    assert "no legal interest rate known" in capsys.readouterr().err


def test_rates_subprocess_with_newer_rates() -> None:
    done = run(
        "rates", "2026-09-01", "--ecb-rate", "2026-06-17=2.40", "--ecb-complete-until",
        "2026-09-01", "--legal-rate", "2026-2=2.75,6.84",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "12,40 %" in done.stdout
    assert done.stderr == ""


def test_letter_subprocess() -> None:
    done = run(
        "letter", "example:portfolio.json", "F-2026-001", "--as-of", AS_OF,
        "--creditor", "Atelier Martin SARL", "--plain-spaces",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # Reminders and a call are recorded: the next action is the formal notice.
    assert "Objet : Mise en demeure de payer – Facture n° F-2026-001" in done.stdout
    assert "1 080,28 €" in done.stdout


def test_letter(capsys: pytest.CaptureFixture[str]) -> None:
    base = ["letter", CSV_FILE, "F-2026-008", "--as-of", AS_OF, "--creditor", "Atelier Martin"]
    assert cli.main([*base, "--kind", "reminder"]) == 0
    out = capsys.readouterr().out
    assert "F-2026-008" in out
    assert "40,00" not in out
    assert cli.main([*base, "--html"]) == 0
    assert capsys.readouterr().out.startswith("<")
    assert cli.main(["letter", JSON_FILE, "F-2026-006", "--as-of", AS_OF, "--creditor", "A"]) == 2
    assert "pass --kind" in capsys.readouterr().err
    assert cli.main(["letter", JSON_FILE, "NOPE", "--as-of", AS_OF, "--creditor", "A"]) == 2
    assert 'no invoice with the reference "NOPE"' in capsys.readouterr().err
    later = ["letter", CSV_FILE, "F-2026-001", "--as-of", "2026-09-01", "--creditor", "A"]
    assert cli.main(later) == 2
    assert "--legal-rate" in capsys.readouterr().err


def test_broken_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(args: object) -> int:
        raise BrokenPipeError

    dup2: list[int] = []
    monkeypatch.setattr(cli, "_cmd_due", boom)
    monkeypatch.setattr(cli.os, "dup2", lambda fd, fd2: dup2.append(fd2))
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    monkeypatch.setattr(sys.stdout, "fileno", lambda: 1, raising=False)
    assert cli.main(["due", "2026-01-15", "30 jours"]) == 1
    assert dup2 == [1]


def test_json_numbers_rules_and_in_process_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = [
        {"reference": "N1", "customer": "X", "amount": 1000, "issued": "2026-01-15",
         "term": "30 jours", "rule": "statutory"},
        {"reference": "N2", "customer": "X", "amount": 1000.00, "issued": "2026-01-15",
         "term": "30 jours", "rule": "public", "debtor": "public"},
        {"reference": "N3", "customer": "Y", "amount": "1000.00", "issued": "2026-01-15",
         "term": "30 jours", "debtor": "consumer", "rule": "legal:consumer",
         "events": [{"on": "2026-02-14", "kind": "formal_notice", "note": None}]},
    ]  # fmt: skip
    path = tmp_path / "numbers.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    assert cli.main(["statement", str(path), "--as-of", AS_OF, "--format", "json"]) == 0
    rows = rows_by_reference(capsys.readouterr().out)
    # 121 days from 15 Feb (see F-2026-001): 12.15 % -> 40.28; public 10.15 % ->
    # 1000 × 10.15 × 121 / 36500 = 33.647 -> 33.65; legal rate for a consumer creditor
    # 6.67 % from the day after the formal notice: 1000 × 6.67 × 121 / 36500 = 22.11.
    assert [rows[r]["interest"] for r in ("N1", "N2", "N3")] == ["40.28", "33.65", "22.11"]
    long = tmp_path / "long.csv"
    long.write_text(HEADER + "A,X,1.00,2026-01-15," + "x" * 80 + "\n", encoding="utf-8")
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes(HEADER.encode() + "A,Café,1.00,2026-01-15,30 jours\n".encode("latin-1"))
    for bad in (long, latin1):
        assert cli.main(["statement", str(bad), "--as-of", AS_OF]) == 2
        assert "line 2" in capsys.readouterr().err


def test_assessment_error_names_the_invoice(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from creances.errors import InvalidInputError

    def fail(*args: object, **kwargs: object) -> None:
        raise InvalidInputError("boom")

    monkeypatch.setattr(cli, "assess_many", fail)
    monkeypatch.setattr(cli, "assess", fail)
    assert cli.main(["statement", CSV_FILE, "--as-of", AS_OF]) == 2
    assert capsys.readouterr().err == f"creances: error: {CSV_FILE}: line 2: boom\n"


def _doc_examples() -> list[tuple[str, str]]:
    """(command, output) of every ```text block of docs/cli.md that starts with a command."""
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    examples = []
    for block in text.split("```text\n")[1:]:
        body = block.split("```", 1)[0]
        first, _, output = body.partition("\n")
        # Blocks about a user's own file (invoices.csv) only illustrate messages.
        if first.startswith("$ creances ") and "invoices." not in first:
            examples.append((first.removeprefix("$ creances "), output))
    return examples


@pytest.mark.parametrize(("command", "output"), _doc_examples())
def test_docs_cli_outputs_are_what_the_tool_prints(
    command: str, output: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import shlex

    monkeypatch.chdir(ROOT)
    cli.main(shlex.split(command))
    captured = capsys.readouterr()
    printed = (captured.out + captured.err).split("\n")
    expected = output.rstrip("\n").split("\n")
    if expected[-1] == "...":  # a listing cut after a few lines
        expected = expected[:-1]
        printed = printed[: len(expected)]
    else:
        assert printed[-1] == ""
        printed = printed[:-1]
    assert printed == expected


def test_python_dash_m_in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import runpy

    monkeypatch.delitem(sys.modules, "creances.__main__", raising=False)
    monkeypatch.setattr(sys, "argv", ["creances", "due", "2026-01-15", "30 jours"])
    with pytest.raises(SystemExit) as info:
        runpy.run_module("creances", run_name="__main__")
    assert info.value.code == 0
    assert capsys.readouterr().out == "2026-02-14\n"


@pytest.mark.parametrize(
    ("imputation", "total"),
    [
        # 21-30 Jun 2024 at 14.50 %: 1000 × 14.50 × 10 / 36500 = 3.97; 1 Jul at 14.25 %:
        # 1000 × 14.25 / 36500 = 0.39; the 500 € paid on 1 Jul then leaves, for 2-10 Jul
        # (9 days at 14.25 %):
        # principal first: 500.00 → 500 × 14.25 × 9 / 36500 = 1.7568 → 1.76; total 6.12;
        pytest.param("principal_first", "6,12", id="principal-first"),
        # interest first: 500 − 4.36 = 495.64 to principal → 504.36 × 14.25 × 9 / 36500 =
        # 1.7722 → 1.77; total 6.13.
        pytest.param("interest_first", "6,13", id="interest-first"),
    ],
)
def test_interest_command_imputation(
    imputation: str, total: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["interest", "1000", "2024-06-20", "2024-07-10", "--payment", "2024-07-01=500"]
    assert cli.main([*argv, "--imputation", imputation]) == 0
    assert total in capsys.readouterr().out
