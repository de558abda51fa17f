"""Shared helpers: lint a string in-process with the shipped rules."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from jargonlint.document.reader import read_document

from jargonlint.config import Config
from jargonlint.engine import Linter
from jargonlint.packs.catalog import load_catalog
from jargonlint.packs.selection import select_rules

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def shipped_catalog():
    """Return the catalogue of shipped rules (loaded once per test session)."""
    return load_catalog()


@lru_cache(maxsize=64)
def _linter(config: Config) -> Linter:
    return Linter(select_rules(shipped_catalog(), config), config)


def lint_text(text: str, fmt: str = "text", **overrides):
    """Return the findings for ``text`` read as ``fmt``, linted with the shipped rules."""
    config = Config().with_overrides(**overrides) if overrides else Config()
    suffix = {"markdown": ".md", "html": ".html", "text": ".txt"}[fmt]
    document = read_document(
        f"example{suffix}",
        data=text.encode("utf-8"),
        fmt=fmt,
        front_matter_fields=config.front_matter_fields,
    )
    return _linter(config).lint([document])[0].findings


def codes(findings) -> list[str]:
    """Return the codes of findings, in order."""
    return [f.code for f in findings]


@pytest.fixture
def lint():
    """Provide lint_text to tests."""
    return lint_text
