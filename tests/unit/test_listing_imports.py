"""Listing rules and validating packs never import spaCy or the checks' NLP code.

Each case runs in a fresh interpreter, so modules imported by other tests cannot hide an import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

HEAVY = ("spacy", "thinc", "wordfreq", "lemminflect")
LIGHT_CHECK_MODULES = {
    "jargonlint.checks",
    "jargonlint.checks.base",
    "jargonlint.checks.memo",
    "jargonlint.checks.registry",
}

PATTERN_PACK = """
pack: patterns
lexicons:
  tech-nouns: [kiosk]
rules:
  - code: XY201
    name: best-ever
    kind: token
    category: claim
    level: info
    message: "{match} is a claim."
    explanation: A token rule.
    patterns: [[{LOWER: best}, {LOWER: ever}]]
    examples: {bad: [best ever], good: [good]}
  - code: XY202
    name: we-lead
    kind: dependency
    category: company-centric
    level: info
    message: "{match} is about us."
    explanation: A dependency rule.
    highlight: verb
    patterns:
      - - {RIGHT_ID: verb, RIGHT_ATTRS: {LEMMA: lead}}
        - {LEFT_ID: verb, REL_OP: ">", RIGHT_ID: subject, RIGHT_ATTRS: {DEP: nsubj}}
    examples: {bad: [We lead.], good: [You lead.]}
"""


def imported_after(code: str, cwd: Path) -> dict:
    """Return what a fresh interpreter imported while running ``code``."""
    script = textwrap.dedent(code) + textwrap.dedent(
        """
        import json, sys
        print(json.dumps(sorted(sys.modules)))
        """
    )
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=cwd, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def nlp_modules(modules) -> list[str]:
    """Return the heavy NLP libraries and the checks' own modules among ``modules``."""
    heavy = [m for m in modules if m.split(".")[0] in HEAVY]
    checks = [
        m
        for m in modules
        if (m.startswith("jargonlint.checks") and m not in LIGHT_CHECK_MODULES)
        or m.startswith(("jargonlint.lang", "jargonlint.nlp", "jargonlint.engine"))
    ]
    return heavy + checks


COMMANDS = [["rules"], ["rules", "--format", "json"], ["explain", "JL501"]]


@pytest.mark.parametrize("command", COMMANDS)
def test_listing_and_explaining_rules_import_no_nlp_code(tmp_path: Path, command) -> None:
    modules = imported_after(
        f"""
        import contextlib, io
        from jargonlint.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            assert main({command!r}) == 0
        """,
        tmp_path,
    )
    assert "jargonlint.packs.catalog" in modules  # the packs were read and validated
    assert nlp_modules(modules) == []


def test_validating_a_pack_of_pattern_rules_imports_no_nlp_code(tmp_path: Path) -> None:
    (tmp_path / "patterns.yaml").write_text(PATTERN_PACK, encoding="utf-8")
    modules = imported_after(
        """
        from pathlib import Path
        from jargonlint.packs.catalog import load_catalog
        catalog = load_catalog([Path("patterns.yaml")])
        assert catalog.by_code("XY202") is not None
        assert "kiosk" in catalog.lexicons.words("tech-nouns")
        """,
        tmp_path,
    )
    assert nlp_modules(modules) == []
