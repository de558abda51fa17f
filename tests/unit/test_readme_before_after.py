"""The README's before-and-after table is the tool's own output, and it stays current."""

from __future__ import annotations

from pathlib import Path

from ..conftest import load_script

ROOT = Path(__file__).resolve().parents[2]


def generator():
    return load_script("gen_before_after")


def test_readme_table_is_what_the_tool_says() -> None:
    text = (ROOT / "README.md").read_text("utf-8")
    assert "<!-- before-after:start -->" in text and "<!-- before-after:end -->" in text
    assert generator().updated_readme(text) == text, "run: python scripts/gen_before_after.py"


def test_the_table_shows_rewrites_and_advice() -> None:
    rows = generator().rows()
    suggestions = " ".join(s for _, _, s in rows)
    assert "rewrite: **Small bakeries take orders online with our platform.**" in suggestions
    assert "advice: *" in suggestions and "___" in suggestions
