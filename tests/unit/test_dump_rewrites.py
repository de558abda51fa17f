"""scripts/dump_rewrites.py: one row per gated finding, with the gate's reasons on request."""

from __future__ import annotations

from pathlib import Path

from ..conftest import lint_text, load_script

ROOT = Path(__file__).resolve().parents[2]


def _script():
    return load_script("dump_rewrites")


def test_rows_carry_the_suggestion_and_the_gates_reasons() -> None:
    script = _script()
    findings = lint_text(
        "The engine optimizes your delivery routes, helping drivers finish earlier.\n"
    )
    hero = next(f for f in findings if f.code == "JL501")
    recorder = script.Recorder()
    recorder.candidates[(hero.context, hero.code, hero.offset)] = ["Drivers finish earlier."]
    recorder.problems["Drivers finish earlier."] = ["opens with \u201cDrivers\u201d"]
    (row,) = script.rows({("d1", 3): [hero]}, recorder)
    assert (row["doc"], row["unit"], row["code"], row["kind"]) == ("d1", 3, "JL501", "advice")
    assert row["candidates"] == [
        {"text": "Drivers finish earlier.", "problems": ["opens with \u201cDrivers\u201d"]}
    ]
    assert "candidates" not in script.rows({("d1", 3): [hero]})[0]
    assert script.coverage([row]) == "0 / 1 (0%)"
