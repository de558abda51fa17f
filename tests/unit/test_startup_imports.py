"""One file's start-up imports only what that file and the chosen output format need.

Each run is a fresh interpreter, so modules other tests imported cannot hide an import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from jargonlint.reporters import reporter_classes
from jargonlint.reporters.formats import FORMATS

REPORTER_MODULES = {f"jargonlint.reporters.{found.module}" for found in FORMATS.values()}


def test_the_format_registry_names_every_reporter_as_it_describes_itself() -> None:
    classes = reporter_classes()
    assert list(classes) == list(FORMATS)
    for name, cls in classes.items():
        assert cls.name == name
        assert cls.description == FORMATS[name].description


def test_help_lists_every_format_with_its_description() -> None:
    from click.testing import CliRunner

    from jargonlint.cli import cli

    shown = " ".join(CliRunner().invoke(cli, ["check", "--help"]).output.split())
    for name, found in FORMATS.items():
        assert f"{name}: {found.description.split()[0]}" in shown


def _modules_after_linting(tmp_path: Path, page: Path, fmt: str) -> list[str]:
    script = textwrap.dedent(
        f"""
        import contextlib, io, json, sys
        from jargonlint.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            main([{str(page)!r}, "--format", {fmt!r}])
        print(json.dumps(sorted(sys.modules)))
        """
    )
    env = {**os.environ, "JARGONLINT_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_one_file_imports_only_its_reporter_and_no_schema_validator(tmp_path: Path) -> None:
    first = tmp_path / "first.md"
    first.write_text("Bring the car in before nine.\n", encoding="utf-8")
    _modules_after_linting(tmp_path, first, "text")  # fills the run's manifest
    page = tmp_path / "page.md"
    page.write_text("Please utilize the side door.\n", encoding="utf-8")
    modules = _modules_after_linting(tmp_path, page, "json")
    assert REPORTER_MODULES & set(modules) == {"jargonlint.reporters.json"}
    # The manifest holds the rules, the lexicons and the phrase check's siblings: no pack is
    # validated again.
    assert "jsonschema" not in modules
