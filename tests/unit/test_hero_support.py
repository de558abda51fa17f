"""Shared helpers for the hero, claim, scope and rewrite tests: lint with this pack's rules only.

Linting with only heroes.yaml and audience-scope.yaml keeps these tests about these rules, and
building the Document directly (a verbatim source map) keeps them independent of the readers.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jargonlint.config import Config
from jargonlint.document.model import Block, Document
from jargonlint.document.sourcemap import SourceMapBuilder
from jargonlint.engine import Linter
from jargonlint.packs.catalog import Catalog, load_catalog

RULES_DIR = Path(__file__).resolve().parents[2] / "rules"
PACKS = ("heroes.yaml", "audience-scope.yaml")
MINE = {"tech-hero", "company-centric", "claim", "audience-scope"}


@lru_cache(maxsize=1)
def pack_catalog() -> Catalog:
    """Return this feature's packs alone: their rules and lexicons (problems fail loudly)."""
    return load_catalog([RULES_DIR / name for name in PACKS], shipped=False)


def pack_rules() -> tuple:
    """Return the rules of this feature's packs."""
    return pack_catalog().rules


def text_document(text: str) -> Document:
    """Return a plain-text Document of one block per paragraph (blank-line separated)."""
    blocks = []
    offset = 0
    for part in text.split("\n\n"):
        if part.strip():
            builder = SourceMapBuilder()
            builder.verbatim(part, offset)
            prose, source_map = builder.build()
            blocks.append(Block(prose, source_map, "text"))
        offset += len(part) + 2
    return Document("example.txt", text, blocks, [], "text")


@lru_cache(maxsize=32)
def _linter(config: Config) -> Linter:
    rules = [r for r in pack_rules() if r.applies_to(config.audience)]
    return Linter(rules, config, pack_catalog().lexicons)


def lint_mine(text: str, **overrides):
    """Return (findings, measures) for ``text`` linted with this feature's rules only."""
    config = Config().with_overrides(**overrides) if overrides else Config()
    result = _linter(config).lint([text_document(text)])[0]
    return result.findings, result.measures
